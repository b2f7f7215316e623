import { CommunityDto, CommunityLoaders } from '@leerhuis/communities';
import { MemberDto, MemberLoaders, viewMember } from '@leerhuis/members';
import {
  ConnectionArgs,
  createValidationPipe,
  CurrentViewer,
  type GraphqlContext,
  LoaderRegistry,
  Loaders,
  MemberGuard,
  toConnection,
  Viewer,
} from '@leerhuis/platform-graphql';

import { UseGuards, UsePipes } from '@nestjs/common';
import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { DiscussionLoaders } from './discussion.loaders';
import { DiscussionService } from './discussion.service';
import { asReplyView, ThreadView } from './discussion-context';
import { DiscussionThreadArgs, DiscussionThreadsArgs } from './dtos/discussion.args';
import {
  DELETED_TEXT,
  DiscussionReplyConnection,
  DiscussionThreadConnection,
  DiscussionThreadDto,
} from './dtos/discussion.dto';
import {
  DiscussionThreadRefInput,
  EditDiscussionThreadInput,
  StartDiscussionThreadInput,
} from './dtos/discussion-thread.input';
import { renderMarkdown } from './markdown';
import { replySortKey } from './reply.repository';

@Resolver(() => DiscussionThreadDto)
@UseGuards(MemberGuard)
@UsePipes(createValidationPipe())
export class ThreadResolver {
  constructor(
    private readonly service: DiscussionService,
    private readonly loaders: DiscussionLoaders,
    private readonly memberLoaders: MemberLoaders,
    private readonly communityLoaders: CommunityLoaders,
  ) {}

  @Query(() => DiscussionThreadConnection, {
    description: "A CoP's threads (members only): pinned first, then by last activity.",
  })
  discussionThreads(@Args() args: DiscussionThreadsArgs, @CurrentViewer() viewer: Viewer) {
    return this.service.listThreads(viewer, args.communityId, args);
  }

  @Query(() => DiscussionThreadDto, { description: 'One thread (members of its CoP only).' })
  discussionThread(@Args() args: DiscussionThreadArgs, @CurrentViewer() viewer: Viewer) {
    return this.service.getThread(viewer, args.id);
  }

  @Mutation(() => DiscussionThreadDto, { description: 'Start a thread in a CoP you are in.' })
  startDiscussionThread(
    @Args('input') input: StartDiscussionThreadInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.startThread(viewer, input);
  }

  @Mutation(() => DiscussionThreadDto, { description: 'Edit the title or body of your thread.' })
  editDiscussionThread(
    @Args('input') input: EditDiscussionThreadInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.editThread(viewer, input);
  }

  @Mutation(() => DiscussionThreadDto, {
    description: 'Delete your thread: it reads "[verwijderd]", replies stay readable.',
  })
  deleteDiscussionThread(
    @Args('input') input: DiscussionThreadRefInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.deleteThread(viewer, input.threadId);
  }

  // Fields without @Args take graphql-js's own (parent, args, context), with no parameter
  // decorators, so Nest binds them directly: no pipes, no promise wrapper.
  @ResolveField(() => String)
  title(thread: ThreadView) {
    return thread.deletedAt ? DELETED_TEXT : thread.title;
  }

  @ResolveField(() => String)
  body(thread: ThreadView) {
    return thread.deletedAt ? DELETED_TEXT : thread.body;
  }

  @ResolveField(() => String)
  bodyHtml(thread: ThreadView, _args: unknown, { loaders }: GraphqlContext) {
    if (thread.deletedAt) return renderMarkdown(DELETED_TEXT);
    return this.loaders.renderPost(loaders, thread.id, thread.body);
  }

  @ResolveField(() => Boolean)
  hidden(thread: ThreadView) {
    return thread.hiddenAt !== null;
  }

  @ResolveField(() => Boolean)
  deleted(thread: ThreadView) {
    return thread.deletedAt !== null;
  }

  @ResolveField(() => MemberDto, {
    nullable: true,
    description: 'Null when the author left the platform.',
  })
  async author(thread: ThreadView, _args: unknown, { viewer, loaders }: GraphqlContext) {
    if (!thread.authorId) return null;
    const member = await this.memberLoaders.byId(loaders).load(thread.authorId);
    return member ? viewMember(member, viewer) : null;
  }

  @ResolveField(() => CommunityDto)
  community(thread: ThreadView, _args: unknown, { loaders }: GraphqlContext) {
    return this.communityLoaders.byId(loaders).load(thread.communityId);
  }

  @ResolveField(() => Int, { description: 'Replies you can see (deleted ones included).' })
  async replyCount(thread: ThreadView, _args: unknown, { loaders }: GraphqlContext) {
    const counts = await this.loaders.replyCounts(loaders).load(thread.id);
    return thread.viewerIsModerator ? counts.all : counts.visible;
  }

  @ResolveField(() => DiscussionReplyConnection, { description: 'Oldest first.' })
  async replies(
    @Parent() thread: ThreadView,
    @Args() args: ConnectionArgs,
    @Loaders() registry: LoaderRegistry,
  ) {
    const moderator = thread.viewerIsModerator;
    const { rows, total } = await this.loaders
      .replyPage(registry, moderator, args.first, args.after)
      .load(thread.id);
    return toConnection(
      rows.map((r) => asReplyView(r, moderator)),
      args,
      replySortKey,
      total,
    );
  }

  @ResolveField(() => Boolean, { description: 'You wrote it and it is not deleted or hidden.' })
  viewerCanEdit(thread: ThreadView, _args: unknown, { viewer }: GraphqlContext) {
    return thread.authorId === viewer!.memberId && !thread.deletedAt && !thread.hiddenAt;
  }

  @ResolveField(() => Boolean, { description: 'You may pin, lock and hide here.' })
  viewerCanModerate(thread: ThreadView) {
    return thread.viewerIsModerator;
  }
}
