import { CommunityDto, CommunityLoaders } from '@leerhuis/communities';
import {
  createValidationPipe,
  CurrentViewer,
  type GraphqlContext,
  MemberGuard,
  Viewer,
} from '@leerhuis/platform-graphql';

import { UseGuards, UsePipes } from '@nestjs/common';
import { Args, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';

import {
  CommunityNotificationSettingDto,
  NotificationSettingsDto,
} from './dtos/notification-settings.dto';
import {
  SetCommunityNotificationModeInput,
  UpdateNotificationSettingsInput,
} from './dtos/notification-settings.input';
import {
  NotificationSettingsService,
  NotificationSettingsView,
} from './notification-settings.service';

/** The viewer's own notification preferences. */
@Resolver(() => NotificationSettingsDto)
@UseGuards(MemberGuard)
@UsePipes(createValidationPipe())
export class NotificationSettingsResolver {
  constructor(private readonly service: NotificationSettingsService) {}

  @Query(() => NotificationSettingsDto, { description: 'Your notification and digest settings.' })
  async notificationSettings(@CurrentViewer() viewer: Viewer): Promise<NotificationSettingsDto> {
    return toDto(await this.service.get(viewer.memberId!));
  }

  @Mutation(() => NotificationSettingsDto, {
    description:
      'Changes any of your settings; all are checked before any is saved. A new digest rhythm is planned again.',
  })
  async updateNotificationSettings(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: UpdateNotificationSettingsInput,
  ): Promise<NotificationSettingsDto> {
    return toDto(await this.service.update(viewer.memberId!, input));
  }

  @Mutation(() => CommunityNotificationSettingDto, {
    description: 'What you hear of one CoP you are an active member of.',
  })
  setCommunityNotificationMode(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: SetCommunityNotificationModeInput,
  ): Promise<CommunityNotificationSettingDto> {
    return this.service.setCommunityMode(viewer, input.communityId, input.mode);
  }

  // Fields without @Args take graphql-js's own (parent, args, context), with no parameter
  // decorators, so Nest binds them directly: no pipes, no promise wrapper.
  @ResolveField(() => [CommunityNotificationSettingDto])
  communities(
    _parent: unknown,
    _args: unknown,
    { viewer }: GraphqlContext,
  ): Promise<CommunityNotificationSettingDto[]> {
    return this.service.communities(viewer!.memberId!);
  }
}

/** The CoP of a mode, batched per request. */
@Resolver(() => CommunityNotificationSettingDto)
@UseGuards(MemberGuard)
export class CommunityNotificationSettingResolver {
  constructor(private readonly communityLoaders: CommunityLoaders) {}

  // Fields without @Args take graphql-js's own (parent, args, context), with no parameter
  // decorators, so Nest binds them directly: no pipes, no promise wrapper.
  @ResolveField(() => CommunityDto)
  async community(
    setting: CommunityNotificationSettingDto,
    _args: unknown,
    { loaders }: GraphqlContext,
  ) {
    return this.communityLoaders.byId(loaders).load(setting.communityId);
  }
}

function toDto(view: NotificationSettingsView): NotificationSettingsDto {
  return {
    digestFrequency: view.digestFrequency,
    digestWeekday: view.digestWeekday,
    digestTime: view.digestTime,
    emailLanguage: view.emailLanguage,
    mentions: view.mentions,
    replies: view.replies,
    meetingChanges: view.meetingChanges,
    coffeeDate: view.coffeeDate,
    intervisionPhases: view.intervisionPhases,
    nextDigestAt: view.nextDigestAt,
    communities: [],
  };
}
