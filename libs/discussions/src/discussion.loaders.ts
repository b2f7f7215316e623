import { byKeys, LoaderRegistry } from '@leerhuis/platform-graphql';

import { Injectable } from '@nestjs/common';

import { DiscussionReplyEntity } from './entities/discussion-reply.entity';
import { DiscussionThreadEntity } from './entities/discussion-thread.entity';
import { parseMentions, renderMarkdown } from './markdown';
import { MentionRepository } from './mention.repository';
import { ReplyCounts, ReplyPage, ReplyRepository } from './reply.repository';
import { ThreadRepository } from './thread.repository';

/** Per-request batching for everything a page of threads (or reports) asks per item. */
@Injectable()
export class DiscussionLoaders {
  constructor(
    private readonly threads: ThreadRepository,
    private readonly replies: ReplyRepository,
    private readonly mentions: MentionRepository,
  ) {}

  /** `threadId:memberId` → the member's current name, or null if they cannot read the thread. */
  mentionName(registry: LoaderRegistry) {
    return registry.get<string, string | null>('discussion.mentionName', async (keys) => {
      const names = await this.mentions.readerNames(keys);
      return keys.map((key) => names.get(key) ?? null);
    });
  }

  /**
   * A post's HTML with mentions as links under the mentioned members' current names, for those
   * who can read the thread; every other mention is plain text. One query per page of posts.
   */
  async renderPost(registry: LoaderRegistry, threadId: string, body: string): Promise<string> {
    const ids = parseMentions(body);
    const names = await this.mentionName(registry).loadMany(ids.map((id) => `${threadId}:${id}`));
    const mentionable = new Map<string, string>();
    ids.forEach((id, i) => {
      const name = names[i];
      if (typeof name === 'string') mentionable.set(id, name);
    });
    return renderMarkdown(body, mentionable);
  }

  threadById(registry: LoaderRegistry) {
    return registry.get<string, DiscussionThreadEntity | null>(
      'discussion.threadById',
      async (ids) => byKeys(ids, await this.threads.findByIds(ids), (t) => t.id),
    );
  }

  replyById(registry: LoaderRegistry) {
    return registry.get<string, DiscussionReplyEntity | null>('discussion.replyById', async (ids) =>
      byKeys(ids, await this.replies.findByIds(ids), (r) => r.id),
    );
  }

  replyCounts(registry: LoaderRegistry) {
    return registry.get<string, ReplyCounts>('discussion.replyCounts', async (ids) => {
      const counts = await this.replies.counts(ids);
      return ids.map((id) => counts.get(id) ?? { visible: 0, all: 0 });
    });
  }

  /** A page of replies per thread: one query per distinct page request, whatever the threads. */
  replyPage(
    registry: LoaderRegistry,
    includeHidden: boolean,
    first: number,
    after: string | null | undefined,
  ) {
    return registry.get<string, ReplyPage>(
      `discussion.replies:${includeHidden}:${first}:${after ?? ''}`,
      async (ids) => {
        const pages = await this.replies.pages(ids, includeHidden, first, after);
        return ids.map((id) => pages.get(id) ?? { rows: [], total: 0 });
      },
    );
  }
}
