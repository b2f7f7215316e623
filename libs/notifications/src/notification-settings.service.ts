import { CommunityAccess } from '@leerhuis/communities';
import { MemberService } from '@leerhuis/members';
import type { FieldError, Viewer } from '@leerhuis/platform-graphql';

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { UpdateNotificationSettingsInput } from './dtos/notification-settings.input';
import { NotificationSettingsEntity } from './entities/notification-settings.entity';
import { NotificationErrorCode, NotificationException } from './notification.exception';
import {
  CommunityNotificationMode,
  DigestFrequency,
  NotificationChannel,
} from './notification-kinds';
import {
  CommunityModeRow,
  NotificationSettingsRepository,
  SettingsChanges,
} from './notification-settings.repository';

export interface NotificationSettingsView extends NotificationSettingsEntity {
  emailLanguage: 'nl' | 'en';
}

const CHANNEL_FIELDS = [
  'mentions',
  'replies',
  'meetingChanges',
  'coffeeDate',
  'intervisionPhases',
] as const;

const FREQUENCIES = new Set<string>(Object.values(DigestFrequency));
const CHANNELS = new Set<string>(Object.values(NotificationChannel));
const QUARTER_HOUR = /^([01][0-9]|2[0-3]):(00|15|30|45)$/;

/** Checks every field of an update at once; returns what is wrong, by field. */
export function settingsProblems(input: UpdateNotificationSettingsInput): FieldError[] {
  const problems: FieldError[] = [];
  const present = (key: keyof UpdateNotificationSettingsInput) => input[key] !== undefined;
  if (present('digestFrequency') && !FREQUENCIES.has(String(input.digestFrequency))) {
    problems.push({
      field: 'digestFrequency',
      message: 'digestFrequency must be DAILY, WEEKLY, BIWEEKLY, MONTHLY or NEVER',
    });
  }
  if (
    present('digestWeekday') &&
    !(
      Number.isInteger(input.digestWeekday) &&
      input.digestWeekday! >= 1 &&
      input.digestWeekday! <= 7
    )
  ) {
    problems.push({
      field: 'digestWeekday',
      message: 'digestWeekday must be a day from 1 (Monday) to 7 (Sunday)',
    });
  }
  if (present('digestTime') && !QUARTER_HOUR.test(String(input.digestTime))) {
    problems.push({
      field: 'digestTime',
      message: 'digestTime must be a quarter hour from 00:00 to 23:45, as HH:MM',
    });
  }
  if (present('emailLanguage') && input.emailLanguage !== 'nl' && input.emailLanguage !== 'en') {
    problems.push({ field: 'emailLanguage', message: 'emailLanguage must be nl or en' });
  }
  for (const field of CHANNEL_FIELDS) {
    if (present(field) && !CHANNELS.has(String(input[field]))) {
      problems.push({ field, message: `${field} must be IMMEDIATE, DIGEST or IN_APP` });
    }
  }
  return problems;
}

/** A member's own preferences: the digest rhythm, a channel per kind, a mode per CoP. */
@Injectable()
export class NotificationSettingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly settings: NotificationSettingsRepository,
    private readonly access: CommunityAccess,
    private readonly members: MemberService,
  ) {}

  async get(memberId: string): Promise<NotificationSettingsView> {
    const [row, emailLanguage] = await Promise.all([
      this.settings.find(memberId),
      this.settings.language(memberId),
    ]);
    return { ...row, emailLanguage };
  }

  communities(memberId: string): Promise<CommunityModeRow[]> {
    return this.settings.communityModes(memberId);
  }

  /** Validates everything first; then writes all of it in one transaction, or nothing. */
  async update(
    memberId: string,
    input: UpdateNotificationSettingsInput,
  ): Promise<NotificationSettingsView> {
    const problems = settingsProblems(input);
    if (problems.length > 0) {
      throw new NotificationException(
        NotificationErrorCode.INVALID_SETTINGS,
        `Invalid settings: ${problems.map((p) => p.field).join(', ')}`,
        problems,
      );
    }
    await this.dataSource.transaction(async (manager) => {
      const current = await this.settings.lock(memberId, manager);
      const changes: SettingsChanges = {};
      if (input.digestFrequency != null) changes.digestFrequency = input.digestFrequency;
      if (input.digestWeekday != null) changes.digestWeekday = input.digestWeekday;
      if (input.digestTime != null) changes.digestTime = input.digestTime;
      for (const field of CHANNEL_FIELDS) {
        if (input[field] != null) changes[field] = input[field];
      }
      // The planner owns next_digest_at: a new rhythm (or NEVER) hands it back to it.
      const replan =
        (changes.digestFrequency !== undefined &&
          changes.digestFrequency !== current.digestFrequency) ||
        (changes.digestWeekday !== undefined && changes.digestWeekday !== current.digestWeekday) ||
        (changes.digestTime !== undefined && changes.digestTime !== current.digestTime) ||
        (changes.digestFrequency ?? current.digestFrequency) === DigestFrequency.NEVER;
      await this.settings.update(memberId, changes, replan, manager);
      if (input.emailLanguage === 'nl' || input.emailLanguage === 'en') {
        // The email language lives on the member (every email of every domain uses it).
        await this.members.setEmailLanguage(memberId, input.emailLanguage, manager);
      }
    });
    return this.get(memberId);
  }

  /**
   * A CoP the viewer cannot see is NOT_FOUND (as a missing one); one they see but are not an
   * active member of is refused as bad input. Nothing is written in either case.
   */
  async setCommunityMode(
    viewer: Viewer,
    communityId: string,
    mode: CommunityNotificationMode,
  ): Promise<CommunityModeRow> {
    const context = await this.access.visible(communityId, viewer);
    if (!this.access.isParticipant(context.membership)) {
      throw new NotificationException(
        NotificationErrorCode.NOT_A_MEMBER,
        'You can only choose notifications for a community you are a member of.',
        [{ field: 'communityId', message: 'You are not a member of this community.' }],
      );
    }
    await this.settings.setCommunityMode(viewer.memberId!, communityId, mode);
    return { communityId, mode };
  }
}
