import { MembersModule } from '@leerhuis/members';
import { DatabaseModule } from '@leerhuis/platform-database';

import { Module } from '@nestjs/common';

import { CommunityLoaders } from './community.loaders';
import { CommunityRepository } from './community.repository';
import { CommunityResolver } from './community.resolver';
import { CommunityService } from './community.service';
import { CommunityAccess } from './community-access.service';
import { CommunityLookup } from './community-lookup';
import { CommunitySearch } from './community-search';
import { CommunitySearchRepository } from './community-search.repository';
import { COMMUNITY_ENTITIES } from './entities/community-entities';
import { InvitationRepository } from './invitation.repository';
import { InvitationService } from './invitation.service';
import { MemberCommunitiesResolver } from './member-communities.resolver';
import { MembershipRepository } from './membership.repository';
import { MembershipResolver } from './membership.resolver';
import { MembershipService } from './membership.service';

/** API side of Communities of Practice: discovery, membership and invitations. */
@Module({
  imports: [DatabaseModule.forFeature(COMMUNITY_ENTITIES), MembersModule],
  providers: [
    CommunityAccess,
    CommunitySearch,
    CommunitySearchRepository,
    CommunityRepository,
    MembershipRepository,
    InvitationRepository,
    CommunityLookup,
    CommunityService,
    MembershipService,
    InvitationService,
    CommunityLoaders,
    CommunityResolver,
    MembershipResolver,
    MemberCommunitiesResolver,
  ],
  exports: [CommunityService, CommunityLoaders, CommunityAccess, CommunitySearch],
})
export class CommunitiesModule {}
