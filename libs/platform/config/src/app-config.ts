import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength } from 'class-validator';

import { EnvVar } from './env-var.decorator';
import type { OidcProviderConfig } from './oidc-providers';

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

const URL_OF = (schemes: string) => new RegExp(`^(${schemes})://[^\\s]+$`);

/**
 * Every environment variable Leerhuis reads, validated once at start-up. Defaults are the
 * values a developer on one machine needs; production sets them explicitly.
 */
export class AppConfig {
  @EnvVar({ description: 'Runtime mode: development, test or production.', example: 'development' })
  @IsIn(['development', 'test', 'production'])
  NODE_ENV: 'development' | 'test' | 'production' = 'development';

  @EnvVar({ description: 'Interface the API listens on.', example: '127.0.0.1' })
  @IsString()
  API_HOST = '127.0.0.1';

  @EnvVar({ description: 'Port the API listens on.', example: '3000' })
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(65535)
  API_PORT = 3000;

  @EnvVar({
    description: 'Base URL where members reach Leerhuis; used in links in emails.',
    example: 'http://127.0.0.1:3000',
  })
  @Matches(URL_OF('https?'), { message: 'PUBLIC_URL must be an http(s) URL' })
  PUBLIC_URL = 'http://127.0.0.1:3000';

  @EnvVar({
    description: 'PostgreSQL connection URL.',
    example: 'postgres://postgres@127.0.0.1:5432/leerhuis',
    sensitive: true,
  })
  @Matches(URL_OF('postgres|postgresql'), { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL!: string;

  @EnvVar({
    description:
      'Connections per process in the database pool (the worker wants WORKER_CONCURRENCY × 4 + 5 for digest runs).',
    example: '10',
  })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  DATABASE_POOL_SIZE = 10;

  @EnvVar({
    description: 'Redis connection URL (BullMQ queues, rate limits).',
    example: 'redis://127.0.0.1:6379',
    sensitive: true,
  })
  @Matches(URL_OF('rediss?'), { message: 'REDIS_URL must be a redis:// URL' })
  REDIS_URL!: string;

  @EnvVar({
    description: 'Prefix for every Redis key, so several environments can share one Redis.',
    example: 'leerhuis',
  })
  @Matches(/^[a-z0-9:_-]+$/i, {
    message: 'REDIS_PREFIX may contain letters, digits, : _ and - only',
  })
  REDIS_PREFIX = 'leerhuis';

  @EnvVar({
    description: 'SMTP server the worker sends mail through.',
    example: 'smtp://127.0.0.1:1025',
    sensitive: true,
  })
  @Matches(URL_OF('smtps?'), { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL!: string;

  @EnvVar({
    description:
      'SMTP connections the worker keeps open and reuses (a pool); 0 opens one connection per message.',
    example: '5',
  })
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(50)
  SMTP_POOL_CONNECTIONS = 5;

  @EnvVar({
    description: 'Messages sent over one pooled SMTP connection before it is replaced.',
    example: '100',
  })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10000)
  SMTP_POOL_MESSAGES = 100;

  @EnvVar({ description: 'Sender of every email.', example: 'Leerhuis <noreply@leerhuis.example>' })
  @IsString()
  MAIL_FROM = 'Leerhuis <noreply@leerhuis.example>';

  @EnvVar({ description: 'Minutes a sign-in link stays valid.', example: '15' })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(60)
  SIGN_IN_LINK_TTL_MINUTES = 15;

  @EnvVar({ description: 'Days a session lasts without use.', example: '30' })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(365)
  SESSION_TTL_DAYS = 30;

  @EnvVar({
    description: 'Sign-in links one email address may request per 15 minutes.',
    example: '5',
  })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  SIGN_IN_LIMIT_PER_EMAIL = 5;

  @EnvVar({ description: 'Sign-in links one IP address may request per hour.', example: '30' })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  SIGN_IN_LIMIT_PER_IP = 30;

  @EnvVar({
    description:
      'Optional: ids (comma-separated, lowercase) of OpenID Connect providers members may sign in with, each configured by OIDC_<ID>_ISSUER, _CLIENT_ID, _CLIENT_SECRET, _LABEL and _ALLOWED_DOMAINS.',
    example: '',
  })
  @IsOptional()
  @IsString()
  OIDC_PROVIDERS = '';

  /** The providers OIDC_PROVIDERS names, read and checked by loadConfig. */
  oidcProviders: OidcProviderConfig[] = [];

  @EnvVar({
    description: 'Send the session cookie only over HTTPS (true in production).',
    example: 'false',
  })
  @Type(() => String)
  @IsIn(['true', 'false'])
  COOKIE_SECURE: 'true' | 'false' = 'false';

  @EnvVar({ description: 'Deepest GraphQL selection accepted.', example: '10' })
  @Type(() => Number)
  @IsInt()
  @Min(2)
  GRAPHQL_MAX_DEPTH = 10;

  @EnvVar({
    description:
      'Highest GraphQL query complexity accepted (a list field counts times its page size).',
    example: '5000',
  })
  @Type(() => Number)
  @IsInt()
  @Min(10)
  GRAPHQL_MAX_COMPLEXITY = 5000;

  @EnvVar({
    description: 'Most top-level fields (aliases included) one GraphQL operation may ask for.',
    example: '30',
  })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  GRAPHQL_MAX_ROOT_FIELDS = 30;

  @EnvVar({ description: 'Most aliases in one GraphQL operation, at any depth.', example: '100' })
  @Type(() => Number)
  @IsInt()
  @Min(0)
  GRAPHQL_MAX_ALIASES = 100;

  @EnvVar({
    description:
      'GraphQL operations of at least this complexity count as expensive and are rate-limited.',
    example: '1000',
  })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  GRAPHQL_EXPENSIVE_COMPLEXITY = 1000;

  @EnvVar({
    description: 'Expensive GraphQL operations one signed-in person may send per minute.',
    example: '120',
  })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  GRAPHQL_EXPENSIVE_LIMIT_PER_MEMBER = 120;

  @EnvVar({
    description:
      'Expensive GraphQL operations one IP address may send per minute (offices share an address: keep it well above the per-member limit).',
    example: '600',
  })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  GRAPHQL_EXPENSIVE_LIMIT_PER_IP = 600;

  @EnvVar({
    description:
      'Optional: answer GraphQL introspection (__schema, __type): true or false; empty means on in development and test, off in production.',
    example: '',
  })
  @IsOptional()
  @IsIn(['true', 'false', ''])
  GRAPHQL_INTROSPECTION: 'true' | 'false' | '' = '';

  @EnvVar({ description: 'Log level: fatal, error, warn, info, debug or trace.', example: 'info' })
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  @EnvVar({ description: 'Jobs the worker runs at once per queue.', example: '5' })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  WORKER_CONCURRENCY = 5;

  @EnvVar({
    description:
      'CPU priority of the worker (nice, 0–19): on a host it shares with the API, a bulk run such as a koffiedate round or the digests yields to members waiting for a page.',
    example: '10',
  })
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(19)
  WORKER_NICE = 10;

  @EnvVar({
    description:
      'Seconds an API process remembers what a session token resolves to (0: off). Sign-out, role changes and erasure take effect at once in the process that made them; other API processes see them within this time.',
    example: '5',
  })
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(60)
  SESSION_CACHE_SECONDS = 5;

  @EnvVar({
    description: 'Trust X-Forwarded-For from this many proxies (for per-IP rate limits).',
    example: '0',
  })
  @Type(() => Number)
  @IsInt()
  @Min(0)
  TRUST_PROXY_HOPS = 0;

  @EnvVar({
    description:
      'Optional: email addresses (comma-separated) that become platform admins when they complete their profile.',
    example: '',
  })
  @IsOptional()
  @IsString()
  ADMIN_EMAILS = '';

  @EnvVar({
    description:
      'Optional: directory of the built web app (dist/apps/web); when set the API serves it at / with an SPA fallback.',
    example: '',
  })
  @IsOptional()
  @IsString()
  WEB_DIST_DIR = '';

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

  get isProduction(): boolean {
    return this.NODE_ENV === 'production';
  }

  /** Introspection shows the whole schema to anyone: off in production unless asked for. */
  get graphqlIntrospection(): boolean {
    return this.GRAPHQL_INTROSPECTION === ''
      ? !this.isProduction
      : this.GRAPHQL_INTROSPECTION === 'true';
  }

  get cookieSecure(): boolean {
    return this.COOKIE_SECURE === 'true';
  }
}
