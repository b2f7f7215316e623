import { MemberSql } from '@leerhuis/members';
import { insertAndReload } from '@leerhuis/platform-database';
import { decodeCursor } from '@leerhuis/platform-graphql';

import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import { MeetingRsvpEntity, RsvpStatus } from './entities/meeting-rsvp.entity';

export interface RsvpCounts {
  going: number;
  maybe: number;
  waiting: number;
  notGoing: number;
}

export const NO_RSVPS: RsvpCounts = { going: 0, maybe: 0, waiting: 0, notGoing: 0 };

/** A member going to a meeting, in a list sorted by name. */
export type Attendee = MeetingRsvpEntity & { sortName: string };

export const attendeeSortKey = (a: Attendee) => [a.sortName, a.id];

export interface AttendeePage {
  rows: Attendee[];
  total: number;
}

/** A member's RSVP with their place on the waiting list (1-based), when waiting. */
export type RsvpWithPosition = MeetingRsvpEntity & { waitingPosition: number | null };

@Injectable()
export class RsvpRepository {
  constructor(private readonly dataSource: DataSource) {}

  private repo(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(MeetingRsvpEntity);
  }

  find(
    meetingId: string,
    memberId: string,
    manager: EntityManager,
  ): Promise<MeetingRsvpEntity | null> {
    return this.repo(manager).findOneBy({ meetingId, memberId });
  }

  /** Call with the meeting locked: nobody else can take a seat before this transaction ends. */
  countGoing(meetingId: string, manager: EntityManager): Promise<number> {
    return this.repo(manager).countBy({ meetingId, status: RsvpStatus.GOING });
  }

  /** First on the waiting list: the longest waiting. Call with the meeting locked. */
  firstWaiting(meetingId: string, manager: EntityManager): Promise<MeetingRsvpEntity | null> {
    return this.repo(manager)
      .createQueryBuilder('r')
      .where(`r.meeting_id = :meetingId AND r.status = 'WAITING'`, { meetingId })
      .orderBy('r.waiting_since', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .getOne();
  }

  /**
   * Sets a member's RSVP. Joining the waiting list stamps it with the wall clock at this
   * moment (not the transaction start): with the meeting locked, that is the order of arrival.
   */
  async save(
    existing: MeetingRsvpEntity | null,
    values: Pick<MeetingRsvpEntity, 'meetingId' | 'memberId' | 'status'>,
    manager: EntityManager,
  ): Promise<MeetingRsvpEntity> {
    const waitingSince = values.status === RsvpStatus.WAITING ? () => 'clock_timestamp()' : null;
    if (existing) {
      await this.repo(manager).update(
        { id: existing.id },
        { status: values.status, waitingSince, respondedAt: () => 'clock_timestamp()' },
      );
      return this.repo(manager).findOneByOrFail({ id: existing.id });
    }
    return insertAndReload(this.repo(manager), { ...values, waitingSince });
  }

  /** RSVP counts of several meetings in one statement. */
  async counts(meetingIds: readonly string[]): Promise<Map<string, RsvpCounts>> {
    const rows: { meeting_id: string; status: RsvpStatus; n: number }[] =
      await this.dataSource.query(
        `SELECT meeting_id, status, count(*)::int AS n FROM meeting_rsvp
          WHERE meeting_id = ANY($1) GROUP BY meeting_id, status`,
        [[...meetingIds]],
      );
    const counts = new Map<string, RsvpCounts>();
    const field: Record<RsvpStatus, keyof RsvpCounts> = {
      GOING: 'going',
      MAYBE: 'maybe',
      WAITING: 'waiting',
      NOT_GOING: 'notGoing',
    };
    for (const row of rows) {
      const entry = counts.get(row.meeting_id) ?? { ...NO_RSVPS };
      entry[field[row.status]] = row.n;
      counts.set(row.meeting_id, entry);
    }
    return counts;
  }

  /** One member's RSVPs for several meetings, with their waiting-list places. */
  async forMember(
    meetingIds: readonly string[],
    memberId: string,
    manager?: EntityManager,
  ): Promise<RsvpWithPosition[]> {
    const rows: {
      id: string;
      meeting_id: string;
      member_id: string;
      status: RsvpStatus;
      waiting_since: Date | null;
      responded_at: Date;
      position: number | null;
    }[] = await (manager ?? this.dataSource.manager).query(
      `SELECT r.*, CASE WHEN r.status = 'WAITING' THEN (
                SELECT count(*)::int FROM meeting_rsvp w
                 WHERE w.meeting_id = r.meeting_id AND w.status = 'WAITING'
                   AND (w.waiting_since, w.id) <= (r.waiting_since, r.id)) END AS position
         FROM meeting_rsvp r
        WHERE r.meeting_id = ANY($1) AND r.member_id = $2`,
      [[...meetingIds], memberId],
    );
    return rows.map((row) =>
      Object.assign(new MeetingRsvpEntity(), {
        id: row.id,
        meetingId: row.meeting_id,
        memberId: row.member_id,
        status: row.status,
        waitingSince: row.waiting_since,
        respondedAt: row.responded_at,
        waitingPosition: row.position,
      }),
    );
  }

  /**
   * Pages of several meetings' "going" lists in one statement (a window per meeting), so a
   * list of meetings with their attendees costs one query, whatever its length.
   */
  async attendeePages(
    meetingIds: readonly string[],
    first: number,
    after?: string | null,
  ): Promise<Map<string, AttendeePage>> {
    const [afterName, afterId] = after ? decodeCursor(after, ['string', 'uuid']) : [null, null];
    const rows: {
      id: string;
      meeting_id: string;
      member_id: string;
      status: RsvpStatus;
      responded_at: Date;
      sort_name: string;
      total: number;
    }[] = await this.dataSource.query(
      `WITH base AS (
         SELECT r.id, r.meeting_id, r.member_id, r.status, r.responded_at, lower(m.name) AS sort_name,
                count(*) OVER (PARTITION BY r.meeting_id)::int AS total
           FROM meeting_rsvp r JOIN ${MemberSql.members} m ON m.id = r.member_id
          WHERE r.meeting_id = ANY($1) AND r.status = 'GOING'
       ), paged AS (
         SELECT base.*, row_number() OVER (PARTITION BY meeting_id ORDER BY sort_name, id) AS n
           FROM base
          WHERE $3::text IS NULL OR (sort_name, id) > ($3::text, $4::uuid)
       )
       SELECT * FROM paged WHERE n <= $2 + 1 ORDER BY meeting_id, sort_name, id`,
      [[...meetingIds], first, afterName, afterId],
    );
    const pages = new Map<string, AttendeePage>();
    for (const row of rows) {
      const page = pages.get(row.meeting_id) ?? { rows: [], total: row.total };
      page.rows.push(
        Object.assign(new MeetingRsvpEntity(), {
          id: row.id,
          meetingId: row.meeting_id,
          memberId: row.member_id,
          status: row.status,
          waitingSince: null,
          respondedAt: row.responded_at,
          sortName: row.sort_name,
        }),
      );
      pages.set(row.meeting_id, page);
    }
    return pages;
  }
}
