import { toAmsterdamLocal } from '@leerhuis/platform-calendar';
import { AppConfig } from '@leerhuis/platform-config';

import { Injectable } from '@nestjs/common';

import { MeetingEntity } from './entities/meeting.entity';
import { writeIcs } from './ics';
import { MeetingRepository } from './meeting.repository';

/** The .ics of a meeting: the same file for the download and the emailed invitation. */
@Injectable()
export class MeetingCalendar {
  constructor(
    private readonly config: AppConfig,
    private readonly meetings: MeetingRepository,
  ) {}

  /**
   * `update` makes it a METHOD:REQUEST for one recipient: the calendar that holds the meeting
   * (same UID) replaces it, as the SEQUENCE is higher.
   */
  async file(
    meeting: MeetingEntity,
    update?: { attendee: { name: string; email: string } },
  ): Promise<{ filename: string; content: string }> {
    const community = await this.meetings.community(meeting.communityId);
    const url = community
      ? meetingPageUrl(this.config.PUBLIC_URL, community.slug, meeting.id)
      : undefined;
    const content = writeIcs({
      uid: `meeting-${meeting.id}@leerhuis`,
      sequence: meeting.sequence,
      title: community ? `${meeting.title} (${community.name})` : meeting.title,
      startsAt: meeting.startsAt,
      endsAt: meeting.endsAt,
      location: meeting.address ?? meeting.onlineUrl ?? '',
      description: [meeting.agenda, url].filter(Boolean).join('\n\n'),
      url,
      cancelled: Boolean(meeting.cancelledAt),
      ...(update
        ? { method: 'REQUEST' as const, organizer: sender(this.config.MAIL_FROM), ...update }
        : {}),
      stamp: meeting.updatedAt,
    });
    return {
      filename: `bijeenkomst-${toAmsterdamLocal(meeting.startsAt).slice(0, 10)}.ics`,
      content,
    };
  }
}

/** The meeting's page in the web app (apps/web routes /communities/<slug>/bijeenkomsten/<id>). */
export function meetingPageUrl(publicUrl: string, slug: string, meetingId: string): string {
  return `${publicUrl}/communities/${encodeURIComponent(slug)}/bijeenkomsten/${meetingId}`;
}

/** `Leerhuis <noreply@x>` or a bare address, as the ORGANIZER of an update. */
export function sender(mailFrom: string): { name: string; email: string } {
  const match = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(mailFrom);
  return match
    ? { name: match[1] || 'Leerhuis', email: match[2] }
    : { name: 'Leerhuis', email: mailFrom.trim() };
}
