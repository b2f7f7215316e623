import type { GraphqlClient } from '@leerhuis/platform-testing';

import { insertMember, sessionFor } from '../support/members';
import type { TestStack } from '../support/stack';
import { insertCommunity } from './communities-support';

/** The shipped methods (fixed ids from the migration). */
export const METHOD = {
  incident: '00000000-0000-4000-9000-000000000001',
  bob: '00000000-0000-4000-9000-000000000002',
  roddel: '00000000-0000-4000-9000-000000000003',
  appreciative: '00000000-0000-4000-9000-000000000004',
};

export const CASE_FIELDS = `id state currentPhaseIndex phaseCount title situationWhat question reflection
  nextStep lessons shareConsent sharedScope followUpAnswer viewerRoles
  expectedOfViewer { task allowedKinds phaseIndex deadline }
  phases { index key status deadline autoAdvance contributions { id kind body authorRole viewerCanEdit } }`;

export const CASE = `query($id: ID!) { intervisionCase(id: $id) { ${CASE_FIELDS} } }`;
export const ACCEPT = `mutation($input: AcceptIntervisionCaseInput!) { acceptIntervisionCase(input: $input) { id state currentPhaseIndex } }`;
export const ADVANCE = `mutation($input: IntervisionPhaseActionInput!) { advanceIntervisionPhase(input: $input) { id state currentPhaseIndex } }`;
export const OPEN = `mutation($input: IntervisionPhaseActionInput!) { openIntervisionPhase(input: $input) { id state currentPhaseIndex } }`;
export const CLOSE_PHASE = `mutation($id: ID!) { closeIntervisionPhase(input: { caseId: $id }) { id } }`;
export const EXTEND = `mutation($id: ID!, $s: Int!) { extendIntervisionPhase(input: { caseId: $id, extraSeconds: $s }) { id } }`;
export const CONTRIBUTE = `mutation($id: ID!, $kind: IntervisionContributionKind!, $body: String!) {
  contributeToIntervisionCase(input: { caseId: $id, kind: $kind, body: $body }) { id kind authorRole phaseIndex } }`;
export const EDIT = `mutation($id: ID!, $body: String!) { editIntervisionContribution(input: { contributionId: $id, body: $body }) { id body } }`;
export const REFLECT = `mutation($id: ID!) { submitIntervisionReflection(input: { caseId: $id,
  reflection: "Ik zie nu dat ik te snel wilde sturen.", nextStep: "Gesprek met de directeur plannen." }) { id reflection } }`;
export const CLOSE_CASE = `mutation($id: ID!, $lessons: String!) { closeIntervisionCase(input: { caseId: $id, lessons: $lessons }) { id state lessons } }`;
export const CONSENT = `mutation($id: ID!, $scope: IntervisionShareScope!) { consentToIntervisionLessonSharing(input: { caseId: $id, scope: $scope }) { id shareConsent sharedScope } }`;
export const SHARE = `mutation($id: ID!, $scope: IntervisionShareScope!) { shareIntervisionLessons(input: { caseId: $id, scope: $scope }) { id sharedScope } }`;
export const FOLLOW_UP = `mutation($id: ID!, $answer: String!) { answerIntervisionFollowUp(input: { caseId: $id, answer: $answer }) { id followUpAnswer } }`;
export const DRAFT = `mutation($input: DraftIntervisionCaseInput!) { draftIntervisionCase(input: $input) { id state title } }`;

/** The situation of every test case: emails and outsiders must never show it. */
export const SECRET = 'Geheime situatie over de reorganisatie bij directie Zuid';

export type Role = 'moderator' | 'owner' | 'p1' | 'p2' | 'copMember' | 'outsider' | 'admin';
export const ROLES: Role[] = ['moderator', 'owner', 'p1', 'p2', 'copMember', 'outsider', 'admin'];

export interface IntervisionWorld {
  ids: Record<Role, string>;
  clients: Record<Role, GraphqlClient>;
  emails: Record<Role, string>;
  communityId: string;
  groupId: string;
}

/**
 * A CoP with a coordinator (the moderator) and four members; a group in it with the
 * moderator and three participants (owner, p1, p2) who accepted the agreement. copMember is
 * in the CoP, not the group; outsider in neither; admin is a platform admin.
 */
export async function setUpIntervision(
  stack: TestStack,
  slug = 'intervisie',
): Promise<IntervisionWorld> {
  const ids = {} as Record<Role, string>;
  const clients = {} as Record<Role, GraphqlClient>;
  const emails = {} as Record<Role, string>;
  for (const role of ROLES) {
    emails[role] = `${role.toLowerCase()}.${slug}@minbzk.nl`;
    ids[role] = await insertMember(stack, {
      email: emails[role],
      name: `Intervisie ${role}`,
      admin: role === 'admin',
    });
    clients[role] = await sessionFor(stack, emails[role]);
  }
  const communityId = await insertCommunity(stack, {
    name: `Intervisie CoP ${slug}`,
    slug,
    joinPolicy: 'ON_REQUEST',
    members: [
      { memberId: ids.moderator, role: 'COORDINATOR' },
      { memberId: ids.owner },
      { memberId: ids.p1 },
      { memberId: ids.p2 },
      { memberId: ids.copMember },
    ],
  });
  const created = await clients.moderator.ok<{ createIntervisionGroup: { id: string } }>(
    `mutation($input: CreateIntervisionGroupInput!) { createIntervisionGroup(input: $input) { id } }`,
    {
      input: {
        name: 'Intervisiegroep Noord',
        communityId,
        confidentialityText: 'Wat in deze groep gedeeld wordt, blijft in deze groep.',
      },
    },
  );
  const groupId = created.createIntervisionGroup.id;
  for (const role of ['owner', 'p1', 'p2'] as const) {
    await clients.moderator.ok(
      `mutation($g: ID!, $m: ID!) { inviteToIntervisionGroup(input: { groupId: $g, memberId: $m }) { status } }`,
      { g: groupId, m: ids[role] },
    );
    await clients[role].ok(
      `mutation($g: ID!) { acceptIntervisionAgreement(input: { groupId: $g, agreementVersion: 1, accept: true }) { id } }`,
      { g: groupId },
    );
  }
  return { ids, clients, emails, communityId, groupId };
}

export async function draftCase(
  client: GraphqlClient,
  groupId: string,
  title = 'Vastgelopen samenwerking',
): Promise<string> {
  const data = await client.ok<{ draftIntervisionCase: { id: string } }>(DRAFT, {
    input: {
      groupId,
      title,
      situationWhat: SECRET,
      situationWho: 'Twee directeuren en een programmamanager',
      situationWhere: 'Den Haag',
      situationWhen: 'Vorige maand',
      tried: 'Een gesprek met beide directeuren.',
      question: 'Hoe krijg ik beide directies weer aan tafel?',
    },
  });
  return data.draftIntervisionCase.id;
}

/** The error code (or 'ok') of a request. */
export async function codeOf(
  client: GraphqlClient,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<string> {
  const result = await client.request(query, variables);
  const ext = result.errors?.[0]?.extensions;
  return (ext?.reason as string | undefined) ?? ext?.code ?? 'ok';
}

export interface CaseView {
  id: string;
  state: string;
  currentPhaseIndex: number | null;
  expectedOfViewer: {
    task: string;
    allowedKinds: string[];
    phaseIndex: number | null;
    deadline?: string | null;
  };
  phases: {
    index: number;
    key: string;
    status: string;
    contributions: { id: string; kind: string }[];
  }[];
  followUpAnswer: string | null;
  reflection: string | null;
  lessons: string | null;
}

export async function readCase(client: GraphqlClient, id: string): Promise<CaseView> {
  const data = await client.ok<{ intervisionCase: CaseView }>(CASE, { id });
  return data.intervisionCase;
}
