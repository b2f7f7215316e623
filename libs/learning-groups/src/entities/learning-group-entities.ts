import {
  PeerIntroductionEntity,
  PeerIntroductionProposalEntity,
} from '../introductions/entities/peer-introduction.entity';
import {
  LearningGroupOutputApprovalEntity,
  LearningGroupOutputEntity,
  LearningGroupOutputRevisionEntity,
} from '../output/entities/learning-group-output.entity';
import { LearningGroupReflectionEntity } from '../sessions/entities/learning-group-reflection.entity';
import {
  LearningGroupSessionAttendanceEntity,
  LearningGroupSessionEntity,
} from '../sessions/entities/learning-group-session.entity';
import { LearningGroupThreadEntity } from '../sessions/entities/learning-group-thread.entity';
import { LearningGroupEntity } from './learning-group.entity';
import { LearningGroupApplicationEntity } from './learning-group-application.entity';
import { LearningGroupMemberEntity } from './learning-group-member.entity';
import { ProgrammeEntity } from './programme.entity';

/** Every table the learning-groups domain owns (the API and the worker both register them). */
export const LEARNING_GROUP_ENTITIES = [
  ProgrammeEntity,
  LearningGroupEntity,
  LearningGroupApplicationEntity,
  LearningGroupMemberEntity,
  LearningGroupOutputEntity,
  LearningGroupOutputRevisionEntity,
  LearningGroupOutputApprovalEntity,
  PeerIntroductionEntity,
  PeerIntroductionProposalEntity,
  LearningGroupSessionEntity,
  LearningGroupSessionAttendanceEntity,
  LearningGroupThreadEntity,
  LearningGroupReflectionEntity,
];
