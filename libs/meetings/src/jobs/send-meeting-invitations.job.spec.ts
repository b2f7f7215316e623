import type { AppConfig } from '@leerhuis/platform-config';
import { type Mailer, type OutgoingEmail, renderBody } from '@leerhuis/platform-mail';

import { MeetingEntity } from '../entities/meeting.entity';
import type { MeetingRepository } from '../meeting.repository';
import { MeetingCalendar } from '../meeting-calendar';
import { SendMeetingInvitationsJob } from './send-meeting-invitations.job';

function meeting(values: Partial<MeetingEntity> = {}): MeetingEntity {
  return Object.assign(new MeetingEntity(), {
    id: 'm1',
    communityId: 'c1',
    title: 'Bijeenkomst',
    startsAt: new Date('2027-10-31T09:00:00Z'),
    endsAt: new Date('2027-10-31T11:00:00Z'),
    address: 'Turfmarkt 147, Den Haag',
    onlineUrl: null,
    agenda: '',
    capacity: null,
    notes: '',
    sequence: 0,
    cancelledAt: null,
    updatedAt: new Date('2027-01-01T00:00:00Z'),
    ...values,
  });
}

describe(SendMeetingInvitationsJob.name, () => {
  const config = { PUBLIC_URL: 'https://leerhuis.example' } as AppConfig;

  function setUp(found: MeetingEntity | null) {
    const sent: OutgoingEmail[] = [];
    const mailer = {
      // Renders as the Mailer does, with a fake one-click link.
      send: async (email: OutgoingEmail) => {
        const body = renderBody(
          email,
          (memberId, scope) => `https://leerhuis.example/unsubscribe/${memberId}.${scope}.mac`,
        );
        sent.push({ ...email, ...body, content: undefined });
        return 'sent' as const;
      },
    } as unknown as Mailer;
    const repository = {
      findById: async () => found,
      community: async () => ({ name: 'Zorg en wonen', slug: 'zorg-en-wonen' }),
      activeMemberContacts: async () => [
        { id: 'a', email: 'a@minbzk.nl', name: 'A', language: 'nl' as const },
        { id: 'b', email: 'b@minbzk.nl', name: 'B', language: 'en' as const },
      ],
    } as unknown as MeetingRepository;
    const job = new SendMeetingInvitationsJob(
      mailer,
      config,
      repository,
      new MeetingCalendar(config, repository),
    );
    return { job, sent };
  }

  it('does send each active member one invitation with a per-member key and the .ics', async () => {
    const { job, sent } = setUp(meeting());
    await job.handle({ meetingId: 'm1' });
    expect(sent.map((e) => [e.to, e.key])).toEqual([
      ['a@minbzk.nl', 'meeting-invitation:m1:a'],
      ['b@minbzk.nl', 'meeting-invitation:m1:b'],
    ]);
    expect(sent[0].subject).toBe('Uitnodiging: Bijeenkomst (Zorg en wonen)');
    expect(sent[1].subject).toBe('Invitation: Bijeenkomst (Zorg en wonen)');
    expect(sent[0].text).toContain('zondag 31 oktober 2027, 10:00–12:00');
    const [attachment] = sent[0].attachments!;
    expect(attachment.filename).toBe('bijeenkomst-2027-10-31.ics');
    expect(attachment.content).toContain('DTSTART:20271031T090000Z');
  });

  it('does leave the choice to the member: settings gate and one-click unsubscribe', async () => {
    const { job, sent } = setUp(meeting());
    await job.handle({ meetingId: 'm1' });
    expect(sent[0].audience).toEqual({ memberId: 'a', kind: 'MEETING_CHANGES' });
    expect(sent[0].unsubscribe).toEqual({ memberId: 'a', scope: 'MEETING_CHANGES' });
    expect(sent[0].text).toContain(
      'Afmelden voor deze e-mails: https://leerhuis.example/unsubscribe/a.MEETING_CHANGES.mac',
    );
    expect(sent[1].text).toContain(
      'Choose what you receive: https://leerhuis.example/instellingen/meldingen',
    );
  });

  it('does send nothing for a cancelled or vanished meeting', async () => {
    for (const found of [meeting({ cancelledAt: new Date() }), null]) {
      const { job, sent } = setUp(found);
      await job.handle({ meetingId: 'm1' });
      expect(sent).toEqual([]);
    }
  });
});
