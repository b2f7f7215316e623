export * from './discussions.events';
export { discussionsEventSubscriptions, DiscussionsJobsModule } from './discussions-jobs.module';
export { DiscussionsModule } from './discussions.module';
export { DiscussionErrorCode, DiscussionException } from './discussion.exception';
export { memberPath, parseMentions, renderMarkdown } from './markdown';
export { threadReaderSql } from './thread-readers';
export {
  DiscussionReplyDto,
  DiscussionReportDto,
  DiscussionThreadDto,
} from './dtos/discussion.dto';
export { type DiscussionHit, DiscussionSearch } from './discussion-search';
export { DiscussionsPersonalData } from './discussions-personal-data';
export { DiscussionSql } from './discussion-sql';
