import { CommunitiesModule } from '@leerhuis/communities';
import { MembersModule } from '@leerhuis/members';
import { DatabaseModule } from '@leerhuis/platform-database';

import { Module } from '@nestjs/common';

import { AgendaRepository } from './agenda.repository';
import { AgendaResolver } from './agenda.resolver';
import { AgendaService } from './agenda.service';
import { MEETING_ENTITIES } from './entities/meeting-entities';
import { MeetingLoaders } from './meeting.loaders';
import { MeetingRepository } from './meeting.repository';
import {
  MeetingAttendeeResolver,
  MeetingFollowUpResolver,
  MeetingResolver,
  MeetingRsvpResolver,
} from './meeting.resolver';
import { MeetingService } from './meeting.service';
import { MeetingCalendar } from './meeting-calendar';
import { MeetingCalendarController } from './meeting-calendar.controller';
import { MeetingContext } from './meeting-context';
import { MeetingFollowUpService } from './meeting-follow-up.service';
import { MeetingRsvpService } from './meeting-rsvp.service';
import { RsvpRepository } from './rsvp.repository';

/** API side of meetings: scheduling, RSVPs with a waiting list, follow-up, the .ics route. */
@Module({
  imports: [DatabaseModule.forFeature(MEETING_ENTITIES), CommunitiesModule, MembersModule],
  controllers: [MeetingCalendarController],
  providers: [
    AgendaRepository,
    AgendaService,
    AgendaResolver,
    MeetingRepository,
    RsvpRepository,
    MeetingContext,
    MeetingService,
    MeetingRsvpService,
    MeetingFollowUpService,
    MeetingLoaders,
    MeetingCalendar,
    MeetingResolver,
    MeetingRsvpResolver,
    MeetingAttendeeResolver,
    MeetingFollowUpResolver,
  ],
  exports: [MeetingService, MeetingLoaders],
})
export class MeetingsModule {}
