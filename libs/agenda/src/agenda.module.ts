import { Module } from '@nestjs/common';

import { CalendarFeedController } from './calendar-feed.controller';
import { CalendarFeedRepository } from './calendar-feed.repository';
import { CalendarFeedResolver } from './calendar-feed.resolver';
import { CalendarFeedService } from './calendar-feed.service';
import { MemberFeed } from './member-feed';

/** A member's personal calendar feed over meetings, koffiedates and leergroep sessions. */
@Module({
  controllers: [CalendarFeedController],
  providers: [CalendarFeedRepository, CalendarFeedService, CalendarFeedResolver, MemberFeed],
})
export class AgendaModule {}
