import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

@InputType()
export class CoffeeDateRoundInput {
  @Field(() => ID)
  @IsUUID(undefined, { message: 'roundId must be a round id' })
  roundId: string;
}

@InputType()
export class RequestTeamCoffeeDateInput {
  @Field(() => ID, { nullable: true, description: 'A CoP you coordinate: all its active members.' })
  @IsOptional()
  @IsUUID(undefined, { message: 'communityId must be a community id' })
  communityId?: string;

  @Field(() => [ID], { nullable: true, description: 'Or 4 to 12 members of a CoP you coordinate.' })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsUUID(undefined, { each: true, message: 'memberIds must be member ids' })
  memberIds?: string[];

  @Field({ description: 'The day (YYYY-MM-DD, Amsterdam).' })
  @IsString()
  @MaxLength(10)
  meetOn: string;
}
