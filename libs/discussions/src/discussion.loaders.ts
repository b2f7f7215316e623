import { byKeys, LoaderRegistry } from '@leerhuis/platform-graphql';

import { Injectable } from '@nestjs/common';

import { DiscussionReplyEntity } from './entities/discussion-reply.entity';
import { DiscussionThreadEntity } from './entities/discussion-thread.entity';
import { ReplyCounts, ReplyPage, ReplyRepository } from './reply.repository';
import { ThreadRepository } from './thread.repository';

/** Per-request batching for everything a page of threads (or reports) asks per item. */
@Injectable()
export class DiscussionLoaders {
  constructor(
    private readonly threads: ThreadRepository,
    private readonly replies: ReplyRepository,
  ) {}

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
