import { BOUNDARY_SPANNER_STYLES, BoundarySpannerStyle } from './style';
import { teamProfile } from './team-profile';

const profile = (scores: Partial<Record<BoundarySpannerStyle, number>>, preferred: string[]) => ({
  scores: Object.fromEntries(BOUNDARY_SPANNER_STYLES.map((s) => [s, scores[s] ?? 0])) as Record<
    BoundarySpannerStyle,
    number
  >,
  preferredStyles: preferred as BoundarySpannerStyle[],
});

describe('teamProfile', () => {
  it('averages the scores and counts preferred styles and members without a visible profile', () => {
    const team = teamProfile(
      [
        profile({ VERBINDER: 100, HELD: 50 }, ['VERBINDER']),
        profile({ VERBINDER: 50, HELD: 75 }, ['HELD']),
        profile({ VERBINDER: 75, VINDER: 75 }, ['VERBINDER', 'VINDER']),
      ],
      5,
    );
    expect(team.memberCount).toBe(5);
    expect(team.profileCount).toBe(3);
    expect(team.withoutVisibleProfile).toBe(2);
    const verbinder = team.styles.find((s) => s.style === 'VERBINDER')!;
    expect(verbinder).toEqual({ style: 'VERBINDER', averageScore: 75, preferredBy: 2 });
    expect(team.styles.find((s) => s.style === 'HELD')!.averageScore).toBe(41.7);
    expect(team.dominantStyles).toEqual(['VERBINDER']);
    expect(team.styles.map((s) => s.style)).toEqual(BOUNDARY_SPANNER_STYLES);
  });

  it('says nothing about styles when no profile is shared', () => {
    const team = teamProfile([], 4);
    expect(team.profileCount).toBe(0);
    expect(team.withoutVisibleProfile).toBe(4);
    expect(team.styles.every((s) => s.averageScore === null && s.preferredBy === 0)).toBe(true);
    expect(team.dominantStyles).toEqual([]);
  });

  it('keeps ties among dominant styles', () => {
    const team = teamProfile([profile({}, ['MOTIVATOR']), profile({}, ['ONDERHANDELAAR'])], 2);
    expect(team.dominantStyles).toEqual(['MOTIVATOR', 'ONDERHANDELAAR']);
    expect(team.withoutVisibleProfile).toBe(0);
  });
});
