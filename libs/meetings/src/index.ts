export { MeetingConnection, MeetingDto, MeetingRsvpDto } from './dtos/meeting.dto';
export { RsvpStatus } from './entities/meeting-rsvp.entity';
export { MeetingErrorCode, MeetingException } from './meeting.exception';
export { MeetingLoaders } from './meeting.loaders';
export { MeetingService } from './meeting.service';
export * from './meetings.events';
export { meetingsEventSubscriptions, MeetingsJobsModule } from './meetings-jobs.module';
export { MeetingsModule } from './meetings.module';
export { MeetingsPersonalData } from './meetings-personal-data';
