import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';

import { EnvVar } from './env-var.decorator';
import type { OidcProviderConfig } from './oidc-providers';

const URL_OF = (schemes: string) => new RegExp(`^(${schemes})://[^\\s]+$`);

/**
 * The environment of the process: where it listens, what it connects to (PostgreSQL, Redis,
 * SMTP), sign-in, GraphQL limits, logging and the worker. AppConfig adds the domain's settings.
 */
export class InfrastructureConfig {
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
    description:
      'API processes sharing the port (node cluster); 1 runs the API in a single process.',
    example: '1',
  })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(64)
  API_PROCESSES = 1;

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
      'Connections per process in the database pool (the worker wants WORKER_CONCURRENCY + 5: a digest chunk holds one for its whole batch).',
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

  @EnvVar({
    description:
      'Optional: run only the GraphQL operations on the persisted-operation allow-list (apps/api/src/graphql/persisted-operations.json): true or false; empty means on in production, off in development and test.',
    example: '',
  })
  @IsOptional()
  @IsIn(['true', 'false', ''])
  GRAPHQL_PERSISTED_ONLY: 'true' | 'false' | '' = '';

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
      'Seconds a running job stays locked to its worker without a renewal: when a worker dies mid-job, another takes the job over after at most twice this (BullMQ lock and stalled check).',
    example: '30',
  })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(600)
  WORKER_JOB_LOCK_SECONDS = 30;

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

  get isProduction(): boolean {
    return this.NODE_ENV === 'production';
  }

  /** Introspection shows the whole schema to anyone: off in production unless asked for. */
  get graphqlIntrospection(): boolean {
    return this.GRAPHQL_INTROSPECTION === ''
      ? !this.isProduction
      : this.GRAPHQL_INTROSPECTION === 'true';
  }

  /** Only the operations of the web app and documented clients: on in production unless turned off. */
  get graphqlPersistedOnly(): boolean {
    return this.GRAPHQL_PERSISTED_ONLY === ''
      ? this.isProduction
      : this.GRAPHQL_PERSISTED_ONLY === 'true';
  }

  get cookieSecure(): boolean {
    return this.COOKIE_SECURE === 'true';
  }
}
