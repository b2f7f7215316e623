import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsUUID } from 'class-validator';

import { CommunityRole } from '../entities/community-membership.entity';

@InputType()
export class CommunityMemberInput {
  @Field(() => ID)
  @IsUUID(undefined, { message: 'communityId must be a community id' })
  communityId: string;

  @Field(() => ID)
  @IsUUID(undefined, { message: 'memberId must be a member id' })
  memberId: string;
}

@InputType()
export class SetCommunityRoleInput extends CommunityMemberInput {
  @Field(() => CommunityRole)
  @IsEnum(CommunityRole, { message: 'role must be COORDINATOR, MODERATOR or MEMBER' })
  role: CommunityRole;
}
