import { AppConfig } from '@leerhuis/platform-config';
import { UnsubscribeScope, verifyUnsubscribeToken } from '@leerhuis/platform-mail';

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { NotificationErrorCode, NotificationException } from './notification.exception';
import { DigestFrequency, NotificationChannel } from './notification-kinds';
import { NotificationSettingsRepository } from './notification-settings.repository';

export interface UnsubscribeContext {
  memberId: string;
  scope: UnsubscribeScope;
  language: 'nl' | 'en';
}

const CHANNEL_OF_SCOPE = {
  [UnsubscribeScope.MEETING_CHANGES]: 'meetingChanges',
  [UnsubscribeScope.COFFEE_DATE]: 'coffeeDate',
  [UnsubscribeScope.INTERVISION_PHASES]: 'intervisionPhases',
} as const;

/** The one-click unsubscribe links in emails: a signed token stands in for signing in. */
@Injectable()
export class UnsubscribeService {
  constructor(
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly settings: NotificationSettingsRepository,
  ) {}

  /** Who and what a token is for; a tampered token or a deleted member is refused. */
  async inspect(token: string): Promise<UnsubscribeContext> {
    const verified = verifyUnsubscribeToken(this.config.MAIL_TOKEN_SECRET, token);
    if (!verified || !(await this.settings.memberExists(verified.memberId))) {
      throw new NotificationException(
        NotificationErrorCode.UNSUBSCRIBE_LINK_INVALID,
        'This unsubscribe link is not valid.',
      );
    }
    return { ...verified, language: await this.settings.language(verified.memberId) };
  }

  /** Switches off what the token's scope covers. Applying it twice changes nothing more. */
  async apply(token: string): Promise<UnsubscribeContext> {
    const context = await this.inspect(token);
    await this.dataSource.transaction(async (manager) => {
      const { memberId, scope } = context;
      await this.settings.lock(memberId, manager);
      switch (scope) {
        case UnsubscribeScope.DIGEST:
          await this.settings.update(
            memberId,
            { digestFrequency: DigestFrequency.NEVER },
            true,
            manager,
          );
          break;
        case UnsubscribeScope.NOTIFICATIONS:
          // What came by notification email now waits in the app; CoPs go to the digest.
          await this.settings.demoteImmediateChannels(memberId, ['mentions', 'replies'], manager);
          await this.settings.demoteImmediateCommunities(memberId, manager);
          break;
        default:
          await this.settings.update(
            memberId,
            { [CHANNEL_OF_SCOPE[scope]]: NotificationChannel.IN_APP },
            false,
            manager,
          );
      }
    });
    return context;
  }
}
