export { BoundarySpannerProfiles } from './boundary-spanner-profiles';
export { BoundarySpannerProfilesModule } from './boundary-spanner-profiles.module';
export { BoundarySpannerModule } from './boundary-spanner.module';
export { BOUNDARY_SPANNER_ENTITIES } from './entities/boundary-spanner-entities';
export { preferredStyles, scoreAnswers } from './scoring';
export {
  BOUNDARY_SPANNER_STYLES,
  type BoundarySpannerProfileSummary,
  BoundarySpannerStyle,
  ProfileVisibility,
} from './style';
export { describeStyle, type StyleDescription } from './style-descriptions';
export { type TeamProfile, teamProfile, type TeamStyle } from './team-profile';
