import { CommunityDto } from '@leerhuis/communities';

import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import {
  CommunityNotificationMode,
  DigestFrequency,
  NotificationChannel,
} from '../notification-kinds';

registerEnumType(DigestFrequency, {
  name: 'DigestFrequency',
  description: 'How often the digest comes (BIWEEKLY: every two weeks); NEVER switches it off.',
});
registerEnumType(NotificationChannel, {
  name: 'NotificationChannel',
  description:
    'IMMEDIATE: an email soon (notification emails are batched); DIGEST: in the next digest; IN_APP: only in the notification list.',
});
registerEnumType(CommunityNotificationMode, {
  name: 'CommunityNotificationMode',
  description:
    "A CoP's new threads and replies: IMMEDIATE (a notification each), DIGEST (in the digest), MUTED (nothing).",
});

@ObjectType('CommunityNotificationSetting')
export class CommunityNotificationSettingDto {
  /** Resolved through the communities lib's loader. */
  communityId: string;

  @Field(() => CommunityDto)
  community?: CommunityDto;

  @Field(() => CommunityNotificationMode)
  mode: CommunityNotificationMode;
}

@ObjectType('NotificationSettings')
export class NotificationSettingsDto {
  @Field(() => DigestFrequency)
  digestFrequency: DigestFrequency;

  @Field(() => Int, { description: 'ISO weekday of the digest, 1 = Monday.' })
  digestWeekday: number;

  @Field({ description: 'Time of the digest, "HH:MM" in Europe/Amsterdam (quarter hours).' })
  digestTime: string;

  @Field({ description: 'Language of all emails: "nl" or "en".' })
  emailLanguage: string;

  @Field(() => NotificationChannel, { description: 'Someone @mentions you.' })
  mentions: NotificationChannel;

  @Field(() => NotificationChannel, { description: 'A reply to a thread you started.' })
  replies: NotificationChannel;

  @Field(() => NotificationChannel, {
    description: 'A meeting of your CoP is scheduled, changed or cancelled.',
  })
  meetingChanges: NotificationChannel;

  @Field(() => NotificationChannel, { description: 'A new koffiedate round opens.' })
  coffeeDate: NotificationChannel;

  @Field(() => NotificationChannel, { description: 'A phase of an intervisie case opens.' })
  intervisionPhases: NotificationChannel;

  @Field(() => Date, {
    nullable: true,
    description: 'When the next digest is due; null while not planned yet or when NEVER.',
  })
  nextDigestAt: Date | null;

  @Field(() => [CommunityNotificationSettingDto], {
    description: 'A mode for each CoP you are an active member of.',
  })
  communities: CommunityNotificationSettingDto[];
}
