import { BoundarySpannerProfiles } from '@leerhuis/boundary-spanner';
import { recordEvent } from '@leerhuis/platform-events';
import { type Viewer } from '@leerhuis/platform-graphql';

import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import { ApplicationRepository } from './application.repository';
import {
  ComposedGroup,
  composeLearningGroups,
  CompositionCandidate,
  explainGroup,
  MAX_GROUP_SIZE,
  MIN_GROUP_SIZE,
} from './composition/compose-learning-groups';
import { MoveLearningGroupMemberInput } from './dtos/learning-group.input';
import { LearningGroupEntity, LearningGroupStatus } from './entities/learning-group.entity';
import {
  LearningGroupErrorCode,
  LearningGroupException,
  learningGroupNotFound,
} from './learning-group.exception';
import { LearningGroupRepository } from './learning-group.repository';
import { canFacilitate } from './learning-group-access';
import { learningGroupComposed, learningGroupFinished } from './learning-groups.events';

/**
 * What the facilitator does with a leergroep: ask for a proposed composition, move applicants
 * between groups, confirm the composition, and finish the leergroep. Each step locks its row.
 */
@Injectable()
export class LearningGroupFacilitationService {
  constructor(
    private readonly groups: LearningGroupRepository,
    private readonly applications: ApplicationRepository,
    private readonly profiles: BoundarySpannerProfiles,
    private readonly dataSource: DataSource,
  ) {}

  /** A fresh proposal from every application; closes applications (status COMPOSING). */
  propose(viewer: Viewer, learningGroupId: string): Promise<LearningGroupEntity> {
    return this.dataSource.transaction(async (manager) => {
      const group = await this.facilitated(viewer, learningGroupId, manager);
      if (
        group.status !== LearningGroupStatus.OPEN_FOR_APPLICATIONS &&
        group.status !== LearningGroupStatus.COMPOSING
      )
        throw compositionClosed();
      const candidates = await this.candidates(group.id, manager);
      if (candidates.length < MIN_GROUP_SIZE) {
        throw new LearningGroupException(
          LearningGroupErrorCode.NOT_ENOUGH_APPLICANTS,
          `A group needs at least ${MIN_GROUP_SIZE} members; ${candidates.length} applied so far.`,
          [],
          { applicants: candidates.length },
        );
      }
      return this.groups.update(
        group.id,
        {
          status: LearningGroupStatus.COMPOSING,
          proposal: {
            groups: composeLearningGroups(candidates, group.targetSize),
            proposedAt: new Date().toISOString(),
          },
        },
        manager,
      );
    });
  }

  /** The facilitator moves one applicant to another group (one past the last opens a new one). */
  move(viewer: Viewer, input: MoveLearningGroupMemberInput): Promise<LearningGroupEntity> {
    return this.dataSource.transaction(async (manager) => {
      const group = await this.facilitated(viewer, input.learningGroupId, manager);
      const proposal = this.openProposal(group);
      const from = proposal.groups.find((g) => g.memberIds.includes(input.memberId));
      if (!from) {
        throw new LearningGroupException(
          LearningGroupErrorCode.NOT_IN_PROPOSAL,
          'This member is not in the proposal.',
          [{ field: 'memberId', message: 'memberId must be an applicant in the proposal' }],
        );
      }
      if (input.toGroup > proposal.groups.length + 1) {
        throw new LearningGroupException(
          LearningGroupErrorCode.NOT_IN_PROPOSAL,
          'There is no such group.',
          [{ field: 'toGroup', message: `toGroup must be 1 to ${proposal.groups.length + 1}` }],
        );
      }
      const lists = proposal.groups.map((g) => g.memberIds.filter((id) => id !== input.memberId));
      if (input.toGroup > lists.length) lists.push([]);
      lists[input.toGroup - 1].push(input.memberId);
      const candidates = await this.candidates(group.id, manager);
      const groups = this.explain(
        lists.filter((l) => l.length > 0),
        candidates,
      );
      return this.groups.update(group.id, { proposal: { ...proposal, groups } }, manager);
    });
  }

  /**
   * Makes the proposal the leergroep's composition: every group 4–8 people, nobody in another
   * running leergroep. Refusals store nothing; success records one event for the emails.
   */
  confirm(viewer: Viewer, learningGroupId: string): Promise<LearningGroupEntity> {
    return this.dataSource.transaction(async (manager) => {
      // Confirmations take turns, so two leergroepen cannot both take the same member.
      await this.groups.lockConfirmations(manager);
      const group = await this.facilitated(viewer, learningGroupId, manager);
      const proposal = this.openProposal(group);
      const wrongSize = proposal.groups.filter(
        (g) => g.memberIds.length < MIN_GROUP_SIZE || g.memberIds.length > MAX_GROUP_SIZE,
      );
      if (wrongSize.length > 0) {
        throw new LearningGroupException(
          LearningGroupErrorCode.GROUP_SIZE_OUT_OF_RANGE,
          `Every group needs ${MIN_GROUP_SIZE} to ${MAX_GROUP_SIZE} members.`,
          wrongSize.map((g) => ({
            field: `groups.${g.number}`,
            message: `group ${g.number} has ${g.memberIds.length} members; it needs ${MIN_GROUP_SIZE} to ${MAX_GROUP_SIZE}`,
          })),
          { groups: wrongSize.map((g) => ({ number: g.number, size: g.memberIds.length })) },
        );
      }
      const placed = proposal.groups.flatMap((g) => g.memberIds);
      const busy = await this.groups.inOtherRunningGroups(group.id, placed, manager);
      if (busy.length > 0) {
        throw new LearningGroupException(
          LearningGroupErrorCode.MEMBER_IN_RUNNING_GROUP,
          'Someone in this composition is already in a running leergroep.',
          busy.map((b) => ({
            field: `members.${b.memberId}`,
            message: `already in the running leergroep ${b.name}`,
          })),
          { memberIds: [...new Set(busy.map((b) => b.memberId))] },
        );
      }
      await this.groups.insertMembers(
        proposal.groups.flatMap((g) =>
          g.memberIds.map((memberId) => ({
            learningGroupId: group.id,
            memberId,
            groupNumber: g.number,
          })),
        ),
        manager,
      );
      await this.applications.setStatuses(group.id, placed, manager);
      const applicants = await this.applications.forGroup(group.id, manager);
      const updated = await this.groups.update(
        group.id,
        { status: LearningGroupStatus.RUNNING, composedAt: new Date() },
        manager,
      );
      await recordEvent(manager, learningGroupComposed, {
        learningGroupId: group.id,
        confirmedBy: viewer.memberId!,
        groups: proposal.groups.map((g) => ({ number: g.number, memberIds: g.memberIds })),
        notPlacedIds: applicants.map((a) => a.applicantId).filter((id) => !placed.includes(id)),
      });
      return updated;
    });
  }

  /** The facilitator closes a running leergroep; its members are free for another one. */
  finish(viewer: Viewer, learningGroupId: string): Promise<LearningGroupEntity> {
    return this.dataSource.transaction(async (manager) => {
      const group = await this.facilitated(viewer, learningGroupId, manager);
      if (group.status !== LearningGroupStatus.RUNNING) {
        throw new LearningGroupException(
          LearningGroupErrorCode.NOT_RUNNING,
          'Only a running leergroep can be finished.',
        );
      }
      const updated = await this.groups.update(
        group.id,
        { status: LearningGroupStatus.FINISHED },
        manager,
      );
      await recordEvent(manager, learningGroupFinished, {
        learningGroupId: group.id,
        finishedBy: viewer.memberId!,
      });
      return updated;
    });
  }

  private async facilitated(viewer: Viewer, id: string, manager: EntityManager) {
    const group = await this.groups.lockById(id, manager);
    if (!group) throw learningGroupNotFound();
    if (!canFacilitate(group, viewer)) {
      throw new LearningGroupException(
        LearningGroupErrorCode.FACILITATOR_REQUIRED,
        'Only the facilitator composes this leergroep.',
      );
    }
    return group;
  }

  private openProposal(group: LearningGroupEntity) {
    if (group.status !== LearningGroupStatus.COMPOSING) throw compositionClosed();
    if (!group.proposal) {
      throw new LearningGroupException(
        LearningGroupErrorCode.NO_PROPOSAL,
        'Ask for a proposed composition first.',
      );
    }
    return group.proposal;
  }

  private async candidates(
    learningGroupId: string,
    manager: EntityManager,
  ): Promise<CompositionCandidate[]> {
    const rows = await this.applications.forComposition(learningGroupId, manager);
    const profiles = await this.profiles.latestFor(rows.map((r) => r.applicantId));
    return rows.map((r) => ({
      memberId: r.applicantId,
      ministryId: r.ministryId,
      programmeType: r.programmeType,
      programmePhase: r.programmePhase,
      preferredStyles: profiles.get(r.applicantId)?.preferredStyles ?? [],
    }));
  }

  private explain(lists: string[][], candidates: CompositionCandidate[]): ComposedGroup[] {
    const byId = new Map(candidates.map((c) => [c.memberId, c]));
    return lists.map((memberIds, index) => ({
      number: index + 1,
      memberIds,
      reasons: explainGroup(
        memberIds.map((id) => byId.get(id)!).filter(Boolean),
        candidates,
        lists.length,
      ),
    }));
  }
}

const compositionClosed = () =>
  new LearningGroupException(
    LearningGroupErrorCode.COMPOSITION_CLOSED,
    'The composition of this leergroep can no longer change.',
  );
