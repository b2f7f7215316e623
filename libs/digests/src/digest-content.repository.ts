import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** One member's digest window: what happened from `since` up to `until` (the due time). */
export interface DigestWindow {
  memberId: string;
  since: Date;
  until: Date;
}

export type JoinPolicy = 'OPEN' | 'ON_REQUEST' | 'INVITE_ONLY' | 'HIDDEN';

export interface DigestCommunity {
  id: string;
  name: string;
  slug: string;
  joinPolicy: JoinPolicy;
}

export interface DigestThread {
  id: string;
  community: DigestCommunity;
  title: string;
  /** Markdown source, only for OPEN CoPs (closed CoPs' posts never travel by email). */
  body: string | null;
  isNew: boolean;
  replies: number;
  lastActivityAt: Date;
}

export interface DigestMeeting {
  id: string;
  community: DigestCommunity;
  title: string;
  startsAt: Date;
  /** Scheduled or changed within the window. */
  changed: boolean;
  isNew: boolean;
}

export interface DigestLesson {
  id: string;
  community: DigestCommunity | null;
  title: string;
  body: string | null;
  platformWide: boolean;
}

export interface DigestNewMembers {
  community: DigestCommunity;
  count: number;
  names: string[];
}

export interface DigestNotification {
  id: string;
  kind: string;
  createdAt: Date;
  actorName: string | null;
  community: { name: string; slug: string } | null;
  thread: { id: string; title: string } | null;
  meeting: { id: string; title: string } | null;
  data: Record<string, unknown>;
}

export interface OpenCoffeeDateRound {
  id: string;
  opensAt: Date;
  signupDeadline: Date;
}

/** Everything a chunk of digests shows, loaded per section for all its members at once. */
export interface DigestChunkContent {
  communities: Map<string, DigestCommunity[]>;
  threads: Map<string, DigestThread[]>;
  meetings: Map<string, DigestMeeting[]>;
  lessons: Map<string, DigestLesson[]>;
  newMembers: Map<string, DigestNewMembers[]>;
  notifications: Map<string, DigestNotification[]>;
  coffeeDateRound: OpenCoffeeDateRound | null;
  /** Members the open round's sign-up is for (not paused, not unsubscribed, not yet in). */
  coffeeDateInvitees: Set<string>;
}

// The member's CoPs as the digest sees them: active memberships now, muted CoPs left out.
const WINDOWS = `
  w AS (SELECT * FROM unnest($1::uuid[], $2::timestamptz[], $3::timestamptz[])
                AS w(member_id, since, until)),
  mc AS (
    SELECT w.member_id, w.since, w.until, c.id AS community_id, c.name AS community_name,
           c.slug, c.join_policy
      FROM w
      JOIN community_membership cm ON cm.member_id = w.member_id AND cm.status = 'ACTIVE'
      JOIN community c ON c.id = cm.community_id
     WHERE NOT EXISTS (
       SELECT 1 FROM community_notification_setting s
        WHERE s.member_id = w.member_id AND s.community_id = cm.community_id AND s.mode = 'MUTED'))`;

interface CommunityColumns {
  community_id: string;
  community_name: string;
  slug: string;
  join_policy: JoinPolicy;
}

const community = (r: CommunityColumns): DigestCommunity => ({
  id: r.community_id,
  name: r.community_name,
  slug: r.slug,
  joinPolicy: r.join_policy,
});

function group<T>(rows: { member_id: string }[], map: (row: never) => T): Map<string, T[]> {
  const byMember = new Map<string, T[]>();
  for (const row of rows) {
    const list = byMember.get(row.member_id) ?? [];
    list.push(map(row as never));
    byMember.set(row.member_id, list);
  }
  return byMember;
}

/**
 * A post's text travels once per chunk, not once per member who gets it (a CoP's thread goes
 * to all its members in the chunk): the query sends it on one row of the item, and this puts
 * that one string on the item's other rows. Whether a text may travel at all is per item (its
 * CoP's join policy), so the rows of one item agree.
 */
function textOncePerItem(rows: { id: string; body: string | null }[]): void {
  const texts = new Map<string, string>();
  for (const row of rows) if (row.body !== null) texts.set(row.id, row.body);
  for (const row of rows) row.body ??= texts.get(row.id) ?? null;
}

/**
 * The digest's SQL: one query per section for a whole chunk of members (their windows passed
 * as arrays), so a chunk costs the same few round trips whatever its size.
 */
@Injectable()
export class DigestContentRepository {
  constructor(private readonly dataSource: DataSource) {}

  async load(windows: DigestWindow[], today: string): Promise<DigestChunkContent> {
    const params = [
      windows.map((w) => w.memberId),
      windows.map((w) => w.since.toISOString()),
      windows.map((w) => w.until.toISOString()),
    ];
    const [communities, threads, meetings, lessons, newMembers, notifications, round] =
      await Promise.all([
        this.communities(params),
        this.threads(params),
        this.meetings(params),
        this.lessons(params),
        this.newMembers(params),
        this.notifications(params),
        this.openCoffeeDateRound(),
      ]);
    const coffeeDateInvitees = round
      ? await this.coffeeDateInvitees(round.id, params[0], today)
      : new Set<string>();
    return {
      communities,
      threads,
      meetings,
      lessons,
      newMembers,
      notifications,
      coffeeDateRound: round,
      coffeeDateInvitees,
    };
  }

  private async communities(params: unknown[]): Promise<Map<string, DigestCommunity[]>> {
    const rows = await this.dataSource.query(
      `WITH ${WINDOWS} SELECT * FROM mc ORDER BY member_id, community_name`,
      params,
    );
    return group(rows, (r: CommunityColumns) => community(r));
  }

  /** New threads and threads with new replies, by others; minus what was seen or emailed. */
  private async threads(params: unknown[]): Promise<Map<string, DigestThread[]>> {
    const rows = await this.dataSource.query(
      `WITH ${WINDOWS}
       SELECT mc.member_id, mc.community_id, mc.community_name, mc.slug, mc.join_policy,
              t.id, t.title,
              -- the text once per thread (shared by the members' rows: see onePerItem)
              CASE WHEN mc.join_policy = 'OPEN'
                    AND row_number() OVER (PARTITION BY t.id ORDER BY mc.member_id) = 1
                   THEN left(t.body, 1000) END AS body,
              x.is_new, x.replies, a.last_at
         FROM mc
         JOIN discussion_thread t ON t.community_id = mc.community_id
              AND t.last_activity_at >= mc.since AND t.deleted_at IS NULL AND t.hidden_at IS NULL
         CROSS JOIN LATERAL (
           SELECT (t.created_at >= mc.since AND t.created_at < mc.until
                   AND t.author_id IS DISTINCT FROM mc.member_id) AS is_new,
                  count(r.id)::int AS replies, max(r.created_at) AS last_reply_at
             FROM discussion_reply r
            WHERE r.thread_id = t.id AND r.created_at >= mc.since AND r.created_at < mc.until
              AND r.deleted_at IS NULL AND r.hidden_at IS NULL
              AND r.author_id IS DISTINCT FROM mc.member_id) x
         CROSS JOIN LATERAL (
           SELECT CASE WHEN x.is_new THEN greatest(t.created_at, x.last_reply_at)
                       ELSE x.last_reply_at END AS last_at) a
        WHERE (x.is_new OR x.replies > 0)
          AND NOT EXISTS (
            SELECT 1 FROM seen_item s
             WHERE s.member_id = mc.member_id AND s.item_type = 'THREAD' AND s.item_id = t.id
               AND s.seen_at >= a.last_at)
          AND NOT EXISTS (
            SELECT 1 FROM notification n
             WHERE n.member_id = mc.member_id AND n.emailed_at IS NOT NULL
               AND (n.subject_id = t.id OR n.data->>'threadId' = t.id::text)
               AND n.created_at >= a.last_at)
        ORDER BY mc.member_id, x.is_new DESC, a.last_at DESC`,
      params,
    );
    textOncePerItem(rows);
    return group(
      rows,
      (
        r: CommunityColumns & {
          id: string;
          title: string;
          body: string | null;
          is_new: boolean;
          replies: number;
          last_at: Date;
        },
      ) => ({
        id: r.id,
        community: community(r),
        title: r.title,
        body: r.body,
        isNew: r.is_new,
        replies: r.replies,
        lastActivityAt: r.last_at,
      }),
    );
  }

  /** Meetings in the coming four weeks, new or changed ones first; minus seen or emailed. */
  private async meetings(params: unknown[]): Promise<Map<string, DigestMeeting[]>> {
    const rows = await this.dataSource.query(
      `WITH ${WINDOWS}
       SELECT mc.member_id, mc.community_id, mc.community_name, mc.slug, mc.join_policy,
              m.id, m.title, m.starts_at, m.created_at >= mc.since AS is_new,
              (m.created_at >= mc.since OR m.updated_at >= mc.since) AS changed
         FROM mc
         JOIN meeting m ON m.community_id = mc.community_id AND m.cancelled_at IS NULL
              AND m.starts_at >= mc.until AND m.starts_at < mc.until + interval '28 days'
        WHERE m.scheduled_by IS DISTINCT FROM mc.member_id
          AND NOT EXISTS (
            SELECT 1 FROM seen_item s
             WHERE s.member_id = mc.member_id AND s.item_type = 'MEETING' AND s.item_id = m.id
               AND s.seen_at >= m.updated_at)
          AND NOT EXISTS (
            SELECT 1 FROM notification n
             WHERE n.member_id = mc.member_id AND n.emailed_at IS NOT NULL
               AND n.subject_id = m.id AND n.created_at >= m.updated_at)
        ORDER BY mc.member_id, changed DESC, m.starts_at, m.id`,
      params,
    );
    return group(
      rows,
      (
        r: CommunityColumns & {
          id: string;
          title: string;
          starts_at: Date;
          is_new: boolean;
          changed: boolean;
        },
      ) => ({
        id: r.id,
        community: community(r),
        title: r.title,
        startsAt: r.starts_at,
        changed: r.changed,
        isNew: r.is_new,
      }),
    );
  }

  /**
   * New harvest lessons of the member's CoPs, and lessons shared platform-wide (published
   * leergroep output among them) — never from a hidden CoP the member is not in, nor a muted one.
   */
  private async lessons(params: unknown[]): Promise<Map<string, DigestLesson[]>> {
    const rows = await this.dataSource.query(
      `WITH ${WINDOWS},
       found AS (
         SELECT mc.member_id, l.id, mc.community_id, mc.community_name, mc.slug, mc.join_policy,
                l.title, l.description, l.audience, l.created_at, l.updated_at, l.author_id
           FROM mc JOIN harvest_lesson l ON l.community_id = mc.community_id
                AND l.created_at >= mc.since AND l.created_at < mc.until
         UNION ALL
         SELECT w.member_id, p.*
           FROM w CROSS JOIN LATERAL (
             SELECT l.id, c.id AS community_id, c.name AS community_name, c.slug, c.join_policy,
                    l.title, l.description,
                    l.audience, l.created_at, l.updated_at, l.author_id
               FROM harvest_lesson l LEFT JOIN community c ON c.id = l.community_id
              WHERE l.audience = 'PLATFORM' AND l.created_at >= w.since AND l.created_at < w.until
                AND (l.community_id IS NULL
                     OR c.join_policy <> 'HIDDEN' AND NOT EXISTS (
                          SELECT 1 FROM community_membership cm
                           WHERE cm.member_id = w.member_id AND cm.community_id = l.community_id
                             AND cm.status = 'ACTIVE'))
              ORDER BY l.created_at DESC LIMIT 20) p)
       SELECT f.member_id, f.id, f.community_id, f.community_name, f.slug, f.join_policy,
              f.title, f.audience,
              CASE WHEN (f.join_policy = 'OPEN' OR f.community_id IS NULL)
                    AND row_number() OVER (PARTITION BY f.id ORDER BY f.member_id) = 1
                   THEN left(f.description, 1000) END AS body
         FROM found f
        WHERE f.author_id IS DISTINCT FROM f.member_id
          AND NOT EXISTS (
            SELECT 1 FROM seen_item s
             WHERE s.member_id = f.member_id AND s.item_type = 'LESSON' AND s.item_id = f.id
               AND s.seen_at >= f.updated_at)
        ORDER BY f.member_id, f.created_at DESC, f.id`,
      params,
    );
    textOncePerItem(rows);
    return group(
      rows,
      (
        r: Partial<CommunityColumns> & {
          id: string;
          title: string;
          audience: string;
          body: string | null;
        },
      ) => ({
        id: r.id,
        community: r.community_id ? community(r as CommunityColumns) : null,
        title: r.title,
        body: r.body,
        platformWide: r.audience === 'PLATFORM',
      }),
    );
  }

  /** Who joined the member's CoPs in the window (names of the first few, and the count). */
  private async newMembers(params: unknown[]): Promise<Map<string, DigestNewMembers[]>> {
    const rows = await this.dataSource.query(
      `WITH ${WINDOWS}
       SELECT mc.member_id, mc.community_id, mc.community_name, mc.slug, mc.join_policy,
              count(*)::int AS count,
              (array_agg(m.name ORDER BY j.joined_at, m.name))[1:5] AS names
         FROM mc
         JOIN community_membership j ON j.community_id = mc.community_id AND j.status = 'ACTIVE'
              AND j.joined_at >= mc.since AND j.joined_at < mc.until
              AND j.member_id <> mc.member_id
         JOIN member m ON m.id = j.member_id
        GROUP BY mc.member_id, mc.community_id, mc.community_name, mc.slug, mc.join_policy
        ORDER BY mc.member_id, count(*) DESC, mc.community_name`,
      params,
    );
    return group(rows, (r: CommunityColumns & { count: number; names: string[] }) => ({
      community: community(r),
      count: r.count,
      names: r.names,
    }));
  }

  /**
   * Notifications the member set to "in the digest" and has neither had by email nor read in
   * the app; those of a CoP the member is no longer in are left out.
   */
  private async notifications(params: unknown[]): Promise<Map<string, DigestNotification[]>> {
    const rows = await this.dataSource.query(
      `WITH w AS (SELECT * FROM unnest($1::uuid[], $2::timestamptz[], $3::timestamptz[])
                     AS w(member_id, since, until))
       SELECT n.member_id, n.id::text AS id, n.kind, n.created_at,
              -- an intervisie notification's subject is its case (the link target)
              CASE WHEN n.kind = 'INTERVISION_PHASE'
                   THEN n.data || jsonb_build_object('caseId', n.subject_id) ELSE n.data END AS data,
              a.name AS actor_name,
              t.id AS thread_id, t.title AS thread_title, mt.id AS meeting_id,
              mt.title AS meeting_title, c.name AS community_name, c.slug
         FROM w
         JOIN notification n ON n.member_id = w.member_id AND n.channel = 'DIGEST'
              AND n.emailed_at IS NULL AND n.read_at IS NULL AND n.created_at < w.until
         LEFT JOIN member a ON a.id = n.actor_id
         LEFT JOIN discussion_reply r ON r.id = n.subject_id
         LEFT JOIN discussion_thread t ON t.id = coalesce(r.thread_id, n.subject_id)
              AND t.deleted_at IS NULL AND t.hidden_at IS NULL
         LEFT JOIN meeting mt ON mt.id = n.subject_id
         LEFT JOIN community c ON c.id = coalesce(n.community_id, t.community_id, mt.community_id)
        WHERE c.id IS NULL OR EXISTS (
                SELECT 1 FROM community_membership cm
                 WHERE cm.member_id = n.member_id AND cm.community_id = c.id
                   AND cm.status = 'ACTIVE')
        ORDER BY n.member_id, n.id`,
      params,
    );
    return group(
      rows,
      (r: {
        id: string;
        kind: string;
        created_at: Date;
        data: Record<string, unknown> | null;
        actor_name: string | null;
        thread_id: string | null;
        thread_title: string | null;
        meeting_id: string | null;
        meeting_title: string | null;
        community_name: string | null;
        slug: string | null;
      }) => ({
        id: r.id,
        kind: r.kind,
        createdAt: r.created_at,
        actorName: r.actor_name,
        community: r.slug ? { name: r.community_name!, slug: r.slug } : null,
        thread: r.thread_id ? { id: r.thread_id, title: r.thread_title! } : null,
        meeting: r.meeting_id ? { id: r.meeting_id, title: r.meeting_title! } : null,
        data: r.data ?? {},
      }),
    );
  }

  private async openCoffeeDateRound(): Promise<OpenCoffeeDateRound | null> {
    const rows: { id: string; opens_at: Date; signup_deadline: Date }[] =
      await this.dataSource.query(
        `SELECT id, opens_at, signup_deadline FROM coffee_date_round
          WHERE kind = 'MONTHLY' AND state = 'OPEN' AND signup_deadline > now()
          ORDER BY opens_at DESC LIMIT 1`,
      );
    return rows[0]
      ? { id: rows[0].id, opensAt: rows[0].opens_at, signupDeadline: rows[0].signup_deadline }
      : null;
  }

  /** The koffiedate's own rule for who is invited (preferences), minus who signed up. */
  private async coffeeDateInvitees(
    roundId: string,
    memberIds: unknown,
    today: string,
  ): Promise<Set<string>> {
    const rows: { member_id: string }[] = await this.dataSource.query(
      `SELECT w.member_id FROM unnest($1::uuid[]) AS w(member_id)
         LEFT JOIN coffee_date_preference p ON p.member_id = w.member_id
        WHERE p.unsubscribed_at IS NULL AND (p.paused_until IS NULL OR p.paused_until <= $2::date)
          AND NOT EXISTS (SELECT 1 FROM coffee_date_participant cp
                           WHERE cp.round_id = $3 AND cp.member_id = w.member_id)`,
      [memberIds, today, roundId],
    );
    return new Set(rows.map((r) => r.member_id));
  }
}
