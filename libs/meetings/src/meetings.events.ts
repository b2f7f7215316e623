import { defineEvent } from '@leerhuis/platform-events';

import type { RsvpStatus } from './entities/meeting-rsvp.entity';

/** A coordinator or moderator scheduled a meeting; the active members get an invitation. */
export const meetingScheduled = defineEvent<{
  meetingId: string;
  communityId: string;
  scheduledBy: string;
}>('meetings.meeting-scheduled');

/**
 * A meeting really changed (`changed`: the fields whose values differ). `sequence` is the
 * meeting's iCalendar SEQUENCE after the change; a changed time or place is announced to those
 * who answered going, maybe or waiting.
 */
export const meetingUpdated = defineEvent<{
  meetingId: string;
  communityId: string;
  updatedBy: string;
  changed: string[];
  sequence: number;
}>('meetings.meeting-updated');

export const meetingCancelled = defineEvent<{
  meetingId: string;
  communityId: string;
  cancelledBy: string;
  reason: string;
}>('meetings.meeting-cancelled');

export const meetingRsvpChanged = defineEvent<{
  meetingId: string;
  communityId: string;
  memberId: string;
  status: RsvpStatus;
  previousStatus: RsvpStatus | null;
}>('meetings.rsvp-changed');

/**
 * The first on the waiting list got the seat someone gave up (`freedBy`) or that a larger
 * capacity opened (`freedBy` null). Both the promoted member and the one who freed it are told.
 */
export const meetingWaitingListPromoted = defineEvent<{
  meetingId: string;
  communityId: string;
  memberId: string;
  freedBy: string | null;
}>('meetings.waiting-list-promoted');

export const meetingFollowUpRecorded = defineEvent<{
  meetingId: string;
  communityId: string;
  followUpId: string;
  ownerId: string | null;
  recordedBy: string;
}>('meetings.follow-up-recorded');

export const meetingNotesRecorded = defineEvent<{
  meetingId: string;
  communityId: string;
  recordedBy: string;
}>('meetings.notes-recorded');
