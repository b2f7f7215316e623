import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

@InputType()
export class RequestToJoinCommunityInput {
  @Field(() => ID)
  @IsUUID(undefined, { message: 'communityId must be a community id' })
  communityId: string;

  @Field(() => String, { nullable: true, description: 'Why you would like to join.' })
  @IsOptional()
  @IsString()
  @MaxLength(1000, { message: 'motivation must be at most 1000 characters' })
  motivation?: string;
}

@InputType()
export class DecideJoinRequestInput {
  @Field(() => ID)
  @IsUUID(undefined, { message: 'communityId must be a community id' })
  communityId: string;

  @Field(() => ID)
  @IsUUID(undefined, { message: 'memberId must be a member id' })
  memberId: string;

  @Field()
  @IsBoolean()
  approve: boolean;

  @Field(() => String, { nullable: true, description: 'Sent to the applicant with the outcome.' })
  @IsOptional()
  @IsString()
  @MaxLength(1000, { message: 'message must be at most 1000 characters' })
  message?: string;
}
