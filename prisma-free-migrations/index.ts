import { Platform1763800000000 } from './1763800000000-platform';
import { Organisations1763800000001 } from './1763800000001-organisations';
import { Members1763800000002 } from './1763800000002-members';
import { Identity1763800000003 } from './1763800000003-identity';
import { Communities1763800000004 } from './1763800000004-communities';
import { Discussions1763800000005 } from './1763800000005-discussions';
import { Meetings1763800000006 } from './1763800000006-meetings';
import { Harvest1763800000007 } from './1763800000007-harvest';
import { BoundarySpanner1763800000008 } from './1763800000008-boundary-spanner';
import { CoffeeDates1763800000009 } from './1763800000009-coffee-dates';
import { Intervision1763800000010 } from './1763800000010-intervision';
import { CommunityMemberCount1763800000011 } from './1763800000011-community-member-count';
import { LearningGroups1763800000013 } from './1763800000013-learning-groups';
import { IntervisionInLearningGroups1763800000014 } from './1763800000014-intervision-in-learning-groups';
import { LearningGroupSessions1763800000015 } from './1763800000015-learning-group-sessions';
import { LearningGroupOutput1763800000016 } from './1763800000016-learning-group-output';
import { LearningGroupThreads1763800000017 } from './1763800000017-learning-group-threads';
import { LearningGroupReflections1763800000018 } from './1763800000018-learning-group-reflections';
import { Notifications1763800000019 } from './1763800000019-notifications';
import { DigestSeenItems1763800000020 } from './1763800000020-digest-seen-items';
import { MailDelivery1763800000021 } from './1763800000021-mail-delivery';
import { IntervisionConfidentiality1763800000022 } from './1763800000022-intervision-confidentiality';
import { OutboxUntilDone1763800000024 } from './1763800000024-outbox-until-done';
import { Search1763800000030 } from './1763800000030-search';
import { OrganisationReferences1763800000036 } from './1763800000036-organisation-references';
import { NotificationListOrder1763800000037 } from './1763800000037-notification-list-order';
import { CalendarFeed1763800000038 } from './1763800000038-calendar-feed';
import { OidcAccounts1763800000040 } from './1763800000040-oidc-accounts';
import { DataRights1763800000042 } from './1763800000042-data-rights';

/** Every migration in order. Never edit one that has landed: add a new one. */
export const migrations = [
  Platform1763800000000,
  Organisations1763800000001,
  Members1763800000002,
  Identity1763800000003,
  Communities1763800000004,
  Discussions1763800000005,
  Meetings1763800000006,
  Harvest1763800000007,
  BoundarySpanner1763800000008,
  CoffeeDates1763800000009,
  Intervision1763800000010,
  CommunityMemberCount1763800000011,
  LearningGroups1763800000013,
  IntervisionInLearningGroups1763800000014,
  LearningGroupSessions1763800000015,
  LearningGroupOutput1763800000016,
  LearningGroupThreads1763800000017,
  LearningGroupReflections1763800000018,
  Notifications1763800000019,
  DigestSeenItems1763800000020,
  MailDelivery1763800000021,
  IntervisionConfidentiality1763800000022,
  OutboxUntilDone1763800000024,
  Search1763800000030,
  OrganisationReferences1763800000036,
  NotificationListOrder1763800000037,
  CalendarFeed1763800000038,
  OidcAccounts1763800000040,
  DataRights1763800000042,
];
