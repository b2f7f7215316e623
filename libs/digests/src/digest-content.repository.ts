import {
  type OpenCoffeeDateRound,
  readCoffeeDateInvitees,
  readOpenCoffeeDateSignUp,
} from '@leerhuis/coffee-dates';

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { DigestActivityRepository } from './digest-activity.repository';
import { DigestLessonsRepository } from './digest-lessons.repository';
import { DigestNotificationsRepository } from './digest-notifications.repository';
import { community, type CommunityColumns, group, windowParams, WINDOWS } from './digest-windows';

export type { OpenCoffeeDateRound };

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

/**
 * A chunk of digests' content: one query per section for all its members at once (their
 * windows passed as arrays), so a chunk costs the same few round trips whatever its size.
 */
@Injectable()
export class DigestContentRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly activity: DigestActivityRepository,
    private readonly lessons: DigestLessonsRepository,
    private readonly digestNotifications: DigestNotificationsRepository,
  ) {}

  async load(windows: DigestWindow[], today: string): Promise<DigestChunkContent> {
    const params = windowParams(windows);
    const [communities, threads, meetings, lessons, newMembers, notifications, round] =
      await Promise.all([
        this.communities(params),
        this.activity.threads(params),
        this.activity.meetings(params),
        this.lessons.lessons(params),
        this.lessons.newMembers(params),
        this.digestNotifications.notifications(params),
        readOpenCoffeeDateSignUp(this.dataSource),
      ]);
    // The koffiedate's own rule for who is invited (preferences), minus who signed up.
    const coffeeDateInvitees = round
      ? await readCoffeeDateInvitees(
          this.dataSource,
          round.id,
          windows.map((w) => w.memberId),
          today,
        )
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
}
