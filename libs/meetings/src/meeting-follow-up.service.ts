import { CommunityAccess, CommunityRole, MembershipStatus } from '@leerhuis/communities';
import { recordEvent } from '@leerhuis/platform-events';
import { InputValidationException, Viewer } from '@leerhuis/platform-graphql';

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { RecordFollowUpInput, RecordMeetingNotesInput } from './dtos/meeting.input';
import { MeetingEntity } from './entities/meeting.entity';
import { MeetingFollowUpEntity } from './entities/meeting-follow-up.entity';
import { MeetingErrorCode, MeetingException, meetingNotFound } from './meeting.exception';
import { MeetingRepository } from './meeting.repository';
import { MeetingContext } from './meeting-context';
import { cancelledError } from './meeting-rules';
import { meetingFollowUpRecorded, meetingNotesRecorded } from './meetings.events';

/** After a meeting: the coordinators' follow-up actions and notes. */
@Injectable()
export class MeetingFollowUpService {
  constructor(
    private readonly meetings: MeetingRepository,
    private readonly access: CommunityAccess,
    private readonly dataSource: DataSource,
    private readonly context: MeetingContext,
  ) {}

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

  /** Follow-ups and notes: coordinators, once the meeting has taken place. */
  private async heldMeetingForCoordinator(
    viewer: Viewer,
    meetingId: string,
  ): Promise<MeetingEntity> {
    const meeting = await this.meetings.findById(meetingId);
    if (!meeting) throw meetingNotFound();
    const { membership } = await this.context.inCommunity(meeting, viewer, 'moderator');
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
