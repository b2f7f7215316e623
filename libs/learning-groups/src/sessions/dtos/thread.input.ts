import { ConnectionArgs } from '@leerhuis/platform-graphql';

import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
} from 'class-validator';

@ArgsType()
export class LearningGroupThreadsArgs extends ConnectionArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'learningGroupId must be a learning group id' })
  learningGroupId: string;

  @Field(() => String, { nullable: true, description: 'Only rode draden with this theme.' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  theme?: string | null;
}

@InputType({ isAbstract: true })
abstract class ThreadFieldsInput {
  @Field()
  @IsString()
  @Length(3, 160, { message: 'title must be 3 to 160 characters' })
  title: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(8000, { message: 'body must be at most 8000 characters' })
  body?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10, { message: 'at most 10 themes' })
  @IsString({ each: true })
  @Length(2, 60, { each: true, message: 'each theme must be 2 to 60 characters' })
  themes?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Sessions of this leergroep it runs through.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50, { message: 'at most 50 sessions' })
  @IsUUID('all', { each: true, message: 'sessionIds must be session ids' })
  sessionIds?: string[] | null;
}

@InputType()
export class CreateLearningGroupThreadInput extends ThreadFieldsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'learningGroupId must be a learning group id' })
  learningGroupId: string;
}

@InputType()
export class UpdateLearningGroupThreadInput extends ThreadFieldsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'threadId must be a rode draad id' })
  threadId: string;
}
