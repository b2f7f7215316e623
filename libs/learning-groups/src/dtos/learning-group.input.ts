import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

const IsoDate = (field: string) => (target: object, key: string) => {
  IsISO8601({ strict: true }, { message: `${field} must be a date like 2027-01-12` })(target, key);
  Matches(/^\d{4}-\d{2}-\d{2}$/, { message: `${field} must be a date like 2027-01-12` })(
    target,
    key,
  );
};

/** Platform admins open a leergroep and name its facilitator. */
@InputType()
export class CreateLearningGroupInput {
  @Field()
  @IsString()
  @Length(3, 120, { message: 'name must be 3 to 120 characters' })
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: 'goal must be at most 2000 characters' })
  goal?: string;

  @Field(() => ID, { description: 'A member; may work outside the ministries.' })
  @IsUUID('all', { message: 'facilitatorId must be a member id' })
  facilitatorId: string;

  @Field()
  @IsoDate('cohortStartsOn')
  cohortStartsOn: string;

  @Field()
  @IsoDate('cohortEndsOn')
  cohortEndsOn: string;

  @Field({ description: 'First session, Amsterdam wall-clock time: YYYY-MM-DDTHH:mm.' })
  @Matches(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, {
    message: 'firstSessionAt must be a local time like 2027-01-12T14:00',
  })
  firstSessionAt: string;

  @Field(() => Int, { nullable: true, description: 'Default 180.' })
  @IsOptional()
  @IsInt()
  @Min(30, { message: 'sessionMinutes must be 30 to 600' })
  @Max(600, { message: 'sessionMinutes must be 30 to 600' })
  sessionMinutes?: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(300, { message: 'location must be at most 300 characters' })
  location?: string;

  @Field(() => Int, { nullable: true, description: 'Weeks between sessions; default 6.' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'cadenceWeeks must be 1 to 26' })
  @Max(26, { message: 'cadenceWeeks must be 1 to 26' })
  cadenceWeeks?: number;

  @Field(() => Int, { nullable: true, description: 'Planned group size, 4–8; default 6.' })
  @IsOptional()
  @IsInt()
  @Min(4, { message: 'targetSize must be 4 to 8' })
  @Max(8, { message: 'targetSize must be 4 to 8' })
  targetSize?: number;
}

@InputType()
export class LearningGroupRefInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'learningGroupId must be an id' })
  learningGroupId: string;
}

@InputType()
export class ApplyToLearningGroupInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'learningGroupId must be an id' })
  learningGroupId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'programmeId must be an id' })
  programmeId: string;

  @Field({ description: 'What you want to learn in the leergroep.' })
  @IsString()
  @Length(10, 2000, { message: 'learningWish must be 10 to 2000 characters' })
  learningWish: string;
}

@InputType()
export class MoveLearningGroupMemberInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'learningGroupId must be an id' })
  learningGroupId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'memberId must be an id' })
  memberId: string;

  @Field(() => Int, {
    description: 'The group (1-based) to move to; one past the last adds a group.',
  })
  @IsInt()
  @Min(1, { message: 'toGroup must be 1 or more' })
  toGroup: number;
}
