import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

import { ContributionKind, IntervisionRole } from '../intervision-method';

@InputType()
export class IntervisionPhaseInput {
  @Field()
  @Matches(/^[a-z0-9-]{2,40}$/, { message: 'key: lower-case letters, digits and -' })
  key: string;

  @Field()
  @IsString()
  @Length(1, 120)
  titleNl: string;

  @Field()
  @IsString()
  @Length(1, 120)
  titleEn: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(2000)
  instructionNl: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(2000)
  instructionEn: string;

  @Field(() => [IntervisionRole])
  @IsArray()
  @IsEnum(IntervisionRole, { each: true })
  writers: IntervisionRole[];

  @Field(() => [ContributionKind])
  @IsArray()
  @IsEnum(ContributionKind, { each: true })
  kinds: ContributionKind[];

  @Field(() => Int, { nullable: true, description: 'Default time window; none: no deadline.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(60 * 24 * 60)
  durationMinutes?: number | null;
}

/** What copying and changing a method may adapt: its names and its phases. */
@InputType({ isAbstract: true })
abstract class IntervisionMethodChanges {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(3, 120)
  nameNl?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(3, 120)
  nameEn?: string;

  @Field(() => [IntervisionPhaseInput], { nullable: true, description: 'Adapted phases.' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(12)
  @ValidateNested({ each: true })
  @Type(() => IntervisionPhaseInput)
  phases?: IntervisionPhaseInput[];
}

@InputType()
export class CopyIntervisionMethodInput extends IntervisionMethodChanges {
  @Field(() => ID)
  @IsUUID()
  groupId: string;

  @Field(() => ID, { description: 'A shipped method or one of the group.' })
  @IsUUID()
  methodId: string;
}

@InputType()
export class UpdateIntervisionMethodInput extends IntervisionMethodChanges {
  @Field(() => ID)
  @IsUUID()
  methodId: string;
}
