import { MemberDto } from '@leerhuis/members';

import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { AttendanceStatus } from '../entities/learning-group-session.entity';

registerEnumType(AttendanceStatus, { name: 'LearningGroupAttendanceStatus' });

@ObjectType('LearningGroupAttendance')
export class LearningGroupAttendanceDto {
  @Field(() => MemberDto, { nullable: true })
  member: MemberDto | null;

  @Field(() => AttendanceStatus)
  status: AttendanceStatus;
}

/** One session of a group: visible to its members, the facilitator and admins. */
@ObjectType('LearningGroupSession')
export class LearningGroupSessionDto {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  learningGroupId: string;

  @Field(() => Int)
  groupNumber: number;

  @Field(() => Int, { description: '1 for the first session of the group.' })
  sequence: number;

  @Field(() => GraphQLISODateTime)
  startsAt: Date;

  @Field()
  agenda: string;

  @Field({ description: 'The facilitator’s notes after the session.' })
  notes: string;
}
