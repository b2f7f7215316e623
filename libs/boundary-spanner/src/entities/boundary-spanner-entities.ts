import { AnswerEntity, AttemptEntity } from './attempt.entity';
import { ProfileEntity, SettingEntity } from './profile.entity';
import { QuestionnaireEntity } from './questionnaire.entity';

/** Every table the boundary-spanner domain owns (API and worker both register them). */
export const BOUNDARY_SPANNER_ENTITIES = [
  QuestionnaireEntity,
  AttemptEntity,
  AnswerEntity,
  ProfileEntity,
  SettingEntity,
];
