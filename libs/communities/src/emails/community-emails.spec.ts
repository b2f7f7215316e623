import { renderedEmail } from '@leerhuis/platform-mail';

import { communityInvitationEmail } from './community-invitation.email';
import { joinDecisionEmail } from './join-decision.email';
import { joinRequestEmail } from './join-request.email';

const publicUrl = 'https://leerhuis.test';
const community = { name: 'Programmadirecteuren', slug: 'pd' };

describe('community emails', () => {
  it('does ask a coordinator to decide on a request, with the motivation (nl) or without (en)', () => {
    const data = {
      publicUrl,
      community,
      applicant: { name: 'Piet', organisation: 'Ministerie van Financiën (FIN)' },
      motivation: 'Ik leid een programma.',
    };
    const nl = joinRequestEmail(data, 'nl');
    expect(nl.subject).toBe('Piet wil lid worden van Programmadirecteuren');
    const { text } = renderedEmail(nl);
    expect(text).toContain(
      'Piet (Ministerie van Financiën (FIN)) vraagt om lid te worden van de community Programmadirecteuren.',
    );
    expect(text).toContain('Motivatie:\n\nIk leid een programma.');
    expect(text).toContain('Aanvraag bekijken: https://leerhuis.test/communities/pd/beheer');
    const en = joinRequestEmail(
      { ...data, applicant: { name: 'Piet', organisation: null }, motivation: '' },
      'en',
    );
    expect(en.subject).toBe('Piet asks to join Programmadirecteuren');
    expect(renderedEmail(en).text).toContain(
      'Piet asks to join the community Programmadirecteuren.\n\nNo motivation was given.',
    );
  });

  it('does invite by address with the link, its validity and the note', () => {
    const data = {
      communityName: 'Programmadirecteuren',
      inviterName: 'Anna',
      url: 'https://leerhuis.test/communities/invitation?token=t',
      days: 14,
      message: 'Kom erbij!',
    };
    const nl = communityInvitationEmail(data, 'nl');
    expect(nl.subject).toBe('Uitnodiging voor de community Programmadirecteuren');
    const { html, text } = renderedEmail(nl);
    expect(text).toContain(
      'Anna nodigt je uit om lid te worden van de community Programmadirecteuren in Leerhuis.',
    );
    expect(text).toContain('De link werkt één keer en is 14 dagen geldig.');
    expect(text).toContain('Persoonlijk bericht:\n\nKom erbij!');
    expect(html).toContain('href="https://leerhuis.test/communities/invitation?token=t"');
    expect(html).not.toContain('/instellingen/meldingen');
    const en = communityInvitationEmail({ ...data, inviterName: null, message: null }, 'en');
    expect(renderedEmail(en).text).toContain(
      'Leerhuis invites you to join the community Programmadirecteuren on Leerhuis.',
    );
  });

  it('does tell the outcome, with a link only when approved', () => {
    const ok = joinDecisionEmail({ publicUrl, community, approved: true, message: '' }, 'nl');
    expect(ok.subject).toBe('Welkom bij Programmadirecteuren');
    expect(renderedEmail(ok).text).toContain(
      'Naar de community: https://leerhuis.test/communities/pd',
    );
    const no = joinDecisionEmail({ publicUrl, community, approved: false, message: 'Vol.' }, 'en');
    expect(no.subject).toBe('Your request to join Programmadirecteuren');
    const { text } = renderedEmail(no);
    expect(text).toContain('has been declined.\n\nMessage from the coordinator:\n\nVol.');
    expect(text).not.toContain('Go to the community');
  });
});
