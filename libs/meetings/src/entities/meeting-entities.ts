import { MeetingEntity } from './meeting.entity';
import { MeetingFollowUpEntity } from './meeting-follow-up.entity';
import { MeetingRsvpEntity } from './meeting-rsvp.entity';

/** Every table the meetings domain owns (the API and the worker both register them). */
export const MEETING_ENTITIES = [MeetingEntity, MeetingRsvpEntity, MeetingFollowUpEntity];
