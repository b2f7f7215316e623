import { DiscussionMentionEntity } from './discussion-mention.entity';
import { DiscussionReplyEntity } from './discussion-reply.entity';
import { DiscussionReportEntity } from './discussion-report.entity';
import { DiscussionThreadEntity } from './discussion-thread.entity';

/** Every table the discussions domain owns (the API and the worker both register them). */
export const DISCUSSION_ENTITIES = [
  DiscussionThreadEntity,
  DiscussionReplyEntity,
  DiscussionMentionEntity,
  DiscussionReportEntity,
];
