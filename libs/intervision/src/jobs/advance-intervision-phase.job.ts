import { defineJob, JobHandler, JobProcessor, QueueName } from '@leerhuis/platform-queue';

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { CaseState } from '../entities/intervision-case.entity';
import { IntervisionCaseRepository } from '../intervision-case.repository';
import { IntervisionPhaseFlow } from '../intervision-phase-flow';
import type { IntervisionDeadlineData } from './remind-intervision-phase.job';

/** Delayed until a phase's deadline, for phases that advance by themselves. */
export const advanceIntervisionPhaseJob = defineJob<IntervisionDeadlineData>(
  QueueName.Intervision,
  'advance-intervision-phase',
);

/**
 * At the deadline: closes the phase and opens the next, exactly as the moderator would.
 * With the case locked, it does nothing if the moderator already moved on, closed the phase
 * or extended the deadline; so a rerun or a late job is harmless.
 */
@Injectable()
@JobHandler(advanceIntervisionPhaseJob)
export class AdvanceIntervisionPhaseJob implements JobProcessor<IntervisionDeadlineData> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: IntervisionCaseRepository,
    private readonly flow: IntervisionPhaseFlow,
  ) {}

  async handle(data: IntervisionDeadlineData): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const kase = await this.cases.lockById(data.caseId, m);
      if (!kase || kase.state !== CaseState.IN_PHASE || kase.currentPhase !== data.phaseIndex) {
        return;
      }
      const run = await this.cases.phase(kase.id, data.phaseIndex, m);
      if (
        !run ||
        run.closedAt ||
        !run.autoAdvance ||
        run.deadline?.getTime() !== new Date(data.deadline).getTime()
      ) {
        return;
      }
      await this.flow.advance(kase, {}, null, m);
    });
  }
}
