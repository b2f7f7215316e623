import { countRows, insertMember, MINISTRY, signInTokenFromMail } from '../support/members';
import { TestOidcProvider } from '../support/oidc-provider';
import { startStack, TestStack } from '../support/stack';

const ME = `{ me { email needsProfile member { id name } } }`;
const PROVIDERS = `{ signInProviders { id label startPath } }`;
const COMPLETE = `mutation($input: CompleteProfileInput!) { completeProfile(input: $input) { id name } }`;

/** One browser's way through the flow: its cookies at Leerhuis, kept between requests. */
class Browser {
  private readonly cookies = new Map<string, string>();

  constructor(private readonly stack: TestStack) {}

  async get(path: string): Promise<Response> {
    const response = await fetch(new URL(path, this.stack.apiUrl), {
      redirect: 'manual',
      headers: { cookie: [...this.cookies].map(([n, v]) => `${n}=${v}`).join('; ') },
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const [name, value] = [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)];
      if (value) this.cookies.set(name, value);
      else this.cookies.delete(name);
    }
    return response;
  }

  get session(): string | undefined {
    return this.cookies.get('leerhuis_session');
  }

  /** Where a redirect sends the browser: path and query of the Leerhuis page. */
  static landing(response: Response): string {
    expect(response.status).toBe(303);
    const url = new URL(response.headers.get('location')!, 'http://leerhuis.test');
    return `${url.pathname}${url.search}`;
  }
}

describe('sign-in with an OpenID Connect provider', () => {
  let stack: TestStack;
  let idp: TestOidcProvider;
  let down: TestOidcProvider;

  const sessions = () => countRows(stack, 'session');

  /** Starts at Leerhuis, signs in at the provider as `sub`, and returns the callback's answer. */
  async function signIn(browser: Browser, sub: string, returnTo?: string): Promise<Response> {
    const start = await browser.get(
      `/auth/oidc/minbzk/start${returnTo ? `?returnTo=${encodeURIComponent(returnTo)}` : ''}`,
    );
    expect(start.status).toBe(303);
    const callback = await idp.signIn(start.headers.get('location')!, sub);
    expect(callback.pathname).toBe('/auth/oidc/minbzk/callback');
    return browser.get(`${callback.pathname}${callback.search}`);
  }

  beforeAll(async () => {
    [idp, down] = await Promise.all([TestOidcProvider.create(), TestOidcProvider.create()]);
    stack = await startStack({
      worker: true,
      env: {
        OIDC_PROVIDERS: 'minbzk,uit',
        ...idp.env('minbzk', {
          label: 'MinBZK-account',
          allowedDomains: ['minbzk.nl', 'rijksoverheid.nl'],
        }),
        ...down.env('uit', { label: 'Rijksaccount', allowedDomains: ['rijksoverheid.nl'] }),
      },
    });
    await idp.start([`${stack.apiUrl}/auth/oidc/minbzk/callback`]);
    await insertMember(stack, { email: 'anouk@minbzk.nl', name: 'Anouk de Vries' });
    idp.setAccount({ sub: 'anouk-1', email: 'Anouk@MinBZK.nl', email_verified: true });
    idp.setAccount({ sub: 'noor-1', email: 'noor@rijksoverheid.nl', email_verified: true });
    idp.setAccount({ sub: 'onbevestigd', email: 'piet@minbzk.nl', email_verified: false });
    idp.setAccount({ sub: 'extern', email: 'kees@example.com', email_verified: true });
    idp.setAccount({ sub: 'fout-1', email: 'fout@minbzk.nl', email_verified: true });
  });
  afterAll(() => Promise.all([stack?.stop(), idp?.stop()]));

  it('does list the providers for the sign-in page', async () => {
    expect(await stack.graphql.ok(PROVIDERS)).toEqual({
      signInProviders: [
        { id: 'minbzk', label: 'MinBZK-account', startPath: '/auth/oidc/minbzk/start' },
        { id: 'uit', label: 'Rijksaccount', startPath: '/auth/oidc/uit/start' },
      ],
    });
  });

  it('does send the browser to the provider with PKCE, state and nonce', async () => {
    const start = await new Browser(stack).get('/auth/oidc/minbzk/start');
    expect(start.status).toBe(303);
    const url = new URL(start.headers.get('location')!);
    expect(`${url.origin}`).toBe(idp.issuer);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      client_id: 'leerhuis',
      response_type: 'code',
      redirect_uri: `${stack.apiUrl}/auth/oidc/minbzk/callback`,
      code_challenge_method: 'S256',
      scope: 'openid email profile',
    });
    for (const param of ['state', 'nonce', 'code_challenge']) {
      expect(url.searchParams.get(param)).toMatch(/^[A-Za-z0-9_-]{43}$/);
    }
    expect(start.headers.get('set-cookie')).toMatch(
      /leerhuis_oidc=[A-Za-z0-9_-]{43}; Max-Age=600; Path=\/auth\/oidc; Expires=.+; HttpOnly; SameSite=Lax/,
    );
  });

  it('does sign in an existing member, linked by verified email, to where they were going', async () => {
    const browser = new Browser(stack);
    const done = await signIn(browser, 'anouk-1', '/communities/water?tab=leden');
    expect(Browser.landing(done)).toBe('/communities/water?tab=leden');
    expect(done.headers.get('set-cookie')).toMatch(
      /leerhuis_session=.+; Path=\/; Expires=.+; HttpOnly; SameSite=Lax/,
    );
    const me = await stack.graphql.withBearer(browser.session!).ok<{ me: unknown }>(ME);
    expect(me.me).toMatchObject({
      email: 'anouk@minbzk.nl',
      needsProfile: false,
      member: { name: 'Anouk de Vries' },
    });
    expect(
      await stack.dataSource.query(
        `SELECT provider, subject, email FROM oidc_account WHERE subject = 'anouk-1'`,
      ),
    ).toEqual([{ provider: 'minbzk', subject: 'anouk-1', email: 'anouk@minbzk.nl' }]);

    // Later sign-ins match by subject, even after the address at the provider changed.
    idp.setAccount({ sub: 'anouk-1', email: 'a.de.vries@minbzk.nl', email_verified: true });
    const again = new Browser(stack);
    expect(Browser.landing(await signIn(again, 'anouk-1'))).toBe('/');
    const meAgain = await stack.graphql
      .withBearer(again.session!)
      .ok<{ me: { email: string } }>(ME);
    expect(meAgain.me.email).toBe('anouk@minbzk.nl');
  });

  it('does send a new person on to complete the short profile', async () => {
    const browser = new Browser(stack);
    expect(Browser.landing(await signIn(browser, 'noor-1'))).toBe('/');
    const noor = stack.graphql.withBearer(browser.session!);
    expect((await noor.ok<{ me: unknown }>(ME)).me).toEqual({
      email: 'noor@rijksoverheid.nl',
      needsProfile: true,
      member: null,
    });
    await noor.ok(COMPLETE, {
      input: { name: 'Noor Nieuwenhuis', organisationId: MINISTRY.BZK, jobRole: 'ADVISER' },
    });
    expect((await noor.ok<{ me: unknown }>(ME)).me).toMatchObject({
      needsProfile: false,
      member: { name: 'Noor Nieuwenhuis' },
    });
  });

  it('does refuse a replayed callback and an unknown state, opening no session', async () => {
    const browser = new Browser(stack);
    const start = await browser.get('/auth/oidc/minbzk/start');
    const callback = await idp.signIn(start.headers.get('location')!, 'anouk-1');
    const path = `${callback.pathname}${callback.search}`;
    expect(Browser.landing(await browser.get(path))).toBe('/');

    const before = await sessions();
    expect(Browser.landing(await browser.get(path))).toBe(
      '/inloggen?fout=OIDC_STATE_INVALID&aanbieder=minbzk',
    );
    const unknown = new URLSearchParams({ code: 'abc', state: 'x'.repeat(43) });
    expect(Browser.landing(await browser.get(`/auth/oidc/minbzk/callback?${unknown}`))).toBe(
      '/inloggen?fout=OIDC_STATE_INVALID&aanbieder=minbzk',
    );
    expect(Browser.landing(await browser.get('/auth/oidc/minbzk/callback'))).toBe(
      '/inloggen?fout=OIDC_STATE_INVALID&aanbieder=minbzk',
    );
    expect(await sessions()).toBe(before);
  });

  it('does refuse a callback in another browser than the one that started', async () => {
    const start = await new Browser(stack).get('/auth/oidc/minbzk/start');
    const callback = await idp.signIn(start.headers.get('location')!, 'anouk-1');
    const before = await sessions();
    const other = new Browser(stack);
    expect(Browser.landing(await other.get(`${callback.pathname}${callback.search}`))).toBe(
      '/inloggen?fout=OIDC_STATE_INVALID&aanbieder=minbzk',
    );
    expect(other.session).toBeUndefined();
    expect(await sessions()).toBe(before);
  });

  it.each([
    ['expired', 'an expired ID token'],
    ['wrong-audience', 'an ID token for another client'],
    ['wrong-nonce', 'an ID token with another nonce'],
    ['bad-signature', 'an ID token signed with another key'],
  ] as const)('does refuse %s (%s) without a session', async (fault, _what) => {
    const before = await sessions();
    const links = await countRows(stack, 'oidc_account');
    idp.spoilNextIdToken(fault);
    const browser = new Browser(stack);
    expect(Browser.landing(await signIn(browser, 'fout-1'))).toBe(
      '/inloggen?fout=OIDC_TOKEN_INVALID&aanbieder=minbzk',
    );
    expect(browser.session).toBeUndefined();
    expect(await sessions()).toBe(before);
    expect(await countRows(stack, 'oidc_account')).toBe(links);
  });

  it('does refuse an address the provider has not verified, and one outside the allow-list', async () => {
    const before = await sessions();
    expect(Browser.landing(await signIn(new Browser(stack), 'onbevestigd'))).toBe(
      '/inloggen?fout=OIDC_EMAIL_UNVERIFIED&aanbieder=minbzk',
    );
    expect(Browser.landing(await signIn(new Browser(stack), 'extern'))).toBe(
      '/inloggen?fout=OIDC_EMAIL_NOT_ALLOWED&aanbieder=minbzk',
    );
    expect(await sessions()).toBe(before);
    expect(
      await stack.dataSource.query(
        `SELECT subject FROM oidc_account WHERE subject IN ('onbevestigd', 'extern')`,
      ),
    ).toEqual([]);
  });

  it('does refuse an unknown provider', async () => {
    const browser = new Browser(stack);
    expect(Browser.landing(await browser.get('/auth/oidc/nergens/start'))).toBe(
      '/inloggen?fout=OIDC_PROVIDER_UNKNOWN',
    );
    expect(Browser.landing(await browser.get('/auth/oidc/nergens/callback?state=x&code=y'))).toBe(
      '/inloggen?fout=OIDC_PROVIDER_UNKNOWN',
    );
  });

  it('does say a provider is down, while the emailed link still works', async () => {
    const browser = new Browser(stack);
    expect(Browser.landing(await browser.get('/auth/oidc/uit/start'))).toBe(
      '/inloggen?fout=OIDC_PROVIDER_UNAVAILABLE&aanbieder=uit',
    );
    expect(browser.session).toBeUndefined();

    await stack.graphql.ok(
      `mutation { requestSignInLink(input: { email: "noor@rijksoverheid.nl" }) { accepted } }`,
    );
    const token = await signInTokenFromMail(stack, 'noor@rijksoverheid.nl');
    const signedIn = await stack.graphql.ok<{ signInWithLink: { viewer: { email: string } } }>(
      `mutation($token: String!) { signInWithLink(input: { token: $token }) { viewer { email } } }`,
      { token },
    );
    expect(signedIn.signInWithLink.viewer.email).toBe('noor@rijksoverheid.nl');
  });
});
