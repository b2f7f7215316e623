import { type EmailContent, notificationSettingsUrl } from '@leerhuis/platform-mail';

import { IntervisionTask } from '../intervision-expectation';
import { ContributionKind } from '../intervision-method';
import { describeDeadline, expectationText, kindsText, WHY } from '../jobs/intervision-email';

type Language = 'nl' | 'en';

/**
 * Every intervisie email, nl + en. A subject leaves the platform (lock screens, mail server
 * logs), so no email names the case: none of these builders takes a case. The group's name,
 * the phase of its method and what is expected are enough; the content is only in Leerhuis.
 */
export interface IntervisionEmail {
  subject: string;
  content: EmailContent;
}

interface Common {
  language: Language;
  publicUrl: string;
  groupName: string;
}

const settings = (publicUrl: string) => notificationSettingsUrl(publicUrl);
const caseLink = (publicUrl: string, caseId: string) =>
  `${publicUrl}/intervisie/casussen/${caseId}`;
const groupLink = (publicUrl: string, groupId: string) =>
  `${publicUrl}/intervisie/groepen/${groupId}`;

const PHASE_OPENED = {
  nl: {
    subject: (group: string) => `Nieuwe fase geopend in intervisiegroep ${group}`,
    intro: (group: string, phase: string, n: number, total: number) =>
      `In je intervisiegroep ${group} is de fase ${phase} (${n} van ${total}) van een casus geopend.`,
    noDeadline: 'Deze fase heeft geen einddatum: de begeleider sluit haar.',
    action: 'Naar de casus',
  },
  en: {
    subject: (group: string) => `New phase opened in the intervision group ${group}`,
    intro: (group: string, phase: string, n: number, total: number) =>
      `In your intervision group ${group}, the phase ${phase} (${n} of ${total}) of a case has opened.`,
    noDeadline: 'This phase has no deadline: the moderator closes it.',
    action: 'Go to the case',
  },
};

export function phaseOpenedEmail(
  input: Common & {
    caseId: string;
    phaseTitle: string;
    phaseNumber: number;
    phaseCount: number;
    task: IntervisionTask;
    kinds: ContributionKind[];
    deadline: Date | null;
  },
): IntervisionEmail {
  const t = PHASE_OPENED[input.language];
  const subject = t.subject(input.groupName);
  return {
    subject,
    content: {
      language: input.language,
      title: subject,
      paragraphs: [
        t.intro(input.groupName, input.phaseTitle, input.phaseNumber, input.phaseCount),
        expectationText(input.task, input.kinds, input.language),
        input.deadline ? describeDeadline(input.deadline, input.language) : t.noDeadline,
      ],
      action: { label: t.action, url: caseLink(input.publicUrl, input.caseId) },
      reason: WHY[input.language],
      settingsUrl: settings(input.publicUrl),
    },
  };
}

const REMINDER = {
  nl: {
    subject: (group: string) =>
      `Herinnering: een fase in intervisiegroep ${group} sluit binnenkort`,
    intro: (group: string, phase: string) =>
      `In je intervisiegroep ${group} sluit de fase ${phase} binnenkort en je hebt nog niet bijgedragen.`,
    expected: (kinds: string) => `Van jou wordt verwacht: ${kinds}.`,
    action: 'Naar de casus',
  },
  en: {
    subject: (group: string) => `Reminder: a phase in the intervision group ${group} closes soon`,
    intro: (group: string, phase: string) =>
      `In your intervision group ${group}, the phase ${phase} closes soon and you have not contributed yet.`,
    expected: (kinds: string) => `What is expected of you: ${kinds}.`,
    action: 'Go to the case',
  },
};

export function phaseReminderEmail(
  input: Common & {
    caseId: string;
    phaseTitle: string;
    kinds: ContributionKind[];
    deadline: Date;
  },
): IntervisionEmail {
  const t = REMINDER[input.language];
  const subject = t.subject(input.groupName);
  return {
    subject,
    content: {
      language: input.language,
      title: subject,
      paragraphs: [
        t.intro(input.groupName, input.phaseTitle),
        t.expected(kindsText(input.kinds, input.language)),
        describeDeadline(input.deadline, input.language),
      ],
      action: { label: t.action, url: caseLink(input.publicUrl, input.caseId) },
      reason: WHY[input.language],
      settingsUrl: settings(input.publicUrl),
    },
  };
}

const CASE_CLOSED = {
  nl: {
    subject: (group: string) => `Casus afgesloten in intervisiegroep ${group}`,
    intro: 'De begeleider heeft een casus afgesloten. Dank voor je bijdragen.',
    next: 'De reflectie van de inbrenger en de lessen lees je in Leerhuis.',
    action: 'Naar de casus',
  },
  en: {
    subject: (group: string) => `Case closed in the intervision group ${group}`,
    intro: 'The moderator has closed a case. Thank you for your contributions.',
    next: "The case owner's reflection and the lessons are on Leerhuis.",
    action: 'Go to the case',
  },
};

export function caseClosedEmail(input: Common & { caseId: string }): IntervisionEmail {
  const t = CASE_CLOSED[input.language];
  const subject = t.subject(input.groupName);
  return {
    subject,
    content: {
      language: input.language,
      title: subject,
      paragraphs: [t.intro, t.next],
      action: { label: t.action, url: caseLink(input.publicUrl, input.caseId) },
      reason: WHY[input.language],
      settingsUrl: settings(input.publicUrl),
    },
  };
}

const FOLLOW_UP = {
  nl: {
    subject: (group: string) => `Hoe ging je volgende stap? – intervisiegroep ${group}`,
    intro: 'Een tijd geleden sloot je intervisiegroep je casus af en koos je een volgende stap.',
    ask: 'Hoe is het gegaan? Je antwoord komt bij de casus te staan, zodat je groep meeleest.',
    action: 'Vertel hoe het ging',
  },
  en: {
    subject: (group: string) => `How did your next step go? – intervision group ${group}`,
    intro: 'A while ago your intervision group closed your case and you chose a next step.',
    ask: 'How did it go? Your answer joins the case, so your group can read along.',
    action: 'Tell how it went',
  },
};

export function followUpEmail(input: Common & { caseId: string }): IntervisionEmail {
  const t = FOLLOW_UP[input.language];
  const subject = t.subject(input.groupName);
  return {
    subject,
    content: {
      language: input.language,
      title: subject,
      paragraphs: [t.intro, t.ask],
      action: { label: t.action, url: `${caseLink(input.publicUrl, input.caseId)}#follow-up` },
      reason: WHY[input.language],
      settingsUrl: settings(input.publicUrl),
    },
  };
}

const INVITATION = {
  nl: {
    subject: (group: string) => `Uitnodiging voor de intervisiegroep ${group}`,
    intro: (group: string) => `Je bent uitgenodigd voor de intervisiegroep ${group} in Leerhuis.`,
    agreement:
      'Je doet mee zodra je de vertrouwelijkheidsafspraak van de groep hebt gelezen en geaccepteerd.',
    action: 'Lees de afspraak',
    why: 'Je krijgt deze mail omdat een begeleider je voor deze groep heeft uitgenodigd.',
  },
  en: {
    subject: (group: string) => `Invitation to the intervision group ${group}`,
    intro: (group: string) =>
      `You have been invited to the intervision group ${group} on Leerhuis.`,
    agreement: "You join once you have read and accepted the group's confidentiality agreement.",
    action: 'Read the agreement',
    why: 'You receive this email because a moderator invited you to this group.',
  },
};

export function invitationEmail(input: Common & { groupId: string }): IntervisionEmail {
  const t = INVITATION[input.language];
  const subject = t.subject(input.groupName);
  return {
    subject,
    content: {
      language: input.language,
      title: subject,
      paragraphs: [t.intro(input.groupName), t.agreement],
      action: { label: t.action, url: groupLink(input.publicUrl, input.groupId) },
      reason: t.why,
      settingsUrl: settings(input.publicUrl),
    },
  };
}

const REMOVED = {
  nl: {
    subject: (group: string) => `Je doet niet meer mee aan de intervisiegroep ${group}`,
    intro: (group: string) =>
      `Een begeleider heeft je uit de intervisiegroep ${group} in Leerhuis gehaald. Je leest de casussen van de groep niet meer.`,
    agreement:
      'De vertrouwelijkheidsafspraak blijft gelden voor wat je in de groep hebt gelezen. Wil je terug, vraag het dan aan de begeleider: die kan je opnieuw uitnodigen.',
    action: 'Naar intervisie',
    why: 'Je krijgt deze mail omdat je lid was van deze intervisiegroep.',
  },
  en: {
    subject: (group: string) => `You are no longer in the intervision group ${group}`,
    intro: (group: string) =>
      `A moderator has removed you from the intervision group ${group} on Leerhuis. You no longer read its cases.`,
    agreement:
      'The confidentiality agreement still applies to what you read in the group. To come back, ask the moderator: they can invite you again.',
    action: 'Go to intervision',
    why: 'You receive this email because you were a member of this intervision group.',
  },
};

export function removedEmail(input: Common): IntervisionEmail {
  const t = REMOVED[input.language];
  const subject = t.subject(input.groupName);
  return {
    subject,
    content: {
      language: input.language,
      title: subject,
      paragraphs: [t.intro(input.groupName), t.agreement],
      action: { label: t.action, url: `${input.publicUrl}/intervisie` },
      reason: t.why,
      settingsUrl: settings(input.publicUrl),
    },
  };
}
