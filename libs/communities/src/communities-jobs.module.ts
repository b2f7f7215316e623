import { DatabaseModule } from '@leerhuis/platform-database';
import { subscribe } from '@leerhuis/platform-events';
import { MailModule } from '@leerhuis/platform-mail';

import { Module } from '@nestjs/common';

import { communityJoinDecided, communityMemberInvited } from './communities.events';
import { CommunityRepository } from './community.repository';
import { COMMUNITY_ENTITIES } from './entities/community-entities';
import {
  SendCommunityInvitationJob,
  sendCommunityInvitationJob,
} from './jobs/send-community-invitation.job';
import { SendJoinDecisionJob, sendJoinDecisionJob } from './jobs/send-join-decision.job';
import { MembershipRepository } from './membership.repository';

/** Worker side of communities: the join-decision and invitation emails. */
@Module({
  imports: [DatabaseModule.forFeature(COMMUNITY_ENTITIES), MailModule],
  providers: [
    CommunityRepository,
    MembershipRepository,
    SendJoinDecisionJob,
    SendCommunityInvitationJob,
  ],
})
export class CommunitiesJobsModule {}

export const communitiesEventSubscriptions = [
  subscribe(communityJoinDecided, sendJoinDecisionJob, (payload, eventId) => ({
    eventId,
    ...payload,
  })),
  subscribe(communityMemberInvited, sendCommunityInvitationJob, (payload) => ({ ...payload })),
];
