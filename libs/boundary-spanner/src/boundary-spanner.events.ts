import { defineEvent } from '@leerhuis/platform-events';

/** A member submitted the questionnaire: a new profile (koffiedate matching can use it). */
export const boundarySpannerProfileTaken = defineEvent<{
  memberId: string;
  profileId: string;
  questionnaireVersion: number;
  preferredStyles: string[];
}>('boundary-spanner.profile-taken');

export const boundarySpannerQuestionnairePublished = defineEvent<{
  version: number;
  publishedBy: string;
  itemCount: number;
}>('boundary-spanner.questionnaire-published');
