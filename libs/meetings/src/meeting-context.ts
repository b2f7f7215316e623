import {
  CommunityAccess,
  CommunityErrorCode,
  CommunityException,
  CommunityInContext,
} from '@leerhuis/communities';
import { Viewer } from '@leerhuis/platform-graphql';

import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import { MeetingEntity } from './entities/meeting.entity';
import { meetingNotFound } from './meeting.exception';
import { MeetingRepository } from './meeting.repository';

/** Finding a meeting for a viewer through its CoP, and running work with its row locked. */
@Injectable()
export class MeetingContext {
  constructor(
    private readonly meetings: MeetingRepository,
    private readonly access: CommunityAccess,
    private readonly dataSource: DataSource,
  ) {}

  inLockedMeeting<T>(
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
  async inCommunity(
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
}
