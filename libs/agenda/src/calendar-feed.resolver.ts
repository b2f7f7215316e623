import { CurrentViewer, MemberGuard, Viewer } from '@leerhuis/platform-graphql';

import { UseGuards } from '@nestjs/common';
import { Mutation, Query, Resolver } from '@nestjs/graphql';

import { CalendarFeedService } from './calendar-feed.service';
import { CalendarFeedDto, IssuedCalendarFeedDto } from './dtos/calendar-feed.dto';

@Resolver(() => CalendarFeedDto)
@UseGuards(MemberGuard)
export class CalendarFeedResolver {
  constructor(private readonly service: CalendarFeedService) {}

  @Query(() => CalendarFeedDto, { description: 'Whether you have a personal calendar feed.' })
  calendarFeed(@CurrentViewer() viewer: Viewer) {
    return this.service.status(viewer);
  }

  @Mutation(() => IssuedCalendarFeedDto, {
    description:
      'A new personal calendar feed link (your meetings, koffiedates and leergroep sessions); ' +
      'an earlier link stops working. The link is shown only now.',
  })
  issueCalendarFeed(@CurrentViewer() viewer: Viewer) {
    return this.service.issue(viewer);
  }

  @Mutation(() => Boolean, { description: 'Revokes your calendar feed link; false if none.' })
  revokeCalendarFeed(@CurrentViewer() viewer: Viewer) {
    return this.service.revoke(viewer);
  }
}
