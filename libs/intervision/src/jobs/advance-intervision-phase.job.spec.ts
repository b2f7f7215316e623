import type { DataSource } from 'typeorm';

import { CaseState, IntervisionCaseEntity } from '../entities/intervision-case.entity';
import { IntervisionCasePhaseEntity } from '../entities/intervision-case-phase.entity';
import type { IntervisionCaseRepository } from '../intervision-case.repository';
import type { IntervisionPhaseFlow } from '../intervision-phase-flow';
import { AdvanceIntervisionPhaseJob } from './advance-intervision-phase.job';

const DEADLINE = '2026-11-22T10:00:00.000Z';

function setUp(kase: Partial<IntervisionCaseEntity>, run: Partial<IntervisionCasePhaseEntity>) {
  const advance = jest.fn().mockResolvedValue(undefined);
  const cases = {
    lockById: jest
      .fn()
      .mockResolvedValue({ id: 'c', state: CaseState.IN_PHASE, currentPhase: 2, ...kase }),
    phase: jest.fn().mockResolvedValue({
      id: 'r',
      phaseIndex: 2,
      closedAt: null,
      autoAdvance: true,
      deadline: new Date(DEADLINE),
      ...run,
    }),
  } as unknown as IntervisionCaseRepository;
  const dataSource = {
    transaction: (work: (m: unknown) => Promise<void>) => work({}),
  } as unknown as DataSource;
  const job = new AdvanceIntervisionPhaseJob(dataSource, cases, {
    advance,
  } as unknown as IntervisionPhaseFlow);
  return { job, advance };
}

describe(AdvanceIntervisionPhaseJob.name, () => {
  const data = { caseId: 'c', phaseIndex: 2, deadline: DEADLINE };

  it('does advance a phase whose deadline it was scheduled for', async () => {
    const { job, advance } = setUp({}, {});
    await job.handle(data);
    expect(advance).toHaveBeenCalledTimes(1);
    expect(advance.mock.calls[0][2]).toBeNull();
  });

  it('does nothing when the moderator moved on, closed the phase or extended it', async () => {
    for (const [kase, run] of [
      [{ currentPhase: 3 }, {}],
      [{ state: CaseState.CLOSING, currentPhase: null }, {}],
      [{}, { closedAt: new Date() }],
      [{}, { deadline: new Date('2026-11-23T10:00:00.000Z') }],
      [{}, { autoAdvance: false }],
    ] as const) {
      const { job, advance } = setUp(kase, run);
      await job.handle(data);
      expect(advance).not.toHaveBeenCalled();
    }
  });
});
