import { countRows } from '../support/members';
import { startStack, TestStack } from '../support/stack';
import { IntervisionWorld, setUpIntervision } from './intervision-support';

const NUL = 'vóór\u0000na';
const BLANK = ' \t  ';

type Who = 'moderator' | 'owner' | 'admin';

interface Case {
  name: string;
  who: Who;
  query: string;
  /** The variables with `value` in the field under test. */
  variables: (value: string) => Record<string, unknown>;
  field: string;
}

/**
 * Hostile text over many operations: a NUL byte (PostgreSQL refuses it, which used to surface
 * as INTERNAL_SERVER_ERROR) and whitespace-only required text (which used to hit a database
 * CHECK). Each must be BAD_USER_INPUT naming the field, and store nothing.
 */
describe('platform: every text input is checked in one place', () => {
  let stack: TestStack;
  let w: IntervisionWorld;
  let threadId: string;

  const TABLES = [
    'community',
    'discussion_thread',
    'discussion_reply',
    'discussion_report',
    'meeting',
    'harvest_lesson',
    'intervision_case',
    'intervision_group',
    'organisation',
    'outbox_event',
  ];
  const counts = async () =>
    Object.fromEntries(
      await Promise.all(TABLES.map(async (t) => [t, await countRows(stack, t)] as const)),
    );

  beforeAll(async () => {
    stack = await startStack();
    w = await setUpIntervision(stack, 'fuzz');
    const started = await w.clients.moderator.ok<{ startDiscussionThread: { id: string } }>(
      `mutation($input: StartDiscussionThreadInput!) { startDiscussionThread(input: $input) { id } }`,
      { input: { communityId: w.communityId, title: 'Een goede draad', body: 'Tekst' } },
    );
    threadId = started.startDiscussionThread.id;
  });
  afterAll(() => stack?.stop());

  const cases = (): Case[] => [
    {
      name: 'communities(search:)',
      who: 'owner',
      query: `query($s: String) { communities(search: $s) { totalCount } }`,
      variables: (s) => ({ s }),
      field: 'search',
    },
    {
      name: 'members(search:)',
      who: 'owner',
      query: `query($s: String) { members(search: $s) { totalCount } }`,
      variables: (s) => ({ s }),
      field: 'search',
    },
    {
      name: 'organisations(search:)',
      who: 'owner',
      query: `query($s: String) { organisations(search: $s) { totalCount } }`,
      variables: (s) => ({ s }),
      field: 'search',
    },
    {
      name: 'startDiscussionThread title',
      who: 'moderator',
      query: `mutation($input: StartDiscussionThreadInput!) { startDiscussionThread(input: $input) { id } }`,
      variables: (title) => ({ input: { communityId: w.communityId, title, body: 'Tekst' } }),
      field: 'title',
    },
    {
      name: 'startDiscussionThread body',
      who: 'moderator',
      query: `mutation($input: StartDiscussionThreadInput!) { startDiscussionThread(input: $input) { id } }`,
      variables: (body) => ({ input: { communityId: w.communityId, title: 'Goede titel', body } }),
      field: 'body',
    },
    {
      name: 'replyToDiscussionThread body',
      who: 'owner',
      query: `mutation($input: ReplyToDiscussionThreadInput!) { replyToDiscussionThread(input: $input) { id } }`,
      variables: (body) => ({ input: { threadId, body } }),
      field: 'body',
    },
    {
      name: 'reportDiscussionPost reason',
      who: 'owner',
      query: `mutation($input: ReportDiscussionPostInput!) { reportDiscussionPost(input: $input) { id } }`,
      variables: (reason) => ({ input: { threadId, reason } }),
      field: 'reason',
    },
    {
      name: 'proposeCommunity name',
      who: 'owner',
      query: `mutation($input: ProposeCommunityInput!) { proposeCommunity(input: $input) { id } }`,
      variables: (name) => ({
        input: { name, startsOn: '2027-01-01', joinPolicy: 'OPEN', goal: 'Samen leren' },
      }),
      field: 'name',
    },
    {
      name: 'proposeCommunity theme (inline list item)',
      who: 'owner',
      query: `mutation($input: ProposeCommunityInput!) { proposeCommunity(input: $input) { id } }`,
      variables: (theme) => ({
        input: { name: 'Thema-CoP', startsOn: '2027-01-01', joinPolicy: 'OPEN', themes: [theme] },
      }),
      field: 'themes.0',
    },
    {
      name: 'updateMyProfile name',
      who: 'owner',
      query: `mutation($input: UpdateProfileInput!) { updateMyProfile(input: $input) { id } }`,
      variables: (name) => ({ input: { name } }),
      field: 'name',
    },
    {
      name: 'scheduleMeeting title',
      who: 'moderator',
      query: `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }`,
      variables: (title) => ({
        input: {
          communityId: w.communityId,
          title,
          startsAt: '2027-03-01T10:00',
          endsAt: '2027-03-01T12:00',
        },
      }),
      field: 'title',
    },
    {
      name: 'harvestLesson description',
      who: 'moderator',
      query: `mutation($input: HarvestLessonInput!) { harvestLesson(input: $input) { id } }`,
      variables: (description) => ({
        input: {
          communityId: w.communityId,
          title: 'Een les',
          description,
          type: 'PROFESSIONAL_DEVELOPMENT',
          audience: 'MEMBERS',
        },
      }),
      field: 'description',
    },
    {
      name: 'draftIntervisionCase situationWhat',
      who: 'owner',
      query: `mutation($input: DraftIntervisionCaseInput!) { draftIntervisionCase(input: $input) { id } }`,
      variables: (situationWhat) => ({
        input: { groupId: w.groupId, title: 'Casus', situationWhat, question: 'Hoe verder?' },
      }),
      field: 'situationWhat',
    },
    {
      name: 'createIntervisionGroup name',
      who: 'moderator',
      query: `mutation($input: CreateIntervisionGroupInput!) { createIntervisionGroup(input: $input) { id } }`,
      variables: (name) => ({
        input: { name, communityId: w.communityId, confidentialityText: 'Blijft binnen.' },
      }),
      field: 'name',
    },
    {
      name: 'createOrganisation name',
      who: 'admin',
      query: `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`,
      variables: (name) => ({ input: { name, type: 'PARTNER' } }),
      field: 'name',
    },
  ];

  it.each([
    ['a NUL byte', NUL],
    ['whitespace only', BLANK],
  ])('does refuse %s in every operation as BAD_USER_INPUT naming the field', async (_, value) => {
    const before = await counts();
    const profile: { name: string }[] = await stack.dataSource.query(
      `SELECT name FROM member WHERE id = $1`,
      [w.ids.owner],
    );
    const outcomes: Record<string, unknown> = {};
    const expected: Record<string, unknown> = {};
    for (const c of cases()) {
      // Searching for spaces is no mistake (it finds everything), and a blank theme is left
      // out by the domain: only the NUL is refused there.
      if (value === BLANK && (c.field === 'search' || c.field === 'themes.0')) continue;
      const result = await w.clients[c.who].request(c.query, c.variables(value));
      const error = result.errors?.[0];
      outcomes[c.name] = {
        code: error?.extensions?.code,
        fields: ((error?.extensions?.fields as { field: string }[] | undefined) ?? []).map(
          (f) => f.field,
        ),
      };
      expected[c.name] = { code: 'BAD_USER_INPUT', fields: [c.field] };
    }
    expect(outcomes).toEqual(expected);
    expect(await counts()).toEqual(before);
    expect(
      await stack.dataSource.query(`SELECT name FROM member WHERE id = $1`, [w.ids.owner]),
    ).toEqual(profile);
  });

  it('does refuse a NUL written inline in the query, and a line break in a one-line field', async () => {
    const inline = await w.clients.owner.request(
      `{ communities(search: "a\\u0000b") { totalCount } }`,
    );
    expect(inline.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'search', message: expect.stringContaining('control character') }],
    });
    const twoLines = await w.clients.owner.request(
      `mutation($input: UpdateProfileInput!) { updateMyProfile(input: $input) { id } }`,
      { input: { name: 'Twee\nregels' } },
    );
    expect(twoLines.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'name' }],
    });
  });

  it('does keep line breaks and tabs in multi-line text', async () => {
    const reply = await w.clients.owner.ok<{ replyToDiscussionThread: { body: string } }>(
      `mutation($input: ReplyToDiscussionThreadInput!) { replyToDiscussionThread(input: $input) { body } }`,
      { input: { threadId, body: 'Eerste regel\n\n\tInspringen mag.' } },
    );
    expect(reply.replyToDiscussionThread.body).toBe('Eerste regel\n\n\tInspringen mag.');
  });

  it('does answer a malformed id like a missing object, never with a server error', async () => {
    for (const query of [
      `{ intervisionCase(id: "geen-id") { id } }`,
      `{ intervisionGroup(id: "geen-id") { id } }`,
      `{ discussionThread(id: "geen-id") { id } }`,
      `{ meeting(id: "geen-id") { id } }`,
      `{ member(id: "geen-id") { id } }`,
    ]) {
      const result = await w.clients.owner.request(query);
      expect([query, result.errors?.[0]?.extensions?.code]).toEqual([
        query,
        expect.stringMatching(/^(NOT_FOUND|BAD_USER_INPUT)$/),
      ]);
    }
  });
});
