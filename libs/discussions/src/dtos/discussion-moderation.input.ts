import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsString, IsUUID } from 'class-validator';

import { ReportAction } from '../moderation.service';
import { DiscussionThreadRefInput } from './discussion-thread.input';

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
