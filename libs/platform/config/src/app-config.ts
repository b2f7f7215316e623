import { Type } from 'class-transformer';
import { IsIn, IsInt, IsString, Matches, Max, Min, MinLength } from 'class-validator';

import { EnvVar } from './env-var.decorator';
import { InfrastructureConfig } from './infrastructure-config';

/** Only for development and tests; loadConfig refuses it in production. */
export const DEVELOPMENT_MAIL_TOKEN_SECRET =
  'development-only-mail-token-secret-not-for-production';

/**
 * MAIL_TOKEN_SECRET values anyone can read in this repository (the development default,
 * .env.example and earlier docker/compose.yml defaults): production refuses them, since
 * whoever knows the secret can forge unsubscribe and confirmation links.
 */
export const PUBLISHED_MAIL_TOKEN_SECRETS: readonly string[] = [
  DEVELOPMENT_MAIL_TOKEN_SECRET,
  'a-long-random-string-of-at-least-32-characters',
  'local-compose-secret-replace-me-0123456789',
];

/**
 * Every environment variable Leerhuis reads, validated once at start-up. Defaults are the
 * values a developer on one machine needs; production sets them explicitly. This class holds
 * the domain's settings (schedules, koffiedate rules, notification batching, retention); the
 * process's environment is in InfrastructureConfig.
 */
export class AppConfig extends InfrastructureConfig {
  @EnvVar({
    description:
      'Open a proposed community at once (true) or wait for a platform admin to approve it (false).',
    example: 'false',
  })
  @Type(() => String)
  @IsIn(['true', 'false'])
  COMMUNITY_PROPOSALS_OPEN_AT_ONCE: 'true' | 'false' = 'false';

  @EnvVar({
    description:
      'When the monthly koffiedate round opens and the invitation goes out: a cron pattern in Europe/Amsterdam.',
    example: '0 9 1 * *',
  })
  @Matches(/^\S+( \S+){4}$/, { message: 'COFFEE_DATE_OPEN_CRON must be a 5-field cron pattern' })
  COFFEE_DATE_OPEN_CRON = '0 9 1 * *';

  @EnvVar({
    description: 'Days after a koffiedate round opens that sign-up closes and the matching runs.',
    example: '7',
  })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(20)
  COFFEE_DATE_SIGNUP_DAYS = 7;

  @EnvVar({
    description:
      'Days after a koffiedate round opens that the "did you meet?" reminder goes out: a week before it closes by default.',
    example: '20',
  })
  @Type(() => Number)
  @IsInt()
  @Min(2)
  @Max(27)
  COFFEE_DATE_REMINDER_DAYS = 20;

  @EnvVar({
    description: 'Days after a koffiedate round opens that it closes with its stats.',
    example: '27',
  })
  @Type(() => Number)
  @IsInt()
  @Min(3)
  @Max(28)
  COFFEE_DATE_CLOSE_DAYS = 27;

  @EnvVar({
    description:
      'Koffiedate partners must differ at this organisation level: ministry (walks the tree up) or organisation.',
    example: 'ministry',
  })
  @IsIn(['ministry', 'organisation'])
  COFFEE_DATE_ORGANISATION_LEVEL: 'ministry' | 'organisation' = 'ministry';

  @EnvVar({
    description: 'Koffiedate partners are not matched again within this many months.',
    example: '12',
  })
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(36)
  COFFEE_DATE_REPEAT_WINDOW_MONTHS = 12;

  @EnvVar({
    description:
      'Secret that signs the one-click unsubscribe links in emails (at least 32 characters; production must set its own).',
    example: 'a-long-random-string-of-at-least-32-characters',
    sensitive: true,
  })
  @IsString()
  @MinLength(32, { message: 'MAIL_TOKEN_SECRET must be at least 32 characters' })
  MAIL_TOKEN_SECRET = DEVELOPMENT_MAIL_TOKEN_SECRET;

  @EnvVar({
    description:
      'A member gets at most one notification email per this many minutes, carrying everything since the previous one.',
    example: '15',
  })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1440)
  NOTIFICATION_BATCH_MINUTES = 15;

  @EnvVar({
    description:
      'When the digest planner looks for members whose digest is due: a cron pattern in Europe/Amsterdam (quarter hours).',
    example: '*/15 * * * *',
  })
  @Matches(/^\S+( \S+){4}$/, { message: 'DIGEST_PLAN_CRON must be a 5-field cron pattern' })
  DIGEST_PLAN_CRON = '*/15 * * * *';

  @EnvVar({
    description:
      'When the retention purges run (old sign-in links, sessions, notifications, the email log): a cron pattern in Europe/Amsterdam.',
    example: '30 3 * * *',
  })
  @Matches(/^\S+( \S+){4}$/, { message: 'RETENTION_CRON must be a 5-field cron pattern' })
  RETENTION_CRON = '30 3 * * *';

  @EnvVar({
    description: 'Days a used or expired sign-in link is kept (for abuse checks), then deleted.',
    example: '7',
  })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(365)
  RETENTION_SIGN_IN_LINK_DAYS = 7;

  @EnvVar({
    description: 'Days an ended session (expired or signed out) is kept, then deleted.',
    example: '30',
  })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(365)
  RETENTION_SESSION_DAYS = 30;

  @EnvVar({
    description: 'Days an in-app notification is kept, then deleted.',
    example: '180',
  })
  @Type(() => Number)
  @IsInt()
  @Min(7)
  @Max(3650)
  RETENTION_NOTIFICATION_DAYS = 180;

  @EnvVar({
    description:
      'Days the email send log and delivery failures are kept (what was sent to whom), then deleted.',
    example: '365',
  })
  @Type(() => Number)
  @IsInt()
  @Min(30)
  @Max(3650)
  RETENTION_EMAIL_LOG_DAYS = 365;

  @EnvVar({
    description:
      "Days an export of a member's data can be opened with its emailed single-use link; then it is deleted.",
    example: '7',
  })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(30)
  DATA_EXPORT_LINK_DAYS = 7;

  @EnvVar({
    description:
      'Days a finished or expired export or erasure request is kept (without its content), then deleted.',
    example: '30',
  })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(365)
  RETENTION_DATA_RIGHTS_DAYS = 30;
}
