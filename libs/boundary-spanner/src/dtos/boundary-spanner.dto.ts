import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { BoundarySpannerStyle, ProfileVisibility } from '../style';

// GraphQL names the enum values by their (upper-case) values, not the TypeScript keys.
const asGraphqlEnum = <T extends Record<string, string>>(values: T) =>
  Object.fromEntries(Object.values(values).map((v) => [v, v])) as Record<string, string>;

/** The GraphQL enum objects (same string values as the TypeScript enums). */
export const BoundarySpannerStyleEnum = asGraphqlEnum(BoundarySpannerStyle);
export const ProfileVisibilityEnum = asGraphqlEnum(ProfileVisibility);

registerEnumType(BoundarySpannerStyleEnum, {
  name: 'BoundarySpannerStyle',
  description: 'The six preferred styles of a grenswerker (boundary spanner).',
});
registerEnumType(ProfileVisibilityEnum, {
  name: 'BoundarySpannerVisibility',
  description:
    'Who may see your boundary-spanner profile: only you (PRIVATE, the default), members who share an active CoP with you (MY_COMMUNITIES), or every member (EVERYONE).',
});

@ObjectType()
export class LocalizedText {
  @Field() nl: string;
  @Field() en: string;
}

/** One statement of the questionnaire. */
@ObjectType('BoundarySpannerItem')
export class BoundarySpannerItemDto {
  @Field({ description: 'Unique within its version; answers refer to it.' })
  key: string;

  @Field(() => BoundarySpannerStyleEnum)
  style: BoundarySpannerStyle;

  @Field({ description: 'Agreeing counts against the style (scored 6 − answer).' })
  reverse: boolean;

  @Field(() => LocalizedText, { description: 'The statement in Dutch and English.' })
  text: LocalizedText;
}

@ObjectType('BoundarySpannerAnswer')
export class BoundarySpannerAnswerDto {
  @Field() itemKey: string;
  @Field(() => Int, { description: '1 (strongly disagree) … 5 (strongly agree).' })
  value: number;
}

/** Taking one version of the questionnaire: a draft until submitted. */
@ObjectType('BoundarySpannerAttempt')
export class BoundarySpannerAttemptDto {
  @Field(() => ID) id: string;
  @Field(() => Int) questionnaireVersion: number;
  @Field() startedAt: Date;
  @Field() updatedAt: Date;
  @Field(() => Date, { nullable: true }) submittedAt: Date | null;
  @Field(() => [BoundarySpannerAnswerDto]) answers: BoundarySpannerAnswerDto[];
  @Field(() => Int) answeredCount: number;
  @Field(() => Int) itemCount: number;
  @Field(() => [String], { description: 'Items without an answer yet.' })
  missingItemKeys: string[];
  @Field({ description: 'Every item answered: ready to submit.' })
  complete: boolean;
}

/** The current version of the grenswerkersvragen, with your draft if you started one. */
@ObjectType('BoundarySpannerQuestionnaire')
export class BoundarySpannerQuestionnaireDto {
  @Field(() => Int) version: number;
  @Field() publishedAt: Date;
  @Field(() => [BoundarySpannerItemDto]) items: BoundarySpannerItemDto[];
  @Field(() => BoundarySpannerAttemptDto, {
    nullable: true,
    description: 'Your saved, not yet submitted answers for this version.',
  })
  draft: BoundarySpannerAttemptDto | null;
}

@ObjectType('BoundarySpannerStyleScore')
export class StyleScoreDto {
  @Field(() => BoundarySpannerStyleEnum) style: BoundarySpannerStyle;
  @Field(() => Float, { description: '0–100.' }) score: number;
}

/** Six scores and the preferred style(s). */
@ObjectType('BoundarySpannerProfile')
export class BoundarySpannerProfileDto {
  @Field() takenAt: Date;
  @Field(() => [StyleScoreDto], { description: 'One score (0–100) per style, in style order.' })
  scores: StyleScoreDto[];
  @Field(() => [BoundarySpannerStyleEnum], { description: 'Highest score; ties give several.' })
  preferredStyles: BoundarySpannerStyle[];
  @Field(() => Int, { nullable: true, description: 'The questionnaire version it was taken on.' })
  questionnaireVersion: number | null;
}

@ObjectType('BoundarySpannerTeamStyle')
export class TeamStyleDto {
  @Field(() => BoundarySpannerStyleEnum) style: BoundarySpannerStyle;
  @Field(() => Float, { nullable: true, description: 'Mean score of the profiles counted.' })
  averageScore: number | null;
  @Field(() => Int, { description: 'How many counted profiles prefer this style.' })
  preferredBy: number;
}

/** A group's mix of styles ("theedoos"), from the profiles its members share with you. */
@ObjectType('BoundarySpannerTeamProfile')
export class TeamProfileDto {
  @Field(() => Int) memberCount: number;
  @Field(() => Int, { description: 'Members whose profile is counted.' }) profileCount: number;
  @Field(() => Int, {
    description: 'Members without a profile you may see (none taken, or not shared with you).',
  })
  withoutVisibleProfile: number;
  @Field(() => [TeamStyleDto]) styles: TeamStyleDto[];
  @Field(() => [BoundarySpannerStyleEnum]) dominantStyles: BoundarySpannerStyle[];
}

/** A style page: what it brings, pitfalls, working with it, how it complements the others. */
@ObjectType('BoundarySpannerStyleDescription')
export class StyleDescriptionDto {
  @Field(() => BoundarySpannerStyleEnum) style: BoundarySpannerStyle;
  @Field() name: string;
  @Field() brings: string;
  @Field(() => [String]) qualities: string[];
  @Field(() => [String]) pitfalls: string[];
  @Field(() => [String]) workingWith: string[];
  @Field() complements: string;
}
