import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEmail, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

/** Invite a member (memberId) or anyone with a work address (email): exactly one of them. */
@InputType()
export class InviteToCommunityInput {
  @Field(() => ID)
  @IsUUID(undefined, { message: 'communityId must be a community id' })
  communityId: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID(undefined, { message: 'memberId must be a member id' })
  memberId?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(254, { message: 'email must be at most 254 characters' })
  @IsEmail({}, { message: 'email must be a valid email address, like naam@minbzk.nl' })
  email?: string;

  @Field(() => String, { nullable: true, description: 'A personal note in the invitation.' })
  @IsOptional()
  @IsString()
  @MaxLength(1000, { message: 'message must be at most 1000 characters' })
  message?: string;
}

@InputType()
export class AcceptCommunityInvitationInput {
  @Field({ description: 'The token from the invitation link.' })
  @IsString()
  @MaxLength(200)
  token: string;
}
