import { MemberDto, MemberLoaders, viewMember } from '@leerhuis/members';
import {
  createValidationPipe,
  CurrentViewer,
  type GraphqlContext,
  MemberGuard,
  Viewer,
} from '@leerhuis/platform-graphql';

import { UseGuards, UsePipes } from '@nestjs/common';
import { Args, Mutation, ResolveField, Resolver } from '@nestjs/graphql';

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

  // Fields without @Args take graphql-js's own (parent, args, context), with no parameter
  // decorators, so Nest binds them directly: no pipes, no promise wrapper.
  @ResolveField(() => String)
  body(reply: ReplyView) {
    return reply.deletedAt ? DELETED_TEXT : reply.body;
  }

  @ResolveField(() => String)
  bodyHtml(reply: ReplyView, _args: unknown, { loaders }: GraphqlContext) {
    if (reply.deletedAt) return renderMarkdown(DELETED_TEXT);
    return this.loaders.renderPost(loaders, reply.threadId, reply.body);
  }

  @ResolveField(() => Boolean)
  hidden(reply: ReplyView) {
    return reply.hiddenAt !== null;
  }

  @ResolveField(() => Boolean)
  deleted(reply: ReplyView) {
    return reply.deletedAt !== null;
  }

  @ResolveField(() => MemberDto, { nullable: true })
  async author(reply: ReplyView, _args: unknown, { viewer, loaders }: GraphqlContext) {
    if (!reply.authorId) return null;
    const member = await this.memberLoaders.byId(loaders).load(reply.authorId);
    return member ? viewMember(member, viewer) : null;
  }

  @ResolveField(() => Boolean)
  viewerCanEdit(reply: ReplyView, _args: unknown, { viewer }: GraphqlContext) {
    return reply.authorId === viewer!.memberId && !reply.deletedAt && !reply.hiddenAt;
  }
}
