import { DatabaseModule } from '@leerhuis/platform-database';
import { subscribe } from '@leerhuis/platform-events';
import { MailModule } from '@leerhuis/platform-mail';

import { Module } from '@nestjs/common';

import { LEARNING_GROUP_ENTITIES } from './entities/learning-group-entities';
import {
  SendPeerIntroductionJob,
  sendPeerIntroductionJob,
  SendPeerIntroductionRequestJob,
  sendPeerIntroductionRequestJob,
} from './introductions/jobs/send-peer-introduction.job';
import {
  SendLearningGroupCompositionJob,
  sendLearningGroupCompositionJob,
} from './jobs/send-learning-group-composition.job';
import { LearningGroupRepository } from './learning-group.repository';
import {
  learningGroupComposed,
  peerIntroductionAccepted,
  peerIntroductionPicked,
} from './learning-groups.events';

/** Worker side of leergroepen: the composition emails with the session series. */
@Module({
  imports: [DatabaseModule.forFeature(LEARNING_GROUP_ENTITIES), MailModule],
  providers: [
    LearningGroupRepository,
    SendLearningGroupCompositionJob,
    SendPeerIntroductionRequestJob,
    SendPeerIntroductionJob,
  ],
})
export class LearningGroupsJobsModule {}

export const learningGroupsEventSubscriptions = [
  subscribe(learningGroupComposed, sendLearningGroupCompositionJob, (payload) => ({
    learningGroupId: payload.learningGroupId,
    groups: payload.groups,
    notPlacedIds: payload.notPlacedIds,
  })),
  subscribe(peerIntroductionPicked, sendPeerIntroductionRequestJob, (payload) => payload),
  subscribe(peerIntroductionAccepted, sendPeerIntroductionJob, (payload) => payload),
];
