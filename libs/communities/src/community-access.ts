import type { Viewer } from '@leerhuis/platform-graphql';

import { CommunityEntity, CommunityStatus, JoinPolicy } from './entities/community.entity';
import {
  CommunityMembershipEntity,
  CommunityRole,
  MembershipStatus,
} from './entities/community-membership.entity';

/**
 * The single place that decides who sees and does what in a CoP. Platform admins see every
 * CoP (they approve proposals and answer for the platform) but act in one only as a member.
 */
export type Membership = Pick<CommunityMembershipEntity, 'role' | 'status'> | null;

const RANK: Record<CommunityRole, number> = {
  [CommunityRole.MEMBER]: 1,
  [CommunityRole.MODERATOR]: 2,
  [CommunityRole.COORDINATOR]: 3,
};

export function isActiveMember(membership: Membership): boolean {
  return membership?.status === MembershipStatus.ACTIVE;
}

/** Active and at least `role` (coordinator > moderator > member). */
export function hasRole(membership: Membership, role: CommunityRole): boolean {
  return isActiveMember(membership) && RANK[membership!.role] >= RANK[role];
}

/** Hidden and proposed CoPs exist only for their members (and admins). */
export function canSee(
  community: Pick<CommunityEntity, 'status' | 'joinPolicy'>,
  viewer: Viewer,
  membership: Membership,
): boolean {
  if (viewer.role === 'ADMIN' || isActiveMember(membership)) return true;
  return community.status === CommunityStatus.ACTIVE && community.joinPolicy !== JoinPolicy.HIDDEN;
}

/** Who is in a CoP is for its members: a safe, closed learning space. */
export function canSeeMembers(viewer: Viewer, membership: Membership): boolean {
  return viewer.role === 'ADMIN' || isActiveMember(membership);
}
