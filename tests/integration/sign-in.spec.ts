import { waitFor } from '@leerhuis/platform-testing';

import { countRows, insertMember, signInTokenFromMail } from '../support/members';
import { startStack, TestStack } from '../support/stack';

const REQUEST = `mutation($email: String!) { requestSignInLink(input: { email: $email }) { accepted expiresInMinutes } }`;
const REDEEM = `mutation($token: String!) { signInWithLink(input: { token: $token }) { sessionToken viewer { email needsProfile member { name } } } }`;
const ME = `{ me { email needsProfile member { id name } } }`;

describe('sign-in by email', () => {
  let stack: TestStack;
  /** No worker, low limits, and X-Forwarded-For trusted so each test can be its own IP. */
  let limited: TestStack;

  /** Requests a link and returns the token from the email it caused. */
  async function requestToken(email: string): Promise<string> {
    const before = stack.mail.messagesTo(email).length;
    await stack.graphql.ok(REQUEST, { email });
    return signInTokenFromMail(stack, email, before);
  }
  const requestFrom = (ip: string, email: string) =>
    limited.graphql.request(REQUEST, { email }, { 'x-forwarded-for': ip });
  const pageUrl = (path: string) => `${stack.apiUrl}${path}`;
  const postSignIn = (token: string) =>
    fetch(pageUrl('/auth/sign-in'), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token }).toString(),
      redirect: 'manual',
    });

  beforeAll(async () => {
    [stack, limited] = await Promise.all([
      startStack({ worker: true }),
      startStack({
        env: { SIGN_IN_LIMIT_PER_EMAIL: '2', SIGN_IN_LIMIT_PER_IP: '3', TRUST_PROXY_HOPS: '1' },
      }),
    ]);
    await insertMember(stack, { email: 'anouk@minbzk.nl', name: 'Anouk de Vries' });
  });
  afterAll(() => Promise.all([stack?.stop(), limited?.stop()]));

  it('does email a single-use link that opens a session for me', async () => {
    const requested = await stack.graphql.ok(REQUEST, { email: 'Anouk@MinBZK.nl' });
    expect(requested).toEqual({ requestSignInLink: { accepted: true, expiresInMinutes: 15 } });

    const token = await signInTokenFromMail(stack, 'anouk@minbzk.nl');
    const mail = stack.mail.messagesTo('anouk@minbzk.nl').at(-1)!;
    expect(mail.subject).toBe('Je inloglink voor Leerhuis');
    expect(mail.html).toContain(`${stack.apiUrl}/auth/sign-in?token=${token}`);

    const stored: { token_hash: string }[] = await stack.dataSource.query(
      `SELECT token_hash FROM sign_in_link`,
    );
    expect(JSON.stringify(stored)).not.toContain(token);
    // The outbox keeps the token until the email job has completed (so a job Redis lost can
    // be queued again), and then redacts it.
    await waitFor(async () => {
      const outbox: { payload: { token: string } }[] = await stack.dataSource.query(
        `SELECT payload FROM outbox_event`,
      );
      return outbox.every((e) => e.payload.token === '[redacted]');
    }, 'the token redacted from the outbox');

    const signedIn = await stack.graphql.request<{ signInWithLink: { sessionToken: string } }>(
      REDEEM,
      { token },
    );
    expect(signedIn.errors).toBeUndefined();
    expect(signedIn.headers.get('set-cookie')).toMatch(
      /leerhuis_session=.+; Path=\/; Expires=.+; HttpOnly; SameSite=Lax/,
    );
    const session = signedIn.data!.signInWithLink.sessionToken;

    const me = await stack.graphql
      .withBearer(session)
      .ok<{ me: { email: string; member: { name: string } } }>(ME);
    expect(me.me).toMatchObject({
      email: 'anouk@minbzk.nl',
      needsProfile: false,
      member: { name: 'Anouk de Vries' },
    });

    const cookie = /leerhuis_session=[^;]+/.exec(signedIn.headers.get('set-cookie')!)![0];
    expect(
      (await stack.graphql.withCookie(cookie).ok<{ me: { email: string } }>(ME)).me.email,
    ).toBe('anouk@minbzk.nl');

    const again = await stack.graphql.request(REDEEM, { token });
    expect(again.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'SIGN_IN_LINK_USED',
    });

    await stack.graphql.withBearer(session).ok(`mutation { signOut }`);
    const after = await stack.graphql.withBearer(session).request(ME);
    expect(after.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('does refuse a malformed address without storing or sending anything', async () => {
    const [links, events, mails] = await Promise.all([
      countRows(stack, 'sign_in_link'),
      countRows(stack, 'outbox_event'),
      stack.mail.messages.length,
    ]);
    for (const email of ['not-an-email', 'anouk@', '']) {
      const response = await stack.graphql.request(REQUEST, { email });
      expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0].extensions?.fields?.[0].field).toBe('email');
    }
    // Let the worker finish: there must be nothing for it to send.
    await stack.settle();
    expect(await countRows(stack, 'sign_in_link')).toBe(links);
    expect(await countRows(stack, 'outbox_event')).toBe(events);
    expect(stack.mail.messages).toHaveLength(mails);
  });

  it('does refuse a tampered or garbage token without opening a session', async () => {
    const token = await requestToken('anouk@minbzk.nl');
    const tampered = token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A');
    const sessions = await countRows(stack, 'session');
    for (const wrong of [tampered, 'garbage', '', 'x'.repeat(200)]) {
      const response = await stack.graphql.request(REDEEM, { token: wrong });
      expect(response.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'SIGN_IN_LINK_INVALID',
      });
      expect(response.headers.get('set-cookie')).toBeNull();
    }
    expect(await countRows(stack, 'session')).toBe(sessions);

    // The real link is untouched by the attempts.
    await stack.graphql.ok(REDEEM, { token });
  });

  it('does refuse an expired link', async () => {
    const token = await requestToken('laat@minbzk.nl');
    await stack.dataSource.query(
      `UPDATE sign_in_link SET expires_at = now() - interval '1 minute' WHERE email = $1`,
      ['laat@minbzk.nl'],
    );
    const posted = await postSignIn(token);
    expect(posted.headers.get('location')).toBe('/inloggen?link=verlopen');
    const response = await stack.graphql.request(REDEEM, { token });
    expect(response.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'SIGN_IN_LINK_EXPIRED',
      fields: [expect.objectContaining({ field: 'token' })],
    });
    expect(await countRows(stack, 'session', `email = 'laat@minbzk.nl'`)).toBe(0);
  });

  it('does limit the links one address may request, and stores nothing for a refused one', async () => {
    const email = 'druk@minbzk.nl';
    for (const ip of ['10.0.1.1', '10.0.1.2']) {
      expect((await requestFrom(ip, email)).errors).toBeUndefined();
    }
    const refused = await requestFrom('10.0.1.3', 'Druk@MinBZK.nl');
    expect(refused.data).toBeNull();
    expect(refused.errors?.[0].extensions).toMatchObject({
      code: 'RATE_LIMITED',
      reason: 'TOO_MANY_SIGN_IN_REQUESTS',
    });
    expect(refused.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(0);
    expect(await countRows(limited, 'sign_in_link', `email = $1`, [email])).toBe(2);
    expect(await countRows(limited, 'outbox_event', `payload->>'email' = $1`, [email])).toBe(2);
  });

  it('does limit the links one IP address may request', async () => {
    for (const email of ['een@minezk.nl', 'twee@minezk.nl', 'drie@minezk.nl']) {
      expect((await requestFrom('10.0.2.1', email)).errors).toBeUndefined();
    }
    const refused = await requestFrom('10.0.2.1', 'vier@minezk.nl');
    expect(refused.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    expect(refused.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(0);
    expect(await countRows(limited, 'sign_in_link', `email = 'vier@minezk.nl'`)).toBe(0);

    // Another IP address still may.
    expect((await requestFrom('10.0.2.2', 'vier@minezk.nl')).errors).toBeUndefined();
  });

  it('does show a form for the emailed link without using the token', async () => {
    const token = await requestToken('anouk@minbzk.nl');
    const page = await fetch(pageUrl(`/auth/sign-in?token=${token}`));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.headers.get('cache-control')).toBe('no-store');
    const html = await page.text();
    expect(html).toContain('<form method="post" action="/auth/sign-in" data-auto-submit>');
    expect(html).toContain(`name="token" value="${token}"`);
    expect(
      await countRows(
        stack,
        'sign_in_link',
        `used_at IS NULL AND token_hash = encode(sha256($1::bytea), 'hex')`,
        [token],
      ),
    ).toBe(1);

    const escaped = await (await fetch(pageUrl('/auth/sign-in?token="><script>x</script>'))).text();
    expect(escaped).not.toContain('<script>x</script>');
  });

  it('does sign a browser in with a cookie when the form is posted, once', async () => {
    const token = await requestToken('anouk@minbzk.nl');
    const posted = await postSignIn(token);
    expect(posted.status).toBe(303);
    expect(posted.headers.get('location')).toBe('/');
    const setCookie = posted.headers.get('set-cookie')!;
    expect(setCookie).toMatch(/^leerhuis_session=[A-Za-z0-9_-]{43};/);
    expect(setCookie).toMatch(/; HttpOnly/);
    expect(setCookie).toMatch(/; SameSite=Lax/);

    const cookie = /leerhuis_session=[^;]+/.exec(setCookie)![0];
    const signedIn = await fetch(pageUrl('/auth/signed-in'), { headers: { cookie } });
    expect(signedIn.status).toBe(200);
    expect(await signedIn.text()).toContain('Ingelogd als <strong>anouk@minbzk.nl</strong>');

    // A link that does not work (again) leads to the web app's sign-in page, which says why.
    const reused = await postSignIn(token);
    expect(reused.status).toBe(303);
    expect(reused.headers.get('location')).toBe('/inloggen?link=gebruikt');
    expect(reused.headers.get('set-cookie')).toBeNull();
    const invalid = await postSignIn('garbage');
    expect(invalid.status).toBe(303);
    expect(invalid.headers.get('location')).toBe('/inloggen?link=ongeldig');
  });

  it('does email an unknown address too; its session needs a profile', async () => {
    const token = await requestToken('nieuw@minezk.nl');
    const signedIn = await stack.graphql.ok<{ signInWithLink: { sessionToken: string } }>(REDEEM, {
      token,
    });
    const me = await stack.graphql.withBearer(signedIn.signInWithLink.sessionToken).ok(ME);
    expect(me).toEqual({ me: { email: 'nieuw@minezk.nl', needsProfile: true, member: null } });
  });

  it('does answer the same for known and unknown addresses', async () => {
    const answer = async (email: string) => {
      const response = await stack.graphql.request(REQUEST, { email });
      return { status: response.status, data: response.data, errors: response.errors };
    };
    const known = await answer('anouk@minbzk.nl');
    const unknown = await answer('onbekend@minbzk.nl');
    expect(unknown).toEqual(known);
    expect(known.data).toEqual({ requestSignInLink: { accepted: true, expiresInMinutes: 15 } });
  });
});
