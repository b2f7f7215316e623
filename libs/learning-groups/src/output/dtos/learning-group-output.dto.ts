import { MemberDto } from '@leerhuis/members';

import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { LearningGroupOutputType } from '../entities/learning-group-output.entity';

registerEnumType(LearningGroupOutputType, {
  name: 'LearningGroupOutputType',
  description: 'Lessons learned, or an article.',
});

/** The text as it was before one save. */
@ObjectType('LearningGroupOutputRevision')
export class LearningGroupOutputRevisionDto {
  @Field(() => Int, { description: 'The version this save replaced.' })
  version: number;

  @Field(() => MemberDto, { nullable: true, description: 'Who saved; null once they left.' })
  editor: MemberDto | null;

  @Field(() => GraphQLISODateTime)
  editedAt: Date;

  @Field(() => String)
  previousTitle: string;

  @Field(() => String, { description: 'Markdown source of the previous text.' })
  previousBody: string;
}

@ObjectType('LearningGroupOutputApproval')
export class LearningGroupOutputApprovalDto {
  @Field(() => MemberDto, { nullable: true })
  member: MemberDto | null;

  @Field(() => GraphQLISODateTime)
  approvedAt: Date;
}

/** Lessons or an article a group of a leergroep writes together; only its group sees it. */
@ObjectType('LearningGroupOutput')
export class LearningGroupOutputDto {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  learningGroupId: string;

  @Field(() => Int)
  groupNumber: number;

  @Field(() => LearningGroupOutputType)
  type: LearningGroupOutputType;

  @Field(() => String)
  title: string;

  @Field(() => String, { description: 'Markdown source.' })
  body: string;

  @Field(() => Int, { description: 'Up by one on every save; approvals are for one version.' })
  version: number;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  publishedAt: Date | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The CoP it was published to; null once published: the whole platform.',
  })
  publishedCommunityId: string | null;

  @Field(() => ID, { nullable: true, description: 'The harvest lesson it became.' })
  harvestLessonId: string | null;
}
