import { defineEvent } from '@leerhuis/platform-events';

import type { CommunityRole } from './entities/community-membership.entity';

/** Any member proposed a CoP; `status` says whether it opened at once. */
export const communityProposed = defineEvent<{
  communityId: string;
  proposedBy: string;
  status: 'PROPOSED' | 'ACTIVE';
}>('communities.community-proposed');

export const communityApproved = defineEvent<{ communityId: string; approvedBy: string }>(
  'communities.community-approved',
);

export const communityPhaseChanged = defineEvent<{
  communityId: string;
  phase: string;
  previousPhase: string;
  changedBy: string;
}>('communities.phase-changed');

export const communityMemberJoined = defineEvent<{
  communityId: string;
  memberId: string;
  via: 'OPEN' | 'REQUEST' | 'INVITATION' | 'PROPOSAL';
}>('communities.member-joined');

export const communityJoinRequested = defineEvent<{
  communityId: string;
  memberId: string;
  motivation: string;
}>('communities.join-requested');

export const communityJoinDecided = defineEvent<{
  communityId: string;
  memberId: string;
  approved: boolean;
  message: string;
  decidedBy: string;
}>('communities.join-decided');

export interface CommunityInvitedPayload {
  invitationId: string;
  communityId: string;
  email: string;
  invitedBy: string;
  /** The raw token: redacted from the outbox once the email job has completed. */
  token: string;
  message: string;
  expiresAt: string;
}

export const communityMemberInvited = defineEvent<CommunityInvitedPayload>(
  'communities.member-invited',
  { sensitiveKeys: ['token'] },
);

export const communityMemberLeft = defineEvent<{ communityId: string; memberId: string }>(
  'communities.member-left',
);

export const communityMemberRemoved = defineEvent<{
  communityId: string;
  memberId: string;
  removedBy: string;
}>('communities.member-removed');

export const communityRoleChanged = defineEvent<{
  communityId: string;
  memberId: string;
  role: CommunityRole;
  previousRole: CommunityRole;
  changedBy: string;
}>('communities.role-changed');
