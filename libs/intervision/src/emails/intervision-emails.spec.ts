import { renderedEmail } from '@leerhuis/platform-mail';

import { IntervisionTask } from '../intervision-expectation';
import { ContributionKind } from '../intervision-method';
import { caseClosedEmail } from './intervision-case-closed.email';
import { followUpEmail } from './intervision-follow-up.email';
import { invitationEmail } from './intervision-invitation.email';
import { phaseOpenedEmail } from './intervision-phase-opened.email';
import { phaseReminderEmail } from './intervision-phase-reminder.email';
import { removedEmail } from './intervision-removed.email';

const common = { publicUrl: 'https://leerhuis.test', groupName: 'Groep Noord' };
const deadline = new Date('2026-11-24T13:00:00Z');

describe('intervision emails', () => {
  it('does name the group and the phase in nl and en, and link to the case', () => {
    const nl = phaseOpenedEmail(
      {
        ...common,
        caseId: 'c1',
        phaseTitle: 'Verhelderende vragen',
        phaseNumber: 2,
        phaseCount: 6,
        task: IntervisionTask.CONTRIBUTE,
        kinds: [ContributionKind.CLARIFYING_QUESTION],
        deadline,
      },
      'nl',
    );
    expect(nl.subject).toBe('Nieuwe fase geopend in intervisiegroep Groep Noord');
    expect(nl.content.paragraphs[0]).toContain('Verhelderende vragen (2 van 6)');
    expect(nl.content.action?.url).toBe('https://leerhuis.test/intervisie/casussen/c1');
    const en = phaseOpenedEmail(
      {
        ...common,
        caseId: 'c1',
        phaseTitle: 'Clarifying questions',
        phaseNumber: 2,
        phaseCount: 6,
        task: IntervisionTask.LISTEN,
        kinds: [],
        deadline: null,
      },
      'en',
    );
    expect(en.subject).toBe('New phase opened in the intervision group Groep Noord');
  });

  it('does put only the group name in every subject (never a case)', () => {
    const subjects = [
      phaseReminderEmail(
        {
          ...common,
          caseId: 'c1',
          phaseTitle: 'Analyse',
          kinds: [ContributionKind.PERSPECTIVE],
          deadline,
        },
        'nl',
      ).subject,
      caseClosedEmail({ ...common, caseId: 'c1' }, 'nl').subject,
      followUpEmail({ ...common, caseId: 'c1' }, 'en').subject,
      invitationEmail({ ...common, groupId: 'g1' }, 'en').subject,
      removedEmail(common, 'nl').subject,
    ];
    expect(subjects).toEqual([
      'Herinnering: een fase in intervisiegroep Groep Noord sluit binnenkort',
      'Casus afgesloten in intervisiegroep Groep Noord',
      'How did your next step go? – intervision group Groep Noord',
      'Invitation to the intervision group Groep Noord',
      'Je doet niet meer mee aan de intervisiegroep Groep Noord',
    ]);
  });

  it('does render what is expected, the deadline, the links and the reason as plain text', () => {
    const nl = phaseReminderEmail(
      {
        ...common,
        caseId: 'c1',
        phaseTitle: 'Analyse',
        kinds: [ContributionKind.PERSPECTIVE, ContributionKind.ADVICE],
        deadline,
      },
      'nl',
    );
    const { html, text } = renderedEmail(nl);
    expect(text).toContain('Van jou wordt verwacht: analyse en perspectief en advies.');
    expect(text).toContain('Tot dinsdag 24 november 2026 om 14:00.');
    expect(text).toContain('Naar de casus: https://leerhuis.test/intervisie/casussen/c1');
    expect(text).toContain('De inhoud van de casus staat alleen in Leerhuis.');
    expect(html).toContain('href="https://leerhuis.test/instellingen/meldingen"');
    const followUp = renderedEmail(followUpEmail({ ...common, caseId: 'c1' }, 'en')).text;
    expect(followUp).toContain(
      'Tell how it went: https://leerhuis.test/intervisie/casussen/c1#follow-up',
    );
    const invitation = renderedEmail(invitationEmail({ ...common, groupId: 'g1' }, 'nl')).text;
    expect(invitation).toContain('Lees de afspraak: https://leerhuis.test/intervisie/groepen/g1');
    expect(renderedEmail(removedEmail(common, 'en')).text).toContain(
      'Go to intervision: https://leerhuis.test/intervisie',
    );
  });

  it('does frame every email alike in en: what is expected, the case link, the reason', () => {
    const reminder = renderedEmail(
      phaseReminderEmail(
        {
          ...common,
          caseId: 'c1',
          phaseTitle: 'Analysis',
          kinds: [ContributionKind.ADVICE],
          deadline,
        },
        'en',
      ),
    ).text;
    expect(reminder).toContain('What is expected of you: advice.');
    expect(reminder).toContain('Go to the case: https://leerhuis.test/intervisie/casussen/c1');
    const closed = renderedEmail(caseClosedEmail({ ...common, caseId: 'c1' }, 'en'));
    expect(closed.text).toContain('The content of the case is only on Leerhuis.');
    expect(closed.text).toContain('Go to the case: https://leerhuis.test/intervisie/casussen/c1');
    expect(closed.html).toContain('href="https://leerhuis.test/instellingen/meldingen"');
    const invitation = renderedEmail(invitationEmail({ ...common, groupId: 'g1' }, 'en')).text;
    expect(invitation).toContain('a moderator invited you to this group.');
  });
});
