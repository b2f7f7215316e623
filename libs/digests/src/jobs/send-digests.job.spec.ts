import type { AppConfig } from '@leerhuis/platform-config';
import type { BatchEmail, Mailer } from '@leerhuis/platform-mail';

import type { DigestChunkContent, DigestContentRepository } from '../digest-content.repository';
import type { DigestIntervisionLessons } from '../digest-intervision-lessons';
import { DigestFrequency } from '../digest-schedule';
import type { DigestScheduleRepository, DueMember } from '../digest-schedule.repository';
import { SendDigestsJob } from './send-digests.job';

const due = new Date('2026-11-23T07:00:00Z');
const member = (id: string): DueMember => ({
  memberId: id,
  email: `${id}@example.nl`,
  name: id,
  language: 'nl',
  frequency: DigestFrequency.WEEKLY,
  weekday: 1,
  time: '08:00',
  due,
  lastDigestAt: null,
});
const community = { id: 'c', name: 'Kring', slug: 'kring', joinPolicy: 'OPEN' as const };
const thread = {
  id: 't',
  community,
  title: 'Vraag',
  body: null,
  isNew: true,
  replies: 0,
  lastActivityAt: due,
};

function setup(options: { sentBefore?: string[]; failFor?: string } = {}) {
  const members = [member('a'), member('b'), member('quiet')];
  const advanced: { memberId: string; next: Date | null; ids: string[] }[] = [];
  const schedule = {
    dueMembers: jest.fn(async () => members),
    sentKeys: jest.fn(
      async (keys: string[]) =>
        new Set(keys.filter((k) => options.sentBefore?.some((id) => k.includes(`:${id}:`)))),
    ),
    advanceSentBefore: jest.fn(async (rows: { memberId: string; next: Date | null }[]) => {
      for (const row of rows) advanced.push({ memberId: row.memberId, next: row.next, ids: ['*'] });
    }),
    advance: jest.fn(
      async (rows: { memberId: string; next: Date | null }[], ids: string[] = []) => {
        for (const row of rows) advanced.push({ memberId: row.memberId, next: row.next, ids });
      },
    ),
  };
  const content: DigestChunkContent = {
    communities: new Map([
      ['a', [community]],
      ['b', [community]],
      ['quiet', [community]],
    ]),
    threads: new Map([
      ['a', [thread]],
      ['b', [thread]],
    ]),
    meetings: new Map(),
    lessons: new Map(),
    newMembers: new Map(),
    notifications: new Map([
      [
        'a',
        [
          {
            id: '7',
            kind: 'REPLY',
            createdAt: due,
            actorName: 'X',
            community: { name: 'Kring', slug: 'kring' },
            thread: { id: 't', title: 'Vraag' },
            meeting: null,
            data: {},
          },
        ],
      ],
    ]),
    coffeeDateRound: null,
    coffeeDateInvitees: new Set(),
  };
  const sent: BatchEmail[] = [];
  const mailer = {
    sendBatch: jest.fn(
      async (
        emails: BatchEmail[],
        { onDone }: { onDone: (email: BatchEmail, outcome: 'sent') => Promise<void> },
      ) => {
        for (const email of emails) {
          if (options.failFor && email.to.startsWith(options.failFor)) {
            throw new Error('421 try later');
          }
          sent.push(email);
          await onDone(email, 'sent');
        }
      },
    ),
  };
  const job = new SendDigestsJob(
    schedule as unknown as DigestScheduleRepository,
    { load: jest.fn(async () => content) } as unknown as DigestContentRepository,
    { forMembers: jest.fn(async () => new Map()) } as unknown as DigestIntervisionLessons,
    mailer as unknown as Mailer,
    { PUBLIC_URL: 'https://leerhuis.example' } as AppConfig,
  );
  return { job, sent, advanced };
}

describe(SendDigestsJob.name, () => {
  const data = { dueBefore: due.toISOString(), memberIds: ['a', 'b', 'quiet'] };
  const nextWeek = new Date('2026-11-30T07:00:00Z');

  it('sends one keyed digest per member with news, and moves everyone on', async () => {
    const { job, sent, advanced } = setup();
    await job.handle(data);
    expect(sent.map((e) => [e.key, e.to, e.unsubscribe?.scope])).toEqual([
      [`digest:a:${due.toISOString()}`, 'a@example.nl', 'DIGEST'],
      [`digest:b:${due.toISOString()}`, 'b@example.nl', 'DIGEST'],
    ]);
    // Moved on in groups: what a's digest carried is marked emailed with them.
    expect(advanced.map((a) => [a.memberId, a.next]).sort()).toEqual([
      ['a', nextWeek],
      ['b', nextWeek],
      ['quiet', nextWeek],
    ]);
    expect([...new Set(advanced.flatMap((a) => a.ids))]).toEqual(['7']);
  });

  it('only moves on a member whose digest is already in the send log', async () => {
    const { job, sent, advanced } = setup({ sentBefore: ['a'] });
    await job.handle(data);
    expect(sent.map((e) => e.to)).toEqual(['b@example.nl']);
    expect(advanced.map((a) => a.memberId).sort()).toEqual(['a', 'b', 'quiet']);
    // What the earlier run's email carried is marked emailed too.
    expect(advanced.find((a) => a.memberId === 'a')!.ids).toEqual(['*']);
  });

  it('fails on an SMTP error so BullMQ retries, without moving on who was not sent', async () => {
    const { job, advanced } = setup({ failFor: 'a' });
    await expect(job.handle(data)).rejects.toThrow('421');
    expect(advanced.map((a) => a.memberId)).not.toContain('a');
  });
});
