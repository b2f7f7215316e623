import { CommunityAccess } from '@leerhuis/communities';
import { LearningGroupAccess } from '@leerhuis/learning-groups';
import { recordEvent } from '@leerhuis/platform-events';
import { Viewer } from '@leerhuis/platform-graphql';

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { CreateIntervisionGroupInput } from './dtos/intervision-group.input';
import { IntervisionGroupContext } from './entities/intervision-group.entity';
import {
  GroupMemberStatus,
  GroupRole,
  IntervisionGroupMemberEntity,
} from './entities/intervision-group-member.entity';
import { intervisionGroupCreated } from './intervision.events';
import { IntervisionErrorCode, IntervisionException } from './intervision.exception';
import { contextOf, GroupContext, IntervisionAccess, mayKnow } from './intervision-access';
import { IntervisionGroupRepository } from './intervision-group.repository';

/** A group holds 3–10 participants besides its moderators. */
export const MAX_PARTICIPANTS = 10;
export const MIN_MEMBERS_FOR_A_CASE = 3;

/** Intervisie groups: creating, inviting, the confidentiality agreement, leaving, methods. */
@Injectable()
export class IntervisionGroupService {
  constructor(
    private readonly groups: IntervisionGroupRepository,
    private readonly access: IntervisionAccess,
    private readonly communities: CommunityAccess,
    private readonly learningGroups: LearningGroupAccess,
    private readonly dataSource: DataSource,
  ) {}

  get(viewer: Viewer, groupId: string): Promise<GroupContext> {
    return this.access.group(groupId, viewer, 'see');
  }

  /** A CoP's groups: the viewer's own (admins: all, as metadata). */
  async forCommunity(viewer: Viewer, communityId: string): Promise<GroupContext[]> {
    await this.communities.visible(communityId, viewer);
    const admin = viewer.role === 'ADMIN';
    const groups = await this.groups.listForCommunity(communityId, admin ? null : viewer.memberId);
    return this.contexts(groups, viewer);
  }

  /** A leergroep's groups for its participants: the viewer's own (admins: all, as metadata). */
  async forLearningGroup(viewer: Viewer, learningGroupId: string): Promise<GroupContext[]> {
    await this.requireLearningGroup(learningGroupId);
    const admin = viewer.role === 'ADMIN';
    if (!admin) await this.requireParticipant(learningGroupId, viewer.memberId);
    const groups = await this.groups.listForLearningGroup(
      learningGroupId,
      admin ? null : viewer.memberId,
    );
    return this.contexts(groups, viewer);
  }

  private async requireLearningGroup(learningGroupId: string): Promise<void> {
    if (!(await this.learningGroups.find(learningGroupId))) {
      throw new IntervisionException(
        IntervisionErrorCode.LEARNING_GROUP_NOT_FOUND,
        'There is no leergroep with this id.',
        [{ field: 'learningGroupId', message: 'Choose an existing leergroep.' }],
      );
    }
  }

  private async requireParticipant(learningGroupId: string, memberId: string | null) {
    if (!(await this.learningGroups.isParticipant(learningGroupId, memberId))) {
      throw new IntervisionException(
        IntervisionErrorCode.LEARNING_GROUP_PARTICIPANT_REQUIRED,
        'Only participants of the leergroep (its members and facilitator) may do this.',
      );
    }
  }

  async mine(viewer: Viewer): Promise<GroupContext[]> {
    return this.contexts(await this.groups.listForMember(viewer.memberId!), viewer);
  }

  private async contexts(
    groups: Awaited<ReturnType<IntervisionGroupRepository['listForMember']>>,
    viewer: Viewer,
  ): Promise<GroupContext[]> {
    // The viewer's own memberships, only where they still count (an admin lists every group,
    // and a membership that lapsed with the CoP must not read as membership there).
    const memberships = viewer.memberId
      ? await this.groups.membershipsInContext(
          groups.map((g) => g.id),
          viewer.memberId,
        )
      : ([] as IntervisionGroupMemberEntity[]);
    return groups
      .map((group) =>
        contextOf(
          group,
          memberships.find((m) => m.groupId === group.id && m.memberId === viewer.memberId) ?? null,
          viewer,
        ),
      )
      .filter(mayKnow);
  }

  /**
   * CoP moderators create a group in their CoP; participants of a leergroep one in their
   * leergroep; any member a standalone one.
   */
  async create(viewer: Viewer, input: CreateIntervisionGroupInput): Promise<GroupContext> {
    if (input.communityId && input.learningGroupId) {
      throw new IntervisionException(
        IntervisionErrorCode.ONE_CONTEXT_ONLY,
        'A group lives in a community or in a leergroep, not both.',
        [
          { field: 'communityId', message: 'Choose a community or a leergroep.' },
          { field: 'learningGroupId', message: 'Choose a community or a leergroep.' },
        ],
      );
    }
    if (input.communityId) await this.communities.moderator(input.communityId, viewer);
    if (input.learningGroupId) {
      await this.requireLearningGroup(input.learningGroupId);
      await this.requireParticipant(input.learningGroupId, viewer.memberId);
    }
    const memberId = viewer.memberId!;
    const group = await this.dataSource.transaction(async (m) => {
      const created = await this.groups.insert(
        {
          name: input.name.trim(),
          description: input.description?.trim() ?? '',
          context: input.communityId
            ? IntervisionGroupContext.COMMUNITY
            : input.learningGroupId
              ? IntervisionGroupContext.LEARNING_GROUP
              : IntervisionGroupContext.STANDALONE,
          communityId: input.communityId ?? null,
          learningGroupId: input.learningGroupId ?? null,
          confidentialityText: input.confidentialityText.trim(),
          followUpSeconds: (input.followUpDays ?? 28) * 86_400,
          createdBy: memberId,
        },
        m,
      );
      // The creator wrote the agreement and is its first moderator: accepted at creation.
      await this.groups.saveMembership(
        {
          groupId: created.id,
          memberId,
          role: GroupRole.MODERATOR,
          status: GroupMemberStatus.ACTIVE,
          agreementVersion: created.confidentialityVersion,
          agreementAcceptedAt: new Date(),
          invitedBy: memberId,
          invitedAt: new Date(),
        },
        m,
      );
      await this.groups.audit(
        { groupId: created.id, actorId: memberId, action: 'group.created' },
        m,
      );
      await recordEvent(m, intervisionGroupCreated, { groupId: created.id, createdBy: memberId });
      return created;
    });
    return this.access.group(group.id, viewer, 'see');
  }

  auditLog(groupId: string) {
    return this.groups.auditLog(groupId);
  }

  members(groupId: string) {
    return this.groups.members([groupId]);
  }
}
