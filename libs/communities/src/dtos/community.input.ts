import { Field, ID, InputType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
} from 'class-validator';

import { CommunityPhase, JoinPolicy } from '../entities/community.entity';
import { SLUG_PATTERN } from '../slug';

const List = (max: number, itemMin: number, itemMax: number, what: string) => {
  return (target: object, key: string) => {
    IsArray()(target, key);
    ArrayMaxSize(max, { message: `at most ${max} ${what}` })(target, key);
    IsString({ each: true })(target, key);
    Length(itemMin, itemMax, {
      each: true,
      message: `each of the ${what} must be ${itemMin} to ${itemMax} characters`,
    })(target, key);
  };
};
const Name = () => (target: object, key: string) => {
  IsString()(target, key);
  Length(3, 120, { message: 'name must be 3 to 120 characters' })(target, key);
};
const Slug = () => (target: object, key: string) => {
  IsOptional()(target, key);
  Matches(SLUG_PATTERN, {
    message: 'slug may contain lowercase letters, digits and single hyphens (like zorg-en-wonen)',
  })(target, key);
  Length(3, 60, { message: 'slug must be 3 to 60 characters' })(target, key);
};
const IsoDate = (field: string) => (target: object, key: string) => {
  IsISO8601({ strict: true }, { message: `${field} must be a date like 2026-03-01` })(target, key);
  Matches(/^\d{4}-\d{2}-\d{2}$/, { message: `${field} must be a date like 2026-03-01` })(
    target,
    key,
  );
};

/** The purpose of a CoP, the same whether it is proposed or changed; every part optional. */
@InputType({ isAbstract: true })
abstract class CommunityPurposeInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: 'goal must be at most 2000 characters' })
  goal?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: 'domain must be at most 2000 characters' })
  domain?: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @List(20, 3, 300, 'central questions')
  centralQuestions?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @List(20, 2, 60, 'themes')
  themes?: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(4000, { message: 'welcomeMessage must be at most 4000 characters' })
  welcomeMessage?: string;
}

/** Any member may propose a CoP; they become its first coordinator. */
@InputType()
export class ProposeCommunityInput extends CommunityPurposeInput {
  @Field()
  @Name()
  name: string;

  @Field(() => String, {
    nullable: true,
    description: 'Made from the name when left out (with -2, -3… when taken).',
  })
  @Slug()
  slug?: string;

  @Field(() => JoinPolicy)
  @IsEnum(JoinPolicy, { message: 'joinPolicy must be OPEN, ON_REQUEST, INVITE_ONLY or HIDDEN' })
  joinPolicy: JoinPolicy;

  @Field({ description: 'YYYY-MM-DD' })
  @IsoDate('startsOn')
  startsOn: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, after startsOn.' })
  @IsOptional()
  @IsoDate('plannedEndOn')
  plannedEndOn?: string;
}

/** Coordinators change their CoP; fields left out stay as they are. */
@InputType()
export class UpdateCommunityInput extends CommunityPurposeInput {
  @Field(() => ID)
  @IsUUID(undefined, { message: 'communityId must be a community id' })
  communityId: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Name()
  name?: string;

  @Field(() => String, { nullable: true })
  @Slug()
  slug?: string;

  @Field(() => JoinPolicy, { nullable: true })
  @IsOptional()
  @IsEnum(JoinPolicy, { message: 'joinPolicy must be OPEN, ON_REQUEST, INVITE_ONLY or HIDDEN' })
  joinPolicy?: JoinPolicy;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsoDate('startsOn')
  startsOn?: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, after startsOn.' })
  @IsOptional()
  @IsoDate('plannedEndOn')
  plannedEndOn?: string;
}

@InputType()
export class SetCommunityPhaseInput {
  @Field(() => ID)
  @IsUUID(undefined, { message: 'communityId must be a community id' })
  communityId: string;

  @Field(() => CommunityPhase)
  @IsEnum(CommunityPhase, { message: 'phase must be one of the lifecycle phases' })
  phase: CommunityPhase;
}

/** For mutations that need nothing but the CoP. */
@InputType()
export class CommunityRefInput {
  @Field(() => ID)
  @IsUUID(undefined, { message: 'communityId must be a community id' })
  communityId: string;
}
