import { IntervisionTask } from '../intervision-expectation';
import { ContributionKind } from '../intervision-method';
import {
  caseClosedEmail,
  followUpEmail,
  invitationEmail,
  phaseOpenedEmail,
  phaseReminderEmail,
  removedEmail,
} from './intervision-emails';

const common = { publicUrl: 'https://leerhuis.test', groupName: 'Groep Noord' };
const deadline = new Date('2026-11-24T13:00:00Z');

describe('intervision emails', () => {
  it('does name the group and the phase in nl and en, and link to the case', () => {
    const nl = phaseOpenedEmail({
      ...common,
      language: 'nl',
      caseId: 'c1',
      phaseTitle: 'Verhelderende vragen',
      phaseNumber: 2,
      phaseCount: 6,
      task: IntervisionTask.CONTRIBUTE,
      kinds: [ContributionKind.CLARIFYING_QUESTION],
      deadline,
    });
    expect(nl.subject).toBe('Nieuwe fase geopend in intervisiegroep Groep Noord');
    expect(nl.content.paragraphs[0]).toContain('Verhelderende vragen (2 van 6)');
    expect(nl.content.action?.url).toBe('https://leerhuis.test/intervisie/casussen/c1');
    const en = phaseOpenedEmail({
      ...common,
      language: 'en',
      caseId: 'c1',
      phaseTitle: 'Clarifying questions',
      phaseNumber: 2,
      phaseCount: 6,
      task: IntervisionTask.LISTEN,
      kinds: [],
      deadline: null,
    });
    expect(en.subject).toBe('New phase opened in the intervision group Groep Noord');
  });

  it('does put only the group name in every subject (never a case)', () => {
    const subjects = [
      phaseReminderEmail({
        ...common,
        language: 'nl',
        caseId: 'c1',
        phaseTitle: 'Analyse',
        kinds: [ContributionKind.PERSPECTIVE],
        deadline,
      }).subject,
      caseClosedEmail({ ...common, language: 'nl', caseId: 'c1' }).subject,
      followUpEmail({ ...common, language: 'en', caseId: 'c1' }).subject,
      invitationEmail({ ...common, language: 'en', groupId: 'g1' }).subject,
      removedEmail({ ...common, language: 'nl' }).subject,
    ];
    expect(subjects).toEqual([
      'Herinnering: een fase in intervisiegroep Groep Noord sluit binnenkort',
      'Casus afgesloten in intervisiegroep Groep Noord',
      'How did your next step go? – intervision group Groep Noord',
      'Invitation to the intervision group Groep Noord',
      'Je doet niet meer mee aan de intervisiegroep Groep Noord',
    ]);
  });
});
