import { defineJob, JobHandler, JobProcessor, QueueName } from '@leerhuis/platform-queue';

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { IntervisionGroupRepository } from '../intervision-group.repository';

export interface EndIntervisionMembershipsData {
  communityId: string;
  memberId: string;
  /** What ended: the member left the CoP, or a coordinator removed them. */
  cause: 'COMMUNITY_LEFT' | 'COMMUNITY_REMOVED';
}

export const endIntervisionMembershipsJob = defineJob<EndIntervisionMembershipsData>(
  QueueName.Intervision,
  'end-intervision-memberships',
);

/**
 * Someone who left (or was removed from) a CoP is out of its intervisie groups for good:
 * rejoining the CoP later does not bring the cases back; only a moderator's new invitation and
 * a new acceptance of the agreement do. Written to each group's audit log. The access check
 * already treats such a membership as void, so nothing leaks before this job runs.
 */
@Injectable()
@JobHandler(endIntervisionMembershipsJob)
export class EndIntervisionMembershipsJob implements JobProcessor<EndIntervisionMembershipsData> {
  constructor(
    private readonly groups: IntervisionGroupRepository,
    private readonly dataSource: DataSource,
  ) {}

  async handle(data: EndIntervisionMembershipsData): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const ended = await this.groups.endOutOfContext(
        { communityId: data.communityId },
        data.memberId,
        m,
      );
      for (const { groupId } of ended) {
        await this.groups.audit(
          {
            groupId,
            actorId: null,
            action: 'member.context-ended',
            detail: { memberId: data.memberId, cause: data.cause },
          },
          m,
        );
      }
    });
  }
}
