import { BoundarySpannerProfilesModule } from '@leerhuis/boundary-spanner';
import { MembersModule } from '@leerhuis/members';
import { DatabaseModule } from '@leerhuis/platform-database';

import { Module } from '@nestjs/common';

import { BoundarySpannerProfilesAdapter } from './boundary-spanner-profiles.adapter';
import { CoffeeDateAdminResolver, CoffeeDateResolver } from './coffee-date.resolver';
import { CoffeeDateService } from './coffee-date.service';
import { CoffeeDateLinkService } from './coffee-date-link.service';
import { CoffeeDateLinksController } from './coffee-date-links.controller';
import { CoffeeDateRoundService } from './coffee-date-round.service';
import { CoffeeDateRoundMatcher } from './coffee-date-round-matcher.service';
import { CoffeeDateRoundPreviewService } from './coffee-date-round-preview.service';
import { CoffeeDateTeamRoundService } from './coffee-date-team-round.service';
import { COFFEE_DATE_ENTITIES } from './entities/coffee-date-entities';
import { LinkRepository } from './link.repository';
import { MatchRepository } from './match.repository';
import { MatchHistoryRepository } from './match-history.repository';
import { MemberContactRepository } from './member-contact.repository';
import { PreferenceRepository } from './preference.repository';
import { CoffeeDateProfiles } from './profile-source';
import { RoundRepository } from './round.repository';
import { RoundGroupRepository } from './round-group.repository';
import { RoundParticipantRepository } from './round-participant.repository';
import { RoundStatsRepository } from './round-stats.repository';
import { UnmatchedRepository } from './unmatched.repository';

/** Providers both the API and the worker need. */
export const COFFEE_DATE_CORE_PROVIDERS = [
  RoundRepository,
  RoundParticipantRepository,
  RoundGroupRepository,
  UnmatchedRepository,
  MatchHistoryRepository,
  RoundStatsRepository,
  MemberContactRepository,
  PreferenceRepository,
  MatchRepository,
  LinkRepository,
  CoffeeDateService,
  CoffeeDateRoundService,
  CoffeeDateRoundMatcher,
  CoffeeDateLinkService,
  { provide: CoffeeDateProfiles, useClass: BoundarySpannerProfilesAdapter },
];

/** API side of the koffiedate: members' choices, admin rounds and preview, the email links. */
@Module({
  imports: [
    DatabaseModule.forFeature(COFFEE_DATE_ENTITIES),
    MembersModule,
    BoundarySpannerProfilesModule,
  ],
  controllers: [CoffeeDateLinksController],
  providers: [
    ...COFFEE_DATE_CORE_PROVIDERS,
    CoffeeDateRoundPreviewService,
    CoffeeDateTeamRoundService,
    CoffeeDateResolver,
    CoffeeDateAdminResolver,
  ],
  exports: [CoffeeDateRoundService],
})
export class CoffeeDatesModule {}
