import { MemberDto, MemberLoaders, viewMember } from '@leerhuis/members';
import {
  AdminGuard,
  ConnectionArgs,
  createValidationPipe,
  CurrentViewer,
  decodeCursor,
  type GraphqlContext,
  LoaderRegistry,
  Loaders,
  MemberGuard,
  toConnection,
  Viewer,
} from '@leerhuis/platform-graphql';

import { UseGuards, UsePipes } from '@nestjs/common';
import { Args, ID, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { CoffeeDateService, CoffeeDateStatus } from './coffee-date.service';
import { CoffeeDateRoundService } from './coffee-date-round.service';
import { CoffeeDateRoundMatcher } from './coffee-date-round-matcher.service';
import { CoffeeDateRoundPreviewService } from './coffee-date-round-preview.service';
import { CoffeeDateTeamRoundService } from './coffee-date-team-round.service';
import {
  CoffeeDateMatchDto,
  CoffeeDatePreviewDto,
  CoffeeDateRoundConnection,
  CoffeeDateRoundDto,
  CoffeeDateRoundStatsDto,
  CoffeeDateStatusDto,
} from './dtos/coffee-date.dto';
import {
  CoffeeDateFeedbackInput,
  CoffeeDateMatchInput,
  CoffeeDateMemberInput,
  OptInToCoffeeDatesInput,
  PauseCoffeeDatesInput,
} from './dtos/coffee-date.input';
import { CoffeeDateRoundInput, RequestTeamCoffeeDateInput } from './dtos/coffee-date-round.input';
import { CoffeeDateRoundEntity } from './entities/coffee-date-round.entity';
import { MyMatchRow } from './match.repository';

async function membersFor(
  loaders: MemberLoaders,
  registry: LoaderRegistry,
  ids: string[],
  viewer: Viewer,
) {
  const members = await Promise.all(ids.map((id) => loaders.byId(registry).load(id)));
  return members.filter((m) => m !== null).map((m) => viewMember(m!, viewer));
}

/** A member's own koffiedate: status, opt-in, pause, block list, matches and feedback. */
@Resolver(() => CoffeeDateMatchDto)
@UseGuards(MemberGuard)
@UsePipes(createValidationPipe())
export class CoffeeDateResolver {
  constructor(
    private readonly coffeeDates: CoffeeDateService,
    private readonly rounds: CoffeeDateRoundService,
    private readonly matcher: CoffeeDateRoundMatcher,
    private readonly teamRounds: CoffeeDateTeamRoundService,
    private readonly memberLoaders: MemberLoaders,
  ) {}

  @Query(() => CoffeeDateStatusDto, { description: 'Your koffiedate choices and the open round.' })
  async myCoffeeDate(@CurrentViewer() viewer: Viewer): Promise<CoffeeDateStatusDto> {
    return this.toStatus(await this.coffeeDates.status(viewer.memberId!));
  }

  @Query(() => [CoffeeDateMatchDto], { description: 'Your koffiedates, newest first.' })
  myCoffeeDateMatches(
    @CurrentViewer() viewer: Viewer,
    @Args('last', { type: () => Int, defaultValue: 12 }) last: number,
  ) {
    return this.coffeeDates
      .myMatches(viewer.memberId!, Math.min(Math.max(last, 1), 50))
      .then((rows) => rows.map(toMatch));
  }

  @Query(() => [MemberDto], { description: 'Your private "don\'t match me with" list.' })
  async myCoffeeDateBlocks(@CurrentViewer() viewer: Viewer, @Loaders() registry: LoaderRegistry) {
    const ids = await this.coffeeDates.blocks(viewer.memberId!);
    return membersFor(this.memberLoaders, registry, ids, viewer);
  }

  @Mutation(() => CoffeeDateStatusDto, {
    description:
      'Opt in to the open round (or the next), optionally every month until you pause. Opting in is consent to share your work email address with the member(s) you are matched with; nothing is shared before a match.',
  })
  async optInToCoffeeDates(
    @Args('input') input: OptInToCoffeeDatesInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.toStatus(await this.coffeeDates.optIn(viewer.memberId!, input));
  }

  @Mutation(() => CoffeeDateStatusDto, {
    description: 'Leave the open round and stop "every month".',
  })
  async optOutOfCoffeeDates(@CurrentViewer() viewer: Viewer) {
    return this.toStatus(await this.coffeeDates.optOut(viewer.memberId!));
  }

  @Mutation(() => CoffeeDateStatusDto, {
    description: 'Pause for 1 to 6 months; resumes by itself.',
  })
  async pauseCoffeeDates(
    @Args('input') input: PauseCoffeeDatesInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.toStatus(await this.coffeeDates.pause(viewer.memberId!, input.months));
  }

  @Mutation(() => CoffeeDateStatusDto)
  async resumeCoffeeDates(@CurrentViewer() viewer: Viewer) {
    return this.toStatus(await this.coffeeDates.resume(viewer.memberId!));
  }

  @Mutation(() => [MemberDto], { description: 'Never match me with this member (private).' })
  async blockCoffeeDateMember(
    @Args('input') input: CoffeeDateMemberInput,
    @CurrentViewer() viewer: Viewer,
    @Loaders() registry: LoaderRegistry,
  ) {
    const ids = await this.coffeeDates.block(viewer.memberId!, input.memberId);
    return membersFor(this.memberLoaders, registry, ids, viewer);
  }

  @Mutation(() => [MemberDto])
  async unblockCoffeeDateMember(
    @Args('input') input: CoffeeDateMemberInput,
    @CurrentViewer() viewer: Viewer,
    @Loaders() registry: LoaderRegistry,
  ) {
    const ids = await this.coffeeDates.unblock(viewer.memberId!, input.memberId);
    return membersFor(this.memberLoaders, registry, ids, viewer);
  }

  @Mutation(() => Boolean)
  async acceptCoffeeDate(
    @Args('input') input: CoffeeDateMatchInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    await this.coffeeDates.accept(viewer.memberId!, input.matchId);
    return true;
  }

  @Mutation(() => Boolean, { description: 'Decline; your partner is re-matched where possible.' })
  async declineCoffeeDate(
    @Args('input') input: CoffeeDateMatchInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    await this.coffeeDates.decline(viewer.memberId!, input.matchId);
    return true;
  }

  @Mutation(() => Boolean, { description: '"We met" (or not), a 1–5 rating and a next step.' })
  async recordCoffeeDateFeedback(
    @Args('input') input: CoffeeDateFeedbackInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    await this.coffeeDates.recordFeedback(viewer.memberId!, input);
    return true;
  }

  @Mutation(() => CoffeeDateRoundDto, {
    description: 'Coordinators: a tailored koffiedate for their CoP or 4–12 of its members.',
  })
  requestTeamCoffeeDate(
    @Args('input') input: RequestTeamCoffeeDateInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.teamRounds.requestTeamFor(viewer.memberId!, input);
  }

  // Fields without @Args take graphql-js's own (parent, args, context), with no parameter
  // decorators, so Nest binds them directly: no pipes, no promise wrapper.
  @ResolveField(() => [MemberDto])
  partners(
    match: CoffeeDateMatchDto & { partnerIds: string[] },
    _args: unknown,
    { viewer, loaders }: GraphqlContext,
  ) {
    return membersFor(this.memberLoaders, loaders, match.partnerIds, viewer!);
  }

  private async toStatus(status: CoffeeDateStatus): Promise<CoffeeDateStatusDto> {
    const p = status.preference;
    return {
      everyMonth: p?.everyMonth ?? false,
      nextRound: p?.nextRound ?? false,
      pausedUntil: status.paused ? (p?.pausedUntil ?? null) : null,
      paused: status.paused,
      unsubscribed: !!p?.unsubscribedAt,
      openRound: status.openRoundId ? await this.rounds.get(status.openRoundId) : null,
      joinedOpenRound: status.joinedOpenRound,
      repeatWindowMonths: this.matcher.repeatWindowMonths(),
    };
  }
}

function toMatch(row: MyMatchRow): CoffeeDateMatchDto & { partnerIds: string[] } {
  return {
    id: row.matchId,
    roundId: row.roundId,
    roundPeriod: row.roundPeriod,
    roundKind: row.roundKind as CoffeeDateMatchDto['roundKind'],
    roundState: row.roundState as CoffeeDateMatchDto['roundState'],
    kind: row.kind as CoffeeDateMatchDto['kind'],
    slotStartsAt: row.slotStartsAt,
    dissolved: row.dissolved,
    response: row.response,
    met: row.met,
    rating: row.rating,
    nextStep: row.nextStep,
    partners: [],
    partnerIds: row.partnerIds,
  };
}

const roundSortKey = (round: CoffeeDateRoundEntity) => [round.opensAt.toISOString(), round.id];

/** Platform admins: rounds, a dry-run preview, running steps safely, stats. */
@Resolver(() => CoffeeDateRoundDto)
@UseGuards(AdminGuard)
@UsePipes(createValidationPipe())
export class CoffeeDateAdminResolver {
  constructor(
    private readonly rounds: CoffeeDateRoundService,
    private readonly matcher: CoffeeDateRoundMatcher,
    private readonly previews: CoffeeDateRoundPreviewService,
    private readonly memberLoaders: MemberLoaders,
  ) {}

  @Query(() => CoffeeDateRoundConnection, {
    description: 'Admins: koffiedate rounds, newest first.',
  })
  async coffeeDateRounds(@Args() args: ConnectionArgs) {
    const after = args.after
      ? (decodeCursor(args.after, ['string', 'uuid']) as [string, string])
      : null;
    const { rows, total } = await this.rounds.page(args.first + 1, after);
    return toConnection(rows, args, roundSortKey, total);
  }

  @Query(() => CoffeeDateRoundDto, { description: 'Admins: one round.' })
  coffeeDateRound(@Args('id', { type: () => ID }) id: string) {
    return this.rounds.require(id);
  }

  @Query(() => CoffeeDatePreviewDto, {
    description: 'Admins: the groups the matching would form now (nothing stored or sent).',
  })
  async coffeeDateRoundPreview(
    @Args('input') input: CoffeeDateRoundInput,
    @CurrentViewer() viewer: Viewer,
    @Loaders() registry: LoaderRegistry,
  ): Promise<CoffeeDatePreviewDto> {
    const preview = await this.previews.preview(input.roundId);
    const load = (ids: string[]) => membersFor(this.memberLoaders, registry, ids, viewer);
    return {
      ...preview,
      groups: await Promise.all(
        preview.groups.map(async (g) => ({
          memberIds: g.memberIds,
          kind: g.kind,
          score: g.score,
          reasons: g.reasons.map((r) => r.code),
          members: await load(g.memberIds),
        })),
      ),
      unmatched: await Promise.all(
        preview.unmatched.map(async (u) => ({
          ...u,
          member: (await load([u.memberId]))[0] ?? null,
        })),
      ),
    };
  }

  @Mutation(() => CoffeeDateRoundDto, { description: "Admins: open this month's round (once)." })
  openCoffeeDateRound() {
    return this.rounds.openMonthlyRound();
  }

  @Mutation(() => CoffeeDateRoundDto, {
    description:
      'Admins: close sign-up and match now. Running it again matches nothing twice and sends nothing twice.',
  })
  matchCoffeeDateRound(@Args('input') input: CoffeeDateRoundInput) {
    return this.rounds.requestMatching(input.roundId);
  }

  @Mutation(() => CoffeeDateRoundDto, { description: 'Admins: close a round with its stats.' })
  closeCoffeeDateRound(@Args('input') input: CoffeeDateRoundInput) {
    return this.rounds.close(input.roundId);
  }

  // Fields without @Args take graphql-js's own (parent, args, context), with no parameter
  // decorators, so Nest binds them directly: no pipes, no promise wrapper.
  @ResolveField(() => Int, { nullable: true, description: 'Admins only: who opted in.' })
  participantCount(
    round: CoffeeDateRoundEntity,
    _args: unknown,
    { viewer, loaders }: GraphqlContext,
  ) {
    if (viewer?.role !== 'ADMIN') return null;
    return loaders
      .get<string, number>('coffeeDate.participantCount', async (ids) => {
        const counts = await this.rounds.participantCounts([...ids]);
        return ids.map((id) => counts.get(id) ?? 0);
      })
      .load(round.id);
  }

  @ResolveField(() => Int, {
    description:
      'Earlier partners this round excludes: anyone matched together (in a pair or trio) in a round opened within this many months before it; 0 for team rounds.',
  })
  repeatWindowMonths(round: CoffeeDateRoundEntity): number {
    return this.matcher.repeatWindowMonths(round);
  }

  // Field resolvers do not run the class guards: the round type is also on members' queries.
  @ResolveField(() => CoffeeDateRoundStatsDto, { nullable: true, description: 'Admins only.' })
  stats(round: CoffeeDateRoundEntity, _args: unknown, { viewer }: GraphqlContext) {
    return viewer?.role === 'ADMIN' ? this.rounds.stats(round) : null;
  }
}
