import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsUUID } from 'class-validator';

@InputType()
export class RequestPeerIntroductionInput {
  @Field(() => ID, { nullable: true, description: 'One of your programmes.' })
  @IsOptional()
  @IsUUID('all', { message: 'programmeId must be a programme id' })
  programmeId?: string | null;
}

@InputType()
export class PickPeerInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'introductionId must be an id' })
  introductionId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'peerId must be a member id' })
  peerId: string;
}

@InputType()
export class AnswerPeerIntroductionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'introductionId must be an id' })
  introductionId: string;

  @Field(() => Boolean)
  @IsBoolean()
  accept: boolean;
}
