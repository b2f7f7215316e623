import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { AppConfig, PUBLISHED_MAIL_TOKEN_SECRETS } from './app-config';
import { envVarMetadata } from './env-var.decorator';
import { ConfigValidationError, loadConfig } from './load-config';

const valid = {
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/leerhuis',
  REDIS_URL: 'redis://127.0.0.1:6379',
  SMTP_URL: 'smtp://127.0.0.1:1025',
};

const read = (path: string) => readFileSync(join(__dirname, '../../../..', path), 'utf8');

describe('loadConfig', () => {
  it('applies defaults and converts numbers', () => {
    const config = loadConfig({ ...valid, API_PORT: '4000' });
    expect(config.API_PORT).toBe(4000);
    expect(config.SIGN_IN_LINK_TTL_MINUTES).toBe(15);
    expect(config.REDIS_PREFIX).toBe('leerhuis');
  });

  it('refuses the development unsubscribe secret in production', () => {
    expect(() => loadConfig({ ...valid, NODE_ENV: 'production' })).toThrow(/MAIL_TOKEN_SECRET/);
    const secret = randomBytes(32).toString('hex');
    const config = loadConfig({ ...valid, NODE_ENV: 'production', MAIL_TOKEN_SECRET: secret });
    expect(config.MAIL_TOKEN_SECRET).toBe(secret);
    expect(() => loadConfig({ ...valid, MAIL_TOKEN_SECRET: 'short' })).toThrow(/32 characters/);
  });

  /** The problems loadConfig reports for these variables, or [] when it accepts them. */
  function problemsWith(env: Record<string, string>): string[] {
    try {
      loadConfig({ ...valid, ...env });
      return [];
    } catch (error) {
      if (error instanceof ConfigValidationError) return error.problems;
      throw error;
    }
  }

  it('refuses in production every MAIL_TOKEN_SECRET published in this repository', () => {
    const published = new Set(PUBLISHED_MAIL_TOKEN_SECRETS);
    // The values a reader copies: .env.example and any default in docker/compose.yml.
    const example = /^MAIL_TOKEN_SECRET=(.*)$/m.exec(read('.env.example'))?.[1];
    expect(example).toBeDefined();
    published.add(example!);
    const composeDefault = /MAIL_TOKEN_SECRET: \$\{MAIL_TOKEN_SECRET:-([^}]+)\}/.exec(
      read('docker/compose.yml'),
    )?.[1];
    if (composeDefault) published.add(composeDefault);
    expect(published.size).toBeGreaterThanOrEqual(3);

    for (const secret of published) {
      const problems = problemsWith({ NODE_ENV: 'production', MAIL_TOKEN_SECRET: secret });
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(/^MAIL_TOKEN_SECRET /);
      // Development and tests may keep using them.
      expect(problemsWith({ NODE_ENV: 'development', MAIL_TOKEN_SECRET: secret })).toEqual([]);
    }
  });

  it('refuses in production a MAIL_TOKEN_SECRET that is short or plainly guessable', () => {
    for (const secret of ['x'.repeat(31), randomBytes(15).toString('hex')]) {
      expect(problemsWith({ NODE_ENV: 'production', MAIL_TOKEN_SECRET: secret })).toEqual([
        'MAIL_TOKEN_SECRET is invalid: MAIL_TOKEN_SECRET must be at least 32 characters',
      ]);
    }
    const [guessable] = problemsWith({
      NODE_ENV: 'production',
      MAIL_TOKEN_SECRET: 'ab'.repeat(20),
    });
    expect(guessable).toMatch(/^MAIL_TOKEN_SECRET is too easy to guess/);
    // The error never shows the secret itself.
    expect(guessable).not.toContain('abab');
  });

  it('answers introspection outside production unless GRAPHQL_INTROSPECTION says otherwise', () => {
    const production = {
      NODE_ENV: 'production',
      MAIL_TOKEN_SECRET: randomBytes(32).toString('hex'),
    };
    expect(loadConfig(valid).graphqlIntrospection).toBe(true);
    expect(loadConfig({ ...valid, NODE_ENV: 'test' }).graphqlIntrospection).toBe(true);
    expect(loadConfig({ ...valid, ...production }).graphqlIntrospection).toBe(false);
    expect(
      loadConfig({ ...valid, ...production, GRAPHQL_INTROSPECTION: 'true' }).graphqlIntrospection,
    ).toBe(true);
    expect(loadConfig({ ...valid, GRAPHQL_INTROSPECTION: 'false' }).graphqlIntrospection).toBe(
      false,
    );
    expect(problemsWith({ GRAPHQL_INTROSPECTION: 'yes' })[0]).toMatch(
      /^GRAPHQL_INTROSPECTION is invalid/,
    );
  });

  it('runs only listed GraphQL operations in production unless GRAPHQL_PERSISTED_ONLY says otherwise', () => {
    const production = {
      NODE_ENV: 'production',
      MAIL_TOKEN_SECRET: randomBytes(32).toString('hex'),
    };
    expect(loadConfig({ ...valid, NODE_ENV: 'test' }).graphqlPersistedOnly).toBe(false);
    expect(loadConfig({ ...valid, ...production }).graphqlPersistedOnly).toBe(true);
    expect(
      loadConfig({ ...valid, ...production, GRAPHQL_PERSISTED_ONLY: 'false' }).graphqlPersistedOnly,
    ).toBe(false);
    expect(loadConfig({ ...valid, GRAPHQL_PERSISTED_ONLY: 'true' }).graphqlPersistedOnly).toBe(
      true,
    );
  });

  it('names every missing and malformed variable at once', () => {
    let caught: unknown;
    try {
      loadConfig({ REDIS_URL: 'http://nope', API_PORT: 'abc' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigValidationError);
    const problems = (caught as ConfigValidationError).problems.join('\n');
    expect(problems).toMatch(/DATABASE_URL is missing/);
    expect(problems).toMatch(/SMTP_URL is missing/);
    expect(problems).toMatch(/REDIS_URL is invalid: REDIS_URL must be a redis:\/\/ URL/);
    expect(problems).toMatch(/API_PORT is invalid \(got "abc"\)/);
  });

  it('never prints sensitive values', () => {
    expect(() => loadConfig({ ...valid, DATABASE_URL: 'mysql://secret@host' })).toThrow(
      /DATABASE_URL is invalid: /,
    );
    try {
      loadConfig({ ...valid, DATABASE_URL: 'mysql://secret@host' });
    } catch (error) {
      expect(String(error)).not.toContain('secret');
    }
  });

  it('reads the OIDC providers OIDC_PROVIDERS names, each from its own variables', () => {
    const provider = (id: string, issuer = `https://login.${id}.example/v2.0`) => ({
      [`OIDC_${id.toUpperCase()}_ISSUER`]: issuer,
      [`OIDC_${id.toUpperCase()}_CLIENT_ID`]: `${id}-client`,
      [`OIDC_${id.toUpperCase()}_CLIENT_SECRET`]: 'very-secret-value',
      [`OIDC_${id.toUpperCase()}_LABEL`]: `${id} account`,
      [`OIDC_${id.toUpperCase()}_ALLOWED_DOMAINS`]: 'MinBZK.nl, rijksoverheid.nl',
    });
    expect(loadConfig(valid).oidcProviders).toEqual([]);
    const config = loadConfig({
      ...valid,
      OIDC_PROVIDERS: 'minbzk, rijk',
      ...provider('minbzk'),
      ...provider('rijk'),
    });
    expect(config.oidcProviders.map((p) => p.id)).toEqual(['minbzk', 'rijk']);
    expect(config.oidcProviders[0]).toEqual({
      id: 'minbzk',
      issuer: 'https://login.minbzk.example/v2.0',
      clientId: 'minbzk-client',
      clientSecret: 'very-secret-value',
      label: 'minbzk account',
      allowedDomains: ['minbzk.nl', 'rijksoverheid.nl'],
    });
  });

  it('names every missing or malformed OIDC provider variable, never the secret', () => {
    const problems = problemsWith({
      NODE_ENV: 'production',
      MAIL_TOKEN_SECRET: randomBytes(32).toString('hex'),
      OIDC_PROVIDERS: 'minbzk,Rijk!,minbzk',
      OIDC_MINBZK_ISSUER: 'http://login.minbzk.example',
      OIDC_MINBZK_CLIENT_SECRET: 'very-secret-value',
      OIDC_MINBZK_ALLOWED_DOMAINS: 'minbzk.nl,not a domain',
    });
    expect(problems).toEqual([
      'OIDC_MINBZK_ISSUER is invalid (got "http://login.minbzk.example"): an https:// URL in production',
      'OIDC_MINBZK_CLIENT_ID is missing (the client id registered at the provider, for OIDC provider "minbzk")',
      'OIDC_MINBZK_LABEL is missing (the name on the sign-in button, for OIDC provider "minbzk")',
      'OIDC_MINBZK_ALLOWED_DOMAINS is invalid (got "not a domain"): list domains like minbzk.nl, separated by commas',
      'OIDC_PROVIDERS is invalid (got "Rijk!"): a provider id is lowercase letters and digits, starting with a letter (at most 30)',
      'OIDC_PROVIDERS names "minbzk" twice',
    ]);
    expect(problems.join('\n')).not.toContain('very-secret-value');
    // Plain http is for development and tests (the in-process test provider).
    expect(
      problemsWith({
        OIDC_PROVIDERS: 'dev',
        OIDC_DEV_ISSUER: 'http://127.0.0.1:4000',
        OIDC_DEV_CLIENT_ID: 'c',
        OIDC_DEV_CLIENT_SECRET: 's',
        OIDC_DEV_LABEL: 'Dev',
        OIDC_DEV_ALLOWED_DOMAINS: 'minbzk.nl',
      }),
    ).toEqual([]);
  });

  it('documents every variable in .env.example with a comment', () => {
    const example = read('.env.example');
    for (const name of envVarMetadata(AppConfig).keys()) {
      expect(example).toMatch(new RegExp(`# .+\\n${name}=`));
    }
  });
});
