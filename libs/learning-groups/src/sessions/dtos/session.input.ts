import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

import { AttendanceStatus } from '../entities/learning-group-session.entity';

@ArgsType()
export class LearningGroupSessionsArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'learningGroupId must be a learning group id' })
  learningGroupId: string;

  @Field(() => Int, { description: 'The numbered group (1 = "Groep 1").' })
  @IsInt({ message: 'groupNumber must be a group number' })
  @Min(1, { message: 'groupNumber must be a group number' })
  groupNumber: number;
}

@InputType()
export class UpdateLearningGroupSessionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'sessionId must be a session id' })
  sessionId: string;

  @Field(() => String, {
    nullable: true,
    description: 'New start, Amsterdam wall-clock time: YYYY-MM-DDTHH:mm.',
  })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, {
    message: 'startsAt must be a local time like 2027-01-12T14:00',
  })
  startsAt?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(4000, { message: 'agenda must be at most 4000 characters' })
  agenda?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The facilitator’s notes after the session.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(8000, { message: 'notes must be at most 8000 characters' })
  notes?: string | null;
}

@InputType()
export class AttendanceEntryInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'memberId must be a member id' })
  memberId: string;

  @Field(() => AttendanceStatus)
  @IsEnum(AttendanceStatus, { message: 'status must be PRESENT, ABSENT or EXCUSED' })
  status: AttendanceStatus;
}

@InputType()
export class RecordAttendanceInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'sessionId must be a session id' })
  sessionId: string;

  @Field(() => [AttendanceEntryInput])
  @IsArray()
  @ArrayMinSize(1, { message: 'attendance must name at least one member' })
  @ArrayMaxSize(8, { message: 'attendance names at most 8 members' })
  @ValidateNested({ each: true })
  @Type(() => AttendanceEntryInput)
  attendance: AttendanceEntryInput[];
}
