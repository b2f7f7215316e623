import { MemberDto, MemberLoaders, viewMember } from '@leerhuis/members';
import {
  createValidationPipe,
  CurrentViewer,
  LoaderRegistry,
  Loaders,
  MemberGuard,
  Viewer,
} from '@leerhuis/platform-graphql';

import { UseGuards, UsePipes } from '@nestjs/common';
import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { DiscussionLoaders } from './discussion.loaders';
import { DiscussionService } from './discussion.service';
import { ReplyView } from './discussion-context';
import { DELETED_TEXT, DiscussionReplyDto } from './dtos/discussion.dto';
import {
  DiscussionReplyRefInput,
  EditDiscussionReplyInput,
  ReplyToDiscussionThreadInput,
} from './dtos/discussion-reply.input';
import { renderMarkdown } from './markdown';

@Resolver(() => DiscussionReplyDto)
@UseGuards(MemberGuard)
@UsePipes(createValidationPipe())
export class ReplyResolver {
  constructor(
    private readonly service: DiscussionService,
    private readonly memberLoaders: MemberLoaders,
    private readonly loaders: DiscussionLoaders,
  ) {}

  @Mutation(() => DiscussionReplyDto, {
    description: 'Reply to a thread; locked, hidden and deleted threads take no replies.',
  })
  replyToDiscussionThread(
    @Args('input') input: ReplyToDiscussionThreadInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.reply(viewer, input);
  }

  @Mutation(() => DiscussionReplyDto, { description: 'Edit your reply.' })
  editDiscussionReply(
    @Args('input') input: EditDiscussionReplyInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.editReply(viewer, input);
  }

  @Mutation(() => DiscussionReplyDto, {
    description: 'Delete your reply: it reads "[verwijderd]".',
  })
  deleteDiscussionReply(
    @Args('input') input: DiscussionReplyRefInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.deleteReply(viewer, input.replyId);
  }

  @ResolveField(() => String)
  body(@Parent() reply: ReplyView) {
    return reply.deletedAt ? DELETED_TEXT : reply.body;
  }

  @ResolveField(() => String)
  bodyHtml(@Parent() reply: ReplyView, @Loaders() registry: LoaderRegistry) {
    if (reply.deletedAt) return renderMarkdown(DELETED_TEXT);
    return this.loaders.renderPost(registry, reply.threadId, reply.body);
  }

  @ResolveField(() => Boolean)
  hidden(@Parent() reply: ReplyView) {
    return reply.hiddenAt !== null;
  }

  @ResolveField(() => Boolean)
  deleted(@Parent() reply: ReplyView) {
    return reply.deletedAt !== null;
  }

  @ResolveField(() => MemberDto, { nullable: true })
  async author(
    @Parent() reply: ReplyView,
    @CurrentViewer() viewer: Viewer,
    @Loaders() registry: LoaderRegistry,
  ) {
    if (!reply.authorId) return null;
    const member = await this.memberLoaders.byId(registry).load(reply.authorId);
    return member ? viewMember(member, viewer) : null;
  }

  @ResolveField(() => Boolean)
  viewerCanEdit(@Parent() reply: ReplyView, @CurrentViewer() viewer: Viewer) {
    return reply.authorId === viewer.memberId && !reply.deletedAt && !reply.hiddenAt;
  }
}
