import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  ValidateNested,
} from 'class-validator';

import { JobRole, ProfileVisibility } from '../entities/member.entity';

@InputType()
export class ProfileVisibilityInput {
  @Field(() => ProfileVisibility, { nullable: true })
  @IsOptional()
  @IsEnum(ProfileVisibility)
  email?: ProfileVisibility;
  @Field(() => ProfileVisibility, { nullable: true })
  @IsOptional()
  @IsEnum(ProfileVisibility)
  organisation?: ProfileVisibility;
  @Field(() => ProfileVisibility, { nullable: true })
  @IsOptional()
  @IsEnum(ProfileVisibility)
  jobRole?: ProfileVisibility;
  @Field(() => ProfileVisibility, { nullable: true })
  @IsOptional()
  @IsEnum(ProfileVisibility)
  themes?: ProfileVisibility;
  @Field(() => ProfileVisibility, { nullable: true })
  @IsOptional()
  @IsEnum(ProfileVisibility)
  bio?: ProfileVisibility;
  @Field(() => ProfileVisibility, { nullable: true })
  @IsOptional()
  @IsEnum(ProfileVisibility)
  offer?: ProfileVisibility;
  @Field(() => ProfileVisibility, { nullable: true })
  @IsOptional()
  @IsEnum(ProfileVisibility)
  seeking?: ProfileVisibility;
}

/** Surrounding spaces do not count: "   " is an empty name, not a three-letter one. */
const Trimmed = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

const Theme = () => (target: object, key: string) => {
  IsArray()(target, key);
  ArrayMaxSize(20, { message: 'at most 20 themes' })(target, key);
  IsString({ each: true })(target, key);
  Length(2, 60, { each: true, message: 'each theme must be 2 to 60 characters' })(target, key);
};

/** The short profile a new address completes to become a member. */
@InputType()
export class CompleteProfileInput {
  @Field()
  @Trimmed()
  @IsString()
  @Length(2, 120, { message: 'name must be 2 to 120 characters' })
  name: string;

  @Field(() => ID)
  @IsUUID(undefined, { message: 'organisationId must be an organisation id' })
  organisationId: string;

  @Field(() => JobRole)
  @IsEnum(JobRole, { message: 'jobRole must be one of the job roles' })
  jobRole: JobRole;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @Theme()
  themes?: string[];

  @Field(() => String, { nullable: true, description: 'nl (default) or en' })
  @IsOptional()
  @IsIn(['nl', 'en'], { message: 'language must be nl or en' })
  language?: 'nl' | 'en';
}

/** Change any part of the profile; fields left out stay as they are. */
@InputType()
export class UpdateProfileInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trimmed()
  @IsString()
  @Length(2, 120, { message: 'name must be 2 to 120 characters' })
  name?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID(undefined, { message: 'organisationId must be an organisation id' })
  organisationId?: string;

  @Field(() => JobRole, { nullable: true })
  @IsOptional()
  @IsEnum(JobRole, { message: 'jobRole must be one of the job roles' })
  jobRole?: JobRole;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @Theme()
  themes?: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: 'bio must be at most 2000 characters' })
  bio?: string;

  @Field(() => String, { nullable: true, description: 'What you can offer (aanbod).' })
  @IsOptional()
  @IsString()
  @MaxLength(1000, { message: 'offer must be at most 1000 characters' })
  offer?: string;

  @Field(() => String, { nullable: true, description: 'What you are looking for (vraag).' })
  @IsOptional()
  @IsString()
  @MaxLength(1000, { message: 'seeking must be at most 1000 characters' })
  seeking?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(['nl', 'en'], { message: 'language must be nl or en' })
  language?: 'nl' | 'en';

  @Field(() => ProfileVisibilityInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProfileVisibilityInput)
  visibility?: ProfileVisibilityInput;
}

@InputType()
export class SetPlatformRoleInput {
  @Field(() => ID)
  @IsUUID(undefined, { message: 'memberId must be a member id' })
  memberId: string;

  @Field(() => String, { description: 'MEMBER or ADMIN' })
  @IsIn(['MEMBER', 'ADMIN'], { message: 'role must be MEMBER or ADMIN' })
  role: 'MEMBER' | 'ADMIN';
}
