import { DatabaseModule } from '@leerhuis/platform-database';
import { subscribe } from '@leerhuis/platform-events';
import { MailModule } from '@leerhuis/platform-mail';

import { Module } from '@nestjs/common';

import {
  communityJoinDecided,
  communityJoinRequested,
  communityMemberInvited,
} from './communities.events';
import { CommunityRepository } from './community.repository';
import { COMMUNITY_ENTITIES } from './entities/community-entities';
import {
  SendCommunityInvitationJob,
  sendCommunityInvitationJob,
} from './jobs/send-community-invitation.job';
import { SendJoinDecisionJob, sendJoinDecisionJob } from './jobs/send-join-decision.job';
import { SendJoinRequestJob, sendJoinRequestJob } from './jobs/send-join-request.job';
import { JoinRequestRepository } from './join-request.repository';
import { MembershipRepository } from './membership.repository';

/** Worker side of communities: the join-request, join-decision and invitation emails. */
@Module({
  imports: [DatabaseModule.forFeature(COMMUNITY_ENTITIES), MailModule],
  providers: [
    CommunityRepository,
    MembershipRepository,
    JoinRequestRepository,
    SendJoinRequestJob,
    SendJoinDecisionJob,
    SendCommunityInvitationJob,
  ],
})
export class CommunitiesJobsModule {}

export const communitiesEventSubscriptions = [
  subscribe(communityJoinRequested, sendJoinRequestJob, (payload, eventId) => ({
    eventId,
    ...payload,
  })),
  subscribe(communityJoinDecided, sendJoinDecisionJob, (payload, eventId) => ({
    eventId,
    ...payload,
  })),
  subscribe(communityMemberInvited, sendCommunityInvitationJob, (payload) => ({ ...payload })),
];
