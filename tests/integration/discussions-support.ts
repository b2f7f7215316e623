import type { GraphqlClient } from '@leerhuis/platform-testing';

import type { TestStack } from '../support/stack';

export const START = `mutation($input: StartDiscussionThreadInput!) {
  startDiscussionThread(input: $input) { id title body bodyHtml pinned locked hidden deleted replyCount author { id name } }
}`;
export const REPLY = `mutation($input: ReplyToDiscussionThreadInput!) {
  replyToDiscussionThread(input: $input) { id body bodyHtml author { id name } }
}`;
export const THREADS = `query($c: ID!, $first: Int, $after: String) {
  discussionThreads(communityId: $c, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id title pinned locked hidden deleted replyCount author { name } }
  }
}`;
export const THREAD = `query($id: ID!, $first: Int, $after: String) {
  discussionThread(id: $id) {
    id title body bodyHtml locked pinned hidden deleted replyCount viewerCanEdit viewerCanModerate
    replies(first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      nodes { id body bodyHtml hidden deleted author { name } }
    }
  }
}`;
export const MODERATE = `mutation($input: ModerateDiscussionThreadInput!) {
  moderateDiscussionThread(input: $input) { id pinned locked }
}`;
export const SET_HIDDEN = `mutation($input: SetDiscussionPostHiddenInput!) {
  setDiscussionPostHidden(input: $input) { thread { id hidden } reply { id hidden } }
}`;
export const REPORT = `mutation($input: ReportDiscussionPostInput!) {
  reportDiscussionPost(input: $input) { id status reason }
}`;
export const QUEUE = `query($c: ID!, $first: Int) {
  discussionModerationQueue(communityId: $c, first: $first) {
    totalCount
    nodes { id reason status reporter { name } thread { id title body } reply { id body } }
  }
}`;
export const RESOLVE = `mutation($input: ResolveDiscussionReportInput!) {
  resolveDiscussionReport(input: $input) { id status }
}`;

/** Starts a thread through the API; returns its id. */
export async function startThread(
  client: GraphqlClient,
  communityId: string,
  title = 'Hoe organiseren we de eerste bijeenkomst?',
  body = 'Wie heeft ervaring met een **startbijeenkomst**?',
): Promise<string> {
  const result = await client.request<{ startDiscussionThread: { id: string } }>(START, {
    input: { communityId, title, body },
  });
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!.startDiscussionThread.id;
}

export async function reply(
  client: GraphqlClient,
  threadId: string,
  body: string,
): Promise<string> {
  const result = await client.request<{ replyToDiscussionThread: { id: string } }>(REPLY, {
    input: { threadId, body },
  });
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!.replyToDiscussionThread.id;
}

/** Domain events of one type, oldest first. */
export async function events(stack: TestStack, type: string): Promise<Record<string, unknown>[]> {
  const rows: { payload: Record<string, unknown> }[] = await stack.dataSource.query(
    `SELECT payload FROM outbox_event WHERE type = $1 ORDER BY occurred_at, id`,
    [type],
  );
  return rows.map((r) => r.payload);
}
