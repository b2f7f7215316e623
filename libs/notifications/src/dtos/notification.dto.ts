import { Connection, ConnectionArgs } from '@leerhuis/platform-graphql';

import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsIn, IsOptional, Matches } from 'class-validator';

import { NotificationKind } from '../notification-kinds';

registerEnumType(NotificationKind, { name: 'NotificationKind' });

@ObjectType('Notification')
export class NotificationDto {
  @Field(() => ID)
  id: string;

  @Field(() => NotificationKind)
  kind: NotificationKind;

  @Field({ description: "A sentence in the viewer's language, e.g. who mentioned you where." })
  title: string;

  @Field({ description: 'Path in the web app to open, e.g. /communities/x/discussions/y.' })
  url: string;

  @Field(() => ID, { nullable: true, description: "The actor's member id (for a link to them)." })
  actorId: string | null;

  @Field(() => String, { nullable: true, description: 'Who caused it, when someone did.' })
  actorName: string | null;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  readAt: Date | null;
}

@ObjectType('NotificationConnection')
export class NotificationConnection extends Connection(NotificationDto, 'Notification') {}

@ArgsType()
export class NotificationsArgs extends ConnectionArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Language of the titles, "nl" or "en"; default: your email language.',
  })
  @IsOptional()
  @IsIn(['nl', 'en'], { message: 'language must be nl or en' })
  language?: 'nl' | 'en' | null;
}

@InputType()
export class MarkNotificationsReadInput {
  @Field(() => [ID], { nullable: true, description: 'Which ones; none: all of them.' })
  @IsOptional()
  @ArrayMaxSize(500, { message: 'ids can hold at most 500 notifications' })
  @Matches(/^[0-9]{1,18}$/, { each: true, message: 'ids must be notification ids' })
  ids?: string[] | null;
}

@ObjectType('MarkNotificationsReadResult')
export class MarkNotificationsReadResultDto {
  @Field(() => Int, { description: 'How many were unread and are now read.' })
  marked: number;

  @Field(() => Int, { description: 'Unread notifications left.' })
  unreadCount: number;
}
