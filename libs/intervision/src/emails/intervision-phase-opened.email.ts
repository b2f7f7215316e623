import { IntervisionTask } from '../intervision-expectation';
import { ContributionKind } from '../intervision-method';
import {
  caseAction,
  describeDeadline,
  expectationText,
  type IntervisionEmail,
  intervisionEmail,
  type IntervisionEmailCommon,
  type Language,
} from './intervision-email-parts';

const PHASE_OPENED = {
  nl: {
    subject: (group: string) => `Nieuwe fase geopend in intervisiegroep ${group}`,
    intro: (group: string, phase: string, n: number, total: number) =>
      `In je intervisiegroep ${group} is de fase ${phase} (${n} van ${total}) van een casus geopend.`,
    noDeadline: 'Deze fase heeft geen einddatum: de begeleider sluit haar.',
  },
  en: {
    subject: (group: string) => `New phase opened in the intervision group ${group}`,
    intro: (group: string, phase: string, n: number, total: number) =>
      `In your intervision group ${group}, the phase ${phase} (${n} of ${total}) of a case has opened.`,
    noDeadline: 'This phase has no deadline: the moderator closes it.',
  },
};

/** A phase of a case opened: what is expected of the member, and by when. */
export function phaseOpenedEmail(
  data: IntervisionEmailCommon & {
    caseId: string;
    phaseTitle: string;
    phaseNumber: number;
    phaseCount: number;
    task: IntervisionTask;
    kinds: ContributionKind[];
    deadline: Date | null;
  },
  language: Language,
): IntervisionEmail {
  const t = PHASE_OPENED[language];
  return intervisionEmail(
    {
      publicUrl: data.publicUrl,
      subject: t.subject(data.groupName),
      paragraphs: [
        t.intro(data.groupName, data.phaseTitle, data.phaseNumber, data.phaseCount),
        expectationText(data.task, data.kinds, language),
        data.deadline ? describeDeadline(data.deadline, language) : t.noDeadline,
      ],
      action: caseAction(data.publicUrl, data.caseId, language),
    },
    language,
  );
}
