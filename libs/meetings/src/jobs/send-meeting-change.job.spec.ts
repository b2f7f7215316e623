import type { AppConfig } from '@leerhuis/platform-config';
import type { Mailer, OutgoingEmail } from '@leerhuis/platform-mail';

import { MeetingEntity } from '../entities/meeting.entity';
import { RsvpStatus } from '../entities/meeting-rsvp.entity';
import type { MeetingRepository } from '../meeting.repository';
import { MeetingCalendar } from '../meeting-calendar';
import { SendMeetingChangeJob } from './send-meeting-change.job';

function meeting(values: Partial<MeetingEntity> = {}): MeetingEntity {
  return Object.assign(new MeetingEntity(), {
    id: 'm1',
    communityId: 'c1',
    title: 'Bijeenkomst',
    startsAt: new Date('2099-10-31T09:00:00Z'),
    endsAt: new Date('2099-10-31T11:00:00Z'),
    address: 'Turfmarkt 147, Den Haag',
    onlineUrl: null,
    agenda: '',
    capacity: 2,
    notes: '',
    sequence: 2,
    cancelledAt: null,
    updatedAt: new Date('2099-01-01T00:00:00Z'),
    ...values,
  });
}

describe(SendMeetingChangeJob.name, () => {
  const config = {
    PUBLIC_URL: 'https://leerhuis.example',
    MAIL_FROM: 'Leerhuis <noreply@leerhuis.example>',
  } as AppConfig;

  function setUp(found: MeetingEntity | null) {
    const sent: OutgoingEmail[] = [];
    const mailer = {
      send: async (email: OutgoingEmail) => {
        sent.push(email);
        return 'sent' as const;
      },
    } as unknown as Mailer;
    const repository = {
      findById: async () => found,
      community: async () => ({ name: 'Zorg en wonen', slug: 'zorg-en-wonen' }),
      respondentContacts: async () => [
        { id: 'a', email: 'a@minbzk.nl', name: 'A', language: 'nl', status: RsvpStatus.GOING },
        { id: 'b', email: 'b@minbzk.nl', name: 'B', language: 'en', status: RsvpStatus.MAYBE },
        { id: 'c', email: 'c@minbzk.nl', name: 'C', language: 'nl', status: RsvpStatus.WAITING },
      ],
    } as unknown as MeetingRepository;
    const job = new SendMeetingChangeJob(
      mailer,
      config,
      repository,
      new MeetingCalendar(config, repository),
    );
    return { job, sent };
  }

  it('does email a REQUEST .ics keyed by the current SEQUENCE, and the waiting list without one', async () => {
    const { job, sent } = setUp(meeting());
    await job.handle({ meetingId: 'm1', sequence: 1, changed: ['startsAt', 'endsAt'] });
    expect(sent.map((e) => [e.to, e.key])).toEqual([
      ['a@minbzk.nl', 'meeting-change:m1:2:a'],
      ['b@minbzk.nl', 'meeting-change:m1:2:b'],
      ['c@minbzk.nl', 'meeting-change:m1:2:c'],
    ]);
    expect(sent[0].subject).toBe('Gewijzigd: Bijeenkomst (Zorg en wonen)');
    expect(sent[1].subject).toBe('Changed: Bijeenkomst (Zorg en wonen)');
    expect(sent[0].text).toContain('De tijd is veranderd.');
    expect(sent[0].text).toContain(
      'https://leerhuis.example/communities/zorg-en-wonen/bijeenkomsten/m1',
    );
    const ics = sent[0].attachments![0];
    expect(ics.contentType).toBe('text/calendar; charset=utf-8; method=REQUEST');
    expect(ics.content).toContain('METHOD:REQUEST\r\n');
    expect(ics.content).toContain('SEQUENCE:2\r\n');
    expect(ics.content).toContain('UID:meeting-m1@leerhuis\r\n');
    expect(ics.content).toMatch(/mailto:a@minbzk\.nl/i);
    expect(sent[2].attachments).toBeUndefined();
  });

  it('does send nothing for a change of title, agenda or seats only', async () => {
    const { job, sent } = setUp(meeting());
    await job.handle({ meetingId: 'm1', sequence: 2, changed: ['title', 'agenda', 'capacity'] });
    expect(sent).toEqual([]);
  });

  it('does send nothing for a cancelled, vanished or past meeting', async () => {
    for (const found of [
      meeting({ cancelledAt: new Date() }),
      null,
      meeting({
        startsAt: new Date('2020-01-01T09:00:00Z'),
        endsAt: new Date('2020-01-01T10:00Z'),
      }),
    ]) {
      const { job, sent } = setUp(found);
      await job.handle({ meetingId: 'm1', sequence: 2, changed: ['address'] });
      expect(sent).toEqual([]);
    }
  });
});
