import { renderedEmail } from '@leerhuis/platform-mail';

import { meetingCancellationEmail } from './meeting-cancellation.email';
import { meetingChangeEmail } from './meeting-change.email';
import { meetingInvitationEmail } from './meeting-invitation.email';
import { seatFreedEmail, waitingListPromotedEmail } from './waiting-list-promotion.email';

const publicUrl = 'https://leerhuis.test';
const meeting = {
  title: 'Bijeenkomst',
  startsAt: new Date('2027-10-31T09:00:00Z'),
  endsAt: new Date('2027-10-31T11:00:00Z'),
  address: 'Turfmarkt 147, Den Haag',
  onlineUrl: null,
  cancellationReason: 'De spreker is ziek.',
};
const url = 'https://leerhuis.test/communities/zw/bijeenkomsten/m1';

describe('meeting emails', () => {
  it('does invite with time and place, as content the Mailer renders (nl, en)', () => {
    const data = { meeting, communityName: 'Zorg en wonen', url, publicUrl };
    const nl = meetingInvitationEmail(data, 'nl');
    expect(nl.subject).toBe('Uitnodiging: Bijeenkomst (Zorg en wonen)');
    expect(nl.content?.title).toBe('Bijeenkomst');
    const { text } = renderedEmail(nl);
    expect(text).toContain('Wanneer: zondag 31 oktober 2027, 10:00–12:00');
    expect(text).toContain('Waar: Turfmarkt 147, Den Haag');
    expect(text).toContain(`Bekijk de bijeenkomst: ${url}`);
    const en = meetingInvitationEmail(
      { ...data, meeting: { ...meeting, address: null, onlineUrl: 'https://meet.test/x' } },
      'en',
    );
    expect(en.subject).toBe('Invitation: Bijeenkomst (Zorg en wonen)');
    expect(renderedEmail(en).text).toContain(
      'When: Sunday, 31 October 2027, 10:00–12:00 (Amsterdam time)\n\nOnline: https://meet.test/x',
    );
  });

  it('does name what changed, and leave the calendar out for a waiting member', () => {
    const data = {
      meeting,
      communityName: 'Zorg en wonen',
      changed: ['time' as const],
      waiting: false,
      url,
      publicUrl,
    };
    const nl = meetingChangeEmail(data, 'nl');
    expect(nl.subject).toBe('Gewijzigd: Bijeenkomst (Zorg en wonen)');
    const { html, text } = renderedEmail(nl);
    expect(text).toMatch(/^Gewijzigd: Bijeenkomst\n/);
    expect(text).toContain('De tijd is veranderd.');
    expect(text).toContain('De bijlage werkt de bijeenkomst in je agenda bij.');
    expect(html).toContain(`href="${url}"`);
    const en = meetingChangeEmail({ ...data, changed: ['place'], waiting: true }, 'en');
    expect(en.subject).toBe('Changed: Bijeenkomst (Zorg en wonen)');
    expect(renderedEmail(en).text).toContain('The place has changed.');
    expect(renderedEmail(en).text).toContain('You are on the waiting list.');
  });

  it('does say a meeting is off, with the reason and a link to the community', () => {
    const email = meetingCancellationEmail(
      {
        meeting,
        communityName: 'Zorg en wonen',
        communityUrl: `${publicUrl}/communities/zw`,
        publicUrl,
      },
      'nl',
    );
    expect(email.subject).toBe('Gaat niet door: Bijeenkomst');
    const { text } = renderedEmail(email);
    expect(text).toContain('Reden:\n\nDe spreker is ziek.');
    expect(text).toContain('Naar de community: https://leerhuis.test/communities/zw');
    expect(
      meetingCancellationEmail(
        {
          meeting: { ...meeting, cancellationReason: null },
          communityName: 'Z',
          communityUrl: 'x',
          publicUrl,
        },
        'en',
      ).subject,
    ).toBe('Cancelled: Bijeenkomst');
  });

  it('does tell the promoted member and the one who freed the seat', () => {
    const promoted = waitingListPromotedEmail({ meeting, url, publicUrl }, 'nl');
    expect(promoted.subject).toBe('Er is een plek vrij: je gaat mee naar Bijeenkomst');
    expect(renderedEmail(promoted).text).toContain(
      'Je stond op de wachtlijst en bent nu aangemeld.',
    );
    const freed = seatFreedEmail({ meeting, url, publicUrl }, 'en');
    expect(freed.subject).toBe('You cancelled for Bijeenkomst');
    expect(renderedEmail(freed).text).toContain(`View the meeting: ${url}`);
  });

  it('does give a member of the CoP the same reason for an invitation and a cancellation', () => {
    const data = { meeting, communityName: 'Z', url, communityUrl: 'x', publicUrl };
    for (const email of [
      meetingInvitationEmail(data, 'nl'),
      meetingCancellationEmail(data, 'nl'),
    ]) {
      expect(renderedEmail(email).text).toContain(
        'Je krijgt deze mail omdat je lid bent van deze community in Leerhuis.',
      );
    }
    for (const email of [
      meetingInvitationEmail(data, 'en'),
      meetingCancellationEmail(data, 'en'),
    ]) {
      expect(renderedEmail(email).text).toContain(
        'You receive this email because you are a member of this community on Leerhuis.',
      );
    }
  });
});
