import { defineEvent } from '@leerhuis/platform-events';

/** A post is a thread (replyId null) or a reply in it. */
interface PostRef {
  communityId: string;
  threadId: string;
  replyId: string | null;
}

export const discussionThreadCreated = defineEvent<{
  communityId: string;
  threadId: string;
  authorId: string;
}>('discussions.thread-created');

export const discussionReplyPosted = defineEvent<{
  communityId: string;
  threadId: string;
  replyId: string;
  authorId: string;
}>('discussions.reply-posted');

export const discussionPostEdited = defineEvent<PostRef & { authorId: string }>(
  'discussions.post-edited',
);

export const discussionPostDeleted = defineEvent<PostRef & { authorId: string }>(
  'discussions.post-deleted',
);

/** An active member of the CoP was @mentioned (for notifications later). */
export const discussionMemberMentioned = defineEvent<
  PostRef & { memberId: string; mentionedBy: string }
>('discussions.mentioned');

export const discussionThreadModerated = defineEvent<{
  communityId: string;
  threadId: string;
  pinned: boolean;
  locked: boolean;
  moderatedBy: string;
}>('discussions.thread-moderated');

/** The author is emailed (title and link only). */
export const discussionPostHidden = defineEvent<
  PostRef & { authorId: string | null; hiddenBy: string; viaReport: boolean }
>('discussions.post-hidden');

export const discussionPostUnhidden = defineEvent<PostRef & { unhiddenBy: string }>(
  'discussions.post-unhidden',
);

export const discussionReportFiled = defineEvent<
  PostRef & { reportId: string; reporterId: string }
>('discussions.report-filed');

/** The reporter is emailed the outcome. */
export const discussionReportResolved = defineEvent<
  PostRef & {
    reportId: string;
    reporterId: string;
    outcome: 'HIDDEN' | 'DISMISSED';
    resolvedBy: string;
  }
>('discussions.report-resolved');
