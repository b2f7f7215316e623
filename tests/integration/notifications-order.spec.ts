import { randomUUID } from 'node:crypto';

import { insertMember, sessionFor } from '../support/members';
import { startStack, TestStack } from '../support/stack';
import { NOTIFICATIONS } from './notifications-support';

describe('notifications: the list is newest first by creation time', () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack?.stop());

  it('does order by creation time, then by id, also across pages', async () => {
    const memberId = await insertMember(stack, {
      email: 'anouk@minbzk.nl',
      name: 'Anouk de Vries',
    });
    const client = await sessionFor(stack, 'anouk@minbzk.nl');
    // Inserted out of time order (as a late-relayed event would be), two at the same moment.
    const createdAt = [
      '2026-12-01T09:00:00.000001Z',
      '2026-12-03T09:00:00Z',
      '2026-12-02T09:00:00Z',
      '2026-12-03T09:00:00Z',
      '2026-11-30T09:00:00Z',
    ];
    const ids: string[] = [];
    for (const at of createdAt) {
      const rows = await stack.dataSource.query(
        `INSERT INTO notification (member_id, kind, event_id, subject_type, subject_id, channel, created_at)
         VALUES ($1, 'COFFEE_DATE', $2, 'COFFEE_DATE_ROUND', $3, 'IN_APP', $4) RETURNING id::text AS id`,
        [memberId, randomUUID(), randomUUID(), at],
      );
      ids.push(rows[0].id);
    }
    const expected = [ids[3], ids[1], ids[2], ids[0], ids[4]];

    type Page = {
      notifications: {
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        nodes: { id: string; createdAt: string }[];
      };
    };
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: Page = await client.ok<Page>(NOTIFICATIONS, { first: 2, after });
      seen.push(...page.notifications.nodes.map((n) => n.id));
      after = page.notifications.pageInfo.hasNextPage
        ? page.notifications.pageInfo.endCursor
        : null;
    } while (after);
    expect(seen).toEqual(expected);

    const bad = await client.request(NOTIFICATIONS, { first: 2, after: 'bm90IGEgY3Vyc29y' });
    expect(bad.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'after' })],
    });
  });
});
