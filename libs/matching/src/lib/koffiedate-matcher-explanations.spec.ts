import { KoffiedateMatcher } from './koffiedate-matcher';
import { participant, randomRound } from './koffiedate-matcher.test-helpers';
import { MatchingInputError } from './matching.types';
import { SeededRandom } from './seeded-random';

describe(`${KoffiedateMatcher.name}: explanations, history and input`, () => {
  const matcher = new KoffiedateMatcher();

  it('does explain why nobody could be matched', () => {
    const sameMinistry = matcher.match({
      participants: [participant('a', 'BZK'), participant('b', 'BZK'), participant('c', 'BZK')],
      roundDate: '2026-05-01',
      seed: 1,
    });
    expect(sameMinistry.groups).toEqual([]);
    expect(sameMinistry.unmatched.map((u) => u.reason.code)).toEqual([
      'no-valid-partner',
      'no-valid-partner',
      'no-valid-partner',
    ]);
    expect(sameMinistry.unmatched[0].reason.message).toBe(
      'no valid partner: everyone else is in your ministry',
    );

    const blocked = matcher.match({
      participants: [participant('a', 'BZK'), participant('b', 'FIN'), participant('c', 'BZK')],
      blocks: [{ blockerId: 'b', blockedId: 'a' }],
      history: [{ participantIds: ['c', 'b'], date: '2026-01-01' }],
      roundDate: '2026-05-01',
      seed: 1,
    });
    expect(blocked.unmatched[0]).toEqual({
      participantId: 'a',
      reason: expect.objectContaining({
        code: 'no-valid-partner',
        message:
          'no valid partner: everyone else is in your ministry or on your block list (or have you on theirs)',
      }),
    });
    expect(blocked.unmatched[2].reason.message).toContain('someone you met in the last 12 months');

    const alone = matcher.match({
      participants: [participant('a', 'AZ')],
      roundDate: '2026-05-01',
      seed: 1,
    });
    expect(alone.unmatched[0].reason.code).toBe('only-participant');
  });

  it('does report partners taken when a trio is not allowed', () => {
    // b and c can both only meet a, and may not meet each other: one gets a, the other a reason.
    const result = matcher.match({
      participants: [participant('a', 'AZ'), participant('b', 'BZ'), participant('c', 'BZ')],
      roundDate: '2026-05-01',
      seed: 3,
    });
    expect(result.groups).toHaveLength(1);
    expect(result.unmatched[0].reason.code).toBe('partners-taken');
  });

  it('does allow a repeat only outside the repeat window', () => {
    const participants = [participant('a', 'AZ'), participant('b', 'BZ')];
    const match = (date: string, repeatWindowMonths?: number) =>
      matcher.match({
        participants,
        history: [{ participantIds: ['a', 'b'], date }],
        roundDate: '2026-05-01',
        seed: 1,
        config: { repeatWindowMonths },
      }).groups.length;
    expect(match('2025-06-01')).toBe(0);
    expect(match('2025-05-01')).toBe(1);
    expect(match('2026-01-01', 3)).toBe(1);
  });

  it('does return the same result for the same seed and may differ for another', () => {
    const input = randomRound(new SeededRandom('determinism'), 40, 8);
    // Without profiles every pair weighs the same: only the seed decides.
    const ties = [...Array(12).keys()].map((i) => participant(`p${i}`, `m${i}`));
    for (const algorithm of ['exact', 'scalable'] as const) {
      const first = matcher.match({ ...input, config: { algorithm } });
      expect(matcher.match({ ...input, config: { algorithm } })).toEqual(first);
      const others = [1, 2, 3, 4, 5].map((seed) =>
        JSON.stringify(
          matcher.match({
            participants: ties,
            roundDate: '2026-05-01',
            seed,
            config: { algorithm },
          }).groups,
        ),
      );
      expect(new Set(others).size).toBeGreaterThan(1);
    }
  });

  it('does not put last round’s trio member in a trio again, and matches last round’s unmatched first', () => {
    for (let seed = 0; seed < 30; seed++) {
      const participants = [...Array(7).keys()].map((i) =>
        participant(`p${i}`, `m${i}`, { wasInTrioLastRound: i === seed % 7 }),
      );
      for (const algorithm of ['exact', 'scalable'] as const) {
        const trio = matcher
          .match({ participants, roundDate: '2026-05-01', seed, config: { algorithm } })
          .groups.find((g) => g.kind === 'trio');
        expect(trio?.participantIds).not.toContain(`p${seed % 7}`);
      }
      // b and c compete for a; c was unmatched last time, so c gets a.
      const result = matcher.match({
        participants: [
          participant('a', 'AZ'),
          participant('b', 'BZ'),
          participant('c', 'BZ', { wasUnmatchedLastRound: true }),
        ],
        roundDate: '2026-05-01',
        seed,
      });
      expect(result.groups[0].participantIds).toEqual(['a', 'c']);
      expect(result.groups[0].reasons.map((r) => r.code)).toContain('priority-last-round');
    }
  });

  it('does explain a good pair', () => {
    const result = matcher.match({
      participants: [
        participant('a', 'BZK', {
          preferredStyles: ['verbinder'],
          themes: ['wonen', 'klimaat'],
          styleScores: {
            verbinder: 90,
            motivator: 20,
            cartograaf: 10,
            held: 30,
            vinder: 10,
            onderhandelaar: 20,
          },
        }),
        participant('b', 'Belastingdienst', {
          organisationType: 'implementation',
          preferredStyles: ['cartograaf'],
          themes: ['wonen'],
          styleScores: {
            verbinder: 10,
            motivator: 30,
            cartograaf: 95,
            held: 20,
            vinder: 60,
            onderhandelaar: 10,
          },
        }),
      ],
      roundDate: '2026-05-01',
      seed: 1,
    });
    expect(result.groups[0].reasons.map((r) => r.code)).toEqual([
      'cross-organisation',
      'complementary-styles',
      'diverse-profiles',
      'policy-implementation-mix',
      'shared-themes',
    ]);
  });

  it('does reject a duplicate participant, an out-of-range score or a bad config', () => {
    for (const config of [{ blockSize: 1 }, { candidatesPerParticipant: 0 }, { blockSize: NaN }]) {
      expect(() =>
        matcher.match({
          participants: [participant('a', 'AZ'), participant('b', 'BZ')],
          roundDate: '2026-05-01',
          seed: 1,
          config: { algorithm: 'scalable', ...config },
        }),
      ).toThrow(MatchingInputError);
    }
    expect(() =>
      matcher.match({
        participants: [participant('a', 'AZ'), participant('a', 'BZ')],
        roundDate: '2026-05-01',
        seed: 1,
      }),
    ).toThrow(MatchingInputError);
    const scores = {
      verbinder: 101,
      motivator: 0,
      cartograaf: 0,
      held: 0,
      vinder: 0,
      onderhandelaar: 0,
    };
    expect(() =>
      matcher.match({
        participants: [participant('a', 'AZ', { styleScores: scores })],
        roundDate: '2026-05-01',
        seed: 1,
      }),
    ).toThrow(MatchingInputError);
  });
});
