import { EmailAudience, type EmailAudienceKind } from '@leerhuis/platform-mail';

import { Global, Injectable, Module } from '@nestjs/common';
import { EntityManager } from 'typeorm';

const CHANNEL_COLUMN: Record<EmailAudienceKind, string> = {
  MEETING_CHANGES: 'meeting_changes',
  COFFEE_DATE: 'coffee_date',
  INTERVISION_PHASES: 'intervision_phases',
};

/**
 * The Mailer asks this whether a member wants an email of a kind now: only when their setting
 * for it says IMMEDIATE (no settings row: not wanted).
 */
@Injectable()
export class NotificationEmailAudience extends EmailAudience {
  async wantsNow(
    manager: EntityManager,
    memberId: string,
    kind: EmailAudienceKind,
  ): Promise<boolean> {
    const rows: { channel: string }[] = await manager.query(
      `SELECT ${CHANNEL_COLUMN[kind]} AS channel FROM notification_settings WHERE member_id = $1`,
      [memberId],
    );
    return rows[0]?.channel === 'IMMEDIATE';
  }
}

/** Global, because the Mailer (a platform lib) cannot import the notifications lib. */
@Global()
@Module({
  providers: [{ provide: EmailAudience, useClass: NotificationEmailAudience }],
  exports: [EmailAudience],
})
export class NotificationEmailAudienceModule {}
