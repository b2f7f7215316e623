import { insertMember, sessionTokenFor } from '../support/members';
import { startStack, TestStack } from '../support/stack';

describe('Bull Board', () => {
  let stack: TestStack;
  let memberToken: string;
  let adminToken: string;

  const board = (headers: Record<string, string> = {}) =>
    fetch(`${stack.apiUrl}/admin/queues`, { headers, redirect: 'manual' });

  beforeAll(async () => {
    stack = await startStack();
    await insertMember(stack, { email: 'lid@minbzk.nl', name: 'Lid Lid' });
    await insertMember(stack, { email: 'beheer@minbzk.nl', name: 'Beheer Der', admin: true });
    memberToken = await sessionTokenFor(stack, 'lid@minbzk.nl');
    adminToken = await sessionTokenFor(stack, 'beheer@minbzk.nl');
  });
  afterAll(() => stack.stop());

  it('does refuse anonymous visitors with 401', async () => {
    const response = await board();
    expect(response.status).toBe(401);
    expect(await response.text()).toContain('Sign in as a platform admin');
  });

  it('does refuse an unknown or garbage session with 401', async () => {
    expect((await board({ authorization: 'Bearer nonsense' })).status).toBe(401);
    expect((await board({ cookie: `leerhuis_session=${'a'.repeat(43)}` })).status).toBe(401);
  });

  it('does refuse a member with 403, by bearer token or cookie', async () => {
    const byBearer = await board({ authorization: `Bearer ${memberToken}` });
    expect(byBearer.status).toBe(403);
    expect(await byBearer.text()).toContain('Only platform admins');
    expect((await board({ cookie: `leerhuis_session=${memberToken}` })).status).toBe(403);
  });

  it('does show the queues to an admin', async () => {
    const byCookie = await board({ cookie: `leerhuis_session=${adminToken}` });
    expect(byCookie.status).toBe(200);
    expect(byCookie.headers.get('content-type')).toContain('text/html');
    await byCookie.text();

    const api = await fetch(`${stack.apiUrl}/admin/queues/api/queues`, {
      headers: { authorization: `Bearer ${adminToken}` },
    });
    expect(api.status).toBe(200);
    expect(((await api.json()) as { queues: unknown[] }).queues.length).toBeGreaterThan(0);
  });

  it('does guard the board API too', async () => {
    expect((await fetch(`${stack.apiUrl}/admin/queues/api/queues`)).status).toBe(401);
    const asMember = await fetch(`${stack.apiUrl}/admin/queues/api/queues`, {
      headers: { cookie: `leerhuis_session=${memberToken}` },
    });
    expect(asMember.status).toBe(403);
  });
});
