import {
  AdminGuard,
  createValidationPipe,
  CurrentViewer,
  MemberGuard,
  Viewer,
} from '@leerhuis/platform-graphql';

import { UseGuards, UsePipes } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';

import {
  toAttemptDto,
  toProfileDto,
  toQuestionnaireDto,
  toTeamProfileDto,
} from './boundary-spanner.mappers';
import {
  BoundarySpannerAttemptDto,
  BoundarySpannerProfileDto,
  BoundarySpannerQuestionnaireDto,
  BoundarySpannerStyleEnum,
  ProfileVisibilityEnum,
  StyleDescriptionDto,
  TeamProfileDto,
} from './dtos/boundary-spanner.dto';
import {
  SaveBoundarySpannerAnswersInput,
  SetBoundarySpannerVisibilityInput,
  SubmitBoundarySpannerQuestionnaireInput,
} from './dtos/boundary-spanner.input';
import { PublishBoundarySpannerQuestionnaireInput } from './dtos/boundary-spanner-item.input';
import { ProfileService } from './profile.service';
import { QuestionnaireService } from './questionnaire.service';
import { BOUNDARY_SPANNER_STYLES, BoundarySpannerStyle } from './style';
import { describeStyle } from './style-descriptions';

const localeOf = (locale: string | null | undefined): 'nl' | 'en' =>
  locale?.toLowerCase().startsWith('en') ? 'en' : 'nl';

@Resolver()
@UsePipes(createValidationPipe())
export class BoundarySpannerResolver {
  constructor(
    private readonly questionnaires: QuestionnaireService,
    private readonly profiles: ProfileService,
  ) {}

  @Query(() => BoundarySpannerQuestionnaireDto, {
    description: 'The current grenswerkersvragen (both languages) with your saved draft.',
  })
  @UseGuards(MemberGuard)
  async boundarySpannerQuestionnaire(@CurrentViewer() viewer: Viewer) {
    const questionnaire = await this.questionnaires.current();
    return toQuestionnaireDto(
      questionnaire,
      await this.questionnaires.draft(viewer, questionnaire),
    );
  }

  @Mutation(() => BoundarySpannerAttemptDto, {
    description: 'Save answers to your draft (resume later); starts the draft on first save.',
  })
  @UseGuards(MemberGuard)
  async saveBoundarySpannerAnswers(
    @Args('input') input: SaveBoundarySpannerAnswersInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return toAttemptDto(await this.questionnaires.save(viewer, input));
  }

  @Mutation(() => BoundarySpannerProfileDto, {
    description: 'Submit your completed draft: your new profile (earlier ones stay as history).',
  })
  @UseGuards(MemberGuard)
  async submitBoundarySpannerQuestionnaire(
    @Args('input') input: SubmitBoundarySpannerQuestionnaireInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return toProfileDto(await this.questionnaires.submit(viewer, input));
  }

  @Query(() => BoundarySpannerProfileDto, {
    nullable: true,
    description: 'Your latest profile; null until you submit the questionnaire.',
  })
  @UseGuards(MemberGuard)
  async myBoundarySpannerProfile(@CurrentViewer() viewer: Viewer) {
    const profile = await this.profiles.mine(viewer);
    return profile ? toProfileDto(profile) : null;
  }

  @Query(() => [BoundarySpannerProfileDto], {
    description: 'Your profiles, newest first (the latest included).',
  })
  @UseGuards(MemberGuard)
  async myBoundarySpannerProfileHistory(@CurrentViewer() viewer: Viewer) {
    return (await this.profiles.history(viewer)).map(toProfileDto);
  }

  @Query(() => ProfileVisibilityEnum, { description: 'Who may see your profile.' })
  @UseGuards(MemberGuard)
  myBoundarySpannerVisibility(@CurrentViewer() viewer: Viewer) {
    return this.profiles.visibility(viewer);
  }

  @Mutation(() => ProfileVisibilityEnum)
  @UseGuards(MemberGuard)
  setBoundarySpannerVisibility(
    @Args('input') input: SetBoundarySpannerVisibilityInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.profiles.setVisibility(viewer, input.visibility);
  }

  @Mutation(() => BoundarySpannerQuestionnaireDto, {
    description: 'Platform admins publish a new questionnaire version; it is current at once.',
  })
  @UseGuards(AdminGuard, MemberGuard)
  async publishBoundarySpannerQuestionnaire(
    @Args('input') input: PublishBoundarySpannerQuestionnaireInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return toQuestionnaireDto(await this.questionnaires.publish(viewer, input.items), null);
  }

  @Query(() => [StyleDescriptionDto], {
    description: 'The six style pages, in Dutch (nl, default) or English (en).',
  })
  boundarySpannerStyles(
    @Args('locale', { type: () => String, nullable: true, defaultValue: 'nl' }) locale: string,
  ) {
    return BOUNDARY_SPANNER_STYLES.map((style) => describeStyle(style, localeOf(locale)));
  }

  @Query(() => StyleDescriptionDto)
  boundarySpannerStyle(
    @Args('style', { type: () => BoundarySpannerStyleEnum }) style: BoundarySpannerStyle,
    @Args('locale', { type: () => String, nullable: true, defaultValue: 'nl' }) locale: string,
  ) {
    return describeStyle(style, localeOf(locale));
  }

  @Query(() => TeamProfileDto, {
    description:
      "A CoP's team profile (theedoos), for its active members: the styles of the members who share their profile with you.",
  })
  @UseGuards(MemberGuard)
  async communityTeamProfile(
    @Args('communityId', { type: () => ID }) communityId: string,
    @CurrentViewer() viewer: Viewer,
  ) {
    return toTeamProfileDto(await this.profiles.forCommunity(communityId, viewer));
  }
}
