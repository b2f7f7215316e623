import { recordEvent } from '@leerhuis/platform-events';

import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { CaseState, IntervisionCaseEntity } from './entities/intervision-case.entity';
import { IntervisionCasePhaseEntity } from './entities/intervision-case-phase.entity';
import { intervisionPhaseClosed, intervisionPhaseOpened } from './intervision.events';
import { IntervisionErrorCode, IntervisionException, wrongState } from './intervision.exception';
import { IntervisionCaseRepository } from './intervision-case.repository';
import { IntervisionGroupRepository } from './intervision-group.repository';

export interface OpenOptions {
  /** Overrides the phase's default time window; 0 or null with no default: no deadline. */
  windowSeconds?: number | null;
  autoAdvance?: boolean | null;
}

/**
 * Moves a case through its phases. Shared by the API (the moderator) and the worker (a
 * deadline that advances by itself); always called with the case's row locked.
 */
@Injectable()
export class IntervisionPhaseFlow {
  constructor(
    private readonly cases: IntervisionCaseRepository,
    private readonly groups: IntervisionGroupRepository,
  ) {}

  /** The phase run of the current phase, if the case is in one. */
  current(kase: IntervisionCaseEntity, m: EntityManager) {
    if (kase.state !== CaseState.IN_PHASE || kase.currentPhase === null) {
      return Promise.resolve(null);
    }
    return this.cases.phase(kase.id, kase.currentPhase, m);
  }

  /**
   * Closes the current phase if it is open and opens the next one; after the last phase the
   * case moves to CLOSING. `actorId` null: the deadline did it.
   */
  async advance(
    kase: IntervisionCaseEntity,
    options: OpenOptions,
    actorId: string | null,
    m: EntityManager,
  ): Promise<IntervisionCaseEntity> {
    if (kase.state !== CaseState.ACCEPTED && kase.state !== CaseState.IN_PHASE) {
      throw wrongState('Only an accepted case in its phases can move to a next phase.');
    }
    let inherit = false;
    if (kase.state === CaseState.IN_PHASE) {
      const run = await this.current(kase, m);
      if (run) {
        inherit = run.autoAdvance;
        if (!run.closedAt) await this.close(kase, run, actorId, m);
      }
    }
    const next = kase.state === CaseState.ACCEPTED ? 0 : (kase.currentPhase ?? -1) + 1;
    const phases = kase.methodSnapshot!.phases;
    if (next >= phases.length) {
      const closing = await this.cases.update(
        kase.id,
        { state: CaseState.CLOSING, currentPhase: null },
        m,
      );
      if (actorId) {
        await this.groups.audit(
          { groupId: kase.groupId, caseId: kase.id, actorId, action: 'case.closing' },
          m,
        );
      }
      return closing;
    }
    return this.open(kase, next, { autoAdvance: inherit, ...stripNulls(options) }, actorId, m);
  }

  /** Opens phase `index` (the next one); the previous must be closed. */
  async open(
    kase: IntervisionCaseEntity,
    index: number,
    options: OpenOptions,
    actorId: string | null,
    m: EntityManager,
  ): Promise<IntervisionCaseEntity> {
    const definition = kase.methodSnapshot!.phases[index];
    const openedAt = new Date();
    const seconds =
      options.windowSeconds != null
        ? options.windowSeconds
        : definition.durationMinutes
          ? definition.durationMinutes * 60
          : 0;
    const deadline = seconds > 0 ? new Date(openedAt.getTime() + seconds * 1000) : null;
    const autoAdvance = Boolean(options.autoAdvance) && deadline !== null;
    const existing = await this.cases.phase(kase.id, index, m);
    if (existing) {
      throw new IntervisionException(
        IntervisionErrorCode.WRONG_CASE_STATE,
        'This phase has already been held.',
      );
    }
    await this.cases.insertPhase(
      { caseId: kase.id, phaseIndex: index, openedAt, deadline, autoAdvance },
      m,
    );
    const updated = await this.cases.update(
      kase.id,
      { state: CaseState.IN_PHASE, currentPhase: index },
      m,
    );
    await recordEvent(m, intervisionPhaseOpened, {
      caseId: kase.id,
      groupId: kase.groupId,
      phaseIndex: index,
      openedAt: openedAt.toISOString(),
      deadline: deadline?.toISOString() ?? null,
      autoAdvance,
    });
    await this.groups.audit(
      {
        groupId: kase.groupId,
        caseId: kase.id,
        actorId,
        action: actorId ? 'phase.opened' : 'phase.opened-by-deadline',
        detail: { phaseIndex: index, deadline: deadline?.toISOString() ?? null, autoAdvance },
      },
      m,
    );
    return updated;
  }

  async close(
    kase: IntervisionCaseEntity,
    run: IntervisionCasePhaseEntity,
    actorId: string | null,
    m: EntityManager,
  ): Promise<void> {
    await this.cases.updatePhase(run.id, { closedAt: new Date() }, m);
    await recordEvent(m, intervisionPhaseClosed, {
      caseId: kase.id,
      groupId: kase.groupId,
      phaseIndex: run.phaseIndex,
      closedBy: actorId,
    });
    await this.groups.audit(
      {
        groupId: kase.groupId,
        caseId: kase.id,
        actorId,
        action: actorId ? 'phase.closed' : 'phase.closed-by-deadline',
        detail: { phaseIndex: run.phaseIndex },
      },
      m,
    );
  }
}

function stripNulls(options: OpenOptions): OpenOptions {
  const result: OpenOptions = {};
  if (options.windowSeconds != null) result.windowSeconds = options.windowSeconds;
  if (options.autoAdvance != null) result.autoAdvance = options.autoAdvance;
  return result;
}
