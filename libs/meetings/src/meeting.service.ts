import {
  CommunityAccess,
  CommunityErrorCode,
  CommunityException,
  CommunityInContext,
  CommunityRole,
  MembershipStatus,
} from '@leerhuis/communities';
import { fromAmsterdamLocal, toAmsterdamLocal } from '@leerhuis/platform-calendar';
import { recordEvent } from '@leerhuis/platform-events';
import {
  ConnectionArgs,
  InputValidationException,
  toConnection,
  Viewer,
} from '@leerhuis/platform-graphql';
import { recordSeenItem, SeenItemType } from '@leerhuis/platform-seen-items';

import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import {
  CancelMeetingInput,
  RecordFollowUpInput,
  RecordMeetingNotesInput,
  RsvpResponse,
  RsvpToMeetingInput,
  ScheduleMeetingInput,
  UpdateMeetingInput,
} from './dtos/meeting.input';
import { MeetingEntity } from './entities/meeting.entity';
import { MeetingFollowUpEntity } from './entities/meeting-follow-up.entity';
import { RsvpStatus } from './entities/meeting-rsvp.entity';
import { MeetingErrorCode, MeetingException, meetingNotFound } from './meeting.exception';
import { MeetingRepository, meetingSortKey } from './meeting.repository';
import {
  meetingCancelled,
  meetingFollowUpRecorded,
  meetingNotesRecorded,
  meetingRsvpChanged,
  meetingScheduled,
  meetingUpdated,
  meetingWaitingListPromoted,
} from './meetings.events';
import { RsvpRepository, RsvpWithPosition } from './rsvp.repository';

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
  ) {}

  /** A meeting for a member of its CoP; NOT_FOUND (as for a missing one) for anyone else. */
  async get(viewer: Viewer, meetingId: string): Promise<MeetingEntity> {
    const meeting = await this.meetings.findById(meetingId);
    if (!meeting) throw meetingNotFound();
    await this.inCommunity(meeting, viewer, 'participant');
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
    await this.inCommunity(found, viewer, 'moderator');
    return this.inLockedMeeting(input.meetingId, async (meeting, m) => {
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
      await this.fillSeats(updated, null, m);
      await this.access.touch(meeting.communityId, m);
      return updated;
    });
  }

  async cancel(viewer: Viewer, input: CancelMeetingInput): Promise<MeetingEntity> {
    const found = await this.meetings.findById(input.meetingId);
    if (!found) throw meetingNotFound();
    await this.inCommunity(found, viewer, 'moderator');
    return this.inLockedMeeting(input.meetingId, async (meeting, m) => {
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

  /**
   * Going, maybe or not going. GOING on a full meeting puts you on the waiting list; giving
   * up a seat hands it to the first on the list. The meeting's row is locked throughout.
   */
  async rsvp(viewer: Viewer, input: RsvpToMeetingInput): Promise<RsvpWithPosition> {
    const found = await this.meetings.findById(input.meetingId);
    if (!found) throw meetingNotFound();
    // Access is checked before the lock: the locked transaction then needs no other
    // connection, so a queue of RSVPs can never starve the pool while holding it.
    await this.inCommunity(found, viewer, 'participant');
    const memberId = viewer.memberId!;
    return this.inLockedMeeting(input.meetingId, async (meeting, m) => {
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

  async recordFollowUp(viewer: Viewer, input: RecordFollowUpInput): Promise<MeetingFollowUpEntity> {
    const meeting = await this.heldMeetingForCoordinator(viewer, input.meetingId);
    const text = input.text.trim();
    if (!text) {
      throw new InputValidationException([{ field: 'text', message: 'Say what will be done.' }]);
    }
    return this.dataSource.transaction(async (m) => {
      if (
        input.ownerId &&
        !(await this.meetings.isActiveMember(meeting.communityId, input.ownerId, m))
      ) {
        throw new MeetingException(
          MeetingErrorCode.OWNER_NOT_A_MEMBER,
          'The owner of a follow-up action must be a member of this community.',
          [{ field: 'ownerId', message: 'Choose a member of this community.' }],
        );
      }
      const followUp = await this.meetings.insertFollowUp(
        {
          meetingId: meeting.id,
          text,
          ownerId: input.ownerId ?? null,
          dueOn: input.dueOn ?? null,
          recordedBy: viewer.memberId!,
        },
        m,
      );
      await recordEvent(m, meetingFollowUpRecorded, {
        meetingId: meeting.id,
        communityId: meeting.communityId,
        followUpId: followUp.id,
        ownerId: followUp.ownerId,
        recordedBy: viewer.memberId!,
      });
      await this.access.touch(meeting.communityId, m);
      return followUp;
    });
  }

  async recordNotes(viewer: Viewer, input: RecordMeetingNotesInput): Promise<MeetingEntity> {
    const meeting = await this.heldMeetingForCoordinator(viewer, input.meetingId);
    return this.dataSource.transaction(async (m) => {
      const updated = await this.meetings.update(meeting.id, { notes: input.notes }, m);
      await recordEvent(m, meetingNotesRecorded, {
        meetingId: meeting.id,
        communityId: meeting.communityId,
        recordedBy: viewer.memberId!,
      });
      await this.access.touch(meeting.communityId, m);
      return updated;
    });
  }

  private async hasSeat(meeting: MeetingEntity, m: EntityManager): Promise<boolean> {
    if (meeting.capacity === null) return true;
    return (await this.rsvps.countGoing(meeting.id, m)) < meeting.capacity;
  }

  /** Moves the waiting list up while there are seats. Call with the meeting locked. */
  private async fillSeats(
    meeting: MeetingEntity,
    freedBy: string | null,
    m: EntityManager,
  ): Promise<void> {
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

  private inLockedMeeting<T>(
    meetingId: string,
    work: (meeting: MeetingEntity, manager: EntityManager) => Promise<T>,
  ): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      const meeting = await this.meetings.lockById(meetingId, manager);
      if (!meeting) throw meetingNotFound();
      return work(meeting, manager);
    });
  }

  /** The meeting's CoP as the viewer may see it; an invisible CoP hides the meeting too. */
  private async inCommunity(
    meeting: MeetingEntity,
    viewer: Viewer,
    level: 'participant' | 'moderator',
  ): Promise<CommunityInContext> {
    try {
      return await this.access[level](meeting.communityId, viewer);
    } catch (error) {
      if (
        error instanceof CommunityException &&
        error.code === CommunityErrorCode.COMMUNITY_NOT_FOUND
      ) {
        throw meetingNotFound();
      }
      throw error;
    }
  }

  /** Follow-ups and notes: coordinators, once the meeting has taken place. */
  private async heldMeetingForCoordinator(
    viewer: Viewer,
    meetingId: string,
  ): Promise<MeetingEntity> {
    const meeting = await this.meetings.findById(meetingId);
    if (!meeting) throw meetingNotFound();
    const { membership } = await this.inCommunity(meeting, viewer, 'moderator');
    if (
      membership?.status !== MembershipStatus.ACTIVE ||
      membership.role !== CommunityRole.COORDINATOR
    ) {
      throw new MeetingException(
        MeetingErrorCode.COORDINATOR_REQUIRED,
        'Only coordinators of this community record follow-up actions and notes.',
      );
    }
    if (meeting.cancelledAt) throw cancelledError();
    if (meeting.endsAt.getTime() > Date.now()) {
      throw new MeetingException(
        MeetingErrorCode.MEETING_NOT_HELD_YET,
        'Follow-up actions and notes are recorded after the meeting.',
        [{ field: 'meetingId', message: 'This meeting has not ended yet.' }],
      );
    }
    return meeting;
  }
}

function cleanTitle(title: string): string {
  const trimmed = title.trim();
  if (trimmed.length < 3) {
    throw new InputValidationException([
      { field: 'title', message: 'title must be 3 to 200 characters' },
    ]);
  }
  return trimmed;
}

const localOf = toAmsterdamLocal;

/** A meeting (a conference, a study trip) lasts at most two weeks. */
export const MAX_MEETING_DAYS = 14;

/** Both times as instants, end after start and within two weeks; each refused with its field. */
export function meetingTimes(
  startsAtLocal: string,
  endsAtLocal: string,
): { startsAt: Date; endsAt: Date } {
  const startsAt = instantOf(startsAtLocal, 'startsAt');
  const endsAt = instantOf(endsAtLocal, 'endsAt');
  if (endsAt <= startsAt) {
    throw new MeetingException(
      MeetingErrorCode.END_BEFORE_START,
      'The meeting must end after it starts.',
      [{ field: 'endsAt', message: 'Choose an end after the start.' }],
    );
  }
  if (endsAt.getTime() - startsAt.getTime() > MAX_MEETING_DAYS * 86_400_000) {
    throw new MeetingException(
      MeetingErrorCode.MEETING_TOO_LONG,
      `A meeting lasts at most ${MAX_MEETING_DAYS} days.`,
      [
        {
          field: 'endsAt',
          message: `Choose an end at most ${MAX_MEETING_DAYS} days after the start.`,
        },
      ],
    );
  }
  return { startsAt, endsAt };
}

function instantOf(local: string, field: string): Date {
  const instant = fromAmsterdamLocal(local);
  if (instant instanceof Date) return instant;
  throw new MeetingException(
    MeetingErrorCode.INVALID_LOCAL_TIME,
    instant === 'NONEXISTENT'
      ? `${local} does not exist in Amsterdam: the clocks go forward that night.`
      : `${local} is not a valid date and time.`,
    [
      {
        field,
        message:
          instant === 'NONEXISTENT'
            ? 'Choose a time outside 02:00–03:00 on the night summer time starts.'
            : 'Use a date and time like 2027-03-28T10:00.',
      },
    ],
  );
}

function assertFuture(startsAt: Date): void {
  if (startsAt.getTime() <= Date.now()) {
    throw new MeetingException(
      MeetingErrorCode.START_IN_PAST,
      'A meeting cannot start in the past.',
      [{ field: 'startsAt', message: 'Choose a start in the future.' }],
    );
  }
}

function placeOf(
  address: string | null | undefined,
  onlineUrl: string | null | undefined,
): Pick<MeetingEntity, 'address' | 'onlineUrl'> | null {
  const a = address?.trim() || null;
  const u = onlineUrl?.trim() || null;
  if (Boolean(a) === Boolean(u)) return null;
  return { address: a, onlineUrl: u };
}

const cancelledError = () =>
  new MeetingException(MeetingErrorCode.MEETING_CANCELLED, 'This meeting has been cancelled.', [
    { field: 'meetingId', message: 'Choose a meeting that still takes place.' },
  ]);

/** Cancelled and past meetings take no RSVPs and no changes. */
function assertOpen(meeting: MeetingEntity, action: 'rsvp' | 'update' | 'cancel'): void {
  if (meeting.cancelledAt) throw cancelledError();
  const over =
    action === 'rsvp'
      ? meeting.startsAt.getTime() <= Date.now()
      : meeting.endsAt.getTime() <= Date.now();
  if (over) {
    throw new MeetingException(
      MeetingErrorCode.MEETING_PAST,
      action === 'rsvp' ? 'This meeting has already started.' : 'This meeting is over.',
      [{ field: 'meetingId', message: 'Choose an upcoming meeting.' }],
    );
  }
}
