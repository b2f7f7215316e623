import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsString, IsUUID } from 'class-validator';

import { ReportAction } from '../moderation.service';

// Lengths (title 3–200, body 1–20,000, reason 1–500) are checked by the service after
// trimming, with a specific code per field (TITLE_LENGTH, BODY_LENGTH, REASON_LENGTH).

@InputType()
export class StartDiscussionThreadInput {
  @Field(() => ID)
  @IsUUID(undefined, { message: 'communityId must be a community id' })
  communityId: string;

  @Field({ description: '3 to 200 characters.' })
  @IsString()
  title: string;

  @Field({ description: 'Markdown, 1 to 20,000 characters. Mention with @[Name](memberId).' })
  @IsString()
  body: string;
}

@InputType()
export class EditDiscussionThreadInput {
  @Field(() => ID)
  @IsUUID(undefined, { message: 'threadId must be a thread id' })
  threadId: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  body?: string | null;
}

@InputType()
export class DiscussionThreadRefInput {
  @Field(() => ID)
  @IsUUID(undefined, { message: 'threadId must be a thread id' })
  threadId: string;
}

@InputType()
export class ReplyToDiscussionThreadInput extends DiscussionThreadRefInput {
  @Field({ description: 'Markdown, 1 to 20,000 characters. Mention with @[Name](memberId).' })
  @IsString()
  body: string;
}

@InputType()
export class DiscussionReplyRefInput {
  @Field(() => ID)
  @IsUUID(undefined, { message: 'replyId must be a reply id' })
  replyId: string;
}

@InputType()
export class EditDiscussionReplyInput extends DiscussionReplyRefInput {
  @Field()
  @IsString()
  body: string;
}

@InputType()
export class ModerateDiscussionThreadInput extends DiscussionThreadRefInput {
  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  pinned?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  locked?: boolean | null;
}

/** A post: the thread itself, or one of its replies. */
@InputType()
export class DiscussionPostRefInput extends DiscussionThreadRefInput {
  @Field(() => ID, { nullable: true, description: 'Leave out to mean the thread itself.' })
  @IsOptional()
  @IsUUID(undefined, { message: 'replyId must be a reply id' })
  replyId?: string | null;
}

@InputType()
export class SetDiscussionPostHiddenInput extends DiscussionPostRefInput {
  @Field()
  @IsBoolean()
  hidden: boolean;
}

@InputType()
export class ReportDiscussionPostInput extends DiscussionPostRefInput {
  @Field({ description: 'Why, 1 to 500 characters; only moderators read it.' })
  @IsString()
  reason: string;
}

@InputType()
export class ResolveDiscussionReportInput {
  @Field(() => ID)
  @IsUUID(undefined, { message: 'reportId must be a report id' })
  reportId: string;

  @Field(() => ReportAction)
  @IsEnum(ReportAction, { message: 'action must be HIDE or DISMISS' })
  action: ReportAction;
}
