import { waitFor } from '@leerhuis/platform-testing';

import { insertMember, sessionFor } from '../support/members';
import { startStack, TestStack } from '../support/stack';

const STATUS = `{ emailDeliveryStatus { address suppressed since reason } }`;
const REQUEST = `mutation { requestEmailConfirmation { accepted expiresInHours } }`;
const CONFIRM = `mutation($token: String!) { confirmEmailAddress(input: { token: $token }) { confirmed address } }`;

/** After a bounce: the member sees why, asks for a confirmation link, and the link lifts it. */
describe('mail confirmation: a suppressed member confirms the address again', () => {
  let stack: TestStack;
  let limited: TestStack;

  const suppress = (target: TestStack, address: string) =>
    target.dataSource.query(
      `INSERT INTO email_suppression (address, reason, smtp_code, smtp_response)
       VALUES ($1, 'PERMANENT_FAILURE', 550, '550 No such user here')`,
      [address],
    );
  /** Sanne's address is suppressed, as the first test leaves it (once: it is lifted later). */
  const sanneSuppressed = async () => {
    const rows: unknown[] = await stack.dataSource.query(
      `SELECT 1 FROM email_suppression WHERE address = 'sanne@minbzk.nl'`,
    );
    if (rows.length === 0) await suppress(stack, 'sanne@minbzk.nl');
  };
  const tokenFrom = (text: string) => {
    const match = /e-mail-bevestigen\?token=([^\s]+)/.exec(text);
    if (!match) throw new Error(`no confirmation link in: ${text}`);
    return decodeURIComponent(match[1]);
  };

  beforeAll(async () => {
    [stack, limited] = await Promise.all([
      startStack({ worker: true }),
      startStack({ env: { SIGN_IN_LIMIT_PER_EMAIL: '2' } }),
    ]);
    await insertMember(stack, { email: 'sanne@minbzk.nl', name: 'Sanne Smit' });
    await insertMember(stack, { email: 'tom@minfin.nl', name: 'Tom de Wit' });
    await insertMember(limited, { email: 'vera@minbzk.nl', name: 'Vera Veen' });
  });
  afterAll(() => Promise.all([stack?.stop(), limited?.stop()]));

  it('does tell the member why mail is held back, and nothing when it is not', async () => {
    const sanne = await sessionFor(stack, 'sanne@minbzk.nl');
    expect(await sanne.ok(STATUS)).toEqual({
      emailDeliveryStatus: {
        address: 'sanne@minbzk.nl',
        suppressed: false,
        since: null,
        reason: null,
      },
    });
    const refused = await sanne.request(REQUEST);
    expect(refused.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'NOT_SUPPRESSED',
    });
    expect((await stack.graphql.request(STATUS)).errors?.[0].extensions?.code).toBe(
      'UNAUTHENTICATED',
    );

    await suppress(stack, 'sanne@minbzk.nl');
    const { emailDeliveryStatus } = await sanne.ok<{
      emailDeliveryStatus: { suppressed: boolean; since: string; reason: string };
    }>(STATUS);
    expect(emailDeliveryStatus.suppressed).toBe(true);
    expect(emailDeliveryStatus.since).toBeTruthy();
    expect(emailDeliveryStatus.reason).toContain(
      'Je mailserver weigerde onze e-mail definitief (550)',
    );
  });

  it('does mail a confirmation link to the suppressed address, which lifts the suppression', async () => {
    await sanneSuppressed();
    const sanne = await sessionFor(stack, 'sanne@minbzk.nl');
    expect(await sanne.ok(REQUEST)).toEqual({
      requestEmailConfirmation: { accepted: true, expiresInHours: 24 },
    });
    const mail = await stack.mail.waitFor(
      (m) =>
        m.to.includes('sanne@minbzk.nl') && m.subject === 'Bevestig je e-mailadres voor Leerhuis',
    );
    const token = tokenFrom(mail.text);
    // The token carries no secret in the outbox: the worker signs it.
    const outbox: { payload: object }[] = await stack.dataSource.query(
      `SELECT payload FROM outbox_event WHERE type = 'email-delivery.confirmation-requested'`,
    );
    expect(JSON.stringify(outbox)).not.toContain(token.split('.')[2]);

    // Anyone holding the link may use it (no session needed); tampering is refused.
    const [address, expiry, mac] = token.split('.');
    const tampered = await stack.graphql.request(CONFIRM, {
      token: `${Buffer.from('tom@minfin.nl').toString('base64url')}.${expiry}.${mac}`,
    });
    expect(tampered.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'CONFIRMATION_LINK_INVALID',
    });
    expect(address).toBeTruthy();

    expect(await stack.graphql.ok(CONFIRM, { token })).toEqual({
      confirmEmailAddress: { confirmed: true, address: 'sanne@minbzk.nl' },
    });
    expect(await sanne.ok(STATUS)).toMatchObject({ emailDeliveryStatus: { suppressed: false } });
    const [row] = await stack.dataSource.query(
      `SELECT lifted_by, lifted_at FROM email_suppression WHERE address = 'sanne@minbzk.nl'`,
    );
    expect(row.lifted_by).toBe('MEMBER_CONFIRMED');
    expect(row.lifted_at).not.toBeNull();
    // Using it again is harmless.
    expect(await stack.graphql.ok(CONFIRM, { token })).toMatchObject({
      confirmEmailAddress: { confirmed: true },
    });
  });

  it('does send the confirmation link despite the suppression, and rate-limits requests', async () => {
    await suppress(stack, 'tom@minfin.nl');
    const tom = await sessionFor(stack, 'tom@minfin.nl');
    await tom.ok(REQUEST);
    await waitFor(
      async () => stack.mail.messagesTo('tom@minfin.nl').length === 1 || undefined,
      'the confirmation mail arrives despite the suppression',
    );

    await suppress(limited, 'vera@minbzk.nl');
    const vera = await sessionFor(limited, 'vera@minbzk.nl');
    await vera.ok(REQUEST);
    await vera.ok(REQUEST);
    const third = await vera.request(REQUEST);
    expect(third.errors?.[0].extensions).toMatchObject({
      code: 'RATE_LIMITED',
      reason: 'TOO_MANY_CONFIRMATION_REQUESTS',
    });
  });
});
