import { insertMember, signInTokenFromMail } from '../support/members';
import { startStack, TestStack } from '../support/stack';

const REQUEST = `mutation($email: String!) { requestSignInLink(input: { email: $email }) { accepted expiresInMinutes } }`;
const REDEEM = `mutation($token: String!) { signInWithLink(input: { token: $token }) { sessionToken viewer { email needsProfile member { name } } } }`;
const ME = `{ me { email needsProfile member { id name } } }`;

describe('sign-in by email', () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startStack({ worker: true });
    await insertMember(stack, { email: 'anouk@minbzk.nl', name: 'Anouk de Vries' });
  });
  afterAll(() => stack.stop());

  it('emails a single-use link that opens a session for me', async () => {
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
    const outbox: { payload: { token: string } }[] = await stack.dataSource.query(
      `SELECT payload FROM outbox_event`,
    );
    expect(outbox.every((e) => e.payload.token === '[redacted]')).toBe(true);

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
});
