import { recordEvent } from '@leerhuis/platform-events';
import { Connection, toConnection, Viewer } from '@leerhuis/platform-graphql';

import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import {
  checkLength,
  DiscussionErrorCode,
  DiscussionException,
  postNotFound,
  REASON,
  threadNotFound,
} from './discussion.exception';
import { postRef } from './discussion.service';
import {
  asReplyView,
  asThreadView,
  DiscussionContext,
  ReplyView,
  ThreadView,
} from './discussion-context';
import {
  discussionPostHidden,
  discussionPostUnhidden,
  discussionReportFiled,
  discussionReportResolved,
  discussionThreadModerated,
} from './discussions.events';
import { DiscussionReplyEntity } from './entities/discussion-reply.entity';
import { DiscussionReportEntity, ReportStatus } from './entities/discussion-report.entity';
import { DiscussionThreadEntity } from './entities/discussion-thread.entity';
import { ReplyRepository } from './reply.repository';
import { ReportRepository, reportSortKey } from './report.repository';
import { ThreadRepository } from './thread.repository';

export interface PostRefInput {
  threadId: string;
  replyId?: string | null;
}

export enum ReportAction {
  HIDE = 'HIDE',
  DISMISS = 'DISMISS',
}

/** A report as one viewer sees it: the post as a moderator sees it, or as a member. */
export type ReportView = DiscussionReportEntity & { viewerIsModerator: boolean };

interface LockedPost {
  thread: DiscussionThreadEntity;
  reply: DiscussionReplyEntity | null;
}

/**
 * Pin, lock, hide, and the report queue. Moderators and coordinators of the CoP moderate
 * (CommunityAccess.moderator); platform admins act in a CoP only as a member.
 */
@Injectable()
export class ModerationService {
  constructor(
    private readonly threads: ThreadRepository,
    private readonly replies: ReplyRepository,
    private readonly reports: ReportRepository,
    private readonly context: DiscussionContext,
    private readonly dataSource: DataSource,
  ) {}

  async moderateThread(
    viewer: Viewer,
    input: { threadId: string; pinned?: boolean | null; locked?: boolean | null },
  ): Promise<ThreadView> {
    const thread = await this.threads.findById(input.threadId);
    if (!thread) throw threadNotFound();
    await this.context.moderator(thread.communityId, viewer, threadNotFound);
    return this.dataSource.transaction(async (m) => {
      const current = (await this.threads.lockById(thread.id, m))!;
      const updated = await this.threads.update(
        current.id,
        { pinned: input.pinned ?? current.pinned, locked: input.locked ?? current.locked },
        m,
      );
      await recordEvent(m, discussionThreadModerated, {
        communityId: current.communityId,
        threadId: current.id,
        pinned: updated.pinned,
        locked: updated.locked,
        moderatedBy: viewer.memberId!,
      });
      await this.context.touch(current.communityId, m);
      return asThreadView(updated, true);
    });
  }

  /** Hide (for everyone but moderators) or show again; open reports of the post are resolved. */
  async setHidden(
    viewer: Viewer,
    input: PostRefInput & { hidden: boolean },
  ): Promise<{ thread: ThreadView; reply: ReplyView | null }> {
    const { thread } = await this.findPost(input);
    await this.context.moderator(thread.communityId, viewer, notFoundFor(input));
    return this.dataSource.transaction(async (m) => {
      const post = await this.lockPost(input, m);
      if (input.hidden) await this.hide(post, viewer, false, m);
      else await this.unhide(post, viewer, m);
      await this.context.touch(post.thread.communityId, m);
      return this.reread(post, m);
    });
  }

  /** Anyone who can see a post may report it, once. */
  async report(viewer: Viewer, input: PostRefInput & { reason: string }): Promise<ReportView> {
    const { thread, reply } = await this.findPost(input);
    const { moderator } = await this.context.participant(
      thread.communityId,
      viewer,
      notFoundFor(input),
    );
    if (!moderator && (thread.hiddenAt || reply?.hiddenAt)) throw notFoundFor(input)();
    const reason = checkLength(input.reason, REASON, 'reason', DiscussionErrorCode.REASON_LENGTH);
    return this.dataSource.transaction(async (m) => {
      const post = await this.lockPost(input, m);
      if ((post.reply ?? post.thread).deletedAt) {
        throw new DiscussionException(
          DiscussionErrorCode.POST_DELETED,
          'This post was deleted; there is nothing left to report.',
        );
      }
      const report = await this.reports.insert(
        {
          communityId: thread.communityId,
          threadId: thread.id,
          replyId: reply?.id ?? null,
          reporterId: viewer.memberId!,
          reason,
        },
        m,
      );
      if (!report) {
        throw new DiscussionException(
          DiscussionErrorCode.ALREADY_REPORTED,
          'You already reported this post; a moderator will look at it.',
        );
      }
      await recordEvent(m, discussionReportFiled, {
        ...postRef(thread, reply?.id ?? null),
        reportId: report.id,
        reporterId: viewer.memberId!,
      });
      await this.context.touch(thread.communityId, m);
      return Object.assign(report, { viewerIsModerator: moderator });
    });
  }

  /** The CoP's moderation queue: open reports, oldest first. Moderators only. */
  async queue(
    viewer: Viewer,
    communityId: string,
    args: { first: number; after?: string | null },
  ): Promise<Connection<ReportView>> {
    await this.context.moderator(communityId, viewer);
    const [rows, total] = await Promise.all([
      this.reports.page(communityId, args.first, args.after),
      this.reports.countOpen(communityId),
    ]);
    return toConnection(
      rows.map((r) => Object.assign(r, { viewerIsModerator: true })),
      args,
      reportSortKey,
      total,
    );
  }

  /** Hide the reported post or dismiss: every open report of that post gets the outcome. */
  async resolve(
    viewer: Viewer,
    input: { reportId: string; action: ReportAction },
  ): Promise<ReportView> {
    const notFound = () =>
      new DiscussionException(DiscussionErrorCode.REPORT_NOT_FOUND, 'Report not found.');
    const report = await this.reports.findById(input.reportId);
    if (!report) throw notFound();
    await this.context.moderator(report.communityId, viewer, notFound);
    const ref = { threadId: report.threadId, replyId: report.replyId };
    await this.dataSource.transaction(async (m) => {
      const post = await this.lockPost(ref, m);
      const open = await this.reports.openForPost(report.threadId, report.replyId, m);
      if (!open.some((r) => r.id === report.id)) {
        throw new DiscussionException(
          DiscussionErrorCode.REPORT_RESOLVED,
          'This report has already been handled by a moderator.',
        );
      }
      if (input.action === ReportAction.HIDE) {
        await this.hide(post, viewer, true, m); // resolves the open reports as HIDDEN
      } else {
        await this.resolveOpen(open, ReportStatus.DISMISSED, viewer, m);
      }
      await this.context.touch(report.communityId, m);
    });
    return Object.assign((await this.reports.findById(report.id))!, { viewerIsModerator: true });
  }

  private async hide(
    post: LockedPost,
    viewer: Viewer,
    viaReport: boolean,
    m: EntityManager,
  ): Promise<void> {
    const target = post.reply ?? post.thread;
    if (!target.hiddenAt) {
      const values = { hiddenAt: new Date(), hiddenBy: viewer.memberId! };
      if (post.reply) await this.replies.update(post.reply.id, values, m);
      else await this.threads.update(post.thread.id, values, m);
      await recordEvent(m, discussionPostHidden, {
        ...postRef(post.thread, post.reply?.id ?? null),
        authorId: target.authorId,
        hiddenBy: viewer.memberId!,
        viaReport,
      });
    }
    const open = await this.reports.openForPost(post.thread.id, post.reply?.id ?? null, m);
    await this.resolveOpen(open, ReportStatus.HIDDEN, viewer, m);
  }

  private async unhide(post: LockedPost, viewer: Viewer, m: EntityManager): Promise<void> {
    if (!(post.reply ?? post.thread).hiddenAt) return;
    const values = { hiddenAt: null, hiddenBy: null };
    if (post.reply) await this.replies.update(post.reply.id, values, m);
    else await this.threads.update(post.thread.id, values, m);
    await recordEvent(m, discussionPostUnhidden, {
      ...postRef(post.thread, post.reply?.id ?? null),
      unhiddenBy: viewer.memberId!,
    });
  }

  private async resolveOpen(
    open: DiscussionReportEntity[],
    status: ReportStatus.HIDDEN | ReportStatus.DISMISSED,
    viewer: Viewer,
    m: EntityManager,
  ): Promise<void> {
    await this.reports.resolve(
      open.map((r) => r.id),
      status,
      viewer.memberId!,
      m,
    );
    for (const r of open) {
      await recordEvent(m, discussionReportResolved, {
        communityId: r.communityId,
        threadId: r.threadId,
        replyId: r.replyId,
        reportId: r.id,
        reporterId: r.reporterId,
        outcome: status,
        resolvedBy: viewer.memberId!,
      });
    }
  }

  private async findPost(input: PostRefInput): Promise<LockedPost> {
    const thread = await this.threads.findById(input.threadId);
    if (!thread) throw notFoundFor(input)();
    if (!input.replyId) return { thread, reply: null };
    const reply = await this.replies.findById(input.replyId);
    if (reply?.threadId !== thread.id) throw postNotFound();
    return { thread, reply };
  }

  private async lockPost(input: PostRefInput, m: EntityManager): Promise<LockedPost> {
    const thread = await this.threads.lockById(input.threadId, m);
    if (!thread) throw notFoundFor(input)();
    const reply = input.replyId ? await this.replies.lockById(input.replyId, m) : null;
    if (input.replyId && !reply) throw postNotFound();
    return { thread, reply };
  }

  private async reread(post: LockedPost, m: EntityManager) {
    const thread = asThreadView((await this.threads.findById(post.thread.id, m))!, true);
    const reply = post.reply
      ? asReplyView((await this.replies.findById(post.reply.id, m))!, true)
      : null;
    return { thread, reply };
  }
}

const notFoundFor = (input: PostRefInput) => (input.replyId ? postNotFound : threadNotFound);
