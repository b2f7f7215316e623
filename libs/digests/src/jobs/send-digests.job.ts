import { amsterdamDay } from '@leerhuis/platform-calendar';
import { AppConfig } from '@leerhuis/platform-config';
import { type BatchEmail, Mailer, UnsubscribeScope } from '@leerhuis/platform-mail';
import { defineJob, JobHandler, JobProcessor, QueueName } from '@leerhuis/platform-queue';

import { Injectable, Logger } from '@nestjs/common';

import { DigestContentRepository } from '../digest-content.repository';
import { DigestIntervisionLessons } from '../digest-intervision-lessons';
import { nextDigestAt, previousPeriodStart } from '../digest-schedule';
import { DigestScheduleRepository, DueMember } from '../digest-schedule.repository';
import { composeDigest } from '../emails/digest.email';

export interface SendDigestsData {
  /** The planner's moment: members due by then are this chunk's (if still due). */
  dueBefore: string;
  memberIds: string[];
}

/** One chunk of due members: their digests, each sent exactly once, then moved on. */
export const sendDigestsJob = defineJob<SendDigestsData>(QueueName.Digests, 'send-digests');

/**
 * Messages a chunk has composed and handed to the pooled transport at a time: several chunks
 * run side by side (WORKER_CONCURRENCY), so together they keep every pooled connection busy
 * with the next message already composed, without holding a chunk's worth in memory.
 */
const SENDS_PER_CHUNK = 4;
/** Members moved on per statement as their digests are accepted. */
const ADVANCE_EVERY = 50;

/** The email key: one digest per member and due time, whatever retries happen. */
export const digestKey = (member: Pick<DueMember, 'memberId' | 'due'>) =>
  `digest:${member.memberId}:${member.due.toISOString()}`;

type Advance = { memberId: string; due: Date; next: Date | null };

@Injectable()
@JobHandler(sendDigestsJob)
export class SendDigestsJob implements JobProcessor<SendDigestsData> {
  private readonly logger = new Logger(SendDigestsJob.name);

  constructor(
    private readonly schedule: DigestScheduleRepository,
    private readonly contents: DigestContentRepository,
    private readonly intervision: DigestIntervisionLessons,
    private readonly mailer: Mailer,
    private readonly config: AppConfig,
  ) {}

  async handle(data: SendDigestsData): Promise<void> {
    const members = await this.schedule.dueMembers(data.memberIds, new Date(data.dueBefore));
    if (members.length === 0) return;
    // Members of a chunk share a few rhythms and due times: each is worked out once.
    const nextAt = memo((m: DueMember) => nextDigestAt(m, m.due), rhythmKey);
    const sinceAt = memo(
      (m: DueMember) => previousPeriodStart(m.frequency, m.due),
      (m) => `${m.frequency}|${m.due.getTime()}`,
    );
    const next = (m: DueMember): Advance => ({ memberId: m.memberId, due: m.due, next: nextAt(m) });

    // Sent before (a retried or interrupted chunk): only move them on.
    const sent = await this.schedule.sentKeys(members.map(digestKey));
    const pending = members.filter((m) => !sent.has(digestKey(m)));
    await this.schedule.advanceSentBefore(members.filter((m) => sent.has(digestKey(m))).map(next));
    if (pending.length === 0) return;

    const started = Date.now();
    const windows = pending.map((m) => ({
      memberId: m.memberId,
      since: m.lastDigestAt ?? sinceAt(m),
      until: m.due,
    }));
    const content = await this.contents.load(windows, amsterdamDay(new Date()));
    const intervision = await this.intervision.forMembers(
      windows.map((w) => ({
        ...w,
        communityIds: (content.communities.get(w.memberId) ?? []).map((c) => c.id),
      })),
    );
    const loadedMs = Date.now() - started;

    const quiet: Advance[] = [];
    const emails: (BatchEmail & { member: DueMember; notificationIds: string[] })[] = [];
    pending.forEach((member, i) => {
      const digest = composeDigest(
        {
          name: member.name,
          language: member.language,
          frequency: member.frequency,
          since: windows[i].since,
        },
        {
          communities: content.communities.get(member.memberId) ?? [],
          threads: content.threads.get(member.memberId) ?? [],
          meetings: content.meetings.get(member.memberId) ?? [],
          lessons: content.lessons.get(member.memberId) ?? [],
          intervisionLessons: intervision.get(member.memberId) ?? [],
          newMembers: content.newMembers.get(member.memberId) ?? [],
          notifications: content.notifications.get(member.memberId) ?? [],
          coffeeDateRound: content.coffeeDateInvitees.has(member.memberId)
            ? content.coffeeDateRound
            : null,
        },
        this.config.PUBLIC_URL,
      );
      // Nothing new: no email, but the schedule still moves on.
      if (!digest) return void quiet.push(next(member));
      emails.push({
        key: digestKey(member),
        to: member.email,
        subject: digest.subject,
        content: digest.content,
        unsubscribe: { memberId: member.memberId, scope: UnsubscribeScope.DIGEST },
        member,
        notificationIds: digest.notificationIds,
      });
    });

    // Moved on in groups, soon after SMTP accepted (or found already sent); a crash in between
    // is covered by the key: the retry finds it in the send log and only moves on. Not awaited
    // in the send lanes: the batch holds a database connection, and waiting there for another
    // could exhaust a small pool.
    let done: Advance[] = [];
    let carried: string[] = [];
    let sentCount = 0;
    let advancing: Promise<void> = Promise.resolve();
    const flush = () => {
      const [rows, ids] = [done, carried];
      [done, carried] = [[], []];
      advancing = advancing.then(() => this.schedule.advance(rows, ids));
      return advancing;
    };
    try {
      await this.mailer.sendBatch(emails, {
        inFlight: SENDS_PER_CHUNK,
        onDone: (email, outcome) => {
          const { member, notificationIds } = email as (typeof emails)[number];
          done.push(next(member));
          carried.push(...notificationIds);
          if (outcome === 'sent') sentCount++;
          if (done.length >= ADVANCE_EVERY) flush().catch(() => undefined);
        },
      });
    } finally {
      // Also after a failure: who was accepted moves on now, not on the retry.
      done.push(...quiet);
      await flush();
    }
    this.logger.log(
      `digests: ${sentCount} sent, ${quiet.length} with nothing new, ${sent.size} sent before ` +
        `(content ${loadedMs} ms, sending ${Date.now() - started - loadedMs} ms)`,
    );
  }
}

const rhythmKey = (m: DueMember) => `${m.frequency}|${m.weekday}|${m.time}|${m.due.getTime()}`;

/** `fn` remembered by `key` (for the lifetime of one chunk). */
function memo<T, R>(fn: (value: T) => R, key: (value: T) => string): (value: T) => R {
  const known = new Map<string, R>();
  return (value) => {
    const k = key(value);
    if (!known.has(k)) known.set(k, fn(value));
    return known.get(k)!;
  };
}
