import type { GraphqlClient } from '@leerhuis/platform-testing';

import { insertMember, sessionFor } from '../support/members';
import { startStack, TestStack } from '../support/stack';
import { insertCommunity } from './communities-support';

const QUESTIONNAIRE = `query { boundarySpannerQuestionnaire { version items { key style reverse } } }`;
const SAVE = `mutation($input: SaveBoundarySpannerAnswersInput!) { saveBoundarySpannerAnswers(input: $input) { id } }`;
const SUBMIT = `mutation($input: SubmitBoundarySpannerQuestionnaireInput!) { submitBoundarySpannerQuestionnaire(input: $input) { preferredStyles } }`;
const SET_VISIBILITY = `mutation($v: BoundarySpannerVisibility!) { setBoundarySpannerVisibility(input: { visibility: $v }) }`;
const MEMBER = `query($id: ID!) { member(id: $id) { name boundarySpannerProfile { preferredStyles scores { style score } } } }`;
const MEMBERS = `query { members(first: 50) { nodes { id boundarySpannerProfile { preferredStyles } } } }`;
const TEAM_FIELD = `query($slug: String!) { community(slug: $slug) { slug teamProfile { memberCount profileCount withoutVisibleProfile dominantStyles styles { style averageScore preferredBy } } } }`;
const TEAM_QUERY = `query($id: ID!) { communityTeamProfile(communityId: $id) { memberCount profileCount withoutVisibleProfile dominantStyles } }`;

type Persona = 'anonymous' | 'self' | 'coMember' | 'pending' | 'otherMember' | 'admin';
const PERSONAS: Persona[] = ['anonymous', 'self', 'coMember', 'pending', 'otherMember', 'admin'];
type Visibility = 'PRIVATE' | 'MY_COMMUNITIES' | 'EVERYONE';

/** Who sees the owner's profile through `member.boundarySpannerProfile`. */
const SEES: Record<Visibility, Persona[]> = {
  PRIVATE: ['self'],
  MY_COMMUNITIES: ['self', 'coMember'],
  EVERYONE: ['self', 'coMember', 'pending', 'otherMember', 'admin'],
};

describe('boundary-spanner: who sees a profile and a team profile', () => {
  let stack: TestStack;
  const ids: Record<string, string> = {};
  const clients = {} as Record<Persona, GraphqlClient>;
  let kring: string;
  let geheim: string;

  /** Takes the questionnaire through the API, agreeing only with `style`. */
  async function takeProfile(client: GraphqlClient, style: string) {
    const { boundarySpannerQuestionnaire: q } = await client.ok<{
      boundarySpannerQuestionnaire: {
        version: number;
        items: { key: string; style: string; reverse: boolean }[];
      };
    }>(QUESTIONNAIRE);
    const answers = q.items.map((i) => ({
      itemKey: i.key,
      value: (i.style === style) !== i.reverse ? 5 : 1,
    }));
    const draft = await client.ok<{ saveBoundarySpannerAnswers: { id: string } }>(SAVE, {
      input: { version: q.version, answers },
    });
    await client.ok(SUBMIT, { input: { attemptId: draft.saveBoundarySpannerAnswers.id } });
  }

  beforeAll(async () => {
    stack = await startStack();
    for (const who of [...PERSONAS.filter((p) => p !== 'anonymous'), 'quiet']) {
      ids[who] = await insertMember(stack, {
        email: `${who.toLowerCase()}@minbzk.nl`,
        name: `Persona ${who}`,
        admin: who === 'admin',
      });
    }
    for (const who of PERSONAS) {
      clients[who] =
        who === 'anonymous'
          ? stack.graphql
          : await sessionFor(stack, `${who.toLowerCase()}@minbzk.nl`);
    }
    const quiet = await sessionFor(stack, 'quiet@minbzk.nl');
    kring = await insertCommunity(stack, {
      name: 'Kring',
      slug: 'kring',
      joinPolicy: 'OPEN',
      members: [
        { memberId: ids.self, role: 'COORDINATOR' },
        { memberId: ids.coMember },
        { memberId: ids.quiet },
        { memberId: ids.pending, status: 'PENDING' },
      ],
    });
    geheim = await insertCommunity(stack, {
      name: 'Geheim',
      slug: 'geheim',
      joinPolicy: 'HIDDEN',
      members: [{ memberId: ids.self, role: 'COORDINATOR' }, { memberId: ids.coMember }],
    });
    await insertCommunity(stack, {
      name: 'Elders',
      slug: 'elders',
      joinPolicy: 'OPEN',
      members: [{ memberId: ids.otherMember }, { memberId: ids.pending }, { memberId: ids.admin }],
    });
    await takeProfile(clients.self, 'VERBINDER');
    await takeProfile(clients.coMember, 'VINDER');
    await takeProfile(quiet, 'HELD'); // stays private
    await takeProfile(clients.otherMember, 'HELD');
    await clients.coMember.ok(SET_VISIBILITY, { v: 'MY_COMMUNITIES' });
  });
  afterAll(() => stack?.stop());

  it('does keep a new profile private by default', async () => {
    const { member } = await clients.otherMember.ok<{
      member: { boundarySpannerProfile: unknown };
    }>(MEMBER, { id: ids.self });
    expect(member.boundarySpannerProfile).toBeNull();
    const own = await clients.self.ok<{ myBoundarySpannerVisibility: string }>(
      `query { myBoundarySpannerVisibility }`,
    );
    expect(own.myBoundarySpannerVisibility).toBe('PRIVATE');
  });

  describe.each(['PRIVATE', 'MY_COMMUNITIES', 'EVERYONE'] as Visibility[])(
    'with visibility %s',
    (visibility) => {
      beforeAll(() => clients.self.ok(SET_VISIBILITY, { v: visibility }));

      it.each(PERSONAS)('does answer member.boundarySpannerProfile to %s', async (persona) => {
        const result = await clients[persona].request<{
          member: { boundarySpannerProfile: { preferredStyles: string[] } | null };
        }>(MEMBER, { id: ids.self });
        if (persona === 'anonymous') {
          expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
          return;
        }
        expect(result.errors).toBeUndefined();
        const profile = result.data!.member.boundarySpannerProfile;
        if (SEES[visibility].includes(persona)) {
          expect(profile?.preferredStyles).toEqual(['VERBINDER']);
        } else {
          expect(profile).toBeNull();
        }
      });

      it.each(PERSONAS.filter((p) => p !== 'anonymous'))(
        'does not leak through a member list to %s',
        async (persona) => {
          const { members } = await clients[persona].ok<{
            members: {
              nodes: { id: string; boundarySpannerProfile: { preferredStyles: string[] } | null }[];
            };
          }>(MEMBERS);
          const byId = new Map(members.nodes.map((n) => [n.id, n.boundarySpannerProfile]));
          expect(byId.get(ids.self) !== null).toBe(SEES[visibility].includes(persona));
          // The quiet member keeps theirs private: only they would see it.
          expect(byId.get(ids.quiet)).toBeNull();
        },
      );

      it.each(PERSONAS)('does answer community.teamProfile to %s', async (persona) => {
        const result = await clients[persona].request<{
          community: {
            teamProfile: {
              memberCount: number;
              profileCount: number;
              withoutVisibleProfile: number;
              dominantStyles: string[];
            } | null;
          };
        }>(TEAM_FIELD, { slug: 'kring' });
        if (persona === 'anonymous') {
          expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
          return;
        }
        expect(result.errors).toBeUndefined();
        const team = result.data!.community.teamProfile;
        if (persona === 'self') {
          // Own profile and the co-member's (shared with CoP members); quiet's stays private.
          expect(team).toMatchObject({ memberCount: 3, profileCount: 2, withoutVisibleProfile: 1 });
          expect(team!.dominantStyles).toEqual(['VERBINDER', 'VINDER']);
        } else if (persona === 'coMember') {
          const ownerShares = visibility !== 'PRIVATE';
          expect(team).toMatchObject({
            memberCount: 3,
            profileCount: ownerShares ? 2 : 1,
            withoutVisibleProfile: ownerShares ? 1 : 2,
            dominantStyles: ownerShares ? ['VERBINDER', 'VINDER'] : ['VINDER'],
          });
        } else {
          // Pending, outsiders and admins who are not members: no team profile.
          expect(team).toBeNull();
        }
      });
    },
  );

  it.each([
    ['anonymous', 'kring', 'UNAUTHENTICATED'],
    ['otherMember', 'kring', 'FORBIDDEN'],
    ['pending', 'kring', 'FORBIDDEN'],
    ['admin', 'kring', 'FORBIDDEN'],
    ['coMember', 'kring', 'ok'],
    ['otherMember', 'geheim', 'NOT_FOUND'],
    ['pending', 'geheim', 'NOT_FOUND'],
    ['coMember', 'geheim', 'ok'],
  ] as [Persona, string, string][])(
    'does answer communityTeamProfile to %s for %s with %s',
    async (persona, slug, expected) => {
      const result = await clients[persona].request(TEAM_QUERY, {
        id: slug === 'kring' ? kring : geheim,
      });
      expect(result.errors?.[0].extensions?.code ?? 'ok').toBe(expected);
    },
  );

  it('does hide a hidden CoP (and so its team profile) from non-members', async () => {
    const result = await clients.otherMember.request(TEAM_FIELD, { slug: 'geheim' });
    expect(result.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(result.data).toBeNull();
  });
});
