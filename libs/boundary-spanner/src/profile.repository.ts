import { CommunitySql } from '@leerhuis/communities';
import { insertAndReload } from '@leerhuis/platform-database';

import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import { ProfileEntity, SettingEntity } from './entities/profile.entity';
import {
  BOUNDARY_SPANNER_STYLES,
  BoundarySpannerProfileSummary,
  BoundarySpannerStyle,
  ProfileVisibility,
} from './style';

interface LatestRow {
  member_id: string;
  scores: Record<BoundarySpannerStyle, number>;
  preferred_styles: BoundarySpannerStyle[];
  taken_at: Date;
  visibility: ProfileVisibility;
}

// The latest profile per member (the index on member_id, taken_at DESC serves it) with the
// member's visibility choice; no setting row means private.
const LATEST = `
  SELECT DISTINCT ON (p.member_id)
         p.member_id, p.scores, p.preferred_styles, p.taken_at,
         coalesce(s.visibility, 'PRIVATE') AS visibility
    FROM boundary_spanner_profile p
    LEFT JOIN boundary_spanner_setting s ON s.member_id = p.member_id
   WHERE p.member_id = ANY($1::uuid[])`;

// Who may see a profile: its owner; everyone for EVERYONE; for MY_COMMUNITIES whoever shares
// an active membership of a CoP with the owner (the same "active member" rule as communities).
const VISIBLE_TO_VIEWER = `
     AND (p.member_id = $2
          OR s.visibility = 'EVERYONE'
          OR (s.visibility = 'MY_COMMUNITIES' AND EXISTS (
                SELECT 1 FROM ${CommunitySql.memberships} mine
                  JOIN ${CommunitySql.memberships} theirs ON theirs.community_id = mine.community_id
                 WHERE mine.member_id = $2 AND mine.status = 'ACTIVE'
                   AND theirs.member_id = p.member_id AND theirs.status = 'ACTIVE')))`;

const ORDER = ` ORDER BY p.member_id, p.taken_at DESC, p.id DESC`;

@Injectable()
export class ProfileRepository {
  constructor(private readonly dataSource: DataSource) {}

  private manager(manager?: EntityManager) {
    return manager ?? this.dataSource.manager;
  }

  /** Latest profile per member, whatever its visibility: one statement. */
  async latest(memberIds: readonly string[]): Promise<Map<string, BoundarySpannerProfileSummary>> {
    if (memberIds.length === 0) return new Map();
    const rows: LatestRow[] = await this.dataSource.query(LATEST + ORDER, [unique(memberIds)]);
    return toMap(rows);
  }

  /** Latest profile per member that `viewerId` may see: one statement. */
  async latestVisibleTo(
    viewerId: string,
    memberIds: readonly string[],
  ): Promise<Map<string, BoundarySpannerProfileSummary>> {
    if (memberIds.length === 0) return new Map();
    const rows: LatestRow[] = await this.dataSource.query(LATEST + VISIBLE_TO_VIEWER + ORDER, [
      unique(memberIds),
      viewerId,
    ]);
    return toMap(rows);
  }

  /** The member's profiles, newest first. */
  history(memberId: string, limit: number): Promise<ProfileEntity[]> {
    return this.dataSource.manager.getRepository(ProfileEntity).find({
      where: { memberId },
      order: { takenAt: 'DESC', id: 'DESC' },
      take: limit,
    });
  }

  async insert(values: Partial<ProfileEntity>, manager: EntityManager): Promise<ProfileEntity> {
    return insertAndReload(manager.getRepository(ProfileEntity), values);
  }

  async visibility(memberId: string, manager?: EntityManager): Promise<ProfileVisibility> {
    const row = await this.manager(manager).getRepository(SettingEntity).findOneBy({ memberId });
    return row?.visibility ?? ProfileVisibility.Private;
  }

  async setVisibility(memberId: string, visibility: ProfileVisibility): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO boundary_spanner_setting (member_id, visibility) VALUES ($1, $2)
       ON CONFLICT (member_id) DO UPDATE SET visibility = excluded.visibility, updated_at = now()`,
      [memberId, visibility],
    );
  }

  /** Active members of a CoP (for its team profile). */
  async activeCommunityMemberIds(communityId: string): Promise<string[]> {
    const rows: { member_id: string }[] = await this.dataSource.query(
      `SELECT member_id FROM ${CommunitySql.memberships} community_membership WHERE community_id = $1 AND status = 'ACTIVE'`,
      [communityId],
    );
    return rows.map((r) => r.member_id);
  }
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

function toMap(rows: LatestRow[]): Map<string, BoundarySpannerProfileSummary> {
  return new Map(
    rows.map((row) => [
      row.member_id,
      {
        memberId: row.member_id,
        scores: Object.fromEntries(
          BOUNDARY_SPANNER_STYLES.map((style) => [style, Number(row.scores[style] ?? 0)]),
        ) as Record<BoundarySpannerStyle, number>,
        preferredStyles: row.preferred_styles,
        takenAt: row.taken_at,
        visibility: row.visibility,
      },
    ]),
  );
}
