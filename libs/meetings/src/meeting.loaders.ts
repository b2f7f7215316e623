import { byKeys, groupByKeys, LoaderRegistry } from '@leerhuis/platform-graphql';

import { Injectable } from '@nestjs/common';

import { MeetingEntity } from './entities/meeting.entity';
import { MeetingFollowUpEntity } from './entities/meeting-follow-up.entity';
import { MeetingRepository } from './meeting.repository';
import {
  AttendeePage,
  NO_RSVPS,
  RsvpCounts,
  RsvpRepository,
  RsvpWithPosition,
} from './rsvp.repository';

/** Per-request batching for everything a page of meetings asks per meeting. */
@Injectable()
export class MeetingLoaders {
  constructor(
    private readonly meetings: MeetingRepository,
    private readonly rsvps: RsvpRepository,
  ) {}

  byId(registry: LoaderRegistry) {
    return registry.get<string, MeetingEntity | null>('meeting.byId', async (ids) =>
      byKeys(ids, await this.meetings.findByIds(ids), (m) => m.id),
    );
  }

  counts(registry: LoaderRegistry) {
    return registry.get<string, RsvpCounts>('meeting.rsvpCounts', async (ids) => {
      const counts = await this.rsvps.counts(ids);
      return ids.map((id) => counts.get(id) ?? NO_RSVPS);
    });
  }

  /** The viewer's RSVP per meeting (one viewer per request, so the key is the meeting). */
  viewerRsvp(registry: LoaderRegistry, memberId: string) {
    return registry.get<string, RsvpWithPosition | null>('meeting.viewerRsvp', async (ids) =>
      byKeys(ids, await this.rsvps.forMember(ids, memberId), (r) => r.meetingId),
    );
  }

  followUps(registry: LoaderRegistry) {
    return registry.get<string, MeetingFollowUpEntity[]>('meeting.followUps', async (ids) =>
      groupByKeys(ids, await this.meetings.followUps(ids), (f) => f.meetingId),
    );
  }

  /** A page of each meeting's attendees: one query per distinct page request. */
  attendees(registry: LoaderRegistry, first: number, after: string | null | undefined) {
    return registry.get<string, AttendeePage>(
      `meeting.attendees:${first}:${after ?? ''}`,
      async (ids) => {
        const pages = await this.rsvps.attendeePages(ids, first, after);
        return ids.map((id) => pages.get(id) ?? { rows: [], total: 0 });
      },
    );
  }
}
