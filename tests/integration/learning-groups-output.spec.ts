import type { GraphqlClient } from '@leerhuis/platform-testing';

import { insertMember, sessionFor } from '../support/members';
import { startStack, TestStack } from '../support/stack';

type Who =
  'anonymous' | 'a' | 'b' | 'c' | 'd' | 'facilitator' | 'otherGroup' | 'outsider' | 'admin';
const PEOPLE: Who[] = ['a', 'b', 'c', 'd', 'facilitator', 'otherGroup', 'outsider', 'admin'];
const GROUP: Who[] = ['a', 'b', 'c', 'd'];

const OUTPUT_FIELDS = `id version title body bodyHtml type publishedAt publishedCommunityId harvestLessonId
  history { version previousTitle previousBody editor { id } }
  approvals { member { id } }
  awaitingApprovalFrom { id }
  viewerCanApprove viewerHasApproved`;

interface Output {
  id: string;
  version: number;
  title: string;
  body: string;
  bodyHtml: string;
  publishedAt: string | null;
  publishedCommunityId: string | null;
  harvestLessonId: string | null;
  history: {
    version: number;
    previousTitle: string;
    previousBody: string;
    editor: { id: string };
  }[];
  approvals: { member: { id: string } }[];
  awaitingApprovalFrom: { id: string }[];
  viewerCanApprove: boolean;
  viewerHasApproved: boolean;
}

describe('leergroep shared output', () => {
  let stack: TestStack;
  const ids = {} as Record<Who, string>;
  const clients = {} as Record<Who, GraphqlClient>;
  let learningGroupId: string;
  let communityId: string;
  let otherCommunityId: string;

  const create = (who: Who, title = 'Wat we leerden over ketenregie') =>
    clients[who].request<{ createLearningGroupOutput: Output }>(
      `mutation($lg: ID!, $title: String!) {
         createLearningGroupOutput(input: { learningGroupId: $lg, groupNumber: 1, type: ARTICLE,
           title: $title, body: "# Kop\\n\\nEerste tekst <script>alert(1)</script>" }) { ${OUTPUT_FIELDS} } }`,
      { lg: learningGroupId, title },
    );
  const update = (who: Who, outputId: string, version: number, body: string) =>
    clients[who].request<{ updateLearningGroupOutput: Output }>(
      `mutation($id: ID!, $v: Int!, $body: String!) {
         updateLearningGroupOutput(input: { outputId: $id, version: $v, body: $body }) { ${OUTPUT_FIELDS} } }`,
      { id: outputId, v: version, body },
    );
  const approve = (who: Who, outputId: string, version: number) =>
    clients[who].request<{ approveLearningGroupOutput: Output }>(
      `mutation($id: ID!, $v: Int!) {
         approveLearningGroupOutput(input: { outputId: $id, version: $v }) { id } }`,
      { id: outputId, v: version },
    );
  const publish = (who: Who, outputId: string, community: string | null) =>
    clients[who].request<{ publishLearningGroupOutput: Output }>(
      `mutation($id: ID!, $c: ID) {
         publishLearningGroupOutput(input: { outputId: $id, communityId: $c }) { ${OUTPUT_FIELDS} } }`,
      { id: outputId, c: community },
    );
  const read = (who: Who, outputId: string) =>
    clients[who].request<{ learningGroupOutput: Output }>(
      `query($id: ID!) { learningGroupOutput(id: $id) { ${OUTPUT_FIELDS} } }`,
      { id: outputId },
    );
  const count = async (sql: string, params: unknown[] = []) =>
    ((await stack.dataSource.query(sql, params)) as { n: number }[])[0].n;

  beforeAll(async () => {
    stack = await startStack();
    for (const who of PEOPLE) {
      ids[who] = await insertMember(stack, {
        email: `${who.toLowerCase()}@minbzk.nl`,
        name: `Persoon ${who}`,
        admin: who === 'admin',
      });
      clients[who] = await sessionFor(stack, `${who.toLowerCase()}@minbzk.nl`);
    }
    clients.anonymous = stack.graphql;
    const [lg]: { id: string }[] = await stack.dataSource.query(
      `INSERT INTO learning_group (name, facilitator_id, cohort_starts_on, cohort_ends_on, first_session_at, target_size, status)
       VALUES ('Leergroep Output', $1, '2027-01-01', '2027-12-31', '2027-01-12T13:00:00Z', 4, 'RUNNING') RETURNING id`,
      [ids.facilitator],
    );
    learningGroupId = lg.id;
    for (const who of [...GROUP, 'otherGroup'] as Who[]) {
      await stack.dataSource.query(
        `INSERT INTO learning_group_member (learning_group_id, member_id, group_number) VALUES ($1, $2, $3)`,
        [learningGroupId, ids[who], who === 'otherGroup' ? 2 : 1],
      );
    }
    const cop = async (slug: string, memberIds: string[]) => {
      const [row]: { id: string }[] = await stack.dataSource.query(
        `INSERT INTO community (slug, name, join_policy, status, starts_on)
         VALUES ($1, $1, 'OPEN', 'ACTIVE', '2026-01-01') RETURNING id`,
        [slug],
      );
      for (const memberId of memberIds)
        await stack.dataSource.query(
          `INSERT INTO community_membership (community_id, member_id, role, status, joined_at)
           VALUES ($1, $2, 'MEMBER', 'ACTIVE', now())`,
          [row.id, memberId],
        );
      return row.id;
    };
    communityId = await cop('cop-ketenregie', [ids.a, ids.b]);
    otherCommunityId = await cop('cop-anders', [ids.outsider]);
  }, 60_000);

  afterAll(() => stack?.stop());

  it('keeps every save in the history, resets approvals on edit and publishes only with every approval', async () => {
    const created = await create('a');
    expect(created.errors).toBeUndefined();
    const output = created.data!.createLearningGroupOutput;
    expect(output).toMatchObject({ version: 1, type: 'ARTICLE', history: [], publishedAt: null });
    expect(output.bodyHtml).toContain('<h1>');
    expect(output.bodyHtml).not.toContain('<script');
    expect(output.awaitingApprovalFrom.map((m) => m.id).sort()).toEqual(
      GROUP.map((w) => ids[w]).sort(),
    );

    const saved = await update('b', output.id, 1, 'Tweede tekst');
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.updateLearningGroupOutput).toMatchObject({
      version: 2,
      body: 'Tweede tekst',
      history: [
        {
          version: 1,
          previousBody: expect.stringContaining('Eerste tekst'),
          editor: { id: ids.b },
        },
      ],
    });
    // An editor who started from version 1 is told the text changed; nothing is saved.
    const stale = await update('c', output.id, 1, 'Verouderd');
    expect(stale.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'OUTPUT_VERSION_CHANGED',
    });
    expect((await read('a', output.id)).data!.learningGroupOutput.version).toBe(2);

    for (const who of ['a', 'b', 'c'] as Who[])
      expect((await approve(who, output.id, 2)).errors).toBeUndefined();
    // The facilitator publishes, but d has not approved: nothing is stored.
    const early = await publish('facilitator', output.id, null);
    expect(early.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'NOT_ALL_APPROVED',
      notApprovedBy: [ids.d],
    });
    expect(await count(`SELECT count(*)::int AS n FROM harvest_lesson`)).toBe(0);
    expect(
      await count(
        `SELECT count(*)::int AS n FROM outbox_event WHERE type = 'learning-groups.output-published'`,
      ),
    ).toBe(0);

    // An edit resets every approval.
    const edited = await update('c', output.id, 2, 'Derde tekst');
    expect(edited.data!.updateLearningGroupOutput).toMatchObject({ version: 3, approvals: [] });
    expect(edited.data!.updateLearningGroupOutput.history.map((h) => h.version)).toEqual([2, 1]);
    // Approving an old version is refused.
    expect((await approve('d', output.id, 2)).errors?.[0].extensions?.reason).toBe(
      'OUTPUT_VERSION_CHANGED',
    );
    // The facilitator does not approve: only members do.
    expect((await approve('facilitator', output.id, 3)).errors?.[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'GROUP_MEMBER_REQUIRED',
    });
    for (const who of GROUP) expect((await approve(who, output.id, 3)).errors).toBeUndefined();
    const ready = (await read('d', output.id)).data!.learningGroupOutput;
    expect(ready).toMatchObject({ awaitingApprovalFrom: [], viewerHasApproved: true });
    expect(ready.approvals).toHaveLength(4);

    // Only to a CoP the publisher may post in.
    const elsewhere = await publish('a', output.id, otherCommunityId);
    expect(elsewhere.errors?.[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'CANNOT_PUBLISH_TO_COMMUNITY',
    });
    const published = await publish('a', output.id, communityId);
    expect(published.errors).toBeUndefined();
    const lesson = published.data!.publishLearningGroupOutput;
    expect(lesson).toMatchObject({ publishedCommunityId: communityId });
    expect(lesson.publishedAt).not.toBeNull();

    // It joined the CoP's harvest, with the group as contributors, and an event is recorded.
    const harvest = await clients.b.request<{
      harvest: {
        nodes: {
          id: string;
          title: string;
          description: string;
          contributors: { id: string }[];
          viewerCanEdit: boolean;
        }[];
      };
    }>(
      `query($c: ID!) { harvest(communityId: $c, first: 10) { nodes { id title description contributors { id } viewerCanEdit } } }`,
      { c: communityId },
    );
    expect(harvest.errors).toBeUndefined();
    expect(harvest.data!.harvest.nodes).toEqual([
      {
        id: lesson.harvestLessonId,
        title: 'Wat we leerden over ketenregie',
        description: 'Derde tekst',
        contributors: expect.arrayContaining(GROUP.map((w) => ({ id: ids[w] }))),
        viewerCanEdit: false,
      },
    ]);
    const events: { payload: Record<string, unknown> }[] = await stack.dataSource.query(
      `SELECT payload FROM outbox_event WHERE type = 'learning-groups.output-published'`,
    );
    expect(events.map((e) => e.payload)).toEqual([
      expect.objectContaining({ outputId: output.id, communityId, publishedBy: ids.a }),
    ]);

    // Once published it no longer changes, and is not published twice.
    expect((await update('a', output.id, 3, 'Later')).errors?.[0].extensions?.reason).toBe(
      'ALREADY_PUBLISHED',
    );
    expect((await publish('b', output.id, null)).errors?.[0].extensions?.reason).toBe(
      'ALREADY_PUBLISHED',
    );
    expect(await count(`SELECT count(*)::int AS n FROM harvest_lesson`)).toBe(1);
  }, 60_000);

  it('publishes to the whole platform: the shared lessons show it without a CoP', async () => {
    const output = (await create('b', 'Lessen voor het hele platform')).data!
      .createLearningGroupOutput;
    for (const who of GROUP) await approve(who, output.id, 1);
    const published = await publish('facilitator', output.id, null);
    expect(published.errors).toBeUndefined();
    expect(published.data!.publishLearningGroupOutput.publishedCommunityId).toBeNull();
    const shared = await clients.outsider.request<{
      harvest: {
        nodes: { id: string; title: string; community: unknown; viewerCanEdit: boolean }[];
      };
    }>(
      `{ harvest(audience: PLATFORM, first: 10) { nodes { id title community { id } viewerCanEdit } } }`,
    );
    expect(shared.errors).toBeUndefined();
    expect(shared.data!.harvest.nodes).toEqual([
      {
        id: published.data!.publishLearningGroupOutput.harvestLessonId,
        title: 'Lessen voor het hele platform',
        community: null,
        viewerCanEdit: false,
      },
    ]);
    // The harvest does not let anyone edit or delete it there.
    const del = await clients.b.request(
      `mutation($id: ID!) { deleteLesson(input: { lessonId: $id }) }`,
      {
        id: published.data!.publishLearningGroupOutput.harvestLessonId,
      },
    );
    expect(del.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  }, 60_000);

  it('answers bad input with field errors', async () => {
    const short = await clients.a.request(
      `mutation($lg: ID!) { createLearningGroupOutput(input: { learningGroupId: $lg, groupNumber: 1, type: LESSONS, title: "x", body: "${'x'.repeat(10_001)}" }) { id } }`,
      { lg: learningGroupId },
    );
    expect(short.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const fields = (short.errors?.[0].extensions?.fields as { field: string }[]).map(
      (f) => f.field,
    );
    expect(fields.sort()).toEqual(['body', 'title']);
  });

  describe('authorization', () => {
    let outputId: string;
    beforeAll(async () => {
      outputId = (await create('a', 'Alleen voor de groep')).data!.createLearningGroupOutput.id;
    });

    const outcome = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
      result.errors?.length ? String(result.errors[0].extensions?.code) : 'ok';
    const ALLOWED: Who[] = ['a', 'b', 'c', 'd', 'facilitator'];
    const expected = (who: Who) =>
      who === 'anonymous' ? 'UNAUTHENTICATED' : ALLOWED.includes(who) ? 'ok' : 'NOT_FOUND';
    const everyone: Who[] = ['anonymous', ...PEOPLE];

    it.each(everyone)(
      'lets only the group and the facilitator read an output and its history (%s)',
      async (who) => {
        expect(outcome(await read(who, outputId))).toBe(expected(who));
      },
    );

    it.each(everyone)(
      'lets only the group and the facilitator list its outputs (%s)',
      async (who) => {
        const result = await clients[who].request(
          `query($lg: ID!) { learningGroupOutputs(learningGroupId: $lg, groupNumber: 1) { id history { version } } }`,
          { lg: learningGroupId },
        );
        expect(outcome(result)).toBe(expected(who));
      },
    );

    it.each(everyone)(
      'lets only the group and the facilitator start an output (%s)',
      async (who) => {
        expect(outcome(await create(who, `Start door ${who}`))).toBe(expected(who));
      },
    );

    it.each(['anonymous', 'otherGroup', 'outsider', 'admin'] as Who[])(
      'refuses edits, approvals and publishing to %s, changing nothing',
      async (who) => {
        const code = expected(who);
        expect(outcome(await update(who, outputId, 1, 'Ingebroken'))).toBe(code);
        expect(outcome(await approve(who, outputId, 1))).toBe(code);
        expect(outcome(await publish(who, outputId, null))).toBe(code);
        const after = (await read('a', outputId)).data!.learningGroupOutput;
        expect(after).toMatchObject({ version: 1, approvals: [], publishedAt: null });
      },
    );
  });
});
