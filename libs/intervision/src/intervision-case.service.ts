import { recordEvent } from '@leerhuis/platform-events';
import { Viewer } from '@leerhuis/platform-graphql';

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import {
  AcceptIntervisionCaseInput,
  DraftIntervisionCaseInput,
  ExtendIntervisionPhaseInput,
  IntervisionCaseRefInput,
  IntervisionPhaseActionInput,
} from './dtos/intervision-case.input';
import { CaseState } from './entities/intervision-case.entity';
import {
  intervisionCaseAccepted,
  intervisionCaseDrafted,
  intervisionPhaseExtended,
} from './intervision.events';
import {
  IntervisionErrorCode,
  IntervisionException,
  phaseClosed,
  wrongState,
} from './intervision.exception';
import { IntervisionAccess } from './intervision-access';
import { IntervisionCaseRepository } from './intervision-case.repository';
import { CaseInContext, IntervisionCaseLock } from './intervision-case-lock';
import { IntervisionGroupRepository } from './intervision-group.repository';
import { MIN_MEMBERS_FOR_A_CASE } from './intervision-group.service';
import { IntervisionMethodRepository } from './intervision-method.repository';
import { IntervisionPhaseFlow } from './intervision-phase-flow';

/**
 * Cases: drafting, the moderator's phase controls, contributions checked against the current
 * phase, closing, consent to share lessons and the follow-up. Every change locks the case.
 */
@Injectable()
export class IntervisionCaseService {
  constructor(
    private readonly cases: IntervisionCaseRepository,
    private readonly groups: IntervisionGroupRepository,
    private readonly methodRepository: IntervisionMethodRepository,
    private readonly access: IntervisionAccess,
    private readonly flow: IntervisionPhaseFlow,
    private readonly caseLock: IntervisionCaseLock,
    private readonly dataSource: DataSource,
  ) {}

  get(viewer: Viewer, caseId: string): Promise<CaseInContext> {
    return this.access.case(caseId, viewer, 'see');
  }

  async draft(viewer: Viewer, input: DraftIntervisionCaseInput): Promise<CaseInContext> {
    const context = await this.access.group(input.groupId, viewer, 'member');
    const kase = await this.dataSource.transaction(async (m) => {
      const created = await this.cases.insert(
        {
          groupId: input.groupId,
          ownerId: viewer.memberId!,
          title: input.title.trim(),
          situationWhat: input.situationWhat.trim(),
          situationWho: input.situationWho?.trim() ?? '',
          situationWhere: input.situationWhere?.trim() ?? '',
          situationWhen: input.situationWhen?.trim() ?? '',
          tried: input.tried?.trim() ?? '',
          question: input.question.trim(),
        },
        m,
      );
      await recordEvent(m, intervisionCaseDrafted, {
        caseId: created.id,
        groupId: created.groupId,
        ownerId: viewer.memberId!,
      });
      return created;
    });
    return { kase, context };
  }

  /** The moderator accepts a draft, fixes its method and (by default) opens the first phase. */
  async accept(viewer: Viewer, input: AcceptIntervisionCaseInput): Promise<CaseInContext> {
    const { context } = await this.access.case(input.caseId, viewer, 'moderator');
    const method = await this.methodRepository.methodById(input.methodId);
    if (!method || (method.groupId !== null && method.groupId !== context.group.id)) {
      throw new IntervisionException(IntervisionErrorCode.METHOD_NOT_FOUND, 'Method not found.', [
        { field: 'methodId', message: 'Choose a shipped method or one of this group.' },
      ]);
    }
    return this.caseLock.locked(input.caseId, context, async (kase, m) => {
      if (kase.state !== CaseState.DRAFT) throw wrongState('Only a draft case can be accepted.');
      if ((await this.groups.countActive(kase.groupId, null, m)) < MIN_MEMBERS_FOR_A_CASE) {
        throw new IntervisionException(
          IntervisionErrorCode.GROUP_TOO_SMALL,
          `Intervision needs at least ${MIN_MEMBERS_FOR_A_CASE} members who accepted the agreement.`,
        );
      }
      let accepted = await this.cases.update(
        kase.id,
        {
          state: CaseState.ACCEPTED,
          methodId: method.id,
          methodSnapshot: {
            methodId: method.id,
            nameNl: method.nameNl,
            nameEn: method.nameEn,
            phases: method.phases,
          },
          acceptedBy: viewer.memberId!,
          acceptedAt: new Date(),
        },
        m,
      );
      await this.groups.audit(
        {
          groupId: kase.groupId,
          caseId: kase.id,
          actorId: viewer.memberId!,
          action: 'case.accepted',
          detail: { methodId: method.id },
        },
        m,
      );
      await recordEvent(m, intervisionCaseAccepted, {
        caseId: kase.id,
        groupId: kase.groupId,
        methodId: method.id,
        acceptedBy: viewer.memberId!,
      });
      if (input.openFirstPhase !== false) {
        accepted = await this.flow.advance(accepted, input, viewer.memberId!, m);
      }
      return accepted;
    });
  }

  /** Opens the next phase once the current one is closed (or the first after acceptance). */
  async openPhase(viewer: Viewer, input: IntervisionPhaseActionInput): Promise<CaseInContext> {
    const { context } = await this.access.case(input.caseId, viewer, 'moderator');
    return this.caseLock.locked(input.caseId, context, async (kase, m) => {
      const run = await this.flow.current(kase, m);
      if (run && !run.closedAt) {
        throw new IntervisionException(
          IntervisionErrorCode.PHASE_STILL_OPEN,
          'Close the current phase first, or advance to the next.',
        );
      }
      return this.flow.advance(kase, input, viewer.memberId!, m);
    });
  }

  /** Closes the current phase (if open) and opens the next; after the last: closing. */
  async advance(viewer: Viewer, input: IntervisionPhaseActionInput): Promise<CaseInContext> {
    const { context } = await this.access.case(input.caseId, viewer, 'moderator');
    return this.caseLock.locked(input.caseId, context, (kase, m) =>
      this.flow.advance(kase, input, viewer.memberId!, m),
    );
  }

  async closePhase(viewer: Viewer, input: IntervisionCaseRefInput): Promise<CaseInContext> {
    const { context } = await this.access.case(input.caseId, viewer, 'moderator');
    return this.caseLock.locked(input.caseId, context, async (kase, m) => {
      const run = await this.flow.current(kase, m);
      if (!run || run.closedAt) throw phaseClosed();
      await this.flow.close(kase, run, viewer.memberId!, m);
      return kase;
    });
  }

  async extendPhase(viewer: Viewer, input: ExtendIntervisionPhaseInput): Promise<CaseInContext> {
    const { context } = await this.access.case(input.caseId, viewer, 'moderator');
    return this.caseLock.locked(input.caseId, context, async (kase, m) => {
      const run = await this.flow.current(kase, m);
      if (!run || run.closedAt) throw phaseClosed();
      if (!run.deadline) {
        throw new IntervisionException(
          IntervisionErrorCode.NO_DEADLINE,
          'This phase has no deadline to extend.',
          [{ field: 'caseId', message: 'Open the phase with a time window first.' }],
        );
      }
      const from = Math.max(run.deadline.getTime(), Date.now());
      const deadline = new Date(from + input.extraSeconds * 1000);
      await this.cases.updatePhase(run.id, { deadline }, m);
      await recordEvent(m, intervisionPhaseExtended, {
        caseId: kase.id,
        groupId: kase.groupId,
        phaseIndex: run.phaseIndex,
        openedAt: new Date().toISOString(),
        deadline: deadline.toISOString(),
        autoAdvance: run.autoAdvance,
      });
      await this.groups.audit(
        {
          groupId: kase.groupId,
          caseId: kase.id,
          actorId: viewer.memberId!,
          action: 'phase.extended',
          detail: { phaseIndex: run.phaseIndex, deadline: deadline.toISOString() },
        },
        m,
      );
      return kase;
    });
  }
}
