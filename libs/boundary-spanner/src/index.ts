export * from './boundary-spanner.events';
export { BoundarySpannerErrorCode, BoundarySpannerException } from './boundary-spanner.exception';
export { BoundarySpannerModule } from './boundary-spanner.module';
export { BoundarySpannerProfiles } from './boundary-spanner-profiles';
export { BoundarySpannerProfilesModule } from './boundary-spanner-profiles.module';
export { BoundarySpannerProfileDto, TeamProfileDto } from './dtos/boundary-spanner.dto';
export { BOUNDARY_SPANNER_ENTITIES } from './entities/boundary-spanner-entities';
export {
  MIN_ITEMS_PER_STYLE,
  type QuestionnaireItem,
  validateQuestionnaireItems,
} from './questionnaire';
export { preferredStyles, scoreAnswers } from './scoring';
export {
  BOUNDARY_SPANNER_STYLES,
  type BoundarySpannerProfileSummary,
  BoundarySpannerStyle,
  ProfileVisibility,
} from './style';
export { describeStyle, type StyleDescription } from './style-descriptions';
export { type TeamProfile, teamProfile, type TeamStyle } from './team-profile';
export { BoundarySpannerPersonalData } from './boundary-spanner-personal-data';
