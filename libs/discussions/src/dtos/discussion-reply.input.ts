import { Field, ID, InputType } from '@nestjs/graphql';
import { IsString, IsUUID } from 'class-validator';

import { DiscussionThreadRefInput } from './discussion-thread.input';

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
