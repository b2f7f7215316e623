import type { GraphqlClient } from '@leerhuis/platform-testing';

import { countRows } from '../support/members';
import { startStack, TestStack } from '../support/stack';
import {
  type Applicant,
  CompositionWorld,
  CREATE,
  DESCRIBE,
  ministry,
} from './learning-groups-composition-support';

describe('leergroepen: programmes and creating a leergroep', () => {
  let stack: TestStack;
  let w: CompositionWorld;
  let admin: GraphqlClient;
  let facilitatorId: string;
  let applicants: Applicant[];

  beforeAll(async () => {
    stack = await startStack({ worker: true });
    w = await CompositionWorld.start(stack);
    ({ admin, facilitatorId, applicants } = w);
  }, 60_000);

  afterAll(() => stack?.stop());

  it('does describe, change and remove your own programme, with field errors for bad input', async () => {
    const me = applicants[0].client;
    const bad = await me.request(DESCRIBE, {
      input: {
        name: 'x',
        ministryId: ministry(1),
        type: 'KETENREGIE_OWN_FRAMEWORKS',
        strategy: 'POLICY',
        phase: 'START',
        hasBudget: true,
      },
    });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0].extensions?.fields).toEqual([
      { field: 'name', message: 'name must be 3 to 160 characters' },
    ]);
    const notMinistry = await me.request(DESCRIBE, {
      input: {
        name: 'Programma X',
        ministryId: '00000000-0000-4000-8000-0000000000ff',
        type: 'KETENREGIE_OWN_FRAMEWORKS',
        strategy: 'POLICY',
        phase: 'START',
        hasBudget: true,
      },
    });
    expect(notMinistry.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'ministryId' }],
    });

    const { describeProgramme } = await me.ok<{
      describeProgramme: { id: string; ministry: { name: string } };
    }>(DESCRIBE, {
      input: {
        name: 'Tijdelijk programma',
        ministryId: ministry(2),
        type: 'KETENSTURING_COFINANCING',
        strategy: 'STIMULATION',
        phase: 'AFRONDING',
        themes: ['zorg', 'zorg'],
        hasBudget: false,
      },
    });
    expect(describeProgramme.ministry.name).toBeTruthy();
    const other = await applicants[1].client.request(
      `mutation($id: ID!) { deleteProgramme(input: { programmeId: $id }) }`,
      { id: describeProgramme.id },
    );
    expect(other.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const updated = await me.ok<{ updateProgramme: { phase: string; themes: string[] } }>(
      `mutation($input: UpdateProgrammeInput!) { updateProgramme(input: $input) { phase themes } }`,
      {
        input: {
          programmeId: describeProgramme.id,
          name: 'Tijdelijk programma',
          ministryId: ministry(2),
          type: 'KETENSTURING_COFINANCING',
          strategy: 'STIMULATION',
          phase: 'UITVOERING',
          themes: ['zorg'],
          hasBudget: true,
        },
      },
    );
    expect(updated.updateProgramme).toEqual({ phase: 'UITVOERING', themes: ['zorg'] });
    const mine = await me.ok<{ myProgrammes: { id: string }[] }>(`{ myProgrammes { id } }`);
    expect(mine.myProgrammes).toHaveLength(2);
    await me.ok(`mutation($id: ID!) { deleteProgramme(input: { programmeId: $id }) }`, {
      id: describeProgramme.id,
    });
    expect(await countRows(stack, 'programme', 'id = $1', [describeProgramme.id])).toBe(0);
  });

  it('does refuse a leergroep with bad dates or size, naming the fields, and lets only admins create one', async () => {
    const bad = await admin.request(CREATE, {
      input: {
        name: 'Fout',
        facilitatorId,
        cohortStartsOn: '2027-06-01',
        cohortEndsOn: '2027-01-01',
        firstSessionAt: '2027-03-28T02:30',
        targetSize: 9,
      },
    });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0].extensions?.fields).toEqual([
      { field: 'targetSize', message: 'targetSize must be 4 to 8' },
    ]);
    const dates = await admin.request(CREATE, {
      input: {
        name: 'Fout',
        facilitatorId,
        cohortStartsOn: '2027-06-01',
        cohortEndsOn: '2027-01-01',
        firstSessionAt: '2027-03-28T02:30',
      },
    });
    expect(dates.errors?.[0].extensions?.fields).toEqual([
      { field: 'cohortEndsOn', message: 'cohortEndsOn must be after cohortStartsOn' },
      { field: 'firstSessionAt', message: 'firstSessionAt is not a time that exists in Amsterdam' },
    ]);
    const byMember = await applicants[0].client.request(CREATE, {
      input: {
        name: 'Eigen',
        facilitatorId,
        cohortStartsOn: '2027-01-01',
        cohortEndsOn: '2027-12-31',
        firstSessionAt: '2027-01-12T14:00',
      },
    });
    expect(byMember.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await countRows(stack, 'learning_group')).toBe(0);
  });
});
