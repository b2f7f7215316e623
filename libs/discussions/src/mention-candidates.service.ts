import type { Viewer } from '@leerhuis/platform-graphql';

import { Injectable } from '@nestjs/common';

import { DiscussionErrorCode, DiscussionException } from './discussion.exception';
import { DiscussionService } from './discussion.service';
import { DiscussionContext } from './discussion-context';
import { MentionRepository, MentionScope } from './mention.repository';

/**
 * Whom the viewer may @mention while writing: the people who can read the thread (or, for a
 * new thread, the CoP's active members). Only someone who can read the thread may ask.
 */
@Injectable()
export class MentionCandidatesService {
  constructor(
    private readonly discussions: DiscussionService,
    private readonly context: DiscussionContext,
    private readonly mentions: MentionRepository,
  ) {}

  /** Member ids, best match first. */
  async find(
    viewer: Viewer,
    input: { threadId?: string | null; communityId?: string | null; search: string; first: number },
  ): Promise<string[]> {
    const scope = await this.scope(viewer, input);
    return this.mentions.candidates(scope, input.search.trim(), viewer.memberId!, input.first);
  }

  private async scope(
    viewer: Viewer,
    input: { threadId?: string | null; communityId?: string | null },
  ): Promise<MentionScope> {
    if (input.threadId && !input.communityId) {
      await this.discussions.threadForViewer(viewer, input.threadId);
      return { threadId: input.threadId };
    }
    if (input.communityId && !input.threadId) {
      await this.context.participant(input.communityId, viewer);
      return { communityId: input.communityId };
    }
    const message = 'Give either threadId or communityId.';
    throw new DiscussionException(DiscussionErrorCode.MENTION_SCOPE, message, [
      { field: 'threadId', message },
      { field: 'communityId', message },
    ]);
  }
}
