import { CommunitySql } from '@leerhuis/communities';
import { MemberSql } from '@leerhuis/members';
import { insertAndReload } from '@leerhuis/platform-database';
import { decodeCursor } from '@leerhuis/platform-graphql';

import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import { MeetingEntity } from './entities/meeting.entity';
import { MeetingFollowUpEntity } from './entities/meeting-follow-up.entity';
import type { RsvpStatus } from './entities/meeting-rsvp.entity';

/** Upcoming lists run forward in time, past ones backward; the cursor is (startsAt, id). */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

export const meetingSortKey = (m: MeetingEntity) => [m.startsAt.toISOString(), m.id];

export interface MeetingListFilter {
  /** One CoP's meetings, or (null) those of every CoP `memberId` is an active member of. */
  communityId: string | null;
  memberId: string;
  past: boolean;
}

/** Who an email goes to; read by the worker's jobs. */
export interface MeetingContact {
  id: string;
  email: string;
  name: string;
  language: 'nl' | 'en';
}

@Injectable()
export class MeetingRepository {
  constructor(private readonly dataSource: DataSource) {}

  private repo(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(MeetingEntity);
  }

  private followUpRepo(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(MeetingFollowUpEntity);
  }

  findById(id: string, manager?: EntityManager): Promise<MeetingEntity | null> {
    return this.repo(manager).findOneBy({ id });
  }

  async findByIds(ids: readonly string[]): Promise<MeetingEntity[]> {
    if (ids.length === 0) return [];
    return this.repo()
      .createQueryBuilder('m')
      .where('m.id = ANY(:ids)', { ids: [...ids] })
      .getMany();
  }

  /**
   * Locks the meeting's row for the rest of the transaction: RSVPs, capacity changes and
   * cancellation of one meeting run one after another, so seats are never handed out twice.
   */
  lockById(id: string, manager: EntityManager): Promise<MeetingEntity | null> {
    return this.repo(manager)
      .createQueryBuilder('m')
      .where('m.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
  }

  async insert(values: Partial<MeetingEntity>, manager: EntityManager): Promise<MeetingEntity> {
    return insertAndReload(this.repo(manager), values);
  }

  async update(
    id: string,
    values: Partial<MeetingEntity>,
    manager: EntityManager,
  ): Promise<MeetingEntity> {
    await this.repo(manager).update({ id }, { ...values, updatedAt: new Date() });
    return this.repo(manager).findOneByOrFail({ id });
  }

  private listed(filter: MeetingListFilter) {
    const query = this.repo().createQueryBuilder('m').where('m.cancelled_at IS NULL');
    if (filter.communityId) {
      query.andWhere('m.community_id = :communityId', { communityId: filter.communityId });
    } else {
      query.andWhere(
        `EXISTS (SELECT 1 FROM ${CommunitySql.memberships} cm
                  WHERE cm.community_id = m.community_id AND cm.member_id = :memberId
                    AND cm.status = 'ACTIVE')`,
        { memberId: filter.memberId },
      );
    }
    query.andWhere(filter.past ? 'm.ends_at <= now()' : 'm.ends_at > now()');
    return query;
  }

  /** `first + 1` rows tell about a next page. */
  page(filter: MeetingListFilter, first: number, after?: string | null): Promise<MeetingEntity[]> {
    const query = this.listed(filter);
    const direction = filter.past ? 'DESC' : 'ASC';
    if (after) {
      const [startsAt, id] = decodeCursor(after, ['string', 'uuid']) as [string, string];
      // A forged time would otherwise reach SQL as a cast error: refuse it as a bad cursor.
      if (!ISO_INSTANT.test(startsAt)) decodeCursor('', ['uuid']);
      query.andWhere(
        `(m.starts_at, m.id) ${filter.past ? '<' : '>'} (:startsAt::timestamptz, :id::uuid)`,
        { startsAt, id },
      );
    }
    return query
      .orderBy('m.starts_at', direction)
      .addOrderBy('m.id', direction)
      .limit(first + 1)
      .getMany();
  }

  count(filter: MeetingListFilter): Promise<number> {
    return this.listed(filter).getCount();
  }

  async insertFollowUp(
    values: Partial<MeetingFollowUpEntity>,
    manager: EntityManager,
  ): Promise<MeetingFollowUpEntity> {
    return insertAndReload(this.followUpRepo(manager), values);
  }

  followUps(meetingIds: readonly string[]): Promise<MeetingFollowUpEntity[]> {
    return this.followUpRepo()
      .createQueryBuilder('f')
      .where('f.meeting_id = ANY(:ids)', { ids: [...meetingIds] })
      .orderBy('f.created_at', 'ASC')
      .addOrderBy('f.id', 'ASC')
      .getMany();
  }

  /** Whether a member is an active member of the CoP (a follow-up's owner must be). */
  async isActiveMember(
    communityId: string,
    memberId: string,
    manager: EntityManager,
  ): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM ${CommunitySql.memberships} community_membership
        WHERE community_id = $1 AND member_id = $2 AND status = 'ACTIVE'`,
      [communityId, memberId],
    );
    return rows.length > 0;
  }

  /** The CoP's name and slug, for emails and the calendar entry. */
  async community(communityId: string): Promise<{ name: string; slug: string } | null> {
    const rows: { name: string; slug: string }[] = await this.dataSource.query(
      `SELECT name, slug FROM ${CommunitySql.communities} community WHERE id = $1`,
      [communityId],
    );
    return rows[0] ?? null;
  }

  /** Everyone an invitation goes to: the CoP's active members. */
  activeMemberContacts(communityId: string): Promise<MeetingContact[]> {
    return this.dataSource.query(
      `SELECT m.id, m.email, m.name, m.language
         FROM ${CommunitySql.memberships} cm JOIN ${MemberSql.members} m ON m.id = cm.member_id
        WHERE cm.community_id = $1 AND cm.status = 'ACTIVE'
        ORDER BY m.id`,
      [communityId],
    );
  }

  /**
   * Who answered going, maybe or is on the waiting list (still active members of the CoP):
   * they hear about a changed time or place. Those not going, or silent, are left alone.
   */
  respondentContacts(meetingId: string): Promise<(MeetingContact & { status: RsvpStatus })[]> {
    return this.dataSource.query(
      `SELECT m.id, m.email, m.name, m.language, r.status
         FROM meeting_rsvp r
         JOIN meeting mt ON mt.id = r.meeting_id
         JOIN ${MemberSql.members} m ON m.id = r.member_id
         JOIN ${CommunitySql.memberships} cm
           ON cm.community_id = mt.community_id AND cm.member_id = m.id AND cm.status = 'ACTIVE'
        WHERE r.meeting_id = $1 AND r.status IN ('GOING', 'MAYBE', 'WAITING')
        ORDER BY m.id`,
      [meetingId],
    );
  }

  async contact(memberId: string): Promise<MeetingContact | null> {
    const rows: MeetingContact[] = await this.dataSource.query(
      `SELECT id, email, name, language FROM ${MemberSql.members} member WHERE id = $1`,
      [memberId],
    );
    return rows[0] ?? null;
  }
}
