import { CommunityEntity } from './community.entity';
import { CommunityInvitationEntity } from './community-invitation.entity';
import { CommunityMembershipEntity } from './community-membership.entity';

/** Every table the communities domain owns (the API and the worker both register them). */
export const COMMUNITY_ENTITIES = [
  CommunityEntity,
  CommunityMembershipEntity,
  CommunityInvitationEntity,
];
