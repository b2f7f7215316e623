import { LearningGroupAccess } from '@leerhuis/learning-groups';
import { recordEvent } from '@leerhuis/platform-events';
import { Viewer } from '@leerhuis/platform-graphql';

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { IntervisionGroupRefInput } from './dtos/intervision-group.input';
import {
  AcceptIntervisionAgreementInput,
  InviteToIntervisionGroupInput,
  RemoveFromIntervisionGroupInput,
} from './dtos/intervision-membership.input';
import {
  GroupMemberEndReason,
  GroupMemberStatus,
  GroupRole,
  IntervisionGroupMemberEntity,
} from './entities/intervision-group-member.entity';
import {
  intervisionMemberInvited,
  intervisionMemberJoined,
  intervisionMemberLeft,
  intervisionMemberRemoved,
} from './intervision.events';
import { groupNotFound, IntervisionErrorCode, IntervisionException } from './intervision.exception';
import { GroupContext, IntervisionAccess } from './intervision-access';
import { IntervisionGroupRepository } from './intervision-group.repository';
import { MAX_PARTICIPANTS } from './intervision-group.service';

/**
 * Who is in an intervisie group: moderators invite, the invitee joins by accepting the
 * confidentiality agreement, members leave, moderators remove.
 */
@Injectable()
export class IntervisionMembershipService {
  constructor(
    private readonly groups: IntervisionGroupRepository,
    private readonly access: IntervisionAccess,
    private readonly learningGroups: LearningGroupAccess,
    private readonly dataSource: DataSource,
  ) {}

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
}
