import type { GraphqlClient } from '@leerhuis/platform-testing';

import { insertMember } from '../support/members';
import type { TestStack } from '../support/stack';
import { signInPersonas } from './authorization-personas';

/** The people the sessions and rode draden specs ask about, from outsider to platform admin. */
export type Persona =
  'anonymous' | 'otherMember' | 'applicant' | 'member1' | 'member2' | 'facilitator' | 'admin';
export const PERSONAS: Persona[] = [
  'anonymous',
  'otherMember',
  'applicant',
  'member1',
  'member2',
  'facilitator',
  'admin',
];
export const MANAGES = ['facilitator', 'admin'];

export const SESSIONS = `query($g: ID!, $n: Int!) {
  learningGroupSessions(learningGroupId: $g, groupNumber: $n) {
    id groupNumber sequence startsAt startsAtLocal agenda notes
    attendance { status member { id name } }
  }
}`;

export interface Session {
  id: string;
  sequence: number;
  startsAt: string;
  startsAtLocal: string;
  agenda: string;
  notes: string;
  attendance: { status: string; member: { id: string } | null }[];
}

/**
 * A running leergroep (every 6 weeks from 12 January 2027) with member1 and three others in
 * group 1 and member2 and three others in group 2, the facilitator, an applicant who was not
 * placed, an outsider and an admin.
 */
export class SessionsWorld {
  readonly ids = {} as Record<Persona, string>;
  readonly clients = {} as Record<Persona, GraphqlClient>;
  readonly group1: string[] = [];
  readonly group2: string[] = [];
  running = '';

  constructor(readonly stack: TestStack) {}

  static async start(stack: TestStack): Promise<SessionsWorld> {
    const world = new SessionsWorld(stack);
    const { ids, group1, group2 } = world;
    await signInPersonas(stack, PERSONAS, world);
    group1.push(ids.member1);
    group2.push(ids.member2);
    for (let i = 0; i < 6; i++) {
      const id = await insertMember(stack, { email: `lid${i}@minbzk.nl`, name: `Lid ${i}` });
      (i < 3 ? group1 : group2).push(id);
    }
    world.running = await world.freshRunning();
    // The applicant applied but was not placed.
    const [programme]: { id: string }[] = await stack.dataSource.query(
      `INSERT INTO programme (director_id, name, ministry_id, type, strategy, phase, has_budget)
       VALUES ($1, 'Programma', '00000000-0000-4000-8000-000000000003', 'KETENREGIE_OWN_FRAMEWORKS', 'POLICY', 'START', false)
       RETURNING id`,
      [ids.applicant],
    );
    await stack.dataSource.query(
      `INSERT INTO learning_group_application (learning_group_id, applicant_id, programme_id, learning_wish, status)
       VALUES ($1, $2, $3, 'Leren van andere programma''s.', 'NOT_PLACED')`,
      [world.running, ids.applicant, programme.id],
    );
    return world;
  }

  /** Another running leergroep with the same two groups (a test's own, to change freely). */
  async freshRunning(): Promise<string> {
    const g = await this.learningGroup('RUNNING');
    await this.place(g, this.group1, 1);
    await this.place(g, this.group2, 2);
    return g;
  }

  async learningGroup(status: string, cadence = 6): Promise<string> {
    const rows: { id: string }[] = await this.stack.dataSource.query(
      `INSERT INTO learning_group (name, facilitator_id, cohort_starts_on, cohort_ends_on, first_session_at, target_size, status, cadence_weeks)
       VALUES ($1, $2, '2027-01-01', '2027-12-31', '2027-01-12T13:00:00Z', 4, $3, $4) RETURNING id`,
      [`Leergroep ${status} ${cadence}`, this.ids.facilitator, status, cadence],
    );
    return rows[0].id;
  }

  async place(groupId: string, members: string[], number: number): Promise<void> {
    for (const memberId of members)
      await this.stack.dataSource.query(
        `INSERT INTO learning_group_member (learning_group_id, member_id, group_number) VALUES ($1, $2, $3)`,
        [groupId, memberId, number],
      );
  }

  async sessionsOf(client: GraphqlClient, g: string, n: number): Promise<Session[]> {
    const data = await client.ok<{ learningGroupSessions: Session[] }>(SESSIONS, { g, n });
    return data.learningGroupSessions;
  }
}
