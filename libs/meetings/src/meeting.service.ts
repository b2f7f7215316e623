import { CommunityAccess } from '@leerhuis/communities';
import { recordEvent } from '@leerhuis/platform-events';
import { ConnectionArgs, toConnection, Viewer } from '@leerhuis/platform-graphql';
import { recordSeenItem, SeenItemType } from '@leerhuis/platform-seen-items';

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { CancelMeetingInput, ScheduleMeetingInput, UpdateMeetingInput } from './dtos/meeting.input';
import { MeetingEntity } from './entities/meeting.entity';
import { MeetingErrorCode, MeetingException, meetingNotFound } from './meeting.exception';
import { MeetingRepository, meetingSortKey } from './meeting.repository';
import { MeetingContext } from './meeting-context';
import { MeetingRsvpService } from './meeting-rsvp.service';
import {
  assertFuture,
  assertOpen,
  cleanTitle,
  localOf,
  meetingTimes,
  placeOf,
} from './meeting-rules';
import { meetingCancelled, meetingScheduled, meetingUpdated } from './meetings.events';
import { RsvpRepository } from './rsvp.repository';

/**
 * Meetings of a CoP. Who may do what comes from CommunityAccess; everything that hands out
 * seats locks the meeting's row first, so the waiting list is exact under concurrency.
 */
@Injectable()
export class MeetingService {
  constructor(
    private readonly meetings: MeetingRepository,
    private readonly rsvps: RsvpRepository,
    private readonly access: CommunityAccess,
    private readonly dataSource: DataSource,
    private readonly context: MeetingContext,
    private readonly seats: MeetingRsvpService,
  ) {}

  /** A meeting for a member of its CoP; NOT_FOUND (as for a missing one) for anyone else. */
  async get(viewer: Viewer, meetingId: string): Promise<MeetingEntity> {
    const meeting = await this.meetings.findById(meetingId);
    if (!meeting) throw meetingNotFound();
    await this.context.inCommunity(meeting, viewer, 'participant');
    return meeting;
  }

  /** The meeting as the viewer opens it on the web; digests then leave it out until it changes. */
  async view(viewer: Viewer, meetingId: string): Promise<MeetingEntity> {
    const meeting = await this.get(viewer, meetingId);
    await recordSeenItem(this.dataSource, viewer.memberId!, SeenItemType.MEETING, meeting.id);
    return meeting;
  }

  async list(viewer: Viewer, communityId: string, past: boolean, args: ConnectionArgs) {
    await this.access.participant(communityId, viewer);
    const filter = { communityId, memberId: viewer.memberId!, past };
    const [rows, total] = await Promise.all([
      this.meetings.page(filter, args.first, args.after),
      this.meetings.count(filter),
    ]);
    return toConnection(rows, args, meetingSortKey, total);
  }

  /** For the home page: upcoming meetings of every CoP I am an active member of. */
  async myUpcoming(viewer: Viewer, args: ConnectionArgs) {
    const filter = { communityId: null, memberId: viewer.memberId!, past: false };
    const [rows, total] = await Promise.all([
      this.meetings.page(filter, args.first, args.after),
      this.meetings.count(filter),
    ]);
    return toConnection(rows, args, meetingSortKey, total);
  }

  async schedule(viewer: Viewer, input: ScheduleMeetingInput): Promise<MeetingEntity> {
    await this.access.moderator(input.communityId, viewer);
    const { startsAt, endsAt } = meetingTimes(input.startsAt, input.endsAt);
    assertFuture(startsAt);
    const place = placeOf(input.address, input.onlineUrl);
    if (!place) {
      throw new MeetingException(MeetingErrorCode.PLACE_REQUIRED, 'Say where the meeting is.', [
        { field: 'address', message: 'Give an address, or an online link instead.' },
        { field: 'onlineUrl', message: 'Give an online link, or an address instead.' },
      ]);
    }
    return this.dataSource.transaction(async (m) => {
      const meeting = await this.meetings.insert(
        {
          communityId: input.communityId,
          title: cleanTitle(input.title),
          startsAt,
          endsAt,
          ...place,
          agenda: input.agenda ?? '',
          capacity: input.capacity ?? null,
          scheduledBy: viewer.memberId!,
        },
        m,
      );
      await recordEvent(m, meetingScheduled, {
        meetingId: meeting.id,
        communityId: meeting.communityId,
        scheduledBy: viewer.memberId!,
      });
      await this.access.touch(meeting.communityId, m);
      return meeting;
    });
  }

  async update(viewer: Viewer, input: UpdateMeetingInput): Promise<MeetingEntity> {
    const found = await this.meetings.findById(input.meetingId);
    if (!found) throw meetingNotFound();
    await this.context.inCommunity(found, viewer, 'moderator');
    return this.context.inLockedMeeting(input.meetingId, async (meeting, m) => {
      assertOpen(meeting, 'update');
      const changes: Partial<MeetingEntity> = {};
      if (input.title != null) changes.title = cleanTitle(input.title);
      if (input.startsAt != null || input.endsAt != null) {
        const times = meetingTimes(
          input.startsAt ?? localOf(meeting.startsAt),
          input.endsAt ?? localOf(meeting.endsAt),
        );
        if (input.startsAt != null && times.startsAt.getTime() !== meeting.startsAt.getTime()) {
          assertFuture(times.startsAt);
        }
        Object.assign(changes, times);
      }
      if (input.address != null || input.onlineUrl != null) {
        const place = placeOf(input.address, input.onlineUrl);
        if (!place) {
          throw new MeetingException(
            MeetingErrorCode.PLACE_REQUIRED,
            'Give either an address or an online link, not both.',
            [{ field: 'onlineUrl', message: 'Leave this out when you give an address.' }],
          );
        }
        Object.assign(changes, place);
      }
      if (input.agenda != null) changes.agenda = input.agenda;
      if (input.capacity !== undefined) {
        const going = await this.rsvps.countGoing(meeting.id, m);
        if (input.capacity !== null && input.capacity < going) {
          throw new MeetingException(
            MeetingErrorCode.CAPACITY_BELOW_GOING,
            `${going} members are already going; the capacity cannot be lower than that.`,
            [{ field: 'capacity', message: `Choose at least ${going}.` }],
          );
        }
        changes.capacity = input.capacity;
      }
      const changed = Object.keys(changes).filter(
        (key) =>
          String(changes[key as keyof MeetingEntity]) !==
          String(meeting[key as keyof MeetingEntity]),
      );
      if (changed.length === 0) return meeting;
      const updated = await this.meetings.update(
        meeting.id,
        { ...changes, sequence: meeting.sequence + 1 },
        m,
      );
      await recordEvent(m, meetingUpdated, {
        meetingId: meeting.id,
        communityId: meeting.communityId,
        updatedBy: viewer.memberId!,
        changed,
        sequence: updated.sequence,
      });
      // More seats (or none limited any more): the waiting list moves up.
      await this.seats.fillSeats(updated, null, m);
      await this.access.touch(meeting.communityId, m);
      return updated;
    });
  }

  async cancel(viewer: Viewer, input: CancelMeetingInput): Promise<MeetingEntity> {
    const found = await this.meetings.findById(input.meetingId);
    if (!found) throw meetingNotFound();
    await this.context.inCommunity(found, viewer, 'moderator');
    return this.context.inLockedMeeting(input.meetingId, async (meeting, m) => {
      assertOpen(meeting, 'cancel');
      const reason = input.reason?.trim() ?? '';
      const cancelled = await this.meetings.update(
        meeting.id,
        {
          cancelledAt: new Date(),
          cancelledBy: viewer.memberId!,
          cancellationReason: reason,
          sequence: meeting.sequence + 1,
        },
        m,
      );
      await recordEvent(m, meetingCancelled, {
        meetingId: meeting.id,
        communityId: meeting.communityId,
        cancelledBy: viewer.memberId!,
        reason,
      });
      await this.access.touch(meeting.communityId, m);
      return cancelled;
    });
  }
}
