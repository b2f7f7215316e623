import { recordEvent } from '@leerhuis/platform-events';
import { Connection, toConnection, Viewer } from '@leerhuis/platform-graphql';
import { recordSeenItem, SeenItemType } from '@leerhuis/platform-seen-items';

import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import {
  BODY,
  checkLength,
  DiscussionErrorCode,
  DiscussionException,
  postNotFound,
  threadNotFound,
  TITLE,
} from './discussion.exception';
import {
  asReplyView,
  asThreadView,
  DiscussionContext,
  ReplyView,
  ThreadView,
} from './discussion-context';
import {
  discussionMemberMentioned,
  discussionPostDeleted,
  discussionPostEdited,
  discussionReplyPosted,
  discussionThreadCreated,
} from './discussions.events';
import { DiscussionReplyEntity } from './entities/discussion-reply.entity';
import { DiscussionThreadEntity } from './entities/discussion-thread.entity';
import { parseMentions } from './markdown';
import { MentionedPost, MentionRepository } from './mention.repository';
import { ReplyRepository } from './reply.repository';
import { ThreadRepository, threadSortKey } from './thread.repository';

/**
 * Threads and replies. Every write runs in one transaction with the thread's row locked, and
 * records its domain events and touches the CoP's last activity in that same transaction.
 */
@Injectable()
export class DiscussionService {
  constructor(
    private readonly threads: ThreadRepository,
    private readonly replies: ReplyRepository,
    private readonly mentions: MentionRepository,
    private readonly context: DiscussionContext,
    private readonly dataSource: DataSource,
  ) {}

  /** Pinned first, then by last activity; hidden threads only for moderators. */
  async listThreads(
    viewer: Viewer,
    communityId: string,
    args: { first: number; after?: string | null },
  ): Promise<Connection<ThreadView>> {
    const { moderator } = await this.context.participant(communityId, viewer);
    const [rows, total] = await Promise.all([
      this.threads.page(communityId, moderator, args.first, args.after),
      this.threads.count(communityId, moderator),
    ]);
    return toConnection(
      rows.map((t) => asThreadView(t, moderator)),
      args,
      threadSortKey,
      total,
    );
  }

  /** The thread as the viewer opens it on the web; digests then leave it out until new activity. */
  async getThread(viewer: Viewer, threadId: string): Promise<ThreadView> {
    const { thread } = await this.threadForViewer(viewer, threadId);
    await recordSeenItem(this.dataSource, viewer.memberId!, SeenItemType.THREAD, thread.id);
    return thread;
  }

  async startThread(
    viewer: Viewer,
    input: { communityId: string; title: string; body: string },
  ): Promise<ThreadView> {
    const { moderator } = await this.context.participant(input.communityId, viewer);
    const title = checkLength(input.title, TITLE, 'title', DiscussionErrorCode.TITLE_LENGTH);
    const body = checkLength(input.body, BODY, 'body', DiscussionErrorCode.BODY_LENGTH);
    return this.dataSource.transaction(async (m) => {
      const thread = await this.threads.insert(
        { communityId: input.communityId, authorId: viewer.memberId!, title, body },
        m,
      );
      await recordEvent(m, discussionThreadCreated, {
        communityId: thread.communityId,
        threadId: thread.id,
        authorId: viewer.memberId!,
      });
      await this.mention(thread, null, body, viewer, m);
      await this.context.touch(thread.communityId, m);
      return asThreadView(thread, moderator);
    });
  }

  async editThread(
    viewer: Viewer,
    input: { threadId: string; title?: string | null; body?: string | null },
  ): Promise<ThreadView> {
    const { moderator } = await this.threadForViewer(viewer, input.threadId);
    const title =
      input.title == null
        ? undefined
        : checkLength(input.title, TITLE, 'title', DiscussionErrorCode.TITLE_LENGTH);
    const body =
      input.body == null
        ? undefined
        : checkLength(input.body, BODY, 'body', DiscussionErrorCode.BODY_LENGTH);
    return this.inLockedThread(input.threadId, async (thread, m) => {
      assertOwnLivePost(thread, viewer);
      const updated = await this.threads.update(
        thread.id,
        { ...(title && { title }), ...(body && { body }), editedAt: new Date() },
        m,
      );
      await recordEvent(m, discussionPostEdited, {
        ...postRef(thread, null),
        authorId: viewer.memberId!,
      });
      if (body) await this.mention(thread, null, body, viewer, m);
      await this.context.touch(thread.communityId, m);
      return asThreadView(updated, moderator);
    });
  }

  /** Soft delete: the thread and its replies stay readable, the post reads "[verwijderd]". */
  async deleteThread(viewer: Viewer, threadId: string): Promise<ThreadView> {
    const { moderator } = await this.threadForViewer(viewer, threadId);
    return this.inLockedThread(threadId, async (thread, m) => {
      assertOwnLivePost(thread, viewer);
      const updated = await this.threads.update(thread.id, { deletedAt: new Date() }, m);
      await recordEvent(m, discussionPostDeleted, {
        ...postRef(thread, null),
        authorId: viewer.memberId!,
      });
      await this.context.touch(thread.communityId, m);
      return asThreadView(updated, moderator);
    });
  }

  async reply(viewer: Viewer, input: { threadId: string; body: string }): Promise<ReplyView> {
    const { moderator } = await this.threadForViewer(viewer, input.threadId, {
      allowHidden: true,
    });
    const body = checkLength(input.body, BODY, 'body', DiscussionErrorCode.BODY_LENGTH);
    return this.inLockedThread(input.threadId, async (thread, m) => {
      assertOpenForReplies(thread);
      const reply = await this.replies.insert(
        { threadId: thread.id, communityId: thread.communityId, authorId: viewer.memberId!, body },
        m,
      );
      await this.threads.touch(thread.id, m);
      await recordEvent(m, discussionReplyPosted, {
        communityId: thread.communityId,
        threadId: thread.id,
        replyId: reply.id,
        authorId: viewer.memberId!,
      });
      await this.mention(thread, reply.id, body, viewer, m);
      await this.context.touch(thread.communityId, m);
      return asReplyView(reply, moderator);
    });
  }

  async editReply(viewer: Viewer, input: { replyId: string; body: string }): Promise<ReplyView> {
    const { reply, moderator } = await this.replyForViewer(viewer, input.replyId);
    const body = checkLength(input.body, BODY, 'body', DiscussionErrorCode.BODY_LENGTH);
    return this.inLockedThread(reply.threadId, async (thread, m) => {
      const current = (await this.replies.lockById(reply.id, m))!;
      assertOwnLivePost(current, viewer);
      assertOpenForReplies(thread);
      const updated = await this.replies.update(current.id, { body, editedAt: new Date() }, m);
      await recordEvent(m, discussionPostEdited, {
        ...postRef(thread, current.id),
        authorId: viewer.memberId!,
      });
      await this.mention(thread, current.id, body, viewer, m);
      await this.context.touch(thread.communityId, m);
      return asReplyView(updated, moderator);
    });
  }

  async deleteReply(viewer: Viewer, replyId: string): Promise<ReplyView> {
    const { reply, moderator } = await this.replyForViewer(viewer, replyId);
    return this.inLockedThread(reply.threadId, async (thread, m) => {
      const current = (await this.replies.lockById(reply.id, m))!;
      assertOwnLivePost(current, viewer);
      const updated = await this.replies.update(current.id, { deletedAt: new Date() }, m);
      await recordEvent(m, discussionPostDeleted, {
        ...postRef(thread, current.id),
        authorId: viewer.memberId!,
      });
      await this.context.touch(thread.communityId, m);
      return asReplyView(updated, moderator);
    });
  }

  /** A thread the viewer may read: an active member of its CoP; hidden ones for moderators. */
  async threadForViewer(
    viewer: Viewer,
    threadId: string,
    options: { allowHidden?: boolean } = {},
  ): Promise<{ thread: ThreadView; moderator: boolean }> {
    const thread = await this.threads.findById(threadId);
    if (!thread) throw threadNotFound();
    const { moderator } = await this.context.participant(
      thread.communityId,
      viewer,
      threadNotFound,
    );
    if (thread.hiddenAt && !moderator && !options.allowHidden) throw threadNotFound();
    return { thread: asThreadView(thread, moderator), moderator };
  }

  /** A reply the viewer may read (in a thread they may read). */
  async replyForViewer(
    viewer: Viewer,
    replyId: string,
  ): Promise<{ reply: ReplyView; thread: ThreadView; moderator: boolean }> {
    const reply = await this.replies.findById(replyId);
    if (!reply) throw postNotFound();
    const { moderator } = await this.context.participant(reply.communityId, viewer, postNotFound);
    const thread = (await this.threads.findById(reply.threadId))!;
    if ((reply.hiddenAt || thread.hiddenAt) && !moderator) throw postNotFound();
    return {
      reply: asReplyView(reply, moderator),
      thread: asThreadView(thread, moderator),
      moderator,
    };
  }

  private inLockedThread<T>(
    threadId: string,
    work: (thread: DiscussionThreadEntity, m: EntityManager) => Promise<T>,
  ): Promise<T> {
    return this.dataSource.transaction(async (m) => {
      const thread = await this.threads.lockById(threadId, m);
      if (!thread) throw threadNotFound();
      return work(thread, m);
    });
  }

  /** Stores new mentions of active CoP members and records one event per mentioned member. */
  private async mention(
    thread: DiscussionThreadEntity,
    replyId: string | null,
    body: string,
    viewer: Viewer,
    m: EntityManager,
  ): Promise<void> {
    const post: MentionedPost = postRef(thread, replyId);
    const mentioned = await this.mentions.record(post, parseMentions(body), viewer.memberId!, m);
    for (const memberId of mentioned) {
      await recordEvent(m, discussionMemberMentioned, {
        ...post,
        memberId,
        mentionedBy: viewer.memberId!,
      });
    }
  }
}

export const postRef = (thread: DiscussionThreadEntity, replyId: string | null) => ({
  communityId: thread.communityId,
  threadId: thread.id,
  replyId,
});

function assertOwnLivePost(
  post: DiscussionThreadEntity | DiscussionReplyEntity,
  viewer: Viewer,
): void {
  if (post.authorId !== viewer.memberId) {
    throw new DiscussionException(
      DiscussionErrorCode.NOT_AUTHOR,
      'You can only edit or delete your own posts.',
    );
  }
  if (post.deletedAt) {
    throw new DiscussionException(DiscussionErrorCode.POST_DELETED, 'This post was deleted.');
  }
  if (post.hiddenAt) {
    throw new DiscussionException(
      DiscussionErrorCode.POST_HIDDEN,
      'A moderator hid this post; it can no longer be changed.',
    );
  }
}

function assertOpenForReplies(thread: DiscussionThreadEntity): void {
  if (thread.deletedAt) {
    throw new DiscussionException(
      DiscussionErrorCode.THREAD_DELETED,
      'This thread was deleted by its author: replies are closed.',
    );
  }
  if (thread.hiddenAt) {
    throw new DiscussionException(
      DiscussionErrorCode.THREAD_HIDDEN,
      'A moderator hid this thread: replies are closed.',
    );
  }
  if (thread.locked) {
    throw new DiscussionException(
      DiscussionErrorCode.THREAD_LOCKED,
      'This thread is locked by a moderator: no new replies can be posted.',
    );
  }
}
