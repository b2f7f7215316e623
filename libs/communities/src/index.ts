export * from './communities.events';
export { communitiesEventSubscriptions, CommunitiesJobsModule } from './communities-jobs.module';
export { CommunitiesModule } from './communities.module';
export { CommunityErrorCode, CommunityException } from './community.exception';
export { CommunityLoaders } from './community.loaders';
export { CommunityService } from './community.service';
export { CommunityDto, CommunityMembershipDto } from './dtos/community.dto';
export { CommunityPhase, CommunityStatus, JoinPolicy } from './entities/community.entity';
export { CommunityRole, MembershipStatus } from './entities/community-membership.entity';
