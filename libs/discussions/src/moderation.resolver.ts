import { MemberDto, MemberLoaders, viewMember } from '@leerhuis/members';
import {
  createValidationPipe,
  CurrentViewer,
  type GraphqlContext,
  MemberGuard,
  Viewer,
} from '@leerhuis/platform-graphql';

import { UseGuards, UsePipes } from '@nestjs/common';
import { Args, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { DiscussionLoaders } from './discussion.loaders';
import { asReplyView, asThreadView } from './discussion-context';
import { ModerationQueueArgs } from './dtos/discussion.args';
import {
  DiscussionPostModeration,
  DiscussionReplyDto,
  DiscussionReportConnection,
  DiscussionReportDto,
  DiscussionThreadDto,
} from './dtos/discussion.dto';
import {
  ModerateDiscussionThreadInput,
  ReportDiscussionPostInput,
  ResolveDiscussionReportInput,
  SetDiscussionPostHiddenInput,
} from './dtos/discussion-moderation.input';
import { ModerationService, ReportView } from './moderation.service';

@Resolver(() => DiscussionReportDto)
@UseGuards(MemberGuard)
@UsePipes(createValidationPipe())
export class ModerationResolver {
  constructor(
    private readonly service: ModerationService,
    private readonly loaders: DiscussionLoaders,
    private readonly memberLoaders: MemberLoaders,
  ) {}

  @Query(() => DiscussionReportConnection, {
    description: "A CoP's open reports, oldest first (moderators and coordinators only).",
  })
  discussionModerationQueue(@Args() args: ModerationQueueArgs, @CurrentViewer() viewer: Viewer) {
    return this.service.queue(viewer, args.communityId, args);
  }

  @Mutation(() => DiscussionThreadDto, { description: 'Moderators pin or lock a thread.' })
  moderateDiscussionThread(
    @Args('input') input: ModerateDiscussionThreadInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.moderateThread(viewer, input);
  }

  @Mutation(() => DiscussionPostModeration, {
    description: 'Moderators hide a thread or reply (or show it again); the author is emailed.',
  })
  setDiscussionPostHidden(
    @Args('input') input: SetDiscussionPostHiddenInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.setHidden(viewer, input);
  }

  @Mutation(() => DiscussionReportDto, {
    description: 'Report a post you can see to the moderators, with a reason (once per post).',
  })
  reportDiscussionPost(
    @Args('input') input: ReportDiscussionPostInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.report(viewer, input);
  }

  @Mutation(() => DiscussionReportDto, {
    description: 'Moderators hide the reported post or dismiss the report; people are emailed.',
  })
  resolveDiscussionReport(
    @Args('input') input: ResolveDiscussionReportInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.resolve(viewer, input);
  }

  // Fields without @Args take graphql-js's own (parent, args, context), with no parameter
  // decorators, so Nest binds them directly: no pipes, no promise wrapper.
  @ResolveField(() => MemberDto, { nullable: true })
  async reporter(report: ReportView, _args: unknown, { viewer, loaders }: GraphqlContext) {
    const member = await this.memberLoaders.byId(loaders).load(report.reporterId);
    return member ? viewMember(member, viewer) : null;
  }

  @ResolveField(() => DiscussionThreadDto, { description: 'The thread (or the reply’s thread).' })
  async thread(report: ReportView, _args: unknown, { loaders }: GraphqlContext) {
    const thread = await this.loaders.threadById(loaders).load(report.threadId);
    return thread && asThreadView(thread, report.viewerIsModerator);
  }

  @ResolveField(() => DiscussionReplyDto, {
    nullable: true,
    description: 'The reported reply; null when the thread itself was reported.',
  })
  async reply(report: ReportView, _args: unknown, { loaders }: GraphqlContext) {
    if (!report.replyId) return null;
    const reply = await this.loaders.replyById(loaders).load(report.replyId);
    return reply && asReplyView(reply, report.viewerIsModerator);
  }
}
