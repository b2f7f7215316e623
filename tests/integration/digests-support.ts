import { planDigestsJob } from '@leerhuis/digests';
import { QueueProducer } from '@leerhuis/platform-queue';
import { waitFor } from '@leerhuis/platform-testing';

import type { TestStack } from '../support/stack';

export const DIGEST_SUBJECT = /^(Je overzicht van Leerhuis|Your Leerhuis overview)/;

/** Makes members due now (their digest window: one week back, or from last_digest_at). */
export async function makeDue(
  stack: TestStack,
  memberIds: string[],
  lastDigestAt: Date | null = null,
): Promise<Date> {
  const [{ due }]: { due: Date }[] = await stack.dataSource.query(
    `UPDATE notification_settings
        SET next_digest_at = date_trunc('milliseconds', now()), last_digest_at = $2
      WHERE member_id = ANY($1::uuid[]) RETURNING next_digest_at AS due`,
    [memberIds, lastDigestAt],
  );
  return due;
}

/** Puts members out of the run: their next digest is far away. */
export async function notDue(stack: TestStack, memberIds: string[]): Promise<void> {
  await stack.dataSource.query(
    `UPDATE notification_settings SET next_digest_at = now() + interval '30 days'
      WHERE member_id = ANY($1::uuid[])`,
    [memberIds],
  );
}

/** Runs the planner on real BullMQ (as the cron would) and waits until nobody is due. */
export async function runDigests(stack: TestStack, producer: QueueProducer): Promise<void> {
  await producer.enqueue(planDigestsJob, {}, { jobId: `plan-${Date.now()}` });
  await waitFor(
    async () => {
      const [{ n }]: { n: number }[] = await stack.dataSource.query(
        `SELECT count(*)::int AS n FROM notification_settings
          WHERE digest_frequency <> 'NEVER' AND (next_digest_at IS NULL OR next_digest_at <= now())`,
      );
      return n === 0;
    },
    'every due digest handled',
    30_000,
  );
}

/** The digest items (titles) of an email's text part, per section heading. */
export function digestSections(text: string, headings: string[]): Record<string, string[]> {
  const sections: Record<string, string[]> = {};
  let current: string | null = null;
  for (const line of text.split('\n')) {
    if (headings.includes(line)) {
      current = line;
      sections[current] = [];
    } else if (line === '--') {
      current = null;
    } else if (current && line.startsWith('- ')) {
      sections[current].push(line.slice(2));
    }
  }
  return sections;
}
