import { CommunityAccess } from '@leerhuis/communities';
import { recordEvent } from '@leerhuis/platform-events';
import { Viewer } from '@leerhuis/platform-graphql';

import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { RsvpResponse, RsvpToMeetingInput } from './dtos/meeting.input';
import { MeetingEntity } from './entities/meeting.entity';
import { RsvpStatus } from './entities/meeting-rsvp.entity';
import { meetingNotFound } from './meeting.exception';
import { MeetingRepository } from './meeting.repository';
import { MeetingContext } from './meeting-context';
import { assertOpen } from './meeting-rules';
import { meetingRsvpChanged, meetingWaitingListPromoted } from './meetings.events';
import { RsvpRepository, RsvpWithPosition } from './rsvp.repository';

/**
 * Going, maybe, not going and the waiting list. Everything that hands out seats runs with the
 * meeting's row locked, so the waiting list is exact under concurrency.
 */
@Injectable()
export class MeetingRsvpService {
  constructor(
    private readonly meetings: MeetingRepository,
    private readonly rsvps: RsvpRepository,
    private readonly access: CommunityAccess,
    private readonly context: MeetingContext,
  ) {}

  /**
   * Going, maybe or not going. GOING on a full meeting puts you on the waiting list; giving
   * up a seat hands it to the first on the list. The meeting's row is locked throughout.
   */
  async rsvp(viewer: Viewer, input: RsvpToMeetingInput): Promise<RsvpWithPosition> {
    const found = await this.meetings.findById(input.meetingId);
    if (!found) throw meetingNotFound();
    // Access is checked before the lock: the locked transaction then needs no other
    // connection, so a queue of RSVPs can never starve the pool while holding it.
    await this.context.inCommunity(found, viewer, 'participant');
    const memberId = viewer.memberId!;
    return this.context.inLockedMeeting(input.meetingId, async (meeting, m) => {
      assertOpen(meeting, 'rsvp');
      const existing = await this.rsvps.find(meeting.id, memberId, m);
      const previous = existing?.status ?? null;
      let status: RsvpStatus;
      if (input.response === RsvpResponse.GOING) {
        if (previous === RsvpStatus.GOING || previous === RsvpStatus.WAITING) {
          return this.withPosition(meeting.id, memberId, m);
        }
        status = (await this.hasSeat(meeting, m)) ? RsvpStatus.GOING : RsvpStatus.WAITING;
      } else {
        status = input.response === RsvpResponse.MAYBE ? RsvpStatus.MAYBE : RsvpStatus.NOT_GOING;
        if (previous === status) return this.withPosition(meeting.id, memberId, m);
      }
      await this.rsvps.save(existing, { meetingId: meeting.id, memberId, status }, m);
      await recordEvent(m, meetingRsvpChanged, {
        meetingId: meeting.id,
        communityId: meeting.communityId,
        memberId,
        status,
        previousStatus: previous,
      });
      if (previous === RsvpStatus.GOING) await this.fillSeats(meeting, memberId, m);
      await this.access.touch(meeting.communityId, m);
      return this.withPosition(meeting.id, memberId, m);
    });
  }

  private async hasSeat(meeting: MeetingEntity, m: EntityManager): Promise<boolean> {
    if (meeting.capacity === null) return true;
    return (await this.rsvps.countGoing(meeting.id, m)) < meeting.capacity;
  }

  /** Moves the waiting list up while there are seats. Call with the meeting locked. */
  async fillSeats(meeting: MeetingEntity, freedBy: string | null, m: EntityManager): Promise<void> {
    while (await this.hasSeat(meeting, m)) {
      const next = await this.rsvps.firstWaiting(meeting.id, m);
      if (!next) return;
      await this.rsvps.save(
        next,
        { meetingId: meeting.id, memberId: next.memberId, status: RsvpStatus.GOING },
        m,
      );
      await recordEvent(m, meetingWaitingListPromoted, {
        meetingId: meeting.id,
        communityId: meeting.communityId,
        memberId: next.memberId,
        freedBy,
      });
    }
  }

  private async withPosition(
    meetingId: string,
    memberId: string,
    m: EntityManager,
  ): Promise<RsvpWithPosition> {
    const [rsvp] = await this.rsvps.forMember([meetingId], memberId, m);
    return rsvp;
  }
}
