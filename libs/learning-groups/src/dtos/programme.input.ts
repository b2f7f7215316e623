import { Field, ID, InputType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  Length,
} from 'class-validator';

import { ProgrammePhase, ProgrammeStrategy, ProgrammeType } from '../entities/programme.entity';

/** Everything a programme director says about a programme, the same for describe and change. */
@InputType({ isAbstract: true })
abstract class ProgrammeFieldsInput {
  @Field()
  @IsString()
  @Length(3, 160, { message: 'name must be 3 to 160 characters' })
  name: string;

  @Field(() => ID, { description: 'The owning ministry: an organisation of type MINISTRY.' })
  @IsUUID('all', { message: 'ministryId must be an organisation id' })
  ministryId: string;

  @Field(() => ProgrammeType)
  @IsEnum(ProgrammeType, { message: 'type must be one of the four programme types' })
  type: ProgrammeType;

  @Field(() => ProgrammeStrategy)
  @IsEnum(ProgrammeStrategy, { message: 'strategy must be POLICY, IMPLEMENTATION or STIMULATION' })
  strategy: ProgrammeStrategy;

  @Field(() => ProgrammePhase)
  @IsEnum(ProgrammePhase, { message: 'phase must be START, UITVOERING or AFRONDING' })
  phase: ProgrammePhase;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10, { message: 'at most 10 themes' })
  @IsString({ each: true })
  @Length(2, 60, { each: true, message: 'each theme must be 2 to 60 characters' })
  themes?: string[];

  @Field()
  @IsBoolean({ message: 'hasBudget must be true or false' })
  hasBudget: boolean;
}

@InputType()
export class DescribeProgrammeInput extends ProgrammeFieldsInput {}

@InputType()
export class UpdateProgrammeInput extends ProgrammeFieldsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'programmeId must be an id' })
  programmeId: string;
}

@InputType()
export class ProgrammeRefInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'programmeId must be an id' })
  programmeId: string;
}
