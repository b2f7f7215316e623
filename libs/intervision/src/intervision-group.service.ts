import { CommunityAccess } from '@leerhuis/communities';
import { LearningGroupAccess } from '@leerhuis/learning-groups';
import { recordEvent } from '@leerhuis/platform-events';
import { InputValidationException, Viewer } from '@leerhuis/platform-graphql';

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import {
  AcceptIntervisionAgreementInput,
  CopyIntervisionMethodInput,
  CreateIntervisionGroupInput,
  IntervisionGroupRefInput,
  IntervisionPhaseInput,
  InviteToIntervisionGroupInput,
  RemoveFromIntervisionGroupInput,
  UpdateIntervisionMethodInput,
} from './dtos/intervision.input';
import { IntervisionGroupContext } from './entities/intervision-group.entity';
import {
  GroupMemberEndReason,
  GroupMemberStatus,
  GroupRole,
  IntervisionGroupMemberEntity,
} from './entities/intervision-group-member.entity';
import { IntervisionMethodEntity } from './entities/intervision-method.entity';
import {
  intervisionGroupCreated,
  intervisionMemberInvited,
  intervisionMemberJoined,
  intervisionMemberLeft,
  intervisionMemberRemoved,
} from './intervision.events';
import { groupNotFound, IntervisionErrorCode, IntervisionException } from './intervision.exception';
import { contextOf, GroupContext, IntervisionAccess, mayKnow } from './intervision-access';
import { IntervisionGroupRepository } from './intervision-group.repository';
import { MethodPhase, phaseProblems } from './intervision-method';

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

  /** Moderators invite; the invitee joins by accepting the confidentiality agreement. */
  async invite(
    viewer: Viewer,
    input: InviteToIntervisionGroupInput,
  ): Promise<IntervisionGroupMemberEntity> {
    const { group } = await this.access.group(input.groupId, viewer, 'moderator');
    const role = input.role ?? GroupRole.PARTICIPANT;
    return this.dataSource.transaction(async (m) => {
      await this.groups.lockGroup(group.id, m);
      if (!(await this.groups.memberExists(input.memberId, m))) {
        throw new IntervisionException(
          IntervisionErrorCode.INVITEE_NOT_FOUND,
          'There is no member with this id.',
          [{ field: 'memberId', message: 'Choose a member of Leerhuis.' }],
        );
      }
      if (
        group.communityId &&
        !(await this.groups.isActiveCommunityMember(group.communityId, input.memberId, m))
      ) {
        throw new IntervisionException(
          IntervisionErrorCode.COMMUNITY_MEMBER_REQUIRED,
          'Only members of the community can join its intervision groups.',
          [{ field: 'memberId', message: 'Choose a member of this community.' }],
        );
      }
      if (
        group.learningGroupId &&
        !(await this.learningGroups.isParticipant(group.learningGroupId, input.memberId, m))
      ) {
        throw new IntervisionException(
          IntervisionErrorCode.INVITEE_NOT_IN_LEARNING_GROUP,
          'Only participants of the leergroep can join its intervision groups.',
          [{ field: 'memberId', message: 'Choose a member or the facilitator of this leergroep.' }],
        );
      }
      const existing = await this.groups.lockMembership(group.id, input.memberId, m);
      // A membership that lapsed with the CoP (the worker has not marked it yet) counts as ended.
      const lapsed =
        existing?.status !== GroupMemberStatus.LEFT &&
        !(await this.groups.membershipInContext(group.id, input.memberId));
      if (existing && existing.status !== GroupMemberStatus.LEFT && !lapsed) {
        throw new IntervisionException(
          IntervisionErrorCode.ALREADY_IN_GROUP,
          'This member is already in the group or invited.',
          [{ field: 'memberId', message: 'Choose someone who is not in the group yet.' }],
        );
      }
      if (
        role === GroupRole.PARTICIPANT &&
        (await this.groups.countSeats(group.id, m)) >= MAX_PARTICIPANTS
      ) {
        throw new IntervisionException(
          IntervisionErrorCode.GROUP_FULL,
          `An intervision group has at most ${MAX_PARTICIPANTS} participants.`,
        );
      }
      const membership = await this.groups.saveMembership(
        {
          groupId: group.id,
          memberId: input.memberId,
          role,
          status: GroupMemberStatus.INVITED,
          agreementVersion: null,
          agreementAcceptedAt: null,
          invitedBy: viewer.memberId!,
          // A new invitation starts a new membership: what the member was granted before (and
          // lost by leaving, removal or leaving the CoP) is not revived; they accept anew.
          invitedAt: new Date(),
          leftAt: null,
          endReason: null,
        },
        m,
      );
      await this.groups.audit(
        {
          groupId: group.id,
          actorId: viewer.memberId!,
          // Re-admitting someone whose membership ended is the moderator's call, on record.
          action: existing ? 'member.readmitted' : 'member.invited',
          detail: { memberId: input.memberId, role },
        },
        m,
      );
      await recordEvent(m, intervisionMemberInvited, {
        groupId: group.id,
        memberId: input.memberId,
        invitedBy: viewer.memberId!,
      });
      return membership;
    });
  }

  /** Joining: the invitee accepts the current version of the agreement (time and version kept). */
  async acceptAgreement(
    viewer: Viewer,
    input: AcceptIntervisionAgreementInput,
  ): Promise<GroupContext> {
    const context = await this.access.group(input.groupId, viewer, 'see');
    if (context.isMember) {
      throw new IntervisionException(
        IntervisionErrorCode.ALREADY_IN_GROUP,
        'You are already a member of this group.',
      );
    }
    if (!context.isInvited) {
      throw new IntervisionException(
        IntervisionErrorCode.MEMBERSHIP_REQUIRED,
        'Only invited members may join this group.',
      );
    }
    if (!input.accept) {
      throw new IntervisionException(
        IntervisionErrorCode.AGREEMENT_NOT_ACCEPTED,
        'Joining requires accepting the confidentiality agreement.',
        [{ field: 'accept', message: 'Accept the agreement to join.' }],
      );
    }
    await this.dataSource.transaction(async (m) => {
      const group = await this.groups.lockGroup(input.groupId, m);
      if (!group) throw groupNotFound();
      if (input.agreementVersion !== group.confidentialityVersion) {
        throw new IntervisionException(
          IntervisionErrorCode.AGREEMENT_VERSION_OUTDATED,
          'The agreement has changed since you read it; read the current version.',
          [
            {
              field: 'agreementVersion',
              message: `The current version is ${group.confidentialityVersion}.`,
            },
          ],
        );
      }
      const membership = await this.groups.lockMembership(group.id, viewer.memberId!, m);
      if (membership?.status !== GroupMemberStatus.INVITED) throw groupNotFound();
      await this.groups.saveMembership(
        {
          groupId: group.id,
          memberId: viewer.memberId!,
          status: GroupMemberStatus.ACTIVE,
          agreementVersion: group.confidentialityVersion,
          agreementAcceptedAt: new Date(),
        },
        m,
      );
      await recordEvent(m, intervisionMemberJoined, {
        groupId: group.id,
        memberId: viewer.memberId!,
        agreementVersion: group.confidentialityVersion,
      });
    });
    return this.access.group(input.groupId, viewer, 'see');
  }

  /** Leaving (or declining an invitation) ends all access to the group's cases. */
  async leave(viewer: Viewer, input: IntervisionGroupRefInput): Promise<boolean> {
    const context = await this.access.group(input.groupId, viewer, 'see');
    if (!context.isMember && !context.isInvited) {
      throw new IntervisionException(
        IntervisionErrorCode.MEMBERSHIP_REQUIRED,
        'You are not in this group.',
      );
    }
    await this.dataSource.transaction(async (m) => {
      await this.groups.lockGroup(input.groupId, m);
      const membership = await this.groups.lockMembership(input.groupId, viewer.memberId!, m);
      if (!membership || membership.status === GroupMemberStatus.LEFT) return;
      if (
        membership.status === GroupMemberStatus.ACTIVE &&
        membership.role === GroupRole.MODERATOR &&
        (await this.groups.countActive(input.groupId, GroupRole.MODERATOR, m)) <= 1
      ) {
        throw new IntervisionException(
          IntervisionErrorCode.LAST_MODERATOR,
          'The group needs a moderator: invite another before you leave.',
        );
      }
      await this.groups.saveMembership(
        {
          groupId: input.groupId,
          memberId: viewer.memberId!,
          status: GroupMemberStatus.LEFT,
          leftAt: new Date(),
          endReason: GroupMemberEndReason.LEFT,
        },
        m,
      );
      await recordEvent(m, intervisionMemberLeft, {
        groupId: input.groupId,
        memberId: viewer.memberId!,
      });
    });
    return true;
  }

  /**
   * A moderator removes a participant (or another moderator, or withdraws an invitation). The
   * member loses access at once and for good — only a new invitation and a new acceptance of
   * the agreement bring them back — is emailed (group name only) and the audit log records it.
   */
  async remove(viewer: Viewer, input: RemoveFromIntervisionGroupInput): Promise<boolean> {
    const { group } = await this.access.group(input.groupId, viewer, 'moderator');
    if (input.memberId === viewer.memberId) {
      throw new IntervisionException(
        IntervisionErrorCode.CANNOT_REMOVE_SELF,
        'A moderator cannot remove themselves; leave the group instead.',
        [{ field: 'memberId', message: 'Choose someone else, or leave the group.' }],
      );
    }
    await this.dataSource.transaction(async (m) => {
      await this.groups.lockGroup(group.id, m);
      const membership = await this.groups.lockMembership(group.id, input.memberId, m);
      if (!membership || membership.status === GroupMemberStatus.LEFT) {
        throw new IntervisionException(
          IntervisionErrorCode.NOT_IN_GROUP,
          'This member is not in the group or invited.',
          [{ field: 'memberId', message: 'Choose a member or invitee of this group.' }],
        );
      }
      if (
        membership.status === GroupMemberStatus.ACTIVE &&
        membership.role === GroupRole.MODERATOR &&
        (await this.groups.countActive(group.id, GroupRole.MODERATOR, m)) <= 1
      ) {
        throw new IntervisionException(
          IntervisionErrorCode.LAST_MODERATOR,
          'The group needs a moderator.',
        );
      }
      await this.groups.saveMembership(
        {
          groupId: group.id,
          memberId: input.memberId,
          status: GroupMemberStatus.LEFT,
          leftAt: new Date(),
          endReason: GroupMemberEndReason.REMOVED,
        },
        m,
      );
      await this.groups.audit(
        {
          groupId: group.id,
          actorId: viewer.memberId!,
          action: 'member.removed',
          detail: { memberId: input.memberId, role: membership.role, status: membership.status },
        },
        m,
      );
      await recordEvent(m, intervisionMemberRemoved, {
        groupId: group.id,
        memberId: input.memberId,
        removedBy: viewer.memberId!,
      });
    });
    return true;
  }

  async methods(viewer: Viewer, groupId: string): Promise<IntervisionMethodEntity[]> {
    await this.access.group(groupId, viewer, 'member');
    return this.groups.methodsFor(groupId);
  }

  /** A moderator copies a shipped (or the group's) method and adapts it for the group. */
  async copyMethod(
    viewer: Viewer,
    input: CopyIntervisionMethodInput,
  ): Promise<IntervisionMethodEntity> {
    const { group } = await this.access.group(input.groupId, viewer, 'moderator');
    const source = await this.groups.methodById(input.methodId);
    if (!source || (source.groupId !== null && source.groupId !== group.id)) {
      throw methodNotFound();
    }
    const phases = input.phases ? toPhases(input.phases) : source.phases;
    return this.dataSource.transaction(async (m) => {
      let key = `${source.key.replace(/-copy(-\d+)?$/, '')}-copy`;
      for (let n = 2; await this.groups.methodKeyTaken(group.id, key, m); n++) {
        key = `${source.key.replace(/-copy(-\d+)?$/, '')}-copy-${n}`;
      }
      const method = await this.groups.insertMethod(
        {
          groupId: group.id,
          key,
          basedOnId: source.id,
          nameNl: input.nameNl?.trim() || `${source.nameNl} (aangepast)`,
          nameEn: input.nameEn?.trim() || `${source.nameEn} (adapted)`,
          descriptionNl: source.descriptionNl,
          descriptionEn: source.descriptionEn,
          phases,
          createdBy: viewer.memberId!,
        },
        m,
      );
      await this.groups.audit(
        {
          groupId: group.id,
          actorId: viewer.memberId!,
          action: 'method.copied',
          detail: { methodId: method.id, basedOnId: source.id },
        },
        m,
      );
      return method;
    });
  }

  async updateMethod(
    viewer: Viewer,
    input: UpdateIntervisionMethodInput,
  ): Promise<IntervisionMethodEntity> {
    const method = await this.groups.methodById(input.methodId);
    if (!method) throw methodNotFound();
    if (!method.groupId) {
      // Shipped methods are the same for everyone; a group adapts its own copy.
      throw new IntervisionException(
        IntervisionErrorCode.METHOD_NOT_EDITABLE,
        'A shipped method cannot be changed: copy it for your group first.',
      );
    }
    try {
      await this.access.group(method.groupId, viewer, 'moderator');
    } catch (error) {
      if (error instanceof IntervisionException && error.code === 'GROUP_NOT_FOUND') {
        throw methodNotFound();
      }
      throw error;
    }
    const changes: Partial<IntervisionMethodEntity> = {};
    if (input.nameNl) changes.nameNl = input.nameNl.trim();
    if (input.nameEn) changes.nameEn = input.nameEn.trim();
    if (input.phases) changes.phases = toPhases(input.phases);
    return this.dataSource.transaction(async (m) => {
      const updated = await this.groups.updateMethod(method.id, changes, m);
      await this.groups.audit(
        {
          groupId: method.groupId!,
          actorId: viewer.memberId!,
          action: 'method.updated',
          detail: { methodId: method.id },
        },
        m,
      );
      return updated;
    });
  }

  auditLog(groupId: string) {
    return this.groups.auditLog(groupId);
  }

  members(groupId: string) {
    return this.groups.members([groupId]);
  }
}

const methodNotFound = () =>
  new IntervisionException(IntervisionErrorCode.METHOD_NOT_FOUND, 'Method not found.', [
    { field: 'methodId', message: 'Choose a shipped method or one of this group.' },
  ]);

function toPhases(input: IntervisionPhaseInput[]): MethodPhase[] {
  const phases: MethodPhase[] = input.map((p) => ({
    key: p.key,
    titleNl: p.titleNl.trim(),
    titleEn: p.titleEn.trim(),
    instructionNl: p.instructionNl?.trim() ?? '',
    instructionEn: p.instructionEn?.trim() ?? '',
    writers: [...new Set(p.writers)],
    kinds: [...new Set(p.kinds)],
    durationMinutes: p.durationMinutes ?? null,
  }));
  const problems = phaseProblems(phases);
  if (problems.length > 0) throw new InputValidationException(problems);
  return phases;
}
