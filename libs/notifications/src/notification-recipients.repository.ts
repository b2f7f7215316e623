import { CoffeeDateSql } from '@leerhuis/coffee-dates';
import { CommunitySql } from '@leerhuis/communities';
import { DiscussionSql, threadReaderSql } from '@leerhuis/discussions';
import { intervisionMembershipInContextSql, IntervisionSql } from '@leerhuis/intervision';
import { MeetingSql } from '@leerhuis/meetings';

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { BATCHED_KINDS } from './notification-kinds';

/** What every insert of notifications for one event has in common. */
export interface EventRef {
  eventId: string;
  communityId: string | null;
  subjectType: string;
  subjectId: string;
  actorId: string | null;
  data: Record<string, unknown>;
}

export interface PendingEmail {
  memberId: string;
  lastNotificationEmailAt: Date | null;
}

// Every insert below: one row per recipient, ON CONFLICT DO NOTHING on (event, member, kind),
// so a retried job (or a relayed event) never notifies twice. Recipients are decided now, at
// processing time: someone who left the CoP or group meanwhile gets nothing, the actor nothing.
const INSERT = `INSERT INTO notification
  (member_id, kind, event_id, community_id, subject_type, subject_id, actor_id, data, channel, emailed_at)`;
const ON_CONFLICT = `ON CONFLICT (event_id, member_id, kind) DO NOTHING`;
const ACTIVE_IN_COP = (member: string) =>
  `EXISTS (SELECT 1 FROM ${CommunitySql.memberships} cm
            WHERE cm.community_id = $2 AND cm.member_id = ${member} AND cm.status = 'ACTIVE')`;
const MODE = `coalesce((SELECT cns.mode FROM community_notification_setting cns
                         WHERE cns.member_id = s.member_id AND cns.community_id = $2), 'DIGEST')`;

/**
 * Turns domain events into notification rows. Reads the other domains' membership tables in
 * the same statement as the insert, so recipients and channels are one consistent snapshot.
 */
@Injectable()
export class NotificationRecipientsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private params(ref: EventRef) {
    return [
      ref.eventId,
      ref.communityId,
      ref.subjectType,
      ref.subjectId,
      ref.actorId,
      JSON.stringify(ref.data),
    ];
  }

  /**
   * A MENTION for a member who can still read the thread (a muted CoP still lets mentions
   * through): someone who left the CoP, or a non-moderator once the thread is hidden, gets none.
   */
  async mention(ref: EventRef, threadId: string, memberId: string): Promise<void> {
    await this.dataSource.query(
      `${INSERT}
       SELECT s.member_id, 'MENTION', $1::uuid, $2::uuid, $3::text, $4::uuid, $5::uuid, $6::jsonb, s.mentions, NULL::timestamptz
         FROM notification_settings s
        WHERE s.member_id = $8 AND s.member_id IS DISTINCT FROM $5
          AND EXISTS (SELECT 1 FROM ${DiscussionSql.threads} t JOIN ${CommunitySql.memberships} cm
                        ON cm.member_id = s.member_id AND ${threadReaderSql('t', 'cm')}
                       WHERE t.id = $7)
       ${ON_CONFLICT}`,
      [...this.params(ref), threadId, memberId],
    );
  }

  /** A REPLY for the thread's author, unless they wrote it or left the CoP. */
  async replyToAuthor(ref: EventRef, threadId: string): Promise<void> {
    await this.dataSource.query(
      `${INSERT}
       SELECT s.member_id, 'REPLY', $1::uuid, $2::uuid, $3::text, $4::uuid, $5::uuid, $6::jsonb, s.replies, NULL::timestamptz
         FROM ${DiscussionSql.threads} t JOIN notification_settings s ON s.member_id = t.author_id
        WHERE t.id = $7 AND t.author_id IS DISTINCT FROM $5 AND ${ACTIVE_IN_COP('s.member_id')}
       ${ON_CONFLICT}`,
      [...this.params(ref), threadId],
    );
  }

  /**
   * COMMUNITY_ACTIVITY for members who set the CoP to IMMEDIATE. The thread's author (who gets
   * the REPLY) and the members mentioned in the post (who get the MENTION) are left out.
   */
  async communityActivity(ref: EventRef, threadId: string, replyId: string | null) {
    await this.dataSource.query(
      `${INSERT}
       SELECT s.member_id, 'COMMUNITY_ACTIVITY', $1::uuid, $2::uuid, $3::text, $4::uuid, $5::uuid, $6::jsonb, 'IMMEDIATE', NULL::timestamptz
         FROM ${CommunitySql.memberships} cm JOIN notification_settings s ON s.member_id = cm.member_id
        WHERE cm.community_id = $2 AND cm.status = 'ACTIVE' AND cm.member_id IS DISTINCT FROM $5
          AND ${MODE} = 'IMMEDIATE'
          AND ($8::uuid IS NULL OR cm.member_id IS DISTINCT FROM
                (SELECT t.author_id FROM ${DiscussionSql.threads} t WHERE t.id = $7))
          AND NOT EXISTS (SELECT 1 FROM ${DiscussionSql.mentions} dm
                           WHERE dm.thread_id = $7 AND dm.reply_id IS NOT DISTINCT FROM $8
                             AND dm.member_id = cm.member_id)
       ${ON_CONFLICT}`,
      [...this.params(ref), threadId, replyId],
    );
  }

  /**
   * MEETING_CHANGE for the CoP's active members except the actor and those who muted it.
   * `emailed_at` is set for those the meetings lib emails anyway: everyone whose channel is
   * IMMEDIATE, and (`respondentsEmailed`) those who answered going, maybe or waiting.
   */
  async meetingChange(ref: EventRef, respondentsEmailed: boolean): Promise<void> {
    await this.dataSource.query(
      `${INSERT}
       SELECT s.member_id, 'MEETING_CHANGE', $1::uuid, $2::uuid, $3::text, $4::uuid, $5::uuid, $6::jsonb, s.meeting_changes,
              CASE WHEN s.meeting_changes = 'IMMEDIATE' OR ($7 AND EXISTS (
                     SELECT 1 FROM ${MeetingSql.rsvps} r
                      WHERE r.meeting_id = $4 AND r.member_id = s.member_id
                        AND r.status IN ('GOING', 'MAYBE', 'WAITING'))) THEN now() END
         FROM ${CommunitySql.memberships} cm JOIN notification_settings s ON s.member_id = cm.member_id
        WHERE cm.community_id = $2 AND cm.status = 'ACTIVE' AND cm.member_id IS DISTINCT FROM $5
          AND ${MODE} <> 'MUTED'
       ${ON_CONFLICT}`,
      [...this.params(ref), respondentsEmailed],
    );
  }

  /** COFFEE_DATE for everyone the round's invitation is meant for (not unsubscribed or paused). */
  async coffeeDateRound(ref: EventRef, today: string): Promise<void> {
    await this.dataSource.query(
      `${INSERT}
       SELECT s.member_id, 'COFFEE_DATE', $1::uuid, $2::uuid, $3::text, $4::uuid, $5::uuid, $6::jsonb, s.coffee_date,
              CASE WHEN s.coffee_date = 'IMMEDIATE' THEN now() END
         FROM notification_settings s
         LEFT JOIN ${CoffeeDateSql.preferences} p ON p.member_id = s.member_id
        WHERE p.unsubscribed_at IS NULL AND (p.paused_until IS NULL OR p.paused_until <= $7::date)
          AND EXISTS (SELECT 1 FROM ${CoffeeDateSql.rounds} r WHERE r.id = $4 AND r.state = 'OPEN')
       ${ON_CONFLICT}`,
      [...this.params(ref), today],
    );
  }

  /** What an intervisie notification may say: the group's name and the phase's titles. */
  async intervisionPhase(
    caseId: string,
    phaseIndex: number,
  ): Promise<{ groupId: string; groupName: string; titleNl: string; titleEn: string } | null> {
    const rows = await this.dataSource.query(
      `SELECT g.id AS "groupId", g.name AS "groupName",
              c.method_snapshot -> 'phases' -> $2::int ->> 'titleNl' AS "titleNl",
              c.method_snapshot -> 'phases' -> $2::int ->> 'titleEn' AS "titleEn"
         FROM ${IntervisionSql.casePhases} c JOIN ${IntervisionSql.groups} g ON g.id = c.group_id
        WHERE c.id = $1 AND c.method_snapshot IS NOT NULL`,
      [caseId, phaseIndex],
    );
    return rows[0]?.titleNl ? rows[0] : null;
  }

  /** INTERVISION_PHASE for the group's active members who still belong to its CoP or leergroep. */
  async intervisionPhaseOpened(ref: EventRef, groupId: string): Promise<void> {
    await this.dataSource.query(
      `${INSERT}
       SELECT s.member_id, 'INTERVISION_PHASE', $1::uuid, $2::uuid, $3::text, $4::uuid, $5::uuid, $6::jsonb, s.intervision_phases,
              CASE WHEN s.intervision_phases = 'IMMEDIATE' THEN now() END
         FROM ${IntervisionSql.groupMembers} gm
         JOIN ${IntervisionSql.groups} g ON g.id = gm.group_id
         JOIN notification_settings s ON s.member_id = gm.member_id
        WHERE gm.group_id = $7 AND gm.status = 'ACTIVE' AND gm.member_id IS DISTINCT FROM $5
          AND ${intervisionMembershipInContextSql('g', 'gm')}
       ${ON_CONFLICT}`,
      [...this.params(ref), groupId],
    );
  }

  /**
   * Members with notifications of this event still waiting for a notification email. Read
   * after the insert (not from its RETURNING), so a retry after a crash still enqueues.
   */
  async pendingEmails(eventId: string): Promise<PendingEmail[]> {
    return this.dataSource.query(
      `SELECT DISTINCT n.member_id AS "memberId",
              s.last_notification_email_at AS "lastNotificationEmailAt"
         FROM notification n JOIN notification_settings s ON s.member_id = n.member_id
        WHERE n.event_id = $1 AND n.channel = 'IMMEDIATE' AND n.emailed_at IS NULL
          AND n.read_at IS NULL AND n.kind = ANY($2::text[])`,
      [eventId, BATCHED_KINDS],
    );
  }
}
