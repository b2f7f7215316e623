import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';

import { LearningGroupOutputType } from '../entities/learning-group-output.entity';

@ArgsType()
export class LearningGroupOutputsArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'learningGroupId must be a learning group id' })
  learningGroupId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1, { message: 'groupNumber must be 1 or more' })
  @Max(1000)
  groupNumber: number;
}

@ArgsType()
export class LearningGroupOutputArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be an output id' })
  id: string;
}

@InputType()
export class CreateLearningGroupOutputInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'learningGroupId must be a learning group id' })
  learningGroupId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1, { message: 'groupNumber must be 1 or more' })
  @Max(1000)
  groupNumber: number;

  @Field(() => LearningGroupOutputType)
  @IsEnum(LearningGroupOutputType, { message: 'type must be LESSONS or ARTICLE' })
  type: LearningGroupOutputType;

  @Field(() => String)
  @IsString()
  @Length(3, 200, { message: 'title must be 3 to 200 characters' })
  title: string;

  @Field(() => String, { description: 'Markdown, 1 to 10,000 characters.' })
  @IsString()
  @Length(1, 10000, { message: 'body must be 1 to 10,000 characters' })
  body: string;
}

@InputType()
export class UpdateLearningGroupOutputInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'outputId must be an output id' })
  outputId: string;

  @Field(() => Int, {
    description: 'The version you edited; a newer one → OUTPUT_VERSION_CHANGED.',
  })
  @IsInt()
  version: number;

  @Field(() => LearningGroupOutputType, { nullable: true })
  @IsOptional()
  @IsEnum(LearningGroupOutputType, { message: 'type must be LESSONS or ARTICLE' })
  type?: LearningGroupOutputType | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(3, 200, { message: 'title must be 3 to 200 characters' })
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 10000, { message: 'body must be 1 to 10,000 characters' })
  body?: string | null;
}

@InputType()
export class ApproveLearningGroupOutputInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'outputId must be an output id' })
  outputId: string;

  @Field(() => Int, { description: 'The version you read and approve.' })
  @IsInt()
  version: number;
}

@InputType()
export class PublishLearningGroupOutputInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'outputId must be an output id' })
  outputId: string;

  @Field(() => ID, {
    nullable: true,
    description: 'A CoP you are an active member of; leave out to publish to the whole platform.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'communityId must be a community id' })
  communityId?: string | null;
}
