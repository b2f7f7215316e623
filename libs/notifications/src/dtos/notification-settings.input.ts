import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';

import {
  CommunityNotificationMode,
  DigestFrequency,
  NotificationChannel,
} from '../notification-kinds';

/**
 * Any subset of the preferences. Ranges are checked by the service (all fields at once,
 * before anything is written); the decorators only keep the fields through the whitelist.
 */
@InputType()
export class UpdateNotificationSettingsInput {
  @Field(() => DigestFrequency, { nullable: true })
  @IsOptional()
  digestFrequency?: DigestFrequency | null;

  @Field(() => Int, { nullable: true, description: 'ISO weekday, 1 (Monday) to 7 (Sunday).' })
  @IsOptional()
  digestWeekday?: number | null;

  @Field(() => String, {
    nullable: true,
    description: '"HH:MM", quarter hours from 00:00 to 23:45.',
  })
  @IsOptional()
  digestTime?: string | null;

  @Field(() => String, { nullable: true, description: '"nl" or "en".' })
  @IsOptional()
  emailLanguage?: string | null;

  @Field(() => NotificationChannel, { nullable: true })
  @IsOptional()
  mentions?: NotificationChannel | null;

  @Field(() => NotificationChannel, { nullable: true })
  @IsOptional()
  replies?: NotificationChannel | null;

  @Field(() => NotificationChannel, { nullable: true })
  @IsOptional()
  meetingChanges?: NotificationChannel | null;

  @Field(() => NotificationChannel, { nullable: true })
  @IsOptional()
  coffeeDate?: NotificationChannel | null;

  @Field(() => NotificationChannel, { nullable: true })
  @IsOptional()
  intervisionPhases?: NotificationChannel | null;
}

@InputType()
export class SetCommunityNotificationModeInput {
  @Field(() => ID)
  @IsUUID(undefined, { message: 'communityId must be a community id' })
  communityId: string;

  @Field(() => CommunityNotificationMode)
  @IsEnum(CommunityNotificationMode, { message: 'mode must be IMMEDIATE, DIGEST or MUTED' })
  mode: CommunityNotificationMode;
}
