import { Connection } from '@leerhuis/platform-graphql';

import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('SentEmail')
export class SentEmailDto {
  @Field({ description: 'The deterministic send key (kind:…).' })
  key: string;

  @Field({ description: 'The key prefix, e.g. digest, sign-in-link, meeting-invitation.' })
  kind: string;

  @Field(() => String, {
    nullable: true,
    description: 'Null for confidential mail (intervisie): admins see only its kind and time.',
  })
  recipient: string | null;

  @Field(() => String, { nullable: true, description: 'Null for confidential mail (intervisie).' })
  subject: string | null;

  @Field({
    description:
      'Mail about a confidential space (intervisie): only kind and time are kept; the key is hashed.',
  })
  confidential: boolean;

  @Field()
  sentAt: Date;
}

@ObjectType()
export class SentEmailConnection extends Connection(SentEmailDto, 'SentEmail') {}

@ObjectType('EmailFailure')
export class EmailFailureDto {
  @Field(() => ID)
  id: string;

  @Field()
  key: string;

  @Field()
  kind: string;

  @Field(() => String, { nullable: true, description: 'Null for confidential mail (intervisie).' })
  recipient: string | null;

  @Field(() => String, { nullable: true, description: 'Null for confidential mail (intervisie).' })
  subject: string | null;

  @Field({ description: 'Mail about a confidential space (intervisie): only kind and time.' })
  confidential: boolean;

  @Field({ description: 'Permanent (5xx): the address was suppressed; otherwise retried.' })
  permanent: boolean;

  @Field(() => Int, { nullable: true })
  smtpCode: number | null;

  @Field()
  message: string;

  @Field()
  failedAt: Date;
}

@ObjectType()
export class EmailFailureConnection extends Connection(EmailFailureDto, 'EmailFailure') {}

@ObjectType('EmailSuppression')
export class EmailSuppressionDto {
  @Field()
  address: string;

  @Field({ description: 'PERMANENT_FAILURE or ADMIN.' })
  reason: string;

  @Field(() => Int, { nullable: true })
  smtpCode: number | null;

  @Field(() => String, { nullable: true })
  smtpResponse: string | null;

  @Field()
  suppressedAt: Date;

  @Field(() => Date, { nullable: true })
  liftedAt: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'MEMBER_CONFIRMED, SIGN_IN or ADMIN.',
  })
  liftedBy: string | null;
}

@ObjectType()
export class EmailSuppressionConnection extends Connection(
  EmailSuppressionDto,
  'EmailSuppression',
) {}

@ObjectType()
export class DigestFrequencyCount {
  @Field({ description: 'DAILY, WEEKLY, BIWEEKLY, MONTHLY or NEVER.' })
  frequency: string;

  @Field(() => Int)
  members: number;
}

@ObjectType()
export class DigestDueHour {
  @Field({ description: 'Start of the hour.' })
  hour: Date;

  @Field(() => Int)
  members: number;
}

@ObjectType('DigestSchedule')
export class DigestScheduleDto {
  @Field({ description: 'Whether the digest-planner job scheduler exists on the mail queue.' })
  plannerScheduled: boolean;

  @Field(() => Date, { nullable: true, description: "The planner's next run." })
  plannerNextRunAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Its cron pattern (Europe/Amsterdam).' })
  plannerPattern: string | null;

  @Field(() => [DigestFrequencyCount])
  membersByFrequency: DigestFrequencyCount[];

  @Field(() => [DigestDueHour], { description: 'Members due per hour in the next 24 hours.' })
  dueNextDay: DigestDueHour[];

  @Field(() => Int, { description: 'Members whose digest is due but not sent yet.' })
  overdue: number;

  @Field(() => Int)
  digestsSentLast7Days: number;
}
