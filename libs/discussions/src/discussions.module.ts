import { CommunitiesModule } from '@leerhuis/communities';
import { MembersModule } from '@leerhuis/members';
import { DatabaseModule } from '@leerhuis/platform-database';

import { Module } from '@nestjs/common';

import { DiscussionLoaders } from './discussion.loaders';
import { DiscussionService } from './discussion.service';
import { DiscussionContext } from './discussion-context';
import { DiscussionSearch } from './discussion-search';
import { DISCUSSION_ENTITIES } from './entities/discussion-entities';
import { MentionRepository } from './mention.repository';
import { MentionResolver } from './mention.resolver';
import { MentionCandidatesService } from './mention-candidates.service';
import { ModerationResolver } from './moderation.resolver';
import { ModerationService } from './moderation.service';
import { ReplyRepository } from './reply.repository';
import { ReplyResolver } from './reply.resolver';
import { ReportRepository } from './report.repository';
import { ThreadRepository } from './thread.repository';
import { ThreadResolver } from './thread.resolver';

/** API side of CoP discussions: threads, replies, mentions, reports and moderation. */
@Module({
  imports: [DatabaseModule.forFeature(DISCUSSION_ENTITIES), CommunitiesModule, MembersModule],
  providers: [
    ThreadRepository,
    ReplyRepository,
    MentionRepository,
    ReportRepository,
    DiscussionContext,
    DiscussionSearch,
    DiscussionService,
    ModerationService,
    MentionCandidatesService,
    DiscussionLoaders,
    ThreadResolver,
    ReplyResolver,
    ModerationResolver,
    MentionResolver,
  ],
  exports: [DiscussionSearch],
})
export class DiscussionsModule {}
