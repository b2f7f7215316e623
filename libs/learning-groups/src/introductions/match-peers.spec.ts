import { ProgrammePhase, ProgrammeStrategy, ProgrammeType } from '../entities/programme.entity';
import { IntroductionReason, matchPeers, PeerProgramme, scorePeer } from './match-peers';

const programme = (n: number, values: Partial<PeerProgramme> = {}): PeerProgramme => ({
  programmeId: `p${n}`,
  directorId: `d${n}`,
  ministryId: `m${n}`,
  type: ProgrammeType.KETENREGIE_OWN_FRAMEWORKS,
  strategy: ProgrammeStrategy.POLICY,
  phase: ProgrammePhase.START,
  themes: [],
  ...values,
});

const own = programme(0, { themes: ['Wonen', 'Energie'] });

describe('scorePeer', () => {
  it('gives every reason with its weight, themes case-insensitively', () => {
    expect(scorePeer(own, programme(1, { themes: [' wonen ', 'zorg'] }))).toEqual({
      score: 90,
      reasons: [
        { code: IntroductionReason.SAME_TYPE },
        { code: IntroductionReason.SAME_STRATEGY },
        { code: IntroductionReason.SAME_PHASE },
        { code: IntroductionReason.SHARED_THEMES, themes: ['wonen'] },
      ],
    });
  });

  it('gives nothing for a programme with nothing in common', () => {
    expect(
      scorePeer(
        own,
        programme(1, {
          type: ProgrammeType.KETENSTURING_COFINANCING,
          strategy: ProgrammeStrategy.STIMULATION,
          phase: ProgrammePhase.AFRONDING,
        }),
      ),
    ).toEqual({ score: 0, reasons: [] });
  });
});

describe('matchPeers', () => {
  it('proposes at most three people from other ministries, best first, not the requester', () => {
    const candidates = [
      programme(1, { phase: ProgrammePhase.UITVOERING }), // 60
      programme(2, { themes: ['energie'] }), // 90
      programme(3, { ministryId: 'm0' }), // same ministry: never
      programme(4, { directorId: 'd0', ministryId: 'm9' }), // the requester's own other programme
      programme(5, { strategy: ProgrammeStrategy.IMPLEMENTATION }), // 60
      programme(6, { type: ProgrammeType.KETENSTURING_COFINANCING }), // 40
      programme(7, {
        type: ProgrammeType.KETENSTURING_COFINANCING,
        strategy: ProgrammeStrategy.STIMULATION,
        phase: ProgrammePhase.AFRONDING,
      }), // 0: never
    ];
    expect(matchPeers(own, candidates).map((p) => [p.peerId, p.score])).toEqual([
      ['d2', 90],
      ['d1', 60],
      ['d5', 60],
    ]);
  });

  it('takes the most comparable programme of a person once', () => {
    const result = matchPeers(own, [
      programme(1, { phase: ProgrammePhase.UITVOERING }),
      { ...programme(1), programmeId: 'p1b' },
    ]);
    expect(result).toEqual([
      expect.objectContaining({ peerId: 'd1', programmeId: 'p1b', score: 80 }),
    ]);
  });

  it('proposes no one when nobody is comparable', () => {
    expect(matchPeers(own, [programme(1, { ministryId: 'm0' })])).toEqual([]);
  });
});
