import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsUUID } from 'class-validator';

import { CoffeeDateNextStep } from '../entities/coffee-date-match.entity';

@InputType()
export class OptInToCoffeeDatesInput {
  @Field(() => ID, {
    nullable: true,
    description: 'A round to join (must be open); default: the open round, else the next one.',
  })
  @IsOptional()
  @IsUUID(undefined, { message: 'roundId must be a round id' })
  roundId?: string;

  @Field({ defaultValue: false, description: 'Every month until I pause.' })
  @IsBoolean()
  everyMonth: boolean;
}

@InputType()
export class PauseCoffeeDatesInput {
  @Field(() => Int, { description: '1 to 6 months.' })
  @IsInt({ message: 'months must be a whole number' })
  months: number;
}

@InputType()
export class CoffeeDateMemberInput {
  @Field(() => ID)
  @IsUUID(undefined, { message: 'memberId must be a member id' })
  memberId: string;
}

@InputType()
export class CoffeeDateMatchInput {
  @Field(() => ID)
  @IsUUID(undefined, { message: 'matchId must be a koffiedate id' })
  matchId: string;
}

@InputType()
export class CoffeeDateFeedbackInput {
  @Field(() => ID)
  @IsUUID(undefined, { message: 'matchId must be a koffiedate id' })
  matchId: string;

  @Field({ description: 'Did you meet?' })
  @IsBoolean()
  met: boolean;

  @Field(() => Int, { nullable: true, description: '1 to 5.' })
  @IsOptional()
  @IsInt({ message: 'rating must be a whole number' })
  rating?: number;

  @Field(() => CoffeeDateNextStep, { nullable: true })
  @IsOptional()
  @IsEnum(CoffeeDateNextStep)
  nextStep?: CoffeeDateNextStep;
}
