import { AppConfig } from '@leerhuis/platform-config';

import { Injectable } from '@nestjs/common';

import { toAmsterdamLocal } from './amsterdam-time';
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

  async file(meeting: MeetingEntity): Promise<{ filename: string; content: string }> {
    const community = await this.meetings.community(meeting.communityId);
    const url = community
      ? `${this.config.PUBLIC_URL}/communities/${community.slug}/meetings/${meeting.id}`
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
      stamp: meeting.updatedAt,
    });
    return {
      filename: `bijeenkomst-${toAmsterdamLocal(meeting.startsAt).slice(0, 10)}.ics`,
      content,
    };
  }
}
