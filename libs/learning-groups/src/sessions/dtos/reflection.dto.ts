import { MemberDto } from '@leerhuis/members';

import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('LearningGroupReflection')
export class LearningGroupReflectionDto {
  @Field(() => ID)
  sessionId: string;

  @Field(() => MemberDto, { nullable: true })
  member?: MemberDto | null;

  @Field()
  happened: string;

  @Field()
  yielded: string;

  @Field()
  adjust: string;

  @Field(() => GraphQLISODateTime)
  submittedAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;
}
