import type { GraphqlClient } from '@leerhuis/platform-testing';

import { insertMember, sessionFor } from '../support/members';
import { startStack, TestStack } from '../support/stack';
import { insertCommunity } from './communities-support';

const JOIN = `mutation($id: ID!) { joinCommunity(input: { communityId: $id }) { status } }`;
const REQUEST = `mutation($id: ID!) { requestToJoinCommunity(input: { communityId: $id }) { status } }`;
const DECIDE = `mutation($input: DecideJoinRequestInput!) { decideJoinRequest(input: $input) { approved } }`;
const LEAVE = `mutation($id: ID!) { leaveCommunity(input: { communityId: $id }) }`;
const REMOVE = `mutation($input: CommunityMemberInput!) { removeCommunityMember(input: $input) }`;
const VIEW = `query($id: ID!) { community(id: $id) { memberCount } }`;

// The member count is stored on the CoP and kept by a trigger (migration 1763800000011): this
// walks every membership change and compares it with a count of the memberships themselves.
describe('communities: the stored member count', () => {
  let stack: TestStack;
  let coordinator: GraphqlClient;
  const clients: GraphqlClient[] = [];
  const ids: string[] = [];
  let open: string;
  let onRequest: string;

  const shown = async (id: string) =>
    (await coordinator.ok<{ community: { memberCount: number } }>(VIEW, { id })).community
      .memberCount;
  const counted = async (id: string) =>
    (
      await stack.dataSource.query(
        `SELECT count(*)::int AS n FROM community_membership
          WHERE community_id = $1 AND status = 'ACTIVE'`,
        [id],
      )
    )[0].n as number;

  beforeAll(async () => {
    stack = await startStack();
    const coordinatorId = await insertMember(stack, {
      email: 'trekker@minbzk.nl',
      name: 'Tessa Trekker',
    });
    coordinator = await sessionFor(stack, 'trekker@minbzk.nl');
    for (const n of [1, 2, 3]) {
      ids.push(await insertMember(stack, { email: `lid${n}@minfin.nl`, name: `Lid ${n}` }));
      clients.push(await sessionFor(stack, `lid${n}@minfin.nl`));
    }
    const members = [{ memberId: coordinatorId, role: 'COORDINATOR' }];
    open = await insertCommunity(stack, {
      name: 'Open',
      slug: 'open',
      joinPolicy: 'OPEN',
      members,
    });
    onRequest = await insertCommunity(stack, {
      name: 'Aanvraag',
      slug: 'aanvraag',
      joinPolicy: 'ON_REQUEST',
      members,
    });
  }, 60_000);

  afterAll(() => stack?.stop());

  /** Lid 3 asked to join the CoP on request and was admitted, as the first test does. */
  const lid3Admitted = async () => {
    const [row]: { status: string }[] = await stack.dataSource.query(
      `SELECT status FROM community_membership WHERE community_id = $1 AND member_id = $2`,
      [onRequest, ids[2]],
    );
    if (row?.status === 'ACTIVE') return;
    await clients[2].ok(REQUEST, { id: onRequest });
    await coordinator.ok(DECIDE, {
      input: { communityId: onRequest, memberId: ids[2], approve: true },
    });
  };

  it('does follow joins, requests, approvals, leaving and removal', async () => {
    const steps: [string, () => Promise<unknown>, string, number][] = [
      ['join', () => clients[0].ok(JOIN, { id: open }), open, 2],
      ['second join', () => clients[1].ok(JOIN, { id: open }), open, 3],
      ['request (pending)', () => clients[2].ok(REQUEST, { id: onRequest }), onRequest, 1],
      [
        'approve',
        () =>
          coordinator.ok(DECIDE, {
            input: { communityId: onRequest, memberId: ids[2], approve: true },
          }),
        onRequest,
        2,
      ],
      ['leave', () => clients[0].ok(LEAVE, { id: open }), open, 2],
      [
        'remove',
        () => coordinator.ok(REMOVE, { input: { communityId: open, memberId: ids[1] } }),
        open,
        1,
      ],
    ];
    for (const [step, act, community, expected] of steps) {
      await act();
      expect({ step, shown: await shown(community), counted: await counted(community) }).toEqual({
        step,
        shown: expected,
        counted: expected,
      });
    }
  });

  it('does not count a declined request', async () => {
    await lid3Admitted();
    await clients[0].ok(REQUEST, { id: onRequest });
    await coordinator.ok(DECIDE, {
      input: { communityId: onRequest, memberId: ids[0], approve: false },
    });
    expect(await shown(onRequest)).toBe(await counted(onRequest));
    expect(await shown(onRequest)).toBe(2);
  });
});
