import type { GraphqlClient } from '@leerhuis/platform-testing';

import { insertMember, sessionFor } from '../support/members';
import type { TestStack } from '../support/stack';

export const ministry = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
export const TYPES = [
  'KETENREGIE_FIXED_FRAMEWORKS',
  'KETENREGIE_OWN_FRAMEWORKS',
  'KETENSTURING_MINISTER_FRAMEWORKS',
  'KETENSTURING_COFINANCING',
];
export const PHASES = ['START', 'UITVOERING', 'AFRONDING'];

export const DESCRIBE = `mutation($input: DescribeProgrammeInput!) {
  describeProgramme(input: $input) { id name ministryId type strategy phase themes hasBudget ministry { name } }
}`;
export const CREATE = `mutation($input: CreateLearningGroupInput!) {
  createLearningGroup(input: $input) { id status targetSize cadenceWeeks firstSessionLocal }
}`;
export const APPLY = `mutation($input: ApplyToLearningGroupInput!) {
  applyToLearningGroup(input: $input) { id status }
}`;
export const PROPOSE = `mutation($g: ID!) {
  proposeLearningGroupComposition(input: { learningGroupId: $g }) {
    status
    proposal { groups { number reasons { code value message } applications { applicant { id } programme { ministryId type phase } } } }
  }
}`;
export const MOVE = `mutation($g: ID!, $m: ID!, $to: Int!) {
  moveLearningGroupMember(input: { learningGroupId: $g, memberId: $m, toGroup: $to }) {
    proposal { groups { number applications { applicant { id } } } }
  }
}`;
export const CONFIRM = `mutation($g: ID!) {
  confirmLearningGroupComposition(input: { learningGroupId: $g }) {
    status groups { number members { id } sessions firstSessionLocal }
  }
}`;

export interface Applicant {
  id: string;
  email: string;
  client: GraphqlClient;
  programmeId: string;
  ministry: string;
}

/**
 * An admin, a facilitator from outside the ministries' own staff (a consultancy pool
 * member), and `count` programme directors from 7 ministries who each described a programme.
 */
export class CompositionWorld {
  admin!: GraphqlClient;
  facilitator!: GraphqlClient;
  facilitatorId = '';
  readonly applicants: Applicant[] = [];

  private constructor(readonly stack: TestStack) {}

  static async start(stack: TestStack, count = 14): Promise<CompositionWorld> {
    const world = new CompositionWorld(stack);
    await insertMember(stack, { email: 'admin@minbzk.nl', name: 'Beheerder', admin: true });
    world.admin = await sessionFor(stack, 'admin@minbzk.nl');
    world.facilitatorId = await insertMember(stack, {
      email: 'begeleider@adviespool.nl',
      name: 'Bea Begeleider',
    });
    world.facilitator = await sessionFor(stack, 'begeleider@adviespool.nl');
    for (let i = 0; i < count; i++) {
      const email = `pd${i}@rijksoverheid.nl`;
      const m = ministry((i % 7) + 1);
      const id = await insertMember(stack, {
        email,
        name: `Programmadirecteur ${i}`,
        organisationId: m,
      });
      const client = await sessionFor(stack, email);
      const { describeProgramme } = await client.ok<{ describeProgramme: { id: string } }>(
        DESCRIBE,
        {
          input: {
            name: `Programma ${i}`,
            ministryId: m,
            type: TYPES[i % 4],
            strategy: 'IMPLEMENTATION',
            phase: PHASES[i % 3],
            themes: ['ketensamenwerking'],
            hasBudget: i % 2 === 0,
          },
        },
      );
      world.applicants.push({ id, email, client, programmeId: describeProgramme.id, ministry: m });
    }
    return world;
  }

  async createGroup(name: string, extra: Record<string, unknown> = {}): Promise<string> {
    const { createLearningGroup } = await this.admin.ok<{ createLearningGroup: { id: string } }>(
      CREATE,
      {
        input: {
          name,
          goal: 'Ervaringen spiegelen en rode draden vinden.',
          facilitatorId: this.facilitatorId,
          cohortStartsOn: '2027-01-01',
          cohortEndsOn: '2027-12-31',
          firstSessionAt: '2027-01-12T14:00',
          location: 'Den Haag, Turfmarkt 147',
          ...extra,
        },
      },
    );
    return createLearningGroup.id;
  }
}
