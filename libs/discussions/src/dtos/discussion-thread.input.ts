import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID } from 'class-validator';

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
