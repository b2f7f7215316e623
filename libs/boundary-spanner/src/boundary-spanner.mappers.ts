import {
  BoundarySpannerAttemptDto,
  BoundarySpannerProfileDto,
  BoundarySpannerQuestionnaireDto,
  TeamProfileDto,
} from './dtos/boundary-spanner.dto';
import { ProfileEntity } from './entities/profile.entity';
import { QuestionnaireEntity } from './entities/questionnaire.entity';
import type { AttemptView } from './questionnaire.service';
import { BOUNDARY_SPANNER_STYLES, BoundarySpannerProfileSummary } from './style';
import type { TeamProfile } from './team-profile';

export function toAttemptDto(view: AttemptView): BoundarySpannerAttemptDto {
  const answered = new Set(view.answers.map((a) => a.itemKey));
  const missingItemKeys = view.questionnaire.items
    .map((item) => item.key)
    .filter((key) => !answered.has(key));
  return {
    id: view.attempt.id,
    questionnaireVersion: view.attempt.questionnaireVersion,
    startedAt: view.attempt.startedAt,
    updatedAt: view.attempt.updatedAt,
    submittedAt: view.attempt.submittedAt,
    answers: view.answers.map((a) => ({ itemKey: a.itemKey, value: a.value })),
    answeredCount: view.answers.length,
    itemCount: view.questionnaire.items.length,
    missingItemKeys,
    complete: missingItemKeys.length === 0,
  };
}

export function toQuestionnaireDto(
  questionnaire: QuestionnaireEntity,
  draft: AttemptView | null,
): BoundarySpannerQuestionnaireDto {
  return {
    version: questionnaire.version,
    publishedAt: questionnaire.publishedAt,
    items: questionnaire.items.map((item) => ({
      key: item.key,
      style: item.style,
      reverse: item.reverse,
      text: item.text,
    })),
    draft: draft ? toAttemptDto(draft) : null,
  };
}

export function toProfileDto(
  profile: BoundarySpannerProfileSummary | ProfileEntity,
): BoundarySpannerProfileDto {
  return {
    takenAt: profile.takenAt,
    scores: BOUNDARY_SPANNER_STYLES.map((style) => ({
      style,
      score: Number(profile.scores[style] ?? 0),
    })),
    preferredStyles: profile.preferredStyles,
    questionnaireVersion: 'questionnaireVersion' in profile ? profile.questionnaireVersion : null,
  };
}

export function toTeamProfileDto(team: TeamProfile): TeamProfileDto {
  return { ...team, styles: team.styles.map((s) => ({ ...s })) };
}
