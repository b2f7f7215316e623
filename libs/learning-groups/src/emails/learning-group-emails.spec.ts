import { renderedEmail } from '@leerhuis/platform-mail';

import {
  learningGroupComposedEmail,
  learningGroupNotPlacedEmail,
  learningGroupPlacedEmail,
  learningGroupSeriesTitle,
} from './learning-group-composition.email';
import { learningGroupReflectionInviteEmail } from './learning-group-reflection-invite.email';
import { peerIntroductionEmail, peerIntroductionRequestEmail } from './peer-introduction.email';

const publicUrl = 'https://leerhuis.test';
const group = { publicUrl, id: 'g1', name: 'Leergroep 2027' };

describe('learning group composition emails', () => {
  it('does tell a placed member their group, the others and the first session, in nl and en', () => {
    const data = {
      group,
      groupNumber: 2,
      others: ['Anna', 'Bram'],
      firstSessionLocal: '2027-01-12T14:00',
      cadenceWeeks: 6,
    };
    const nl = learningGroupPlacedEmail(data, 'nl');
    expect(nl.subject).toBe('Je bent ingedeeld in de leergroep Leergroep 2027');
    const { html, text } = renderedEmail(nl);
    expect(text).toContain('Je zit in groep 2, met:\n\nAnna, Bram');
    expect(text).toContain(
      'De eerste bijeenkomst is op dinsdag 12 januari 2027 14:00; daarna elke 6 weken.',
    );
    expect(text).toContain('Bekijk de leergroep: https://leerhuis.test/leergroepen/g1');
    expect(html).toContain('href="https://leerhuis.test/instellingen/meldingen"');
    const en = learningGroupPlacedEmail(data, 'en');
    expect(en.subject).toBe('You have a place in the learning group Leergroep 2027');
    expect(renderedEmail(en).text).toContain(
      'The first session is on Tuesday, 12 January 2027 14:00 (Amsterdam time)',
    );
  });

  it('does tell who has no place, and the facilitator every group', () => {
    const notPlaced = learningGroupNotPlacedEmail({ group }, 'en');
    expect(notPlaced.subject).toBe('Learning group Leergroep 2027: no place this time');
    expect(renderedEmail(notPlaced).text).toContain('there was no place for you this time');
    const composed = learningGroupComposedEmail(
      {
        group,
        groups: [
          { number: 1, names: ['Anna', 'Bram'] },
          { number: 2, names: ['Cas'] },
        ],
      },
      'nl',
    );
    expect(composed.subject).toBe('Samenstelling bevestigd: Leergroep 2027');
    const { text } = renderedEmail(composed);
    expect(text).toContain('2 groep(en)');
    expect(text).toContain('Groep 1: Anna, Bram\n\nGroep 2: Cas');
    expect(text).toContain('Je krijgt deze mail omdat je begeleider bent van deze leergroep.');
    expect(learningGroupSeriesTitle('Leergroep 2027', 3)).toBe('Leergroep 2027, groep 3');
  });
});

describe('peer introduction emails', () => {
  it('does ask the peer, and introduce the two with the other address', () => {
    const ask = peerIntroductionRequestEmail(
      { publicUrl, introductionId: 'i1', requesterName: 'Anna' },
      'nl',
    );
    expect(ask.subject).toBe('Anna wil graag met je kennismaken');
    expect(renderedEmail(ask).text).toContain(
      'Accepteren of afslaan: https://leerhuis.test/kennismaken/i1',
    );
    const intro = peerIntroductionEmail(
      { publicUrl, introductionId: 'i1', other: { name: 'Bram', email: 'bram@example.nl' } },
      'en',
    );
    expect(intro.subject).toBe('Introduction to Bram');
    expect(renderedEmail(intro).text).toContain('get in touch with Bram at bram@example.nl.');
  });
});

describe('learning group reflection invite email', () => {
  it('does link to the session reflection, in nl and en', () => {
    const data = {
      publicUrl,
      groupId: 'g1',
      groupName: 'Leergroep 2027',
      sessionId: 's1',
      sequence: 3,
    };
    const nl = learningGroupReflectionInviteEmail(data, 'nl');
    expect(nl.subject).toBe('Reflectie op bijeenkomst 3 van Leergroep 2027');
    expect(renderedEmail(nl).text).toContain(
      'Reflectie invullen: https://leerhuis.test/leergroepen/g1#reflectie-s1',
    );
    expect(learningGroupReflectionInviteEmail(data, 'en').subject).toBe(
      'Reflect on session 3 of Leergroep 2027',
    );
  });
});
