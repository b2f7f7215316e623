// The GraphQL operations the web app sends when it opens a page, as the browser sends them.
// With RECORD_PAGE_OPERATIONS=1 it (re)writes tests/bench/fixtures/page-operations.json, which
// tests/bench/page-loads.bench.ts replays:
//   RECORD_PAGE_OPERATIONS=1 ./leerhuis test --only browser -- tests/browser/page-operations.spec.ts
// The API runs only listed operations here (GRAPHQL_PERSISTED_ONLY, as in production): every
// page must load on hashes alone.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

import { insertCommunity } from '../integration/communities-support';
import { insertMember } from '../support/members';
import { operationNameOf, PERSISTED_OPERATIONS } from '../support/persisted-operations';
import { REPO, useBrowserStack } from './browser';

const FIXTURE = join(REPO, 'tests/bench/fixtures/page-operations.json');

/** Operation names by hash, from the manifest's documents. */
const OPERATION_NAMES = new Map(
  Object.entries(PERSISTED_OPERATIONS).map(([hash, document]) => [hash, operationNameOf(document)]),
);

export interface RecordedOperation {
  operationName: string;
  /** As sent, with the seeded ids and slugs replaced by `$communityId`, `$threadId`, … */
  variables: Record<string, unknown>;
}

/** Every GraphQL request `open` makes the page send, until the network is idle. */
async function record(page: Page, open: () => Promise<unknown>): Promise<RecordedOperation[]> {
  const sent: { hash: string; variables: Record<string, unknown> }[] = [];
  const failures: string[] = [];
  page.on('request', (request) => {
    if (!request.url().endsWith('/graphql') || request.method() !== 'POST') return;
    const body = request.postDataJSON() as {
      variables?: Record<string, unknown>;
      extensions?: { persistedQuery?: { sha256Hash?: string } };
    };
    sent.push({
      hash: body.extensions?.persistedQuery?.sha256Hash ?? 'document sent as text',
      variables: body.variables ?? {},
    });
  });
  page.on('response', async (response) => {
    if (!response.url().endsWith('/graphql')) return;
    const body = (await response.json().catch(() => ({}))) as { errors?: unknown[] };
    if (response.status() !== 200 || body.errors)
      failures.push(`${response.status()} ${JSON.stringify(body.errors)}`);
  });
  page.on('pageerror', (error) => failures.push(String(error)));
  await open();
  // The page's heading is there once its data is (loaded.tsx shows a placeholder until then).
  await page.locator('main h1').first().waitFor();
  await page.waitForLoadState('networkidle');
  expect(failures).toEqual([]);
  return sent.map(({ hash, variables }) => {
    const operationName = OPERATION_NAMES.get(hash);
    if (!operationName) throw new Error(`not sent by a listed hash: ${hash}`);
    return { operationName, variables };
  });
}

describe('the operations each page sends', () => {
  const ui = useBrowserStack({ GRAPHQL_PERSISTED_ONLY: 'true' });

  it('does load home, a CoP, discover and a thread on listed operations only', async () => {
    const memberId = await insertMember(ui.stack, { email: 'meet@minbzk.nl', name: 'Meet Lid' });
    const communityId = await insertCommunity(ui.stack, {
      name: 'Ketensamenwerking',
      slug: 'ketensamenwerking',
      joinPolicy: 'OPEN',
      members: [{ memberId, role: 'COORDINATOR' }],
    });
    const [{ id: threadId }] = (await ui.stack.dataSource.query(
      `INSERT INTO discussion_thread (community_id, author_id, title, body)
       VALUES ($1, $2, 'Hoe beginnen we?', 'Wie heeft ervaring?') RETURNING id`,
      [communityId, memberId],
    )) as { id: string }[];
    const placeholders = new Map<unknown, string>([
      [memberId, '$memberId'],
      [communityId, '$communityId'],
      ['ketensamenwerking', '$communitySlug'],
      [threadId, '$threadId'],
    ]);
    const generalise = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(generalise)
        : value && typeof value === 'object'
          ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, generalise(v)]))
          : (placeholders.get(value) ?? value);

    const pages: Record<string, { path: string; operations: RecordedOperation[] }> = {};
    const paths = {
      home: '/',
      cop: '/communities/ketensamenwerking',
      discover: '/communities',
      thread: `/communities/ketensamenwerking/discussions/${threadId}`,
    };
    for (const [name, path] of Object.entries(paths)) {
      // A fresh tab each time: what opening the page costs, session lookup included.
      const page = await ui.signedInAs('meet@minbzk.nl');
      const operations = await record(page, () => page.goto(path));
      expect(operations.length).toBeGreaterThan(0);
      pages[name] = {
        path: path.replace(threadId, '$threadId').replace('ketensamenwerking', '$communitySlug'),
        operations: operations.map((o) => ({
          operationName: o.operationName,
          variables: generalise(o.variables) as Record<string, unknown>,
        })),
      };
      await page.close();
    }
    expect(pages.thread.operations.map((o) => o.operationName)).toContain('DiscussionThread');

    if (process.env.RECORD_PAGE_OPERATIONS === '1') {
      writeFileSync(
        FIXTURE,
        `${JSON.stringify({ recordedBy: 'tests/browser/page-operations.spec.ts', pages }, null, 2)}\n`,
      );
    }
  });
});
