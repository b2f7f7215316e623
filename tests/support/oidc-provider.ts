import {
  createPrivateKey,
  generateKeyPairSync,
  type JsonWebKey,
  randomBytes,
  sign,
} from 'node:crypto';
import { createServer, type Server } from 'node:http';
import Provider, { type Account } from 'oidc-provider';

import { freePort } from './processes';

export interface TestAccount {
  sub: string;
  email: string;
  email_verified: boolean;
  name?: string;
}

/**
 * How the next ID token is spoiled before it leaves the token endpoint, re-signed with the
 * provider's own key (or, for a bad signature, another key under the same key id).
 */
export type IdTokenFault = 'expired' | 'wrong-audience' | 'wrong-nonce' | 'bad-signature';

function rsaKey(kid: string): JsonWebKey {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { ...privateKey.export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' };
}

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const decoded = (part: string) =>
  JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Record<string, unknown>;

/**
 * A real OpenID Connect provider (oidc-provider) in-process on a free port, with one
 * confidential client, an account store of the test's own and the development login and
 * consent pages. `create` only reserves the port, so a test can configure the stack with
 * the issuer first and `start` the provider once it knows the stack's callback URL; a
 * provider never started is one that is down.
 */
export class TestOidcProvider {
  readonly clientId = 'leerhuis';
  readonly clientSecret = randomBytes(24).toString('base64url');
  private readonly accounts = new Map<string, TestAccount>();
  private readonly key = rsaKey('test-key');
  private readonly foreignKey = rsaKey('test-key');
  private readonly faults: IdTokenFault[] = [];
  private server?: Server;

  private constructor(readonly port: number) {}

  static async create(): Promise<TestOidcProvider> {
    return new TestOidcProvider(await freePort());
  }

  get issuer(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** The stack's environment for this provider under `id` (see AppConfig OIDC_PROVIDERS). */
  env(id: string, options: { label: string; allowedDomains: string[] }): Record<string, string> {
    const prefix = `OIDC_${id.toUpperCase()}_`;
    return {
      [`${prefix}ISSUER`]: this.issuer,
      [`${prefix}CLIENT_ID`]: this.clientId,
      [`${prefix}CLIENT_SECRET`]: this.clientSecret,
      [`${prefix}LABEL`]: options.label,
      [`${prefix}ALLOWED_DOMAINS`]: options.allowedDomains.join(','),
    };
  }

  /** Adds or replaces an account (e.g. to change its email address). */
  setAccount(account: TestAccount): void {
    this.accounts.set(account.sub, account);
  }

  /** The next ID token the token endpoint hands out is spoiled this way. */
  spoilNextIdToken(fault: IdTokenFault): void {
    this.faults.push(fault);
  }

  async start(redirectUris: string[]): Promise<void> {
    const provider = new Provider(this.issuer, {
      clients: [
        {
          client_id: this.clientId,
          client_secret: this.clientSecret,
          redirect_uris: redirectUris,
          response_types: ['code'],
          grant_types: ['authorization_code'],
          token_endpoint_auth_method: 'client_secret_post',
        },
      ],
      jwks: { keys: [this.key] },
      findAccount: (_ctx: unknown, sub: string): Account | undefined => {
        const account = this.accounts.get(sub);
        if (!account) return undefined;
        return { accountId: sub, claims: () => ({ ...this.accounts.get(sub)! }) };
      },
      claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
      cookies: { keys: [randomBytes(32).toString('hex')] },
      features: { devInteractions: { enabled: true } },
      pkce: { required: () => true },
      ttl: {
        AccessToken: 3600,
        AuthorizationCode: 60,
        IdToken: 3600,
        Interaction: 600,
        Session: 3600,
        Grant: 3600,
      },
    });
    provider.use(async (ctx, next) => {
      await next();
      const body = ctx.body as { id_token?: string } | undefined;
      if (ctx.path !== '/token' || !body?.id_token) return;
      const fault = this.faults.shift();
      if (fault) body.id_token = this.spoil(body.id_token, fault);
    });
    this.server = createServer(provider.callback());
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }

  /**
   * Signs in at the provider as `sub` the way a browser does (the login form, then the
   * consent form), from the authorization URL; returns where the provider sends the browser
   * back to (the callback with code and state).
   */
  async signIn(authorizationUrl: string, sub: string): Promise<URL> {
    const jar = new Map<string, string>();
    const go = async (url: URL, form?: Record<string, string>) => {
      const response = await fetch(url, {
        method: form ? 'POST' : 'GET',
        redirect: 'manual',
        headers: {
          cookie: [...jar].map(([name, value]) => `${name}=${value}`).join('; '),
          ...(form && { 'content-type': 'application/x-www-form-urlencoded' }),
        },
        body: form && new URLSearchParams(form).toString(),
      });
      for (const cookie of response.headers.getSetCookie()) {
        const [pair] = cookie.split(';');
        const name = pair.slice(0, pair.indexOf('='));
        const value = pair.slice(pair.indexOf('=') + 1);
        if (value) jar.set(name, value);
        else jar.delete(name);
      }
      return response;
    };
    let url = new URL(authorizationUrl);
    for (let step = 0; step < 12; step++) {
      let response = await go(url);
      if (response.status === 200) {
        const html = await response.text();
        const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1];
        const action = /<form[^>]* action="([^"]+)"/.exec(html)?.[1];
        if (!prompt || !action) throw new Error(`no login or consent form at ${url.href}`);
        const form: Record<string, string> =
          prompt === 'login' ? { prompt, login: sub, password: 'test' } : { prompt };
        response = await go(new URL(action, url), form);
      }
      const location = response.headers.get('location');
      if (!location) throw new Error(`the provider answered ${response.status} at ${url.href}`);
      const next = new URL(location, url);
      if (next.origin !== new URL(this.issuer).origin) return next;
      url = next;
    }
    throw new Error('the provider kept redirecting');
  }

  /** The token's claims changed as `fault` says, signed again (RS256) with header kept. */
  private spoil(idToken: string, fault: IdTokenFault): string {
    const [header, payload] = idToken.split('.').slice(0, 2).map(decoded);
    const now = Math.floor(Date.now() / 1000);
    if (fault === 'expired') Object.assign(payload, { iat: now - 7200, exp: now - 3600 });
    if (fault === 'wrong-audience') payload.aud = 'another-client';
    if (fault === 'wrong-nonce') payload.nonce = randomBytes(16).toString('base64url');
    const key = createPrivateKey({
      key: fault === 'bad-signature' ? this.foreignKey : this.key,
      format: 'jwk',
    });
    const signed = `${base64url(header)}.${base64url(payload)}`;
    return `${signed}.${sign('sha256', Buffer.from(signed), key).toString('base64url')}`;
  }
}
