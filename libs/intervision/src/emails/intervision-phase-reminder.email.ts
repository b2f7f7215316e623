import { ContributionKind } from '../intervision-method';
import {
  caseAction,
  describeDeadline,
  expectedOfYou,
  type IntervisionEmail,
  intervisionEmail,
  type IntervisionEmailCommon,
  type Language,
} from './intervision-email-parts';

const REMINDER = {
  nl: {
    subject: (group: string) =>
      `Herinnering: een fase in intervisiegroep ${group} sluit binnenkort`,
    intro: (group: string, phase: string) =>
      `In je intervisiegroep ${group} sluit de fase ${phase} binnenkort en je hebt nog niet bijgedragen.`,
  },
  en: {
    subject: (group: string) => `Reminder: a phase in the intervision group ${group} closes soon`,
    intro: (group: string, phase: string) =>
      `In your intervision group ${group}, the phase ${phase} closes soon and you have not contributed yet.`,
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
  return intervisionEmail(
    {
      publicUrl: data.publicUrl,
      subject: t.subject(data.groupName),
      paragraphs: [
        t.intro(data.groupName, data.phaseTitle),
        expectedOfYou(data.kinds, language),
        describeDeadline(data.deadline, language),
      ],
      action: caseAction(data.publicUrl, data.caseId, language),
    },
    language,
  );
}
