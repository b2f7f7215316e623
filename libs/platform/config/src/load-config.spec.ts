import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { AppConfig } from './app-config';
import { envVarMetadata } from './env-var.decorator';
import { ConfigValidationError, loadConfig } from './load-config';

const valid = {
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/leerhuis',
  REDIS_URL: 'redis://127.0.0.1:6379',
  SMTP_URL: 'smtp://127.0.0.1:1025',
};

describe('loadConfig', () => {
  it('applies defaults and converts numbers', () => {
    const config = loadConfig({ ...valid, API_PORT: '4000' });
    expect(config.API_PORT).toBe(4000);
    expect(config.SIGN_IN_LINK_TTL_MINUTES).toBe(15);
    expect(config.REDIS_PREFIX).toBe('leerhuis');
  });

  it('refuses the development unsubscribe secret in production', () => {
    expect(() => loadConfig({ ...valid, NODE_ENV: 'production' })).toThrow(/MAIL_TOKEN_SECRET/);
    const config = loadConfig({
      ...valid,
      NODE_ENV: 'production',
      MAIL_TOKEN_SECRET: 'a-production-secret-of-enough-length-0123',
    });
    expect(config.MAIL_TOKEN_SECRET).toBe('a-production-secret-of-enough-length-0123');
    expect(() => loadConfig({ ...valid, MAIL_TOKEN_SECRET: 'short' })).toThrow(/32 characters/);
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

  it('documents every variable in .env.example with a comment', () => {
    const example = readFileSync(join(__dirname, '../../../../.env.example'), 'utf8');
    for (const name of envVarMetadata(AppConfig).keys()) {
      expect(example).toMatch(new RegExp(`# .+\\n${name}=`));
    }
  });
});
