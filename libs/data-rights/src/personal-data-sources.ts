import { BoundarySpannerPersonalData } from '@leerhuis/boundary-spanner';
import { CoffeeDatesPersonalData } from '@leerhuis/coffee-dates';
import { CommunitiesPersonalData } from '@leerhuis/communities';
import { DiscussionsPersonalData } from '@leerhuis/discussions';
import { EmailLogPersonalData } from '@leerhuis/email-delivery';
import { HarvestPersonalData } from '@leerhuis/harvest';
import { IdentityPersonalData } from '@leerhuis/identity';
import { IntervisionPersonalData } from '@leerhuis/intervision';
import { LearningGroupsPersonalData } from '@leerhuis/learning-groups';
import { MeetingsPersonalData } from '@leerhuis/meetings';
import { MembersPersonalData } from '@leerhuis/members';
import { NotificationsPersonalData } from '@leerhuis/notifications';
import type { PersonalDataSource } from '@leerhuis/platform-personal-data';

import type { Provider, Type } from '@nestjs/common';

/**
 * Every lib that holds personal data, each contributing its own part. Order matters for
 * erasure: the profile (members) goes last, after each lib anonymised what points at it.
 */
export const PERSONAL_DATA_SOURCE_TYPES: Type<PersonalDataSource>[] = [
  IdentityPersonalData,
  CommunitiesPersonalData,
  DiscussionsPersonalData,
  MeetingsPersonalData,
  HarvestPersonalData,
  BoundarySpannerPersonalData,
  CoffeeDatesPersonalData,
  IntervisionPersonalData,
  LearningGroupsPersonalData,
  NotificationsPersonalData,
  EmailLogPersonalData,
  MembersPersonalData,
];

export const PERSONAL_DATA_SOURCES = Symbol('data-rights:sources');

export const personalDataProviders: Provider[] = [
  ...PERSONAL_DATA_SOURCE_TYPES,
  {
    provide: PERSONAL_DATA_SOURCES,
    inject: PERSONAL_DATA_SOURCE_TYPES,
    useFactory: (...sources: PersonalDataSource[]) => sources,
  },
];
