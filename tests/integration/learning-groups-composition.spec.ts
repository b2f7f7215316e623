import type { GraphqlClient } from '@leerhuis/platform-testing';

import { countRows, insertMember, sessionFor } from '../support/members';
import { startStack, TestStack } from '../support/stack';

const ministry = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const TYPES = [
  'KETENREGIE_FIXED_FRAMEWORKS',
  'KETENREGIE_OWN_FRAMEWORKS',
  'KETENSTURING_MINISTER_FRAMEWORKS',
  'KETENSTURING_COFINANCING',
];
const PHASES = ['START', 'UITVOERING', 'AFRONDING'];

const DESCRIBE = `mutation($input: DescribeProgrammeInput!) {
  describeProgramme(input: $input) { id name ministryId type strategy phase themes hasBudget ministry { name } }
}`;
const CREATE = `mutation($input: CreateLearningGroupInput!) {
  createLearningGroup(input: $input) { id status targetSize cadenceWeeks firstSessionLocal }
}`;
const APPLY = `mutation($input: ApplyToLearningGroupInput!) {
  applyToLearningGroup(input: $input) { id status }
}`;
const PROPOSE = `mutation($g: ID!) {
  proposeLearningGroupComposition(input: { learningGroupId: $g }) {
    status
    proposal { groups { number reasons { code value message } applications { applicant { id } programme { ministryId type phase } } } }
  }
}`;
const MOVE = `mutation($g: ID!, $m: ID!, $to: Int!) {
  moveLearningGroupMember(input: { learningGroupId: $g, memberId: $m, toGroup: $to }) {
    proposal { groups { number applications { applicant { id } } } }
  }
}`;
const CONFIRM = `mutation($g: ID!) {
  confirmLearningGroupComposition(input: { learningGroupId: $g }) {
    status groups { number members { id } sessions firstSessionLocal }
  }
}`;

/** An .ics as a calendar reads it: lines unfolded, properties of the calendar and the event. */
function parseIcs(ics: string) {
  const lines = ics
    .replace(/\r?\n[ \t]/g, '')
    .split(/\r?\n/)
    .filter(Boolean);
  const event = new Map<string, string>();
  let inEvent = false;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') inEvent = true;
    else if (line === 'END:VEVENT') inEvent = false;
    else if (inEvent) {
      const colon = line.indexOf(':');
      event.set(line.slice(0, colon), line.slice(colon + 1));
    }
  }
  return { lines, event };
}

/** Expands `RRULE:FREQ=WEEKLY;INTERVAL=n;UNTIL=…` from a local DTSTART, as a calendar would. */
function expandWeekly(dtstart: string, rrule: string): string[] {
  const rule = Object.fromEntries(rrule.split(';').map((p) => p.split('=')));
  expect(rule.FREQ).toBe('WEEKLY');
  const until = new Date(
    rule.UNTIL.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, '$1-$2-$3T$4:$5:$6Z'),
  );
  const [, y, mo, d, h, mi] = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})/.exec(dtstart)!.map(Number);
  const out: string[] = [];
  for (let i = 0; i < 100; i++) {
    const local = new Date(Date.UTC(y, mo - 1, d + i * 7 * Number(rule.INTERVAL), h, mi));
    const text = local.toISOString().slice(0, 16);
    // Amsterdam offset at that wall time: summer (CEST) between the last Sundays of March and October.
    const instant = amsterdamInstant(text);
    if (instant > until) break;
    out.push(text);
  }
  return out;
}

function amsterdamInstant(local: string): Date {
  const wall = Date.parse(`${local}:00Z`);
  for (const offset of [120, 60]) {
    const candidate = new Date(wall - offset * 60_000);
    const shown = new Intl.DateTimeFormat('sv-SE', {
      timeZone: 'Europe/Amsterdam',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    })
      .format(candidate)
      .replace(' ', 'T');
    if (shown === local) return candidate;
  }
  throw new Error(`no instant for ${local}`);
}

describe('leergroepen: programmes, applications and composition', () => {
  let stack: TestStack;
  let admin: GraphqlClient;
  let facilitator: GraphqlClient;
  let facilitatorId: string;
  let firstGroupId: string;
  const applicants: {
    id: string;
    email: string;
    client: GraphqlClient;
    programmeId: string;
    ministry: string;
  }[] = [];

  beforeAll(async () => {
    stack = await startStack({ worker: true });
    await insertMember(stack, { email: 'admin@minbzk.nl', name: 'Beheerder', admin: true });
    admin = await sessionFor(stack, 'admin@minbzk.nl');
    // The facilitator comes from outside the ministries' own staff (a consultancy pool member).
    facilitatorId = await insertMember(stack, {
      email: 'begeleider@adviespool.nl',
      name: 'Bea Begeleider',
    });
    facilitator = await sessionFor(stack, 'begeleider@adviespool.nl');
    for (let i = 0; i < 14; i++) {
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
      applicants.push({ id, email, client, programmeId: describeProgramme.id, ministry: m });
    }
  }, 60_000);

  afterAll(() => stack?.stop());

  async function createGroup(name: string, extra: Record<string, unknown> = {}) {
    const { createLearningGroup } = await admin.ok<{ createLearningGroup: { id: string } }>(
      CREATE,
      {
        input: {
          name,
          goal: 'Ervaringen spiegelen en rode draden vinden.',
          facilitatorId,
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

  it('does compose 14 applicants from 7 ministries into two groups of 7 and email everyone once, members with a .ics series', async () => {
    const groupId = await createGroup('Leergroep programmadirecteuren 2027');
    firstGroupId = groupId;
    for (const a of applicants) {
      await a.client.ok(APPLY, {
        input: {
          learningGroupId: groupId,
          programmeId: a.programmeId,
          learningWish: 'Hoe houd ik de keten bij elkaar zonder budget?',
        },
      });
    }
    const twice = await applicants[0].client.request(APPLY, {
      input: {
        learningGroupId: groupId,
        programmeId: applicants[0].programmeId,
        learningWish: 'Nog een keer aanmelden.',
      },
    });
    expect(twice.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(
      await countRows(stack, 'learning_group_application', 'learning_group_id = $1', [groupId]),
    ).toBe(14);
    // Withdrawing while applications are open, then applying again, is fine.
    const WITHDRAW = `mutation($g: ID!) { withdrawLearningGroupApplication(input: { learningGroupId: $g }) }`;
    await applicants[0].client.ok(WITHDRAW, { g: groupId });
    const gone = await applicants[0].client.request(WITHDRAW, { g: groupId });
    expect(gone.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    await applicants[0].client.ok(APPLY, {
      input: {
        learningGroupId: groupId,
        programmeId: applicants[0].programmeId,
        learningWish: 'Toch weer aangemeld, met dezelfde vraag.',
      },
    });
    const foreign = await applicants[1].client.request(APPLY, {
      input: {
        learningGroupId: groupId,
        programmeId: applicants[2].programmeId,
        learningWish: 'Met andermans programma.',
      },
    });
    expect(foreign.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    const tooFew = await facilitator.request(PROPOSE, { g: await createGroup('Nog leeg') });
    expect(tooFew.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', applicants: 0 });

    const notFacilitator = await applicants[0].client.request(PROPOSE, { g: groupId });
    expect(notFacilitator.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    type Proposal = {
      proposeLearningGroupComposition: {
        status: string;
        proposal: {
          groups: {
            number: number;
            reasons: { code: string; value: number }[];
            applications: {
              applicant: { id: string };
              programme: { ministryId: string; type: string; phase: string };
            }[];
          }[];
        };
      };
    };
    const { proposeLearningGroupComposition: proposed } = await facilitator.ok<Proposal>(PROPOSE, {
      g: groupId,
    });
    expect(proposed.status).toBe('COMPOSING');
    expect(proposed.proposal.groups.map((g) => g.applications.length)).toEqual([7, 7]);
    for (const group of proposed.proposal.groups) {
      expect(new Set(group.applications.map((a) => a.programme.ministryId)).size).toBe(7);
      expect(new Set(group.applications.map((a) => a.programme.type)).size).toBeGreaterThanOrEqual(
        3,
      );
      expect(new Set(group.applications.map((a) => a.programme.phase)).size).toBe(3);
      expect(group.reasons.map((r) => r.code)).toEqual(
        expect.arrayContaining(['DIFFERENT_MINISTRIES', 'PROGRAMME_TYPE_MIX', 'PHASE_MIX', 'SIZE']),
      );
    }
    const late = await applicants[0].client.request(APPLY, {
      input: {
        learningGroupId: groupId,
        programmeId: applicants[0].programmeId,
        learningWish: 'Te laat aangemeld.',
      },
    });
    expect(late.errors?.[0].extensions?.code).toBe('CONFLICT');
    const lateWithdrawal = await applicants[0].client.request(WITHDRAW, { g: groupId });
    expect(lateWithdrawal.errors?.[0].extensions?.code).toBe('CONFLICT');

    // Moving three people out of group 1 leaves it with 4 and group 2 with 10: refused, nothing stored.
    const group1 = proposed.proposal.groups[0].applications.map((a) => a.applicant.id);
    for (const id of group1.slice(0, 3)) await facilitator.ok(MOVE, { g: groupId, m: id, to: 2 });
    const tooBig = await facilitator.request(CONFIRM, { g: groupId });
    expect(tooBig.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'groups.2', message: 'group 2 has 10 members; it needs 4 to 8' }],
    });
    expect(await countRows(stack, 'learning_group_member')).toBe(0);
    expect(await countRows(stack, 'learning_group', `status = 'COMPOSING'`)).toBe(1);
    for (const id of group1.slice(0, 3)) await facilitator.ok(MOVE, { g: groupId, m: id, to: 1 });

    type Confirmed = {
      confirmLearningGroupComposition: {
        status: string;
        groups: {
          number: number;
          members: { id: string }[];
          sessions: string[];
          firstSessionLocal: string;
        }[];
      };
    };
    const { confirmLearningGroupComposition: confirmed } = await facilitator.ok<Confirmed>(
      CONFIRM,
      { g: groupId },
    );
    expect(confirmed.status).toBe('RUNNING');
    expect(confirmed.groups.map((g) => g.members.length)).toEqual([7, 7]);
    expect(confirmed.groups.map((g) => g.firstSessionLocal)).toEqual([
      '2027-01-12T14:00',
      '2027-01-19T14:00',
    ]);

    // Everyone placed gets one email with the series of their own group.
    for (const a of applicants) {
      const mail = await stack.mail.waitFor(
        (m) => m.to.includes(a.email) && m.subject.includes('ingedeeld'),
      );
      const own = confirmed.groups.find((g) => g.members.some((m) => m.id === a.id))!;
      expect(mail.text).toContain(`groep ${own.number}`);
      expect(mail.attachments).toHaveLength(1);
      expect(mail.attachments[0].contentType).toContain('text/calendar');
      const ics = parseIcs(Buffer.from(mail.attachments[0].content, 'base64').toString('utf8'));
      expect(ics.lines).toContain('TZID:Europe/Amsterdam');
      expect(ics.lines).toContain('BEGIN:VTIMEZONE');
      const dtstart = ics.event.get('DTSTART;TZID=Europe/Amsterdam')!;
      expect(dtstart).toBe(own.number === 1 ? '20270112T140000' : '20270119T140000');
      const occurrences = expandWeekly(dtstart, ics.event.get('RRULE')!);
      // Every session at 14:00 Amsterdam time, before and after both DST changes of 2027.
      expect(occurrences.every((o) => o.endsWith('T14:00'))).toBe(true);
      expect(occurrences.map((o) => amsterdamInstant(o).toISOString())).toEqual(own.sessions);
      expect(occurrences.length).toBe(9);
    }
    const facilitatorMail = await stack.mail.waitFor((m) =>
      m.to.includes('begeleider@adviespool.nl'),
    );
    expect(facilitatorMail.attachments).toHaveLength(2);

    // Exactly once: the outbox sweep and a repeated job send nothing more.
    await stack.settle();
    expect(stack.mail.messages.filter((m) => m.subject.includes('ingedeeld'))).toHaveLength(14);
    expect(stack.mail.messagesTo('begeleider@adviespool.nl')).toHaveLength(1);
    expect(await countRows(stack, 'learning_group_application', `status = 'PLACED'`)).toBe(14);

    const again = await facilitator.request(CONFIRM, { g: groupId });
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
  }, 60_000);

  it('does refuse to confirm a member who is already in a running leergroep, storing nothing', async () => {
    const groupId = await createGroup('Tweede leergroep', { targetSize: 4 });
    // Four new directors and one who already runs in the first leergroep.
    const fresh: { client: GraphqlClient; programmeId: string }[] = [];
    for (let i = 0; i < 4; i++) {
      const email = `nieuw${i}@rijksoverheid.nl`;
      const m = ministry(8 + i);
      await insertMember(stack, { email, name: `Nieuwe directeur ${i}`, organisationId: m });
      const client = await sessionFor(stack, email);
      const { describeProgramme } = await client.ok<{ describeProgramme: { id: string } }>(
        DESCRIBE,
        {
          input: {
            name: `Nieuw programma ${i}`,
            ministryId: m,
            type: TYPES[i],
            strategy: 'POLICY',
            phase: PHASES[i % 3],
            hasBudget: true,
          },
        },
      );
      fresh.push({ client, programmeId: describeProgramme.id });
    }
    for (const f of [...fresh, applicants[0]]) {
      await f.client.ok(APPLY, {
        input: {
          learningGroupId: groupId,
          programmeId: f.programmeId,
          learningWish: 'Leren van andere programma’s.',
        },
      });
    }
    await facilitator.ok(PROPOSE, { g: groupId });
    const refused = await facilitator.request(CONFIRM, { g: groupId });
    expect(refused.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      memberIds: [applicants[0].id],
      fields: [
        {
          field: `members.${applicants[0].id}`,
          message: 'already in the running leergroep Leergroep programmadirecteuren 2027',
        },
      ],
    });
    expect(
      await countRows(stack, 'learning_group_member', 'learning_group_id = $1', [groupId]),
    ).toBe(0);
    expect(
      await countRows(
        stack,
        'learning_group_application',
        `learning_group_id = $1 AND status <> 'APPLIED'`,
        [groupId],
      ),
    ).toBe(0);
    expect(
      await countRows(stack, 'learning_group', `id = $1 AND status = 'COMPOSING'`, [groupId]),
    ).toBe(1);

    // Once the first leergroep is finished, its members are free: the same proposal confirms.
    const finished = await facilitator.ok<{ finishLearningGroup: { status: string } }>(
      `mutation($g: ID!) { finishLearningGroup(input: { learningGroupId: $g }) { status } }`,
      { g: firstGroupId },
    );
    expect(finished.finishLearningGroup.status).toBe('FINISHED');
    const confirmed = await facilitator.ok<{ confirmLearningGroupComposition: { status: string } }>(
      CONFIRM,
      { g: groupId },
    );
    expect(confirmed.confirmLearningGroupComposition.status).toBe('RUNNING');
    expect(
      await countRows(stack, 'learning_group_member', 'learning_group_id = $1', [groupId]),
    ).toBe(5);
  }, 30_000);
});
