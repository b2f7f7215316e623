export {
  composeLearningGroups,
  type ComposedGroup,
  type CompositionCandidate,
  groupSizes,
  MAX_GROUP_SIZE,
  MIN_GROUP_SIZE,
} from './composition/compose-learning-groups';
export { LearningGroupStatus } from './entities/learning-group.entity';
export { ApplicationStatus } from './entities/learning-group-application.entity';
export { ProgrammePhase, ProgrammeStrategy, ProgrammeType } from './entities/programme.entity';
export {
  LearningGroupAccess,
  LearningGroupAccessModule,
  type LearningGroupSummary,
} from './learning-group-participants';
export { LearningGroupErrorCode, LearningGroupException } from './learning-group.exception';
export { LearningGroupService } from './learning-group.service';
export * from './learning-groups.events';
export {
  learningGroupsEventSubscriptions,
  LearningGroupsJobsModule,
} from './learning-groups-jobs.module';
export { LearningGroupsModule } from './learning-groups.module';
export { AttendanceStatus } from './sessions/entities/learning-group-session.entity';
export {
  LearningGroupSessionErrorCode,
  LearningGroupSessionException,
} from './sessions/learning-group-session.exception';
export { LearningGroupOutputType } from './output/entities/learning-group-output.entity';
export {
  LearningGroupOutputErrorCode,
  LearningGroupOutputException,
} from './output/output.exception';
export { PeerIntroductionStatus } from './introductions/entities/peer-introduction.entity';
export { IntroductionReason, matchPeers, scorePeer } from './introductions/match-peers';
export {
  PeerIntroductionErrorCode,
  PeerIntroductionException,
} from './introductions/peer-introduction.exception';
export {
  type MemberLearningGroupSession,
  readMemberLearningGroupSessions,
} from './sessions/member-sessions';
export { LearningGroupsPersonalData } from './learning-groups-personal-data';
