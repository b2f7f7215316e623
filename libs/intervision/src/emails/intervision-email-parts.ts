import { type EmailContent, notificationSettingsUrl } from '@leerhuis/platform-mail';

import { IntervisionTask } from '../intervision-expectation';
import { ContributionKind } from '../intervision-method';

export type Language = 'nl' | 'en';

const KIND: Record<ContributionKind, { nl: string; en: string }> = {
  CLARIFYING_QUESTION: { nl: 'verhelderende vragen', en: 'clarifying questions' },
  ANSWER: { nl: 'antwoorden en toelichting', en: 'answers and clarification' },
  PERSPECTIVE: { nl: 'analyse en perspectief', en: 'analysis and perspective' },
  ADVICE: { nl: 'advies', en: 'advice' },
  REFLECTION: { nl: 'reflectie', en: 'reflection' },
  NEXT_STEP: { nl: 'een volgende stap', en: 'a next step' },
  EVALUATION: { nl: 'evaluatie', en: 'evaluation' },
};

function kindsText(kinds: ContributionKind[], language: Language): string {
  const words = kinds.map((k) => KIND[k][language]);
  if (words.length <= 1) return words.join('');
  const and = language === 'en' ? ' and ' : ' en ';
  return `${words.slice(0, -1).join(', ')}${and}${words.at(-1)}`;
}

/** What a contributing member is expected to write. */
export function expectedOfYou(kinds: ContributionKind[], language: Language): string {
  return language === 'en'
    ? `What is expected of you: ${kindsText(kinds, language)}.`
    : `Van jou wordt verwacht: ${kindsText(kinds, language)}.`;
}

/** "What is expected of you" in one sentence, without any case content. */
export function expectationText(
  task: IntervisionTask,
  kinds: ContributionKind[],
  language: Language,
): string {
  const nl = language !== 'en';
  switch (task) {
    case IntervisionTask.CONTRIBUTE:
      return expectedOfYou(kinds, language);
    case IntervisionTask.LISTEN:
      return nl
        ? 'In deze fase luister je alleen: je leest mee en schrijft niet.'
        : 'In this phase you only listen: you read along and do not write.';
    case IntervisionTask.MODERATE:
      return nl
        ? 'Je begeleidt deze fase: bewaak de stappen, de tijd en de veiligheid.'
        : 'You guide this phase: keep watch over the steps, the time and safety.';
    default:
      return nl ? 'Je leest mee in deze fase.' : 'You read along in this phase.';
  }
}

/** "maandag 24 november 2026, 14:00" on the Amsterdam clock. */
export function describeDeadline(deadline: Date, language: Language): string {
  const locale = language === 'en' ? 'en-GB' : 'nl-NL';
  const text = new Intl.DateTimeFormat(locale, {
    timeZone: 'Europe/Amsterdam',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(deadline);
  return language === 'en' ? `Until ${text} (Amsterdam time).` : `Tot ${text}.`;
}

/** Why a member gets a phase, reminder, closing or follow-up email. */
export const WHY = {
  nl: 'Je krijgt deze mail omdat je lid bent van deze intervisiegroep in Leerhuis. De inhoud van de casus staat alleen in Leerhuis.',
  en: 'You receive this email because you are a member of this intervision group on Leerhuis. The content of the case is only on Leerhuis.',
};

/**
 * What every intervisie email names. A subject leaves the platform (lock screens, mail server
 * logs), so no email names the case: no email builder takes a case. The group's name, the
 * phase of its method and what is expected are enough; the content is only in Leerhuis.
 */
export interface IntervisionEmailCommon {
  publicUrl: string;
  groupName: string;
}

/** An intervisie email: always content, so the Mailer can add the unsubscribe link. */
export interface IntervisionEmail {
  subject: string;
  content: EmailContent;
}

export const caseLink = (publicUrl: string, caseId: string) =>
  `${publicUrl}/intervisie/casussen/${caseId}`;
export const groupLink = (publicUrl: string, groupId: string) =>
  `${publicUrl}/intervisie/groepen/${groupId}`;

/** The label of the link to the case. */
export const GO_TO_CASE = { nl: 'Naar de casus', en: 'Go to the case' } satisfies Record<
  Language,
  string
>;

/** The link to the case, under the label every intervisie email gives it. */
export const caseAction = (publicUrl: string, caseId: string, language: Language) => ({
  label: GO_TO_CASE[language],
  url: caseLink(publicUrl, caseId),
});

/**
 * The frame every intervisie email shares: the subject is its heading, the footer links to the
 * notification settings and, unless an email says otherwise, gives a group member's reason.
 */
export function intervisionEmail(
  data: {
    publicUrl: string;
    subject: string;
    paragraphs: string[];
    action: { label: string; url: string };
    reason?: string;
  },
  language: Language,
): IntervisionEmail {
  return {
    subject: data.subject,
    content: {
      language,
      title: data.subject,
      paragraphs: data.paragraphs,
      action: data.action,
      reason: data.reason ?? WHY[language],
      settingsUrl: notificationSettingsUrl(data.publicUrl),
    },
  };
}
