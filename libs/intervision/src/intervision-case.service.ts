import { recordEvent } from '@leerhuis/platform-events';
import { Viewer } from '@leerhuis/platform-graphql';

import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import {
  AcceptIntervisionCaseInput,
  AnswerIntervisionFollowUpInput,
  CloseIntervisionCaseInput,
  ContributeToIntervisionCaseInput,
  DraftIntervisionCaseInput,
  EditIntervisionContributionInput,
  ExtendIntervisionPhaseInput,
  IntervisionCaseRefInput,
  IntervisionLessonSharingInput,
  IntervisionPhaseActionInput,
  SubmitIntervisionReflectionInput,
} from './dtos/intervision.input';
import { CaseState, IntervisionCaseEntity, ShareScope } from './entities/intervision-case.entity';
import { IntervisionContributionEntity } from './entities/intervision-contribution.entity';
import {
  intervisionCaseAccepted,
  intervisionCaseClosed,
  intervisionCaseDrafted,
  intervisionContributionPosted,
  intervisionFollowUpAnswered,
  intervisionLessonsShared,
  intervisionPhaseExtended,
} from './intervision.events';
import {
  caseNotFound,
  IntervisionErrorCode,
  IntervisionException,
  wrongState,
} from './intervision.exception';
import { GroupContext, IntervisionAccess, writingRole } from './intervision-access';
import { IntervisionCaseRepository } from './intervision-case.repository';
import { IntervisionGroupRepository } from './intervision-group.repository';
import { MIN_MEMBERS_FOR_A_CASE } from './intervision-group.service';
import { allowedKinds, IntervisionRole } from './intervision-method';
import { IntervisionPhaseFlow } from './intervision-phase-flow';

const SCOPE_RANK: Record<ShareScope, number> = {
  [ShareScope.NONE]: 0,
  [ShareScope.COMMUNITY]: 1,
  [ShareScope.PLATFORM]: 2,
};

export interface CaseInContext {
  kase: IntervisionCaseEntity;
  context: GroupContext;
}

/**
 * Cases: drafting, the moderator's phase controls, contributions checked against the current
 * phase, closing, consent to share lessons and the follow-up. Every change locks the case.
 */
@Injectable()
export class IntervisionCaseService {
  constructor(
    private readonly cases: IntervisionCaseRepository,
    private readonly groups: IntervisionGroupRepository,
    private readonly access: IntervisionAccess,
    private readonly flow: IntervisionPhaseFlow,
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
    const method = await this.groups.methodById(input.methodId);
    if (!method || (method.groupId !== null && method.groupId !== context.group.id)) {
      throw new IntervisionException(IntervisionErrorCode.METHOD_NOT_FOUND, 'Method not found.', [
        { field: 'methodId', message: 'Choose a shipped method or one of this group.' },
      ]);
    }
    return this.locked(input.caseId, context, async (kase, m) => {
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
    return this.locked(input.caseId, context, async (kase, m) => {
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
    return this.locked(input.caseId, context, (kase, m) =>
      this.flow.advance(kase, input, viewer.memberId!, m),
    );
  }

  async closePhase(viewer: Viewer, input: IntervisionCaseRefInput): Promise<CaseInContext> {
    const { context } = await this.access.case(input.caseId, viewer, 'moderator');
    return this.locked(input.caseId, context, async (kase, m) => {
      const run = await this.flow.current(kase, m);
      if (!run || run.closedAt) throw phaseClosed();
      await this.flow.close(kase, run, viewer.memberId!, m);
      return kase;
    });
  }

  async extendPhase(viewer: Viewer, input: ExtendIntervisionPhaseInput): Promise<CaseInContext> {
    const { context } = await this.access.case(input.caseId, viewer, 'moderator');
    return this.locked(input.caseId, context, async (kase, m) => {
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

  /** A contribution to the current phase, if it is open and takes this kind from this role. */
  async contribute(
    viewer: Viewer,
    input: ContributeToIntervisionCaseInput,
  ): Promise<IntervisionContributionEntity> {
    const { context } = await this.access.case(input.caseId, viewer, 'member');
    return this.dataSource.transaction(async (m) => {
      const kase = await this.cases.lockById(input.caseId, m);
      if (!kase) throw caseNotFound();
      const run = await this.flow.current(kase, m);
      if (!run || run.closedAt) throw phaseClosed();
      const phase = kase.methodSnapshot!.phases[run.phaseIndex];
      const role = writingRole(context, kase, viewer.memberId)!;
      if (!phase.writers.includes(role)) {
        if (role === IntervisionRole.CASE_OWNER) {
          throw new IntervisionException(
            IntervisionErrorCode.CASE_OWNER_LISTENS_ONLY,
            'In this phase the case owner listens only.',
          );
        }
        throw new IntervisionException(
          IntervisionErrorCode.ROLE_MAY_NOT_WRITE,
          'Your role does not write in this phase.',
        );
      }
      const kinds = allowedKinds(phase, role);
      if (!kinds.includes(input.kind)) {
        throw new IntervisionException(
          IntervisionErrorCode.WRONG_KIND_FOR_PHASE,
          'This phase does not take this kind of contribution from you.',
          [{ field: 'kind', message: `Choose one of: ${kinds.join(', ')}.` }],
          { allowedKinds: kinds },
        );
      }
      const contribution = await this.cases.insertContribution(
        {
          caseId: kase.id,
          phaseIndex: run.phaseIndex,
          authorId: viewer.memberId!,
          authorRole: role,
          kind: input.kind,
          body: input.body.trim(),
        },
        m,
      );
      await recordEvent(m, intervisionContributionPosted, {
        caseId: kase.id,
        groupId: kase.groupId,
        phaseIndex: run.phaseIndex,
        contributionId: contribution.id,
        authorId: viewer.memberId!,
      });
      return contribution;
    });
  }

  /** The author edits while the contribution's phase is still open. */
  async editContribution(
    viewer: Viewer,
    input: EditIntervisionContributionInput,
  ): Promise<IntervisionContributionEntity> {
    const found = await this.cases.contributionById(input.contributionId);
    const notFound = () =>
      new IntervisionException(
        IntervisionErrorCode.CONTRIBUTION_NOT_FOUND,
        'Contribution not found.',
      );
    if (!found) throw notFound();
    try {
      await this.access.case(found.caseId, viewer, 'member');
    } catch (error) {
      if (error instanceof IntervisionException && error.code === 'CASE_NOT_FOUND') {
        throw notFound();
      }
      throw error;
    }
    if (found.authorId !== viewer.memberId) {
      throw new IntervisionException(
        IntervisionErrorCode.AUTHOR_REQUIRED,
        'Only its author can edit a contribution.',
      );
    }
    return this.dataSource.transaction(async (m) => {
      const kase = await this.cases.lockById(found.caseId, m);
      if (!kase) throw notFound();
      const run = await this.flow.current(kase, m);
      if (!run || run.closedAt || run.phaseIndex !== found.phaseIndex) {
        throw new IntervisionException(
          IntervisionErrorCode.CONTRIBUTION_LOCKED,
          'The phase of this contribution has closed: it can no longer be edited.',
        );
      }
      return this.cases.updateContribution(found.id, input.body.trim(), m);
    });
  }

  async submitReflection(
    viewer: Viewer,
    input: SubmitIntervisionReflectionInput,
  ): Promise<CaseInContext> {
    const { kase: found, context } = await this.access.case(input.caseId, viewer, 'member');
    assertOwner(found, viewer);
    return this.locked(input.caseId, context, async (kase, m) => {
      if (kase.state !== CaseState.CLOSING) {
        throw wrongState('The reflection is written when the case is closing.');
      }
      return this.cases.update(
        kase.id,
        { reflection: input.reflection.trim(), nextStep: input.nextStep.trim() },
        m,
      );
    });
  }

  /** The moderator records the lessons and closes; the follow-up is scheduled from here. */
  async close(viewer: Viewer, input: CloseIntervisionCaseInput): Promise<CaseInContext> {
    const { context } = await this.access.case(input.caseId, viewer, 'moderator');
    return this.locked(input.caseId, context, async (kase, m) => {
      if (kase.state !== CaseState.CLOSING) {
        throw wrongState('A case is closed after its last phase.');
      }
      if (!kase.reflection.trim()) {
        throw new IntervisionException(
          IntervisionErrorCode.REFLECTION_REQUIRED,
          'The case owner writes a reflection and a next step before the case closes.',
        );
      }
      const closedAt = new Date();
      const closed = await this.cases.update(
        kase.id,
        { state: CaseState.CLOSED, lessons: input.lessons.trim(), closedAt },
        m,
      );
      const followUpAt = new Date(closedAt.getTime() + context.group.followUpSeconds * 1000);
      await recordEvent(m, intervisionCaseClosed, {
        caseId: kase.id,
        groupId: kase.groupId,
        closedBy: viewer.memberId!,
        followUpAt: followUpAt.toISOString(),
      });
      await this.groups.audit(
        {
          groupId: kase.groupId,
          caseId: kase.id,
          actorId: viewer.memberId!,
          action: 'case.closed',
        },
        m,
      );
      return closed;
    });
  }

  /** The case owner's consent (or its withdrawal) to share the anonymised lessons. */
  async consent(viewer: Viewer, input: IntervisionLessonSharingInput): Promise<CaseInContext> {
    const { kase: found, context } = await this.access.case(input.caseId, viewer, 'member');
    assertOwner(found, viewer);
    if (input.scope === ShareScope.COMMUNITY && !context.group.communityId) throw noCommunity();
    return this.locked(input.caseId, context, async (kase, m) => {
      const changes: Partial<IntervisionCaseEntity> = {
        shareConsent: input.scope,
        shareConsentedAt: input.scope === ShareScope.NONE ? null : new Date(),
      };
      // Withdrawing (or narrowing) consent takes the lessons back at once.
      if (kase.sharedScope && SCOPE_RANK[kase.sharedScope] > SCOPE_RANK[input.scope]) {
        changes.sharedScope = null;
        changes.sharedAt = null;
      }
      return this.cases.update(kase.id, changes, m);
    });
  }

  /** The moderator shares the lessons, as far as the case owner consented. */
  async share(viewer: Viewer, input: IntervisionLessonSharingInput): Promise<CaseInContext> {
    const { context } = await this.access.case(input.caseId, viewer, 'moderator');
    if (input.scope === ShareScope.COMMUNITY && !context.group.communityId) throw noCommunity();
    return this.locked(input.caseId, context, async (kase, m) => {
      if (input.scope === ShareScope.NONE) {
        return this.cases.update(kase.id, { sharedScope: null, sharedAt: null }, m);
      }
      if (kase.state !== CaseState.CLOSED || !kase.lessons.trim()) {
        throw new IntervisionException(
          IntervisionErrorCode.LESSONS_REQUIRED,
          'Lessons are shared after the case is closed with its lessons.',
        );
      }
      if (SCOPE_RANK[kase.shareConsent] < SCOPE_RANK[input.scope]) {
        throw new IntervisionException(
          IntervisionErrorCode.CONSENT_REQUIRED,
          'The case owner has not consented to sharing the lessons this widely.',
          [{ field: 'scope', message: 'Ask the case owner for consent first.' }],
        );
      }
      const scope = input.scope as ShareScope.COMMUNITY | ShareScope.PLATFORM;
      const shared = await this.cases.update(
        kase.id,
        { sharedScope: scope, sharedAt: new Date() },
        m,
      );
      await recordEvent(m, intervisionLessonsShared, {
        caseId: kase.id,
        groupId: kase.groupId,
        scope,
      });
      await this.groups.audit(
        {
          groupId: kase.groupId,
          caseId: kase.id,
          actorId: viewer.memberId!,
          action: 'lessons.shared',
          detail: { scope },
        },
        m,
      );
      return shared;
    });
  }

  async answerFollowUp(
    viewer: Viewer,
    input: AnswerIntervisionFollowUpInput,
  ): Promise<CaseInContext> {
    const { kase: found, context } = await this.access.case(input.caseId, viewer, 'member');
    assertOwner(found, viewer);
    return this.locked(input.caseId, context, async (kase, m) => {
      if (kase.state !== CaseState.CLOSED) {
        throw wrongState('The follow-up is answered after the case is closed.');
      }
      const answered = await this.cases.update(
        kase.id,
        { followUpAnswer: input.answer.trim(), followUpAnsweredAt: new Date() },
        m,
      );
      await recordEvent(m, intervisionFollowUpAnswered, { caseId: kase.id, groupId: kase.groupId });
      return answered;
    });
  }

  private async locked(
    caseId: string,
    context: GroupContext,
    work: (kase: IntervisionCaseEntity, m: EntityManager) => Promise<IntervisionCaseEntity>,
  ): Promise<CaseInContext> {
    const kase = await this.dataSource.transaction(async (m) => {
      const locked = await this.cases.lockById(caseId, m);
      if (!locked) throw caseNotFound();
      await work(locked, m);
      return (await this.cases.findById(caseId, m))!;
    });
    return { kase, context };
  }
}

function assertOwner(kase: IntervisionCaseEntity, viewer: Viewer): void {
  if (kase.ownerId !== viewer.memberId) {
    throw new IntervisionException(
      IntervisionErrorCode.CASE_OWNER_REQUIRED,
      'Only the case owner may do this.',
    );
  }
}

const phaseClosed = () =>
  new IntervisionException(IntervisionErrorCode.PHASE_CLOSED, 'No phase of this case is open.');

const noCommunity = () =>
  new IntervisionException(
    IntervisionErrorCode.NO_COMMUNITY,
    'This group belongs to no community: share with the platform or not at all.',
    [{ field: 'scope', message: 'Choose PLATFORM or NONE.' }],
  );
