import { CommunitySql } from '@leerhuis/communities';
import { MemberSql } from '@leerhuis/members';

import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import { NotificationSettingsEntity } from './entities/notification-settings.entity';
import {
  CommunityNotificationMode,
  DigestFrequency,
  NotificationChannel,
} from './notification-kinds';

const COLUMNS = `member_id AS "memberId", digest_frequency AS "digestFrequency",
  digest_weekday AS "digestWeekday", to_char(digest_time, 'HH24:MI') AS "digestTime",
  mentions, replies, meeting_changes AS "meetingChanges", coffee_date AS "coffeeDate",
  intervision_phases AS "intervisionPhases", next_digest_at AS "nextDigestAt",
  last_digest_at AS "lastDigestAt", last_notification_email_at AS "lastNotificationEmailAt",
  updated_at AS "updatedAt"`;

/** The settings columns a member can change, by their property names. */
export interface SettingsChanges {
  digestFrequency?: DigestFrequency;
  digestWeekday?: number;
  digestTime?: string;
  mentions?: NotificationChannel;
  replies?: NotificationChannel;
  meetingChanges?: NotificationChannel;
  coffeeDate?: NotificationChannel;
  intervisionPhases?: NotificationChannel;
}

const COLUMN_OF: Record<keyof SettingsChanges, string> = {
  digestFrequency: 'digest_frequency',
  digestWeekday: 'digest_weekday',
  digestTime: 'digest_time',
  mentions: 'mentions',
  replies: 'replies',
  meetingChanges: 'meeting_changes',
  coffeeDate: 'coffee_date',
  intervisionPhases: 'intervision_phases',
};

export interface CommunityModeRow {
  communityId: string;
  mode: CommunityNotificationMode;
}

/** A member's settings row, their CoP modes, and (read only) the email language on the member. */
@Injectable()
export class NotificationSettingsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private q(manager?: EntityManager) {
    return manager ?? this.dataSource.manager;
  }

  async find(memberId: string, manager?: EntityManager): Promise<NotificationSettingsEntity> {
    const rows = await this.q(manager).query(
      `SELECT ${COLUMNS} FROM notification_settings WHERE member_id = $1`,
      [memberId],
    );
    return rows[0] ?? (await this.create(memberId, manager));
  }

  /** Locks the row: changes and the notification email of one member run one after another. */
  async lock(memberId: string, manager: EntityManager): Promise<NotificationSettingsEntity> {
    await manager.query(
      `INSERT INTO notification_settings (member_id) VALUES ($1) ON CONFLICT DO NOTHING`,
      [memberId],
    );
    const rows = await manager.query(
      `SELECT ${COLUMNS} FROM notification_settings WHERE member_id = $1 FOR UPDATE`,
      [memberId],
    );
    return rows[0];
  }

  // The trigger creates the row with the member; this only covers a member older than it.
  private async create(
    memberId: string,
    manager?: EntityManager,
  ): Promise<NotificationSettingsEntity> {
    await this.q(manager).query(
      `INSERT INTO notification_settings (member_id) VALUES ($1) ON CONFLICT DO NOTHING`,
      [memberId],
    );
    const rows = await this.q(manager).query(
      `SELECT ${COLUMNS} FROM notification_settings WHERE member_id = $1`,
      [memberId],
    );
    return rows[0];
  }

  /**
   * Writes the given columns. A new rhythm (frequency, weekday, time) clears next_digest_at:
   * the digest planner computes it again.
   */
  async update(
    memberId: string,
    changes: SettingsChanges,
    replan: boolean,
    manager: EntityManager,
  ): Promise<void> {
    const keys = (Object.keys(changes) as (keyof SettingsChanges)[]).filter(
      (key) => changes[key] !== undefined,
    );
    if (keys.length === 0 && !replan) return;
    const sets = keys.map((key, i) => `${COLUMN_OF[key]} = $${i + 2}`);
    if (replan) sets.push('next_digest_at = NULL');
    await manager.query(
      `UPDATE notification_settings SET ${sets.join(', ')}, updated_at = now() WHERE member_id = $1`,
      [memberId, ...keys.map((key) => changes[key])],
    );
  }

  async language(memberId: string, manager?: EntityManager): Promise<'nl' | 'en'> {
    const rows: { language: 'nl' | 'en' }[] = await this.q(manager).query(
      `SELECT language FROM ${MemberSql.members} member WHERE id = $1`,
      [memberId],
    );
    return rows[0]?.language ?? 'nl';
  }

  /** The member's mode for each CoP they are an active member of (no row: DIGEST), by name. */
  async communityModes(memberId: string): Promise<CommunityModeRow[]> {
    return this.dataSource.query(
      `SELECT cm.community_id AS "communityId", coalesce(s.mode, 'DIGEST') AS mode
         FROM ${CommunitySql.memberships} cm
         JOIN ${CommunitySql.communities} c ON c.id = cm.community_id
         LEFT JOIN community_notification_setting s
           ON s.member_id = cm.member_id AND s.community_id = cm.community_id
        WHERE cm.member_id = $1 AND cm.status = 'ACTIVE'
        ORDER BY lower(c.name), c.id`,
      [memberId],
    );
  }

  async setCommunityMode(
    memberId: string,
    communityId: string,
    mode: CommunityNotificationMode,
    manager?: EntityManager,
  ): Promise<void> {
    await this.q(manager).query(
      `INSERT INTO community_notification_setting (member_id, community_id, mode)
       VALUES ($1, $2, $3)
       ON CONFLICT (member_id, community_id) DO UPDATE SET mode = $3, updated_at = now()`,
      [memberId, communityId, mode],
    );
  }

  /** One-click unsubscribe from notification emails: immediate CoPs go to the digest. */
  async demoteImmediateCommunities(memberId: string, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE community_notification_setting SET mode = 'DIGEST', updated_at = now()
        WHERE member_id = $1 AND mode = 'IMMEDIATE'`,
      [memberId],
    );
  }

  /** Sets the channels that are IMMEDIATE among `columns` to IN_APP. */
  async demoteImmediateChannels(
    memberId: string,
    columns: (keyof SettingsChanges)[],
    manager: EntityManager,
  ): Promise<void> {
    const sets = columns.map(
      (key) =>
        `${COLUMN_OF[key]} = CASE WHEN ${COLUMN_OF[key]} = 'IMMEDIATE' THEN 'IN_APP' ELSE ${COLUMN_OF[key]} END`,
    );
    await manager.query(
      `UPDATE notification_settings SET ${sets.join(', ')}, updated_at = now() WHERE member_id = $1`,
      [memberId],
    );
  }

  async memberExists(memberId: string): Promise<boolean> {
    const rows = await this.dataSource.query(
      `SELECT 1 FROM ${MemberSql.members} member WHERE id = $1`,
      [memberId],
    );
    return rows.length > 0;
  }
}
