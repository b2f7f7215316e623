import {
  CommunityAccess,
  CommunityErrorCode,
  CommunityException,
  CommunityInContext,
} from '@leerhuis/communities';
import type { Viewer } from '@leerhuis/platform-graphql';

import { Injectable } from '@nestjs/common';

import { DiscussionReplyEntity } from './entities/discussion-reply.entity';
import { DiscussionThreadEntity } from './entities/discussion-thread.entity';

/** A thread as one viewer sees it; `viewerIsModerator` decides what else they see and do. */
export type ThreadView = DiscussionThreadEntity & { viewerIsModerator: boolean };
export type ReplyView = DiscussionReplyEntity & { viewerIsModerator: boolean };

export const asThreadView = (thread: DiscussionThreadEntity, moderator: boolean): ThreadView =>
  Object.assign(thread, { viewerIsModerator: moderator });
export const asReplyView = (reply: DiscussionReplyEntity, moderator: boolean): ReplyView =>
  Object.assign(reply, { viewerIsModerator: moderator });

/**
 * Every permission question goes to CommunityAccess. When the viewer reached the CoP through a
 * thread, post or report id, "community not found" becomes "thread not found" — so an id from
 * a hidden CoP answers exactly like an id that does not exist.
 */
@Injectable()
export class DiscussionContext {
  constructor(private readonly access: CommunityAccess) {}

  /** Active member (discussions are member-only); `moderator` says whether they moderate. */
  async participant(
    communityId: string,
    viewer: Viewer,
    notFound?: () => Error,
  ): Promise<CommunityInContext & { moderator: boolean }> {
    const context = await this.hideCommunity(
      this.access.participant(communityId, viewer),
      notFound,
    );
    return { ...context, moderator: this.access.isModerator(context.membership) };
  }

  async moderator(
    communityId: string,
    viewer: Viewer,
    notFound?: () => Error,
  ): Promise<CommunityInContext> {
    return this.hideCommunity(this.access.moderator(communityId, viewer), notFound);
  }

  touch: CommunityAccess['touch'] = (communityId, manager) =>
    this.access.touch(communityId, manager);

  private async hideCommunity<T>(work: Promise<T>, notFound?: () => Error): Promise<T> {
    try {
      return await work;
    } catch (error) {
      if (
        notFound &&
        error instanceof CommunityException &&
        error.code === CommunityErrorCode.COMMUNITY_NOT_FOUND
      )
        throw notFound();
      throw error;
    }
  }
}
