import { MemberDto } from '@leerhuis/members';

import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { PeerIntroductionStatus } from '../entities/peer-introduction.entity';
import { IntroductionReason } from '../match-peers';

registerEnumType(PeerIntroductionStatus, {
  name: 'PeerIntroductionStatus',
  description: 'PROPOSED → (requester picks) PICKED → (peer answers) ACCEPTED / DECLINED.',
});
registerEnumType(IntroductionReason, { name: 'PeerIntroductionReasonCode' });

@ObjectType('PeerIntroductionReason')
export class PeerIntroductionReasonDto {
  @Field(() => IntroductionReason)
  code: IntroductionReason;

  @Field(() => [String], { description: 'For SHARED_THEMES: the themes in common.' })
  themes: string[];
}

@ObjectType('PeerIntroductionProposal')
export class PeerIntroductionProposalDto {
  @Field(() => MemberDto, { nullable: true, description: 'Null once they left the platform.' })
  peer: MemberDto | null;

  @Field(() => Int, { description: '1 is the most comparable.' })
  rank: number;

  @Field(() => Int)
  score: number;

  @Field(() => [PeerIntroductionReasonDto])
  reasons: PeerIntroductionReasonDto[];
}

/** A programme director's request to meet a peer; only the two people involved see it. */
@ObjectType('PeerIntroduction')
export class PeerIntroductionDto {
  @Field(() => ID)
  id: string;

  @Field(() => PeerIntroductionStatus)
  status: PeerIntroductionStatus;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  pickedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  answeredAt: Date | null;
}
