import { QueueName, QueueProducer } from '@leerhuis/platform-queue';
import { GraphqlClient, waitFor } from '@leerhuis/platform-testing';

import type { TestStack } from '../support/stack';

export const OPEN_ROUND = `mutation { openCoffeeDateRound { id state period signupDeadline } }`;
export const MATCH_ROUND = `mutation($id: ID!) { matchCoffeeDateRound(input: { roundId: $id }) { id state } }`;
export const CLOSE_ROUND = `mutation($id: ID!) { closeCoffeeDateRound(input: { roundId: $id }) { id state
  stats { participants matched pairs trios unmatched crossMinistryRate reportedMeetings averageRating } } }`;
export const OPT_IN = `mutation($everyMonth: Boolean!, $roundId: ID) {
  optInToCoffeeDates(input: { everyMonth: $everyMonth, roundId: $roundId }) {
    everyMonth nextRound paused pausedUntil joinedOpenRound openRound { id state } } }`;
export const PAUSE = `mutation($months: Int!) { pauseCoffeeDates(input: { months: $months }) {
  paused pausedUntil everyMonth joinedOpenRound } }`;
export const RESUME = `mutation { resumeCoffeeDates { paused pausedUntil everyMonth joinedOpenRound } }`;
export const MY_STATUS = `{ myCoffeeDate { everyMonth nextRound paused pausedUntil unsubscribed joinedOpenRound openRound { id } } }`;
export const BLOCK = `mutation($id: ID!) { blockCoffeeDateMember(input: { memberId: $id }) { id name } }`;
export const MY_BLOCKS = `{ myCoffeeDateBlocks { id name } }`;
export const MY_MATCHES = `{ myCoffeeDateMatches { id kind response met rating nextStep dissolved partners { id name } } }`;
export const FEEDBACK = `mutation($matchId: ID!, $met: Boolean!, $rating: Int, $nextStep: CoffeeDateNextStep) {
  recordCoffeeDateFeedback(input: { matchId: $matchId, met: $met, rating: $rating, nextStep: $nextStep }) }`;
export const PREVIEW = `query($id: ID!) { coffeeDateRoundPreview(input: { roundId: $id }) {
  participants objective violations stored groups { kind score reasons members { id name } }
  unmatched { reason message member { id } } } }`;

/** Waits until every outbox event is dispatched and the koffiedate and mail queues are empty. */
export async function settle(stack: TestStack): Promise<void> {
  const producer = stack.worker!.get(QueueProducer);
  await waitFor(
    async () => {
      const [pending] = await stack.dataSource.query(
        `SELECT count(*)::int AS n FROM outbox_event WHERE dispatched_at IS NULL`,
      );
      if (pending.n > 0) return false;
      for (const name of [QueueName.CoffeeDates, QueueName.Mail]) {
        const queue = producer.queue(name);
        const counts = await queue.getJobCounts('waiting', 'active', 'prioritized');
        if (Object.values(counts).some((n) => n > 0)) return false;
        // The job schedulers always keep their next run delayed; a retry waiting is not done.
        const delayed = await queue.getJobs(['delayed']);
        if (delayed.some((job) => !job.id?.startsWith('repeat:'))) return false;
      }
      return true;
    },
    'the outbox and the koffiedate and mail queues to drain',
    30_000,
  );
}

/** The link with this label from a plain-text email ("label: url"). */
export function linkFrom(text: string, label: string): string {
  const line = text.split('\n').find((l) => l.startsWith(`${label}: `));
  if (!line) throw new Error(`no "${label}" link in:\n${text}`);
  return line.slice(label.length + 2).trim();
}

export function tokenOf(url: string): string {
  return new URL(url).searchParams.get('token')!;
}

/** Follows a link as a person would: GET shows the page, POST with the form confirms. */
export async function confirmLink(
  url: string,
  form: Record<string, string> = {},
): Promise<{ status: number; page: string; code: string | null; confirmPage: string }> {
  const confirmPage = await (await fetch(url)).text();
  const target = new URL(url);
  const response = await fetch(`${target.origin}${target.pathname}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ token: tokenOf(url), ...form }).toString(),
  });
  return {
    status: response.status,
    page: await response.text(),
    code: response.headers.get('x-error-code'),
    confirmPage,
  };
}

export interface StoredGroupRow {
  matchId: string;
  kind: string;
  slot: Date;
  memberIds: string[];
}

export async function storedGroups(stack: TestStack, roundId: string): Promise<StoredGroupRow[]> {
  return stack.dataSource.query(
    `SELECT m.id AS "matchId", m.kind, m.slot_starts_at AS slot,
            array_agg(mm.member_id ORDER BY mm.member_id)::text[] AS "memberIds"
       FROM coffee_date_match m JOIN coffee_date_match_member mm ON mm.match_id = m.id AND mm.active
      WHERE m.round_id = $1 AND m.dissolved_at IS NULL
      GROUP BY m.id ORDER BY m.id`,
    [roundId],
  );
}

export async function optInAll(clients: GraphqlClient[], everyMonth = false): Promise<void> {
  for (const client of clients) await client.ok(OPT_IN, { everyMonth });
}
