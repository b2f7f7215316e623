import { MemberDto } from '@leerhuis/members';
import { Connection } from '@leerhuis/platform-graphql';

import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

/** A rode draad of a leergroep: for its participants (and admins). */
@ObjectType('LearningGroupThread')
export class LearningGroupThreadDto {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  learningGroupId: string;

  @Field()
  title: string;

  @Field()
  body: string;

  @Field(() => [String])
  themes: string[];

  @Field(() => MemberDto, { nullable: true })
  author?: MemberDto | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;
}

@ObjectType()
export class LearningGroupThreadConnection extends Connection(
  LearningGroupThreadDto,
  'LearningGroupThread',
) {}
