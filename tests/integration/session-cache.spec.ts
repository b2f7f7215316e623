import type { GraphqlClient } from '@leerhuis/platform-testing';

import { insertMember, sessionFor } from '../support/members';
import { startStack, TestStack } from '../support/stack';

const ADMINS = `{ platformAdmins { id } }`;
const ME = `{ me { email } }`;
const SET_ROLE = `mutation($input: SetPlatformRoleInput!) { setPlatformRole(input: $input) { id platformRole } }`;

/**
 * The API remembers what a session resolves to (issue 18). A TTL far longer than the test
 * shows that sign-out and role changes take effect on the very next request because the
 * entry is forgotten, not because it expired.
 */
describe('session cache: remembered for seconds, forgotten on every change', () => {
  let stack: TestStack;
  let admin: GraphqlClient;
  let member: GraphqlClient;
  let memberId: string;

  beforeAll(async () => {
    stack = await startStack({ env: { SESSION_CACHE_SECONDS: '60' } });
    await insertMember(stack, { email: 'beheer@minbzk.nl', name: 'Bea Beheer', admin: true });
    memberId = await insertMember(stack, { email: 'anouk@minbzk.nl', name: 'Anouk de Vries' });
    admin = await sessionFor(stack, 'beheer@minbzk.nl');
    member = await sessionFor(stack, 'anouk@minbzk.nl');
  });
  afterAll(() => stack?.stop());

  it('does answer a known session without asking the database', async () => {
    await member.ok(`{ __typename }`);
    const { queries } = await stack.countQueries(() => member.ok(`{ __typename }`));
    expect(queries).toBe(0);
  });

  it('does apply a role grant and a revocation on the very next request', async () => {
    expect((await member.request(ADMINS)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    await admin.ok(SET_ROLE, { input: { memberId, role: 'ADMIN' } });
    expect((await member.request(ADMINS)).errors).toBeUndefined();
    await admin.ok(SET_ROLE, { input: { memberId, role: 'MEMBER' } });
    expect((await member.request(ADMINS)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('does end the session on the very next request after sign-out', async () => {
    const leaving = await sessionFor(stack, 'anouk@minbzk.nl');
    expect((await leaving.ok<{ me: { email: string } }>(ME)).me.email).toBe('anouk@minbzk.nl');
    await leaving.ok(`mutation { signOut }`);
    expect((await leaving.request(ME)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    // Another session of the same member is not signed out with it.
    expect((await member.ok<{ me: { email: string } }>(ME)).me.email).toBe('anouk@minbzk.nl');
  });

  it('does serve a change made outside this process only after the TTL (the bound)', async () => {
    await member.request(ADMINS);
    await stack.dataSource.query(`UPDATE member SET platform_role = 'ADMIN' WHERE id = $1`, [
      memberId,
    ]);
    // Still the remembered role: another process (or SQL) cannot reach this process's cache.
    expect((await member.request(ADMINS)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    await stack.dataSource.query(`UPDATE member SET platform_role = 'MEMBER' WHERE id = $1`, [
      memberId,
    ]);
  });
});
