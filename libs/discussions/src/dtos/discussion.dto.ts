import { Connection } from '@leerhuis/platform-graphql';

import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

import { ReportStatus } from '../entities/discussion-report.entity';
import { ReportAction } from '../moderation.service';

registerEnumType(ReportStatus, {
  name: 'DiscussionReportStatus',
  description: 'OPEN until a moderator hides the post (HIDDEN) or dismisses the report.',
});
registerEnumType(ReportAction, {
  name: 'DiscussionReportAction',
  description: 'HIDE the reported post, or DISMISS the report.',
});

/** What a deleted post shows instead of its text. */
export const DELETED_TEXT = '[verwijderd]';

/** A thread in a CoP's discussions: the opening post and its title. */
@ObjectType('DiscussionThread')
export class DiscussionThreadDto {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  communityId: string;

  @Field({ description: '"[verwijderd]" once the author deleted the thread.' })
  title: string;

  @Field({ description: 'Markdown source (for editing); "[verwijderd]" once deleted.' })
  body: string;

  @Field({
    description: 'The body rendered to safe HTML: no raw HTML, only http(s)/mailto links.',
  })
  bodyHtml: string;

  @Field({ description: 'Pinned threads come first.' })
  pinned: boolean;

  @Field({ description: 'Locked threads take no new replies.' })
  locked: boolean;

  @Field({ description: 'Hidden by a moderator; only moderators still see it.' })
  hidden: boolean;

  @Field({ description: 'Deleted by its author; replies stay readable.' })
  deleted: boolean;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  editedAt: Date | null;

  @Field({ description: 'The newest reply, or when the thread was started.' })
  lastActivityAt: Date;
}

@ObjectType()
export class DiscussionThreadConnection extends Connection(
  DiscussionThreadDto,
  'DiscussionThread',
) {}

@ObjectType('DiscussionReply')
export class DiscussionReplyDto {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  threadId: string;

  @Field({ description: 'Markdown source (for editing); "[verwijderd]" once deleted.' })
  body: string;

  @Field({ description: 'The body rendered to safe HTML.' })
  bodyHtml: string;

  @Field({ description: 'Hidden by a moderator; only moderators still see it.' })
  hidden: boolean;

  @Field()
  deleted: boolean;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  editedAt: Date | null;
}

@ObjectType()
export class DiscussionReplyConnection extends Connection(DiscussionReplyDto, 'DiscussionReply') {}

/** A report of a post, in the CoP's moderation queue. */
@ObjectType('DiscussionReport')
export class DiscussionReportDto {
  @Field(() => ID)
  id: string;

  @Field()
  reason: string;

  @Field(() => ReportStatus)
  status: ReportStatus;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  resolvedAt: Date | null;
}

@ObjectType()
export class DiscussionReportConnection extends Connection(
  DiscussionReportDto,
  'DiscussionReport',
) {}

/** A post after a moderator hid or showed it: the thread, and the reply when it was one. */
@ObjectType()
export class DiscussionPostModeration {
  @Field(() => DiscussionThreadDto)
  thread: DiscussionThreadDto;

  @Field(() => DiscussionReplyDto, { nullable: true })
  reply: DiscussionReplyDto | null;
}
