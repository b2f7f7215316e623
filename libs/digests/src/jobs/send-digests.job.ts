import { amsterdamDay } from '@leerhuis/platform-calendar';
import { AppConfig } from '@leerhuis/platform-config';
import { Mailer, UnsubscribeScope } from '@leerhuis/platform-mail';
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

/** Sends in flight per chunk; several chunks run side by side (WORKER_CONCURRENCY). */
const SENDS_PER_CHUNK = 4;

/** The email key: one digest per member and due time, whatever retries happen. */
export const digestKey = (member: Pick<DueMember, 'memberId' | 'due'>) =>
  `digest:${member.memberId}:${member.due.toISOString()}`;

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
    const next = (m: DueMember) => ({
      memberId: m.memberId,
      due: m.due,
      next: nextDigestAt(m, m.due),
    });

    // Sent before (a retried or interrupted chunk): only move them on.
    const sent = await this.schedule.sentKeys(members.map(digestKey));
    const pending = members.filter((m) => !sent.has(digestKey(m)));
    await this.schedule.advanceSentBefore(members.filter((m) => sent.has(digestKey(m))).map(next));
    if (pending.length === 0) return;

    const started = Date.now();
    const windows = pending.map((m) => ({
      memberId: m.memberId,
      since: m.lastDigestAt ?? previousPeriodStart(m.frequency, m.due),
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
    const quiet: ReturnType<typeof next>[] = [];
    let sentCount = 0;
    await eachLimited(pending, SENDS_PER_CHUNK, async (member, i) => {
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
      await this.mailer.send({
        key: digestKey(member),
        to: member.email,
        subject: digest.subject,
        content: digest.content,
        unsubscribe: { memberId: member.memberId, scope: UnsubscribeScope.DIGEST },
      });
      // Right after SMTP accepted it (or found it already sent); a crash in between is
      // covered by the key: the retry finds it in the send log and only moves on.
      await this.schedule.advance([next(member)], digest.notificationIds);
      sentCount++;
    });
    await this.schedule.advance(quiet);
    this.logger.log(
      `digests: ${sentCount} sent, ${quiet.length} with nothing new, ${sent.size} sent before ` +
        `(content ${loadedMs} ms, sending ${Date.now() - started - loadedMs} ms)`,
    );
  }
}

/** Runs `fn` over `items` with at most `limit` at a time; the first failure stops new starts. */
async function eachLimited<T>(
  items: T[],
  limit: number,
  fn: (item: T, index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  let failure: unknown;
  const lane = async () => {
    while (failure === undefined && next < items.length) {
      const index = next++;
      try {
        await fn(items[index], index);
      } catch (error) {
        failure ??= error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  if (failure !== undefined) throw failure;
}
