export * from './communities.events';
export { communitiesEventSubscriptions, CommunitiesJobsModule } from './communities-jobs.module';
export { CommunitiesModule } from './communities.module';
export { CommunityAccess } from './community-access.service';
export type { CommunityInContext } from './community-lookup';
export { CommunityErrorCode, CommunityException } from './community.exception';
export { CommunityLoaders } from './community.loaders';
export { CommunityService } from './community.service';
export { CommunityDto, CommunityMembershipDto } from './dtos/community.dto';
export { CommunityPhase, CommunityStatus, JoinPolicy } from './entities/community.entity';
export { CommunityRole, MembershipStatus } from './entities/community-membership.entity';
export { CommunitySearch } from './community-search';
export type {
  CommunityHit,
  CommunitySummary,
  PreparedSearch,
  SearchScope,
} from './community-search.repository';
export { CommunitiesPersonalData } from './communities-personal-data';
export { CommunitySql } from './community-sql';
