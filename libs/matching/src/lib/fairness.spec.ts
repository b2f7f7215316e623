import { KoffiedateMatcher } from './koffiedate-matcher';
import { BOUNDARY_SPANNER_STYLES, MatchingParticipant } from './matching.types';
import { SeededRandom } from './seeded-random';

function person(i: number, extra: Partial<MatchingParticipant> = {}): MatchingParticipant {
  return {
    id: `p${String(i).padStart(2, '0')}`,
    organisations: { ministry: `m${i}` },
    organisationType: 'policy',
    preferredStyles: [],
    themes: [],
    ...extra,
  };
}

const paths = [
  { name: 'exhaustive', config: {} },
  { name: 'matching + placement', config: { exhaustiveMaxParticipants: 0 } },
  { name: 'scalable', config: { algorithm: 'scalable' as const, exhaustiveMaxParticipants: 0 } },
];

describe('fairness over the months (issue 16)', () => {
  it.each(paths)(
    'does not put anyone in a third trio in 12 months while others can take the place ($name)',
    ({ config }) => {
      for (const n of [7, 11, 21]) {
        for (let seed = 0; seed < 25; seed++) {
          // Everyone but three had two trios this year: the trio is those three.
          const fresh = new Set([seed % n, (seed + 3) % n, (seed + 5) % n]);
          const participants = [...Array(n).keys()].map((i) =>
            person(i, { trioCount: fresh.has(i) ? 0 : 2 }),
          );
          const result = new KoffiedateMatcher().match({
            participants,
            roundDate: '2026-12-01',
            seed,
            config,
          });
          const trio = result.groups.find((g) => g.kind === 'trio');
          expect(trio?.participantIds).toEqual(
            [...fresh].sort((a, b) => a - b).map((i) => participants[i].id),
          );
          expect(result.unmatched).toEqual([]);
        }
      }
    },
  );

  it.each(paths)(
    'does not leave anyone out a third time while someone else could be left out ($name)',
    ({ config }) => {
      for (let seed = 0; seed < 25; seed++) {
        // a can meet only b or c, and b and c may not meet each other or form a trio with a:
        // one of them is left out, and it is not c, who was left out twice this year.
        const participants = [
          person(0),
          person(1, { organisations: { ministry: 'x' }, unmatchedCount: seed % 2 }),
          person(2, { organisations: { ministry: 'x' }, unmatchedCount: 2 }),
        ];
        const result = new KoffiedateMatcher().match({
          participants,
          roundDate: '2026-12-01',
          seed,
          config,
        });
        expect(result.groups.map((g) => g.participantIds)).toEqual([['p00', 'p02']]);
        expect(result.unmatched.map((u) => u.participantId)).toEqual(['p01']);
      }
    },
  );

  it.each([0, 1, 2, 3, 4, 5, 6, 7])(
    'does spread the trios of a year when two ministries dominate (41 people, 12 rounds, seed %i)',
    (seed) => {
      const random = new SeededRandom(`two-ministries-${seed}`);
      const participants = [...Array(41).keys()].map((i) => {
        const r = random.next();
        const ministry = r < 0.4 ? 'FIN' : r < 0.75 ? 'JenV' : `m${random.int(11)}`;
        return person(i, {
          organisations: { ministry },
          organisationType: random.next() < 0.7 ? 'policy' : 'implementation',
        });
      });
      const trios = new Map<string, number>();
      const history: { participantIds: [string, string]; date: string }[] = [];
      let lastTrio = new Set<string>();
      for (let month = 0; month < 12; month++) {
        const date = new Date(Date.UTC(2026, month, 1)).toISOString().slice(0, 10);
        const result = new KoffiedateMatcher().match({
          participants: participants.map((p) => ({
            ...p,
            trioCount: trios.get(p.id) ?? 0,
            wasInTrioLastRound: lastTrio.has(p.id),
          })),
          history,
          roundDate: date,
          seed: `month-${month}`,
        });
        lastTrio = new Set();
        for (const { participantIds: ids } of result.groups) {
          for (let x = 0; x < ids.length; x++)
            for (let y = x + 1; y < ids.length; y++)
              history.push({ participantIds: [ids[x], ids[y]], date });
          if (ids.length === 3)
            for (const id of ids) {
              lastTrio.add(id);
              trios.set(id, (trios.get(id) ?? 0) + 1);
            }
        }
      }
      expect(Math.max(...trios.values())).toBeLessThanOrEqual(2);
    },
  );

  it('does still place someone with two trios when only a trio with them places everyone', () => {
    const participants = [person(0, { trioCount: 3 }), person(1, { trioCount: 2 }), person(2)];
    const result = new KoffiedateMatcher().match({
      participants,
      roundDate: '2026-12-01',
      seed: 1,
    });
    expect(result.groups.map((g) => g.kind)).toEqual(['trio']);
  });

  it('does reject a negative or fractional count', () => {
    for (const trioCount of [-1, 1.5]) {
      expect(() =>
        new KoffiedateMatcher().match({
          participants: [person(0, { trioCount }), person(1)],
          roundDate: '2026-12-01',
          seed: 1,
        }),
      ).toThrow(expect.objectContaining({ code: 'INVALID_COUNT' }));
    }
  });
});

describe('scalable candidates with a 70/30 policy/implementation mix (issue 16)', () => {
  it('does stay within 0.5% of the exact optimum when policy staff are the majority', () => {
    const random = new SeededRandom('seventy-thirty');
    for (let round = 0; round < 3; round++) {
      const participants = [...Array(240).keys()].map((i) => {
        const scores = Object.fromEntries(
          BOUNDARY_SPANNER_STYLES.map((style) => [style, random.int(101)]),
        ) as Record<(typeof BOUNDARY_SPANNER_STYLES)[number], number>;
        return person(i, {
          organisations: {
            ministry: random.next() < 0.6 ? `big${random.int(2)}` : `m${random.int(8)}`,
          },
          organisationType: random.next() < 0.7 ? ('policy' as const) : ('implementation' as const),
          styleScores: scores,
          preferredStyles: [BOUNDARY_SPANNER_STYLES[random.int(6)]],
        });
      });
      const input = { participants, roundDate: '2026-12-01', seed: round };
      const matcher = new KoffiedateMatcher();
      const exact = matcher.match({ ...input, config: { algorithm: 'exact' } });
      const scalable = matcher.match({
        ...input,
        config: {
          algorithm: 'scalable',
          candidatesPerParticipant: 6,
          exhaustiveMaxParticipants: 0,
        },
      });
      expect(scalable.unmatched).toEqual(exact.unmatched);
      expect(scalable.objective / exact.objective).toBeGreaterThan(0.995);
    }
  });
});
