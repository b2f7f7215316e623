import {
  createValidationPipe,
  CurrentViewer,
  MemberGuard,
  Viewer,
} from '@leerhuis/platform-graphql';

import { UseGuards, UsePipes } from '@nestjs/common';
import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';

import {
  MarkNotificationsReadInput,
  MarkNotificationsReadResultDto,
  NotificationConnection,
  NotificationDto,
  NotificationsArgs,
} from './dtos/notification.dto';
import { NotificationService } from './notification.service';

/** The viewer's in-app notifications. */
@Resolver(() => NotificationDto)
@UseGuards(MemberGuard)
@UsePipes(createValidationPipe())
export class NotificationResolver {
  constructor(private readonly service: NotificationService) {}

  @Query(() => NotificationConnection, { description: 'Your notifications, newest first.' })
  notifications(@CurrentViewer() viewer: Viewer, @Args() args: NotificationsArgs) {
    return this.service.list(viewer.memberId!, args);
  }

  @Query(() => Int, { description: 'How many of your notifications are unread.' })
  unreadNotificationCount(@CurrentViewer() viewer: Viewer): Promise<number> {
    return this.service.unreadCount(viewer.memberId!);
  }

  @Mutation(() => MarkNotificationsReadResultDto, {
    description: 'Marks the given notifications read; without ids, all of them.',
  })
  markNotificationsRead(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { type: () => MarkNotificationsReadInput, nullable: true })
    input: MarkNotificationsReadInput | null,
  ) {
    return this.service.markRead(viewer.memberId!, input?.ids);
  }
}
