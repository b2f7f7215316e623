import { ContributionKind } from '../intervision-method';
import {
  caseLink,
  describeDeadline,
  GO_TO_CASE,
  type IntervisionEmail,
  type IntervisionEmailCommon,
  kindsText,
  type Language,
  settings,
  WHY,
} from './intervision-email-parts';

const REMINDER = {
  nl: {
    subject: (group: string) =>
      `Herinnering: een fase in intervisiegroep ${group} sluit binnenkort`,
    intro: (group: string, phase: string) =>
      `In je intervisiegroep ${group} sluit de fase ${phase} binnenkort en je hebt nog niet bijgedragen.`,
    expected: (kinds: string) => `Van jou wordt verwacht: ${kinds}.`,
  },
  en: {
    subject: (group: string) => `Reminder: a phase in the intervision group ${group} closes soon`,
    intro: (group: string, phase: string) =>
      `In your intervision group ${group}, the phase ${phase} closes soon and you have not contributed yet.`,
    expected: (kinds: string) => `What is expected of you: ${kinds}.`,
  },
};

/** A phase closes soon and the member has not contributed yet. */
export function phaseReminderEmail(
  data: IntervisionEmailCommon & {
    caseId: string;
    phaseTitle: string;
    kinds: ContributionKind[];
    deadline: Date;
  },
  language: Language,
): IntervisionEmail {
  const t = REMINDER[language];
  const subject = t.subject(data.groupName);
  return {
    subject,
    content: {
      language,
      title: subject,
      paragraphs: [
        t.intro(data.groupName, data.phaseTitle),
        t.expected(kindsText(data.kinds, language)),
        describeDeadline(data.deadline, language),
      ],
      action: { label: GO_TO_CASE[language], url: caseLink(data.publicUrl, data.caseId) },
      reason: WHY[language],
      settingsUrl: settings(data.publicUrl),
    },
  };
}
