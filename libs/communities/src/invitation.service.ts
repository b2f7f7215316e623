import { recordEvent } from '@leerhuis/platform-events';
import type { Viewer } from '@leerhuis/platform-graphql';

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { communityMemberInvited } from './communities.events';
import { CommunityErrorCode, CommunityException, communityNotFound } from './community.exception';
import { CommunityRepository } from './community.repository';
import { isActiveMember } from './community-access';
import { CommunityLookup, requireModerator } from './community-lookup';
import { InviteToCommunityInput } from './dtos/invitation.input';
import { CommunityInvitationEntity } from './entities/community-invitation.entity';
import { CommunityMembershipEntity } from './entities/community-membership.entity';
import { InvitationRepository } from './invitation.repository';
import {
  generateInvitationToken,
  hashInvitationToken,
  looksLikeInvitationToken,
} from './invitation-token';
import { MembershipRepository } from './membership.repository';
import { MembershipService } from './membership.service';

export const INVITATION_TTL_DAYS = 14;

/** Invitations by emailed link, for members and for addresses without an account yet. */
@Injectable()
export class InvitationService {
  constructor(
    private readonly communities: CommunityRepository,
    private readonly memberships: MembershipRepository,
    private readonly invitations: InvitationRepository,
    private readonly membershipService: MembershipService,
    private readonly lookup: CommunityLookup,
    private readonly dataSource: DataSource,
  ) {}

  /** Coordinators and moderators invite; inviting an address again replaces the old link. */
  async invite(viewer: Viewer, input: InviteToCommunityInput): Promise<CommunityInvitationEntity> {
    if (Boolean(input.memberId) === Boolean(input.email)) {
      throw new CommunityException(
        CommunityErrorCode.INVITEE_REQUIRED,
        'Invite either a member or an email address.',
        [
          { field: 'memberId', message: 'Choose a member, or leave this out and give an email.' },
          {
            field: 'email',
            message: 'Give an email address, or leave this out and choose a member.',
          },
        ],
      );
    }
    return this.dataSource.transaction(async (manager) => {
      const { community, membership } = await this.lookup.lockVisible(
        input.communityId,
        viewer,
        manager,
      );
      requireModerator(membership);
      const invitee = input.memberId
        ? await this.memberships.contact(input.memberId)
        : await this.memberships.contactByEmail(input.email!, manager);
      if (input.memberId && !invitee) {
        throw new CommunityException(CommunityErrorCode.INVITEE_NOT_FOUND, 'Member not found.', [
          { field: 'memberId', message: 'Choose a member from the list.' },
        ]);
      }
      const email = (invitee?.email ?? input.email!).trim().toLowerCase();
      if (
        invitee &&
        isActiveMember(await this.memberships.find(community.id, invitee.id, manager))
      ) {
        throw new CommunityException(
          CommunityErrorCode.ALREADY_MEMBER,
          'This person is already a member of this community.',
        );
      }
      const { token, hash } = generateInvitationToken();
      const invitation = await this.invitations.replace(
        {
          communityId: community.id,
          email,
          invitedBy: viewer.memberId,
          tokenHash: hash,
          message: input.message?.trim() ?? '',
          expiresAt: new Date(Date.now() + INVITATION_TTL_DAYS * 86_400_000),
        },
        manager,
      );
      await recordEvent(manager, communityMemberInvited, {
        invitationId: invitation.id,
        communityId: community.id,
        email,
        invitedBy: viewer.memberId!,
        token,
        message: invitation.message,
        expiresAt: invitation.expiresAt.toISOString(),
      });
      return invitation;
    });
  }

  /**
   * Uses the link once. It needs a member signed in with the invited address: someone new
   * signs in with the link's address and completes the profile first.
   */
  async accept(viewer: Viewer, token: string): Promise<CommunityMembershipEntity> {
    if (!looksLikeInvitationToken(token)) throw invalid();
    const tokenHash = hashInvitationToken(token);
    const found = await this.invitations.findByTokenHash(tokenHash);
    if (!found) throw invalid();
    return this.dataSource.transaction(async (manager) => {
      // The CoP first, as every membership change does, then the invitation: no lock cycles.
      const community = await this.communities.lockById(found.communityId, manager);
      if (!community) throw communityNotFound();
      const invitation = (await this.invitations.lockByTokenHash(tokenHash, manager))!;
      if (invitation.acceptedAt) {
        throw new CommunityException(
          CommunityErrorCode.INVITATION_USED,
          'This invitation has already been used.',
        );
      }
      if (invitation.revokedAt) throw invalid('This invitation was replaced by a newer one.');
      if (invitation.expiresAt.getTime() < Date.now()) {
        throw new CommunityException(
          CommunityErrorCode.INVITATION_EXPIRED,
          `This invitation has expired (invitations are valid for ${INVITATION_TTL_DAYS} days). Ask for a new one.`,
          [{ field: 'token', message: 'Ask a coordinator for a new invitation.' }],
        );
      }
      if (invitation.email.toLowerCase() !== viewer.email.toLowerCase()) {
        throw new CommunityException(
          CommunityErrorCode.INVITATION_FOR_ANOTHER_ADDRESS,
          'This invitation was sent to another email address. Sign in with that address to accept it.',
        );
      }
      const existing = await this.memberships.find(community.id, viewer.memberId!, manager);
      await this.invitations.markAccepted(invitation.id, viewer.memberId!, manager);
      if (isActiveMember(existing)) return existing!;
      return this.membershipService.admit(
        community,
        viewer.memberId!,
        existing,
        'INVITATION',
        manager,
      );
    });
  }
}

const invalid = (message = 'This invitation link is not valid.') =>
  new CommunityException(CommunityErrorCode.INVITATION_INVALID, message, [
    { field: 'token', message: 'Use the link from the most recent invitation email.' },
  ]);
