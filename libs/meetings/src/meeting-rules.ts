import { fromAmsterdamLocal, toAmsterdamLocal } from '@leerhuis/platform-calendar';
import { InputValidationException } from '@leerhuis/platform-graphql';

import { MeetingEntity } from './entities/meeting.entity';
import { MeetingErrorCode, MeetingException } from './meeting.exception';

/** What makes a meeting valid: its title, times, place, and whether it still takes changes. */
export function cleanTitle(title: string): string {
  const trimmed = title.trim();
  if (trimmed.length < 3) {
    throw new InputValidationException([
      { field: 'title', message: 'title must be 3 to 200 characters' },
    ]);
  }
  return trimmed;
}

export const localOf = toAmsterdamLocal;

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

export function assertFuture(startsAt: Date): void {
  if (startsAt.getTime() <= Date.now()) {
    throw new MeetingException(
      MeetingErrorCode.START_IN_PAST,
      'A meeting cannot start in the past.',
      [{ field: 'startsAt', message: 'Choose a start in the future.' }],
    );
  }
}

export function placeOf(
  address: string | null | undefined,
  onlineUrl: string | null | undefined,
): Pick<MeetingEntity, 'address' | 'onlineUrl'> | null {
  const a = address?.trim() || null;
  const u = onlineUrl?.trim() || null;
  if (Boolean(a) === Boolean(u)) return null;
  return { address: a, onlineUrl: u };
}

export const cancelledError = () =>
  new MeetingException(MeetingErrorCode.MEETING_CANCELLED, 'This meeting has been cancelled.', [
    { field: 'meetingId', message: 'Choose a meeting that still takes place.' },
  ]);

/** Cancelled and past meetings take no RSVPs and no changes. */
export function assertOpen(meeting: MeetingEntity, action: 'rsvp' | 'update' | 'cancel'): void {
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
