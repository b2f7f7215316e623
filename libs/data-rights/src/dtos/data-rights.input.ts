import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsUUID } from 'class-validator';

@InputType()
export class RequestAccountErasureInput {
  @Field(() => Boolean, {
    defaultValue: false,
    description:
      'Also delete your own threads and replies; otherwise they stay as "voormalig lid".',
  })
  @IsOptional()
  @IsBoolean()
  deleteOwnPosts = false;
}

@InputType()
export class EraseMemberInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'memberId must be a member id' })
  memberId: string;

  @Field(() => Boolean, { defaultValue: false })
  @IsOptional()
  @IsBoolean()
  deleteOwnPosts = false;
}
