import { renderedEmail } from '@leerhuis/platform-mail';

import { coffeeDateInvitationEmail } from './coffee-date-invitation.email';
import {
  coffeeDateEventTitle,
  coffeeDateMatchEmail,
  type CoffeeDatePartner,
} from './coffee-date-match.email';
import { coffeeDateReminderEmail } from './coffee-date-reminder.email';
import { coffeeDateUnmatchedEmail } from './coffee-date-unmatched.email';

const publicUrl = 'https://leerhuis.test';
const round = {
  period: '2026-11',
  opensAt: new Date('2026-11-02T08:00:00Z'),
  signupDeadline: new Date('2026-11-09T22:59:00Z'),
};
const standing = { pause: 'https://l.test/pause', unsubscribe: 'https://l.test/unsub' };

describe('koffiedate invitation email', () => {
  it('does ask a member not in yet to sign up, with the join link and the profile hint (nl)', () => {
    const email = coffeeDateInvitationEmail(
      {
        publicUrl,
        round,
        enrolled: false,
        hasProfile: false,
        joinUrl: 'https://l.test/join',
        standing,
      },
      'nl',
    );
    const { html, text } = renderedEmail(email);
    expect(email.subject).toBe('Koffiedate november 2026: doe je mee?');
    expect(text).toContain('Aanmelden kan tot maandag 9 november.');
    expect(text).toContain('Ja, ik doe mee: https://l.test/join');
    expect(text).toContain(
      'Grenswerkersvragen invullen: https://leerhuis.test/grenswerkers/vragenlijst',
    );
    expect(text).toContain(
      'Koffiedates pauzeren: https://l.test/pause\nAfmelden voor koffiedates: https://l.test/unsub\n\n--\n',
    );
    expect(html).toContain(
      '<li style="margin:0 0 8px"><a href="https://l.test/unsub">Afmelden voor koffiedates</a></li>',
    );
  });

  it('does tell an enrolled member they are in, without a join link (en)', () => {
    const email = coffeeDateInvitationEmail(
      { publicUrl, round, enrolled: true, hasProfile: true, joinUrl: null, standing },
      'en',
    );
    const { text } = renderedEmail(email);
    expect(email.subject).toBe('Koffiedate November 2026: are you in?');
    expect(text).toContain('You are already in (you chose every month). After Monday 9 November');
    expect(text).toContain('Your koffiedate: https://leerhuis.test/koffiedate');
    expect(text).not.toContain('boundary-spanner questions');
  });
});

describe('koffiedate match email', () => {
  const partner: CoffeeDatePartner = {
    id: 'p1',
    name: 'Bram Bakker',
    email: 'bram@example.nl',
    jobRole: 'POLICY_OFFICER',
    organisationName: 'Ministerie van Financiën',
    showOrganisation: true,
    showJobRole: true,
    styles: [{ name: 'Verbinder', brings: 'brengt mensen samen.' }],
  };
  const data = {
    publicUrl,
    round,
    team: false,
    partners: [partner],
    reasons: ['cross-organisation', 'unknown-code'],
    slotStartsAt: new Date('2026-11-17T09:00:00Z'),
    prompts: ['Wat doe je?', 'Wat leer je?'],
    links: {
      ...standing,
      accept: 'https://l.test/a',
      decline: 'https://l.test/d',
      feedback: 'https://l.test/f',
    },
  };

  it('does name the partner, their work, address, style, the slot and the prompts (nl)', () => {
    const email = coffeeDateMatchEmail(data, 'nl');
    const { text } = renderedEmail(email);
    expect(email.subject).toBe('Je koffiedate van november 2026: Bram Bakker');
    expect(text).toContain('Deze maand drink je koffie met Bram Bakker.');
    expect(text).toContain('Bram Bakker — Ministerie van Financiën, beleidsmedewerker.');
    expect(text).toContain('E-mail: bram@example.nl');
    expect(text).toContain('Voorkeursstijl: Verbinder — brengt mensen samen.');
    expect(text).toContain(
      'Waarom jullie: jullie werken bij verschillende ministeries of organisaties.',
    );
    expect(text).toContain('Voorstel: dinsdag 17 november 2026, 10:00–10:30.');
    expect(text).toContain('Gespreksvragen:\n\n1. Wat doe je?\n\n2. Wat leer je?');
    expect(text).toContain('Ik doe mee: https://l.test/a');
    expect(text).toContain(
      'Bram Bakker op Leerhuis: https://leerhuis.test/leden/p1\nLukt het niet? Afzeggen: https://l.test/d',
    );
  });

  it('does say so when a partner shared no profile, and names a team round (en)', () => {
    const email = coffeeDateMatchEmail(
      { ...data, team: true, partners: [{ ...partner, styles: null, showJobRole: false }] },
      'en',
    );
    const { text } = renderedEmail(email);
    expect(email.subject).toBe('Your koffiedate for November 2026: Bram Bakker');
    expect(text).toContain('Your team koffiedate: you meet Bram Bakker.');
    expect(text).toContain('Bram Bakker — Ministerie van Financiën.');
    expect(text).toContain('Bram Bakker has not shared a boundary-spanner profile.');
    expect(text).toContain('Suggested: Tuesday, 17 November 2026, 10:00–10:30 (Amsterdam time).');
    expect(text).toContain("Can't make it: decline: https://l.test/d");
  });
});

describe('koffiedate calendar entry', () => {
  it('does name everyone who meets, in one title for nl and en', () => {
    expect(coffeeDateEventTitle(['Anna', 'Bram', 'Cas'])).toBe('Koffiedate: Anna, Bram, Cas');
  });
});

describe('koffiedate unmatched and reminder emails', () => {
  it('does explain why there is no match, and a dissolved match differently', () => {
    const nl = coffeeDateUnmatchedEmail(
      { publicUrl, round, reason: 'only-participant', dissolved: false, standing },
      'nl',
    );
    expect(nl.subject).toBe('Geen koffiedate-match in november 2026');
    expect(renderedEmail(nl).text).toContain('Je was deze keer de enige aanmelding');
    const en = coffeeDateUnmatchedEmail(
      { publicUrl, round, reason: 'no-such-reason', dissolved: true, standing },
      'en',
    );
    expect(en.subject).toBe('No koffiedate after all for November 2026');
    expect(renderedEmail(en).text).toContain('nobody was left for you');
  });

  it('does ask whether you met, with the feedback link', () => {
    const email = coffeeDateReminderEmail(
      { round, feedbackUrl: 'https://l.test/f', standing },
      'nl',
    );
    expect(email.subject).toBe('Heb je je koffiedate van november 2026 gehad?');
    expect(renderedEmail(email).text).toContain('Laat het weten: https://l.test/f');
    expect(coffeeDateReminderEmail({ round, feedbackUrl: 'x', standing }, 'en').subject).toBe(
      'Did you have your koffiedate of November 2026?',
    );
  });
});
