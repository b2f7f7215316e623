import { hashToken } from '@leerhuis/identity';
import { waitFor } from '@leerhuis/platform-testing';

import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';

import { countRows, insertMember } from '../support/members';
import { persistedHash } from '../support/persisted-operations';
import { startStack, TestStack } from '../support/stack';

/** Collects every log line the API writes. */
class LogCapture extends Writable {
  readonly lines: string[] = [];
  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    this.lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    done();
  }
  get text(): string {
    return this.lines.join('\n');
  }
}

/** A sign-in link stored directly (as requestSignInLink would), so no worker has to mail it. */
async function signInLink(stack: TestStack, email: string): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await stack.dataSource.query(
    `INSERT INTO sign_in_link (email, token_hash, expires_at) VALUES ($1, $2, now() + interval '15 minutes')`,
    [email, hashToken(token)],
  );
  return token;
}

const postSignIn = (stack: TestStack, token: string, headers: Record<string, string> = {}) =>
  fetch(`${stack.apiUrl}/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams({ token }).toString(),
    redirect: 'manual',
  });

const INTROSPECTION = `{ __schema { queryType { name } } }`;

describe('platform security', () => {
  let stack: TestStack;
  let production: TestStack;
  const logs = new LogCapture();
  const webDist = mkdtempSync(join(tmpdir(), 'leerhuis-web-'));

  beforeAll(async () => {
    writeFileSync(
      join(webDist, 'index.html'),
      '<!doctype html><html><body><div id="root"></div><script type="module" src="/assets/index.js"></script></body></html>',
    );
    [stack, production] = await Promise.all([
      startStack({ env: { LOG_LEVEL: 'info', WEB_DIST_DIR: webDist }, apiLogs: logs }),
      startStack({
        env: { NODE_ENV: 'production', MAIL_TOKEN_SECRET: randomBytes(32).toString('hex') },
      }),
    ]);
    await insertMember(stack, { email: 'anouk@minbzk.nl', name: 'Anouk de Vries' });
  });
  afterAll(async () => {
    await Promise.all([stack?.stop(), production?.stop()]);
    rmSync(webDist, { recursive: true, force: true });
  });

  describe('security headers', () => {
    const responses = (s: TestStack) => ({
      '/ (the web app)': fetch(`${s.apiUrl}/`),
      '/graphql': fetch(`${s.apiUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      }),
      '/auth/sign-in': fetch(`${s.apiUrl}/auth/sign-in?token=x`),
    });

    it('does send CSP, frame-ancestors, Referrer-Policy and nosniff on every response', async () => {
      for (const [path, pending] of Object.entries(responses(stack))) {
        const response = await pending;
        expect([path, response.status]).toEqual([path, 200]);
        const csp = response.headers.get('content-security-policy') ?? '';
        expect([path, csp]).toEqual([path, expect.stringContaining("default-src 'self'")]);
        expect(csp).toContain("frame-ancestors 'none'");
        expect(csp).toContain("script-src 'self';");
        expect(csp).toContain("style-src 'self';");
        expect(csp).toContain("object-src 'none'");
        expect(csp).not.toContain('unsafe-inline');
        expect(csp).not.toContain('unsafe-eval');
        expect(response.headers.get('x-content-type-options')).toBe('nosniff');
        expect(response.headers.get('referrer-policy')).toBe('same-origin');
        expect(response.headers.get('x-frame-options')).toBe('DENY');
        // HSTS only in production: development runs on plain http.
        expect(response.headers.get('strict-transport-security')).toBeNull();
      }
    });

    it('does send HSTS in production', async () => {
      for (const [path, pending] of Object.entries(responses(production))) {
        const response = await pending;
        expect([path, response.headers.get('strict-transport-security')]).toEqual([
          path,
          'max-age=31536000; includeSubDomains',
        ]);
        expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      }
    });

    it('does give the link pages their style and script as files, allowed by the CSP', async () => {
      const page = await (await fetch(`${stack.apiUrl}/auth/sign-in?token=abc`)).text();
      expect(page).not.toMatch(/<style|<script>|style=/);
      const stylesheet = await fetch(`${stack.apiUrl}/auth/link-page.css`);
      expect(stylesheet.status).toBe(200);
      expect(stylesheet.headers.get('content-type')).toContain('text/css');
      expect(await stylesheet.text()).toContain('font-family');
      const script = await fetch(`${stack.apiUrl}/auth/link-page.js`);
      expect(script.status).toBe(200);
      expect(script.headers.get('content-type')).toContain('javascript');
      expect(await script.text()).toContain('data-auto-submit');
    });

    it('does relax the CSP for Bull Board only as far as its page needs', async () => {
      const response = await fetch(`${stack.apiUrl}/admin/queues`);
      expect(response.status).toBe(401);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("style-src 'self' 'unsafe-inline' https://fonts.googleapis.com");
      expect(csp).toContain("script-src 'self';");
      expect(csp).toContain("frame-ancestors 'none'");
    });
  });

  describe('login CSRF', () => {
    it('does refuse a sign-in form posted from another site, without a session', async () => {
      const token = await signInLink(stack, 'anouk@minbzk.nl');
      const sessions = await countRows(stack, 'session');
      const attempts: Record<string, string>[] = [
        { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
        { 'sec-fetch-site': 'cross-site' },
        { 'sec-fetch-site': 'same-site' },
        { origin: 'https://evil.example' },
        // A sandboxed frame elsewhere sends Origin: null; without Sec-Fetch-Site we cannot tell.
        { origin: 'null' },
        // Right site header, wrong origin: both must hold.
        { origin: 'https://evil.example', 'sec-fetch-site': 'same-origin' },
      ];
      for (const headers of attempts) {
        const refused = await postSignIn(stack, token, headers);
        expect([headers, refused.status]).toEqual([headers, 403]);
        expect(refused.headers.get('set-cookie')).toBeNull();
        expect(refused.headers.get('content-type')).toContain('text/html');
        expect(await refused.text()).toContain('niet van Leerhuis zelf');
      }
      expect(await countRows(stack, 'session')).toBe(sessions);

      // The link is not used up: the member's own click still signs in.
      const own = await postSignIn(stack, token, {
        origin: stack.apiUrl,
        'sec-fetch-site': 'same-origin',
      });
      expect(own.status).toBe(303);
      expect(own.headers.get('set-cookie')).toMatch(/leerhuis_session=/);
    });

    it('does accept the form from its own page, also with a privacy-null Origin', async () => {
      const own: Record<string, string>[] = [
        { 'sec-fetch-site': 'same-origin', origin: 'null' },
        { 'sec-fetch-site': 'none' },
        {},
      ];
      for (const headers of own) {
        const token = await signInLink(stack, 'anouk@minbzk.nl');
        const response = await postSignIn(stack, token, headers);
        expect([headers, response.status]).toEqual([headers, 303]);
      }
    });
  });

  describe('logs', () => {
    it('does not write a sign-in token, session token or cookie into any log line', async () => {
      const token = await signInLink(stack, 'anouk@minbzk.nl');
      const before = logs.lines.length;
      const page = await fetch(`${stack.apiUrl}/auth/sign-in?token=${token}`);
      expect(page.status).toBe(200);
      const redeemed = await postSignIn(stack, token);
      expect(redeemed.status).toBe(303);
      const cookie = /leerhuis_session=([^;]+)/.exec(redeemed.headers.get('set-cookie')!)!;
      await stack.graphql.withCookie(cookie[0]).ok(`{ me { email } }`);
      await stack.graphql.withBearer(cookie[1]).ok(`{ me { email } }`);
      const apiToken = await signInLink(stack, 'anouk@minbzk.nl');
      const viaApi = await stack.graphql.ok<{ signInWithLink: { sessionToken: string } }>(
        `mutation($token: String!) { signInWithLink(input: { token: $token }) { sessionToken } }`,
        { token: apiToken },
      );
      await fetch(`${stack.apiUrl}/unsubscribe/v1.secret-unsubscribe-token`);
      // pino writes asynchronously: wait for the line of the last request.
      await waitFor(
        async () => logs.lines.slice(before).some((line) => line.includes('"url":"/unsubscribe/')),
        'the log line of the unsubscribe request',
      );

      const written = logs.lines.slice(before).join('\n');
      expect(written).toContain('"url":"/auth/sign-in?[redacted]"');
      expect(written).toContain('"url":"/unsubscribe/[redacted]"');
      for (const secret of [
        token,
        cookie[1],
        apiToken,
        viaApi.signInWithLink.sessionToken,
        'secret-unsubscribe-token',
      ]) {
        expect(written).not.toContain(secret);
      }
      expect(written).not.toMatch(/cookie|authorization|set-cookie/i);
    });
  });

  describe('introspection', () => {
    it('does answer introspection in development and test', async () => {
      expect(await stack.graphql.ok(INTROSPECTION)).toEqual({
        __schema: { queryType: { name: 'Query' } },
      });
    });

    it('does refuse introspection in production by default', async () => {
      const refused = await production.graphql.request(INTROSPECTION);
      expect(refused.data ?? null).toBeNull();
      expect(refused.errors?.[0].message).toMatch(/introspection/i);
      expect(refused.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      // Ordinary queries still work: production runs the web app's, sent by hash.
      const listed = await production.graphql.persisted(persistedHash('SignInProviders'));
      expect(listed.errors).toBeUndefined();
      expect(listed.data).toHaveProperty('signInProviders');
    });
  });
});
