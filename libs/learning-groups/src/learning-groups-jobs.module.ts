import { DatabaseModule } from '@leerhuis/platform-database';
import { subscribe } from '@leerhuis/platform-events';
import { MailModule } from '@leerhuis/platform-mail';

import { Module } from '@nestjs/common';

import { LEARNING_GROUP_ENTITIES } from './entities/learning-group-entities';
import {
  SendPeerIntroductionJob,
  sendPeerIntroductionJob,
} from './introductions/jobs/send-peer-introduction.job';
import {
  SendPeerIntroductionRequestJob,
  sendPeerIntroductionRequestJob,
} from './introductions/jobs/send-peer-introduction-request.job';
import {
  SendLearningGroupCompositionJob,
  sendLearningGroupCompositionJob,
} from './jobs/send-learning-group-composition.job';
import { LearningGroupRepository } from './learning-group.repository';
import {
  learningGroupComposed,
  learningGroupSessionsMaterialised,
  learningGroupSessionUpdated,
  peerIntroductionAccepted,
  peerIntroductionPicked,
} from './learning-groups.events';
import {
  ScheduleLearningGroupReflectionsJob,
  scheduleLearningGroupReflectionsJob,
} from './sessions/jobs/schedule-learning-group-reflections.job';
import { SendLearningGroupReflectionInviteJob } from './sessions/jobs/send-learning-group-reflection-invite.job';
import { LearningGroupSessionRepository } from './sessions/learning-group-session.repository';
import { LearningGroupSessionService } from './sessions/learning-group-session.service';

/** Worker side of leergroepen: the composition emails with the session series. */
@Module({
  imports: [DatabaseModule.forFeature(LEARNING_GROUP_ENTITIES), MailModule],
  providers: [
    LearningGroupRepository,
    SendLearningGroupCompositionJob,
    SendPeerIntroductionRequestJob,
    SendPeerIntroductionJob,
    LearningGroupSessionRepository,
    LearningGroupSessionService,
    ScheduleLearningGroupReflectionsJob,
    SendLearningGroupReflectionInviteJob,
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
  // Reflection invites: planned once sessions exist (on confirm, or first read) and on a reschedule.
  subscribe(learningGroupComposed, scheduleLearningGroupReflectionsJob, (payload) => ({
    learningGroupId: payload.learningGroupId,
  })),
  subscribe(learningGroupSessionsMaterialised, scheduleLearningGroupReflectionsJob, (payload) => ({
    learningGroupId: payload.learningGroupId,
  })),
  subscribe(learningGroupSessionUpdated, scheduleLearningGroupReflectionsJob, (payload) => ({
    learningGroupId: payload.learningGroupId,
  })),
];
