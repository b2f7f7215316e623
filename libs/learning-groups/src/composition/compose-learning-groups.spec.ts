import {
  composeLearningGroups,
  CompositionCandidate,
  explainGroup,
  groupSizes,
  MAX_GROUP_SIZE,
  MIN_GROUP_SIZE,
} from './compose-learning-groups';

const TYPES = [
  'KETENREGIE_FIXED_FRAMEWORKS',
  'KETENREGIE_OWN_FRAMEWORKS',
  'KETENSTURING_MINISTER_FRAMEWORKS',
  'KETENSTURING_COFINANCING',
];
const PHASES = ['START', 'UITVOERING', 'AFRONDING'];
const STYLES = ['VERBINDER', 'MOTIVATOR', 'CARTOGRAAF', 'HELD', 'VINDER', 'ONDERHANDELAAR'];

function candidates(ministries: number, perMinistry: number): CompositionCandidate[] {
  const out: CompositionCandidate[] = [];
  for (let m = 0; m < ministries; m++)
    for (let i = 0; i < perMinistry; i++) {
      const n = out.length;
      out.push({
        memberId: `member-${String(n).padStart(2, '0')}`,
        ministryId: `ministry-${m}`,
        programmeType: TYPES[n % TYPES.length],
        programmePhase: PHASES[n % PHASES.length],
        preferredStyles: [STYLES[n % STYLES.length]],
      });
    }
  return out;
}

describe('composeLearningGroups', () => {
  it('does split 14 applicants from 7 ministries into two groups of 7 without a shared ministry', () => {
    const all = candidates(7, 2);
    const groups = composeLearningGroups(all, 6);
    expect(groups.map((g) => g.memberIds.length)).toEqual([7, 7]);
    const byId = new Map(all.map((c) => [c.memberId, c]));
    for (const group of groups) {
      const ministries = group.memberIds.map((id) => byId.get(id)!.ministryId);
      expect(new Set(ministries).size).toBe(7);
      expect(
        new Set(group.memberIds.map((id) => byId.get(id)!.programmeType)).size,
      ).toBeGreaterThan(1);
      expect(new Set(group.memberIds.map((id) => byId.get(id)!.programmePhase)).size).toBe(3);
      expect(group.reasons.map((r) => r.code)).toEqual([
        'DIFFERENT_MINISTRIES',
        'PROGRAMME_TYPE_MIX',
        'PHASE_MIX',
        'STYLE_MIX',
        'SIZE',
      ]);
    }
    expect(new Set(groups.flatMap((g) => g.memberIds)).size).toBe(14);
  });

  it('does give the same proposal for the same applicants in any order', () => {
    const all = candidates(5, 3);
    expect(composeLearningGroups([...all].reverse(), 6)).toEqual(composeLearningGroups(all, 6));
  });

  it('does keep clashes minimal and explain them as unavoidable when a ministry has too many applicants', () => {
    const all = candidates(2, 5); // 10 people, two ministries of 5, two groups of 5
    const groups = composeLearningGroups(all, 5);
    expect(groups.map((g) => g.memberIds.length)).toEqual([5, 5]);
    for (const group of groups) {
      expect(group.reasons[0]).toMatchObject({ code: 'SHARED_MINISTRY', value: 2 });
      expect(group.reasons[0].message).toContain('more applicants than there are groups');
    }
  });

  it('does mix preferred styles when ministries and programmes allow it', () => {
    const all = candidates(8, 1).map((c, i) => ({
      ...c,
      programmeType: TYPES[0],
      programmePhase: PHASES[0],
      preferredStyles: [i < 4 ? 'HELD' : 'VERBINDER'],
    }));
    const groups = composeLearningGroups(all, 4);
    for (const group of groups)
      expect(group.reasons.find((r) => r.code === 'STYLE_MIX')?.value).toBe(2);
  });

  it('does say when nobody has a profile', () => {
    const group = candidates(4, 1).map((c) => ({ ...c, preferredStyles: [] }));
    expect(explainGroup(group, group, 1).map((r) => r.code)).toContain('NO_PROFILES');
  });
});

describe('groupSizes', () => {
  it('does keep every group within 4–8 and as close to the target as it can', () => {
    expect(groupSizes(14, 6)).toEqual([7, 7]);
    expect(groupSizes(6, 6)).toEqual([6]);
    expect(groupSizes(9, 6)).toEqual([5, 4]);
    expect(groupSizes(13, 4)).toEqual([5, 4, 4]);
    expect(groupSizes(0, 6)).toEqual([]);
    for (let count = MIN_GROUP_SIZE; count <= 60; count++)
      for (let target = MIN_GROUP_SIZE; target <= MAX_GROUP_SIZE; target++) {
        const sizes = groupSizes(count, target);
        expect(sizes.reduce((a, b) => a + b, 0)).toBe(count);
        for (const size of sizes) {
          expect(size).toBeGreaterThanOrEqual(MIN_GROUP_SIZE);
          expect(size).toBeLessThanOrEqual(MAX_GROUP_SIZE);
        }
      }
  });

  it('does put too few applicants in one (undersized) group, for the facilitator to see', () => {
    expect(groupSizes(3, 6)).toEqual([3]);
  });
});
