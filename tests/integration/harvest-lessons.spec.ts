import type { GraphqlClient } from '@leerhuis/platform-testing';

import { insertMember, sessionFor } from '../support/members';
import { startStack, TestStack } from '../support/stack';
import { insertCommunity } from './communities-support';
import {
  COMMUNITY_HARVEST,
  DELETE,
  HARVEST,
  insertLesson,
  SHARED_HARVEST,
  UPDATE,
} from './harvest-support';

type Lesson = {
  id: string;
  title: string;
  type: string;
  audience: string;
  occurredOn: string | null;
  viewerCanEdit: boolean;
  author: { id: string; name: string } | null;
  contributors: { id: string }[];
  community: { id: string } | null;
};
type HarvestPage = {
  harvest: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string };
    nodes: { id: string; title: string; audience: string; type: string }[];
  };
};

describe('harvest: recording and reading lessons', () => {
  let stack: TestStack;
  let anouk: GraphqlClient;
  let bram: GraphqlClient;
  let coco: GraphqlClient;
  let olaf: GraphqlClient;
  const ids: Record<'anouk' | 'bram' | 'coco' | 'olaf', string> = {} as never;
  let open: string;
  let hidden: string;

  const harvest = (client: GraphqlClient, input: Record<string, unknown>) =>
    client.request<{ harvestLesson: Lesson }>(HARVEST, {
      input: {
        communityId: open,
        title: 'Ketenoverleg versnelt besluiten',
        description: '## Wat werkte\n\nSamen aan tafel met **uitvoering**.',
        type: 'FASTER_OR_DEEPER_PLAN_DEVELOPMENT',
        audience: 'MEMBERS',
        ...input,
      },
    });
  const eventsOf = async (communityId: string) =>
    (
      await stack.dataSource.query(
        `SELECT type FROM outbox_event WHERE payload->>'communityId' = $1 AND type LIKE 'harvest.%'
          ORDER BY occurred_at, id`,
        [communityId],
      )
    ).map((r: { type: string }) => r.type);
  const lessonCount = async () =>
    (await stack.dataSource.query(`SELECT count(*)::int AS n FROM harvest_lesson`))[0].n;

  beforeAll(async () => {
    stack = await startStack();
    for (const who of ['anouk', 'bram', 'coco', 'olaf'] as const) {
      ids[who] = await insertMember(stack, { email: `${who}@minbzk.nl`, name: `${who} Test` });
    }
    [anouk, bram, coco, olaf] = await Promise.all(
      ['anouk', 'bram', 'coco', 'olaf'].map((who) => sessionFor(stack, `${who}@minbzk.nl`)),
    );
    open = await insertCommunity(stack, {
      name: 'Ketenpartners',
      slug: 'ketenpartners',
      joinPolicy: 'OPEN',
      members: [
        { memberId: ids.coco, role: 'COORDINATOR' },
        { memberId: ids.anouk },
        { memberId: ids.bram },
      ],
    });
    hidden = await insertCommunity(stack, {
      name: 'Stille kring',
      slug: 'stille-kring',
      joinPolicy: 'HIDDEN',
      members: [{ memberId: ids.anouk, role: 'COORDINATOR' }],
    });
  });
  afterAll(() => stack?.stop());

  /** The members-only lesson the first test records, when that test did not run. */
  const firstLessonRecorded = async () => {
    const rows: unknown[] = await stack.dataSource.query(
      `SELECT 1 FROM harvest_lesson WHERE community_id = $1`,
      [open],
    );
    if (rows.length === 0) {
      await harvest(anouk, {
        occurredOn: '2026-03-01',
        contributorIds: [ids.bram, ids.anouk],
      });
    }
  };

  it('does record a lesson with contributors, an event and fresh last activity, in one go', async () => {
    const before: string = (
      await stack.dataSource.query(
        `SELECT last_activity_at::text AS t FROM community WHERE id = $1`,
        [open],
      )
    )[0].t;
    const result = await harvest(anouk, {
      occurredOn: '2026-03-01',
      contributorIds: [ids.bram, ids.anouk, ids.bram],
      title: '  Ketenoverleg versnelt besluiten  ',
    });
    expect(result.errors).toBeUndefined();
    const lesson = result.data!.harvestLesson;
    expect(lesson).toMatchObject({
      title: 'Ketenoverleg versnelt besluiten',
      type: 'FASTER_OR_DEEPER_PLAN_DEVELOPMENT',
      audience: 'MEMBERS',
      occurredOn: '2026-03-01',
      viewerCanEdit: true,
      author: { id: ids.anouk },
      community: { id: open },
    });
    expect(lesson.contributors.map((c) => c.id)).toEqual([ids.bram, ids.anouk]);
    // Listed, the day is the same YYYY-MM-DD text (not a Date printed as epoch milliseconds).
    const listed = await anouk.ok<{ harvest: { nodes: { id: string; occurredOn: string }[] } }>(
      `query($c: ID!) { harvest(communityId: $c, first: 5) { nodes { id occurredOn } } }`,
      { c: open },
    );
    expect(listed.harvest.nodes.find((n) => n.id === lesson.id)?.occurredOn).toBe('2026-03-01');
    expect(await eventsOf(open)).toEqual(['harvest.lesson-harvested']);
    const after: string = (
      await stack.dataSource.query(
        `SELECT last_activity_at::text AS t FROM community WHERE id = $1`,
        [open],
      )
    )[0].t;
    expect(after > before).toBe(true);
  });

  it('does refuse bad input with specific codes and fields, writing nothing', async () => {
    const count = await lessonCount();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ title: 'ab' }, 'INVALID_INPUT', 'title'],
      [{ title: '   a   ' }, 'INVALID_INPUT', 'title'],
      [{ title: 'x'.repeat(201) }, 'INVALID_INPUT', 'title'],
      [{ description: '   ' }, 'INVALID_INPUT', 'description'],
      [{ description: 'x'.repeat(10_001) }, 'INVALID_INPUT', 'description'],
      [{ occurredOn: '2026-02-30' }, 'INVALID_INPUT', 'occurredOn'],
      [{ occurredOn: '2999-01-01' }, 'OCCURRED_IN_FUTURE', 'occurredOn'],
      [{ contributorIds: ['nope'] }, 'INVALID_INPUT', 'contributorIds'],
      [{ contributorIds: [ids.bram, ids.olaf] }, 'CONTRIBUTOR_NOT_A_MEMBER', 'contributorIds'],
      [{ communityId: 'nope' }, 'INVALID_INPUT', 'communityId'],
    ];
    for (const [input, reason, field] of cases) {
      const result = await harvest(anouk, input);
      const error = result.errors?.[0];
      expect({ input, code: error?.extensions?.code, reason: error?.extensions?.reason }).toEqual({
        input,
        code: 'BAD_USER_INPUT',
        reason,
      });
      expect(error?.extensions?.fields?.map((f) => f.field)).toContain(field);
    }
    // The type and audience are enums: GraphQL itself refuses other values.
    const badType = await harvest(anouk, { type: 'GOSSIP' });
    expect(badType.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await lessonCount()).toBe(count);
  });

  it('does show members-only lessons to members and shared ones to everyone, newest first', async () => {
    await firstLessonRecorded();
    const shared = (
      await harvest(bram, {
        audience: 'PLATFORM',
        title: 'Gedeelde les',
        type: 'PROFESSIONAL_DEVELOPMENT',
      })
    ).data!.harvestLesson;
    const asMember = await anouk.ok<HarvestPage>(COMMUNITY_HARVEST, { c: open });
    expect(asMember.harvest.nodes[0].id).toBe(shared.id);
    expect(asMember.harvest.totalCount).toBe(2);
    const asOutsider = await olaf.ok<HarvestPage>(COMMUNITY_HARVEST, { c: open });
    expect(asOutsider.harvest.nodes.map((n) => n.id)).toEqual([shared.id]);
    expect(asOutsider.harvest.totalCount).toBe(1);
    const byType = await anouk.ok<HarvestPage>(COMMUNITY_HARVEST, {
      c: open,
      type: 'PROFESSIONAL_DEVELOPMENT',
    });
    expect(byType.harvest.nodes.map((n) => n.id)).toEqual([shared.id]);
    const field = await olaf.ok<{ community: { harvest: { totalCount: number } } }>(
      `query($c: ID!) { community(id: $c) { harvest { totalCount } } }`,
      { c: open },
    );
    expect(field.community.harvest.totalCount).toBe(1);
  });

  it('does page newest first with cursors that survive equal timestamps', async () => {
    const paged = await insertCommunity(stack, {
      name: 'Pagina kring',
      slug: 'pagina-kring',
      joinPolicy: 'OPEN',
      members: [{ memberId: ids.anouk }],
    });
    const made: string[] = [];
    for (let i = 0; i < 7; i += 1) {
      made.push(
        await insertLesson(stack, {
          communityId: paged,
          authorId: ids.anouk,
          title: `Les ${i}`,
          audience: 'MEMBERS',
          // Three share a timestamp: the id breaks the tie.
          createdAt: `2026-01-0${Math.min(i, 4) + 1}T10:00:00.123456Z`,
        }),
      );
    }
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: HarvestPage = await anouk.ok<HarvestPage>(COMMUNITY_HARVEST, {
        c: paged,
        first: 3,
        after,
      });
      seen.push(...page.harvest.nodes.map((n) => n.id));
      if (!page.harvest.pageInfo.hasNextPage) break;
      after = page.harvest.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(7);
    expect(new Set(seen)).toEqual(new Set(made));
    expect(seen.slice(0, 3).sort()).toEqual(made.slice(4).sort());
  });

  it('does list shared lessons platform-wide without naming a hidden CoP', async () => {
    await harvest(anouk, {
      communityId: hidden,
      audience: 'PLATFORM',
      title: 'Uit de stille kring',
    });
    await harvest(anouk, { communityId: hidden, audience: 'MEMBERS', title: 'Alleen voor ons' });
    type Shared = {
      harvest: { nodes: { title: string; community: { id: string; slug: string } | null }[] };
    };
    const asOutsider = await olaf.ok<Shared>(SHARED_HARVEST);
    const titles = asOutsider.harvest.nodes.map((n) => n.title);
    expect(titles).toContain('Uit de stille kring');
    expect(titles).not.toContain('Alleen voor ons');
    expect(titles).not.toContain('Ketenoverleg versnelt besluiten');
    const fromHidden = asOutsider.harvest.nodes.find((n) => n.title === 'Uit de stille kring')!;
    expect(fromHidden.community).toBeNull();
    expect(JSON.stringify(asOutsider)).not.toContain('stille-kring');
    expect(JSON.stringify(asOutsider)).not.toContain(hidden);
    const asMember = await anouk.ok<Shared>(SHARED_HARVEST);
    expect(
      asMember.harvest.nodes.find((n) => n.title === 'Uit de stille kring')!.community,
    ).toEqual(expect.objectContaining({ slug: 'stille-kring' }));
    const noScope = await olaf.request(`{ harvest { totalCount } }`);
    expect(noScope.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'HARVEST_SCOPE_REQUIRED',
    });
  });

  it('does let authors and coordinators edit and delete, and no one else', async () => {
    const lesson = (await harvest(bram, { contributorIds: [ids.bram] })).data!.harvestLesson;
    const forbidden = await anouk.request(UPDATE, {
      input: { lessonId: lesson.id, title: 'Niet van mij' },
    });
    expect(forbidden.errors?.[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'AUTHOR_OR_COORDINATOR_REQUIRED',
    });
    const notFound = await olaf.request(UPDATE, {
      input: { lessonId: lesson.id, title: 'Weg ermee' },
    });
    expect(notFound.errors?.[0].extensions?.reason).toBe('LESSON_NOT_FOUND');

    const updated = await bram.ok<{ updateLesson: Lesson }>(UPDATE, {
      input: {
        lessonId: lesson.id,
        title: 'Ketenoverleg, herzien',
        audience: 'PLATFORM',
        occurredOn: null,
        contributorIds: [ids.anouk, ids.bram],
      },
    });
    expect(updated.updateLesson).toMatchObject({
      title: 'Ketenoverleg, herzien',
      audience: 'PLATFORM',
      occurredOn: null,
      type: 'FASTER_OR_DEEPER_PLAN_DEVELOPMENT',
    });
    expect(updated.updateLesson.contributors.map((c) => c.id)).toEqual([ids.anouk, ids.bram]);
    const event = await stack.dataSource.query(
      `SELECT payload FROM outbox_event WHERE type = 'harvest.lesson-updated' AND payload->>'lessonId' = $1`,
      [lesson.id],
    );
    expect(event[0].payload.addedContributorIds).toEqual([ids.anouk]);

    const badUpdate = await bram.request(UPDATE, {
      input: { lessonId: lesson.id, title: 'no', contributorIds: [ids.olaf] },
    });
    expect(badUpdate.errors?.[0].extensions?.reason).toBe('INVALID_INPUT');
    const outsiderContributor = await bram.request(UPDATE, {
      input: { lessonId: lesson.id, title: 'Blijft niet staan', contributorIds: [ids.olaf] },
    });
    expect(outsiderContributor.errors?.[0].extensions?.reason).toBe('CONTRIBUTOR_NOT_A_MEMBER');
    const unchanged = await bram.ok<HarvestPage>(COMMUNITY_HARVEST, { c: open });
    expect(unchanged.harvest.nodes.find((n) => n.id === lesson.id)!.title).toBe(
      'Ketenoverleg, herzien',
    );

    expect(await coco.ok(DELETE, { input: { lessonId: lesson.id } })).toEqual({
      deleteLesson: true,
    });
    const again = await bram.request(DELETE, { input: { lessonId: lesson.id } });
    expect(again.errors?.[0].extensions?.reason).toBe('LESSON_NOT_FOUND');
    expect(await eventsOf(open)).toEqual(
      expect.arrayContaining(['harvest.lesson-updated', 'harvest.lesson-deleted']),
    );
  });
});
