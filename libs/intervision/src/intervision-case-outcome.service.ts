import { recordEvent } from '@leerhuis/platform-events';
import { Viewer } from '@leerhuis/platform-graphql';

import { Injectable } from '@nestjs/common';

import {
  AnswerIntervisionFollowUpInput,
  CloseIntervisionCaseInput,
  IntervisionLessonSharingInput,
  SubmitIntervisionReflectionInput,
} from './dtos/intervision-case-outcome.input';
import { CaseState, IntervisionCaseEntity, ShareScope } from './entities/intervision-case.entity';
import {
  intervisionCaseClosed,
  intervisionFollowUpAnswered,
  intervisionLessonsShared,
} from './intervision.events';
import { IntervisionErrorCode, IntervisionException, wrongState } from './intervision.exception';
import { IntervisionAccess } from './intervision-access';
import { IntervisionCaseRepository } from './intervision-case.repository';
import { assertOwner, CaseInContext, IntervisionCaseLock } from './intervision-case-lock';
import { IntervisionGroupRepository } from './intervision-group.repository';

/**
 * What a case leaves behind: the owner's reflection, the moderator's lessons on closing,
 * consent to share and the sharing itself, and the owner's answer to the follow-up.
 */
@Injectable()
export class IntervisionCaseOutcomeService {
  constructor(
    private readonly cases: IntervisionCaseRepository,
    private readonly groups: IntervisionGroupRepository,
    private readonly access: IntervisionAccess,
    private readonly caseLock: IntervisionCaseLock,
  ) {}

  async submitReflection(
    viewer: Viewer,
    input: SubmitIntervisionReflectionInput,
  ): Promise<CaseInContext> {
    const { kase: found, context } = await this.access.case(input.caseId, viewer, 'member');
    assertOwner(found, viewer);
    return this.caseLock.locked(input.caseId, context, async (kase, m) => {
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
    return this.caseLock.locked(input.caseId, context, async (kase, m) => {
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
    return this.caseLock.locked(input.caseId, context, async (kase, m) => {
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
    return this.caseLock.locked(input.caseId, context, async (kase, m) => {
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
    return this.caseLock.locked(input.caseId, context, async (kase, m) => {
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
}

const SCOPE_RANK: Record<ShareScope, number> = {
  [ShareScope.NONE]: 0,
  [ShareScope.COMMUNITY]: 1,
  [ShareScope.PLATFORM]: 2,
};

const noCommunity = () =>
  new IntervisionException(
    IntervisionErrorCode.NO_COMMUNITY,
    'This group belongs to no community: share with the platform or not at all.',
    [{ field: 'scope', message: 'Choose PLATFORM or NONE.' }],
  );
