import type { GraphqlClient } from '@leerhuis/platform-testing';

import { countRows } from '../support/members';
import { startStack, TestStack } from '../support/stack';
import {
  type Applicant,
  APPLY,
  CompositionWorld,
  CONFIRM,
  MOVE,
  PROPOSE,
} from './learning-groups-composition-support';

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

describe('leergroepen: applications and composition', () => {
  let stack: TestStack;
  let w: CompositionWorld;
  let facilitator: GraphqlClient;
  let applicants: Applicant[];
  const createGroup = (name: string, extra?: Record<string, unknown>) => w.createGroup(name, extra);

  beforeAll(async () => {
    stack = await startStack({ worker: true });
    w = await CompositionWorld.start(stack);
    ({ facilitator, applicants } = w);
  }, 60_000);

  afterAll(() => stack?.stop());

  it('does compose 14 applicants from 7 ministries into two groups of 7 and email everyone once, members with a .ics series', async () => {
    const groupId = await createGroup('Leergroep programmadirecteuren 2027');
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
});
