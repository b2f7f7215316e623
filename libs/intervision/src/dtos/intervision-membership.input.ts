import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsUUID, Min } from 'class-validator';

import { GroupRole } from '../entities/intervision-group-member.entity';

@InputType()
export class InviteToIntervisionGroupInput {
  @Field(() => ID)
  @IsUUID()
  groupId: string;

  @Field(() => ID)
  @IsUUID()
  memberId: string;

  @Field(() => GroupRole, { nullable: true, defaultValue: GroupRole.PARTICIPANT })
  @IsOptional()
  @IsEnum(GroupRole)
  role?: GroupRole;
}

@InputType()
export class AcceptIntervisionAgreementInput {
  @Field(() => ID)
  @IsUUID()
  groupId: string;

  @Field(() => Int, { description: 'The version of the agreement the member read.' })
  @IsInt()
  @Min(1)
  agreementVersion: number;

  @Field({ description: 'Must be true: I will keep what is shared in this group confidential.' })
  @IsBoolean()
  accept: boolean;
}

@InputType()
export class RemoveFromIntervisionGroupInput {
  @Field(() => ID)
  @IsUUID()
  groupId: string;

  @Field(() => ID, { description: 'The member (or invitee) to remove.' })
  @IsUUID()
  memberId: string;
}
