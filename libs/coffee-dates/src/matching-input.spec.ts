import { matchKoffiedateRound } from '@leerhuis/matching';

import { buildMatchingInput, organisationTypeFor } from './matching-input';
import type { ParticipantRow } from './round-participant.repository';

const row = (
  memberId: string,
  ministryId: string | null,
  organisationType = 'MINISTRY',
): ParticipantRow => ({
  memberId,
  organisationId: `${memberId}-org`,
  organisationType,
  ministryId,
  themes: [],
});

const source = (
  participants: ParticipantRow[],
  extra: Partial<Parameters<typeof buildMatchingInput>[0]> = {},
) => ({
  participants,
  profiles: new Map(),
  blocks: [],
  history: [],
  lastRound: { trio: new Set<string>(), unmatched: new Set<string>() },
  roundDate: '2026-12-01',
  seed: 'seed',
  organisationLevel: 'ministry' as const,
  repeatWindowMonths: 12,
  ...extra,
});

describe(buildMatchingInput.name, () => {
  it('does map the organisation tree to the policy/implementation mix', () => {
    expect(organisationTypeFor('DIRECTORATE_GENERAL')).toBe('policy');
    expect(organisationTypeFor('EXECUTIVE_AGENCY')).toBe('implementation');
    expect(organisationTypeFor('INSPECTORATE')).toBe('inspection');
    expect(organisationTypeFor('MUNICIPALITY')).toBe('other-government');
    expect(organisationTypeFor('PARTNER')).toBe('partner');
  });

  it('does keep two people of one ministry apart, and match them when the level is the team', () => {
    const people = [row('a', 'BZK'), row('b', 'BZK', 'DIRECTORATE_GENERAL')];
    expect(matchKoffiedateRound(buildMatchingInput(source(people))).groups).toEqual([]);
    const team = buildMatchingInput(
      source(people, { organisationLevel: 'none', repeatWindowMonths: 0 }),
    );
    expect(matchKoffiedateRound(team).groups).toHaveLength(1);
  });

  it('does pass blocks, history and last round as the engine expects', () => {
    const input = buildMatchingInput(
      source([row('a', 'BZK'), row('b', 'EZK'), row('c', 'FIN')], {
        blocks: [{ blockerId: 'a', blockedId: 'b' }],
        history: [{ a: 'a', b: 'c', date: '2026-06-01' }],
        lastRound: { trio: new Set(['b']), unmatched: new Set(['c']) },
      }),
    );
    expect(input.blocks).toEqual([{ blockerId: 'a', blockedId: 'b' }]);
    expect(input.history).toEqual([{ participantIds: ['a', 'c'], date: '2026-06-01' }]);
    expect(
      input.participants.map((p) => [p.id, p.wasInTrioLastRound, p.wasUnmatchedLastRound]),
    ).toEqual([
      ['a', false, false],
      ['b', true, false],
      ['c', false, true],
    ]);
    // a may meet neither b (blocked) nor c (met in June): b and c pair, a is told why.
    const result = matchKoffiedateRound(input);
    expect(result.groups.map((g) => [...g.participantIds].sort())).toEqual([['b', 'c']]);
    expect(result.unmatched.map((u) => u.participantId)).toEqual(['a']);
  });

  it("does pass each member's trios and unmatched rounds of the last 12 months", () => {
    const people = ['a', 'b', 'c', 'd', 'e'].map((id, i) => row(id, `m${i}`));
    const input = buildMatchingInput(
      source(people, {
        oddOneOutCounts: new Map([
          ['a', { trios: 2, unmatched: 0 }],
          ['b', { trios: 2, unmatched: 1 }],
          ['c', { trios: 0, unmatched: 2 }],
        ]),
      }),
    );
    expect(input.participants.map((p) => [p.id, p.trioCount, p.unmatchedCount])).toEqual([
      ['a', 2, 0],
      ['b', 2, 1],
      ['c', 0, 2],
      ['d', 0, 0],
      ['e', 0, 0],
    ]);
    // Five people make one trio: not a or b, who already had two this year.
    const trio = matchKoffiedateRound(input).groups.find((g) => g.kind === 'trio');
    expect(trio?.participantIds).toEqual(['c', 'd', 'e']);
  });

  it('does use profiles as lower-case styles, and none without a profile', () => {
    const input = buildMatchingInput(
      source([row('a', 'BZK'), row('b', 'EZK')], {
        profiles: new Map([
          [
            'a',
            {
              memberId: 'a',
              scores: {
                verbinder: 90,
                motivator: 10,
                cartograaf: 10,
                held: 10,
                vinder: 10,
                onderhandelaar: 10,
              },
              preferredStyles: ['verbinder'],
            },
          ],
        ]),
      }),
    );
    expect(input.participants[0].preferredStyles).toEqual(['verbinder']);
    expect(input.participants[1]).toMatchObject({ preferredStyles: [], styleScores: undefined });
  });
});
