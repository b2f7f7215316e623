import { MemberDto, MemberLoaders, viewMember } from '@leerhuis/members';
import {
  createValidationPipe,
  CurrentViewer,
  type GraphqlContext,
  LoaderRegistry,
  MemberGuard,
  Viewer,
} from '@leerhuis/platform-graphql';

import { UseGuards, UsePipes } from '@nestjs/common';
import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { PeerIntroductionDto, PeerIntroductionProposalDto } from './dtos/peer-introduction.dto';
import {
  AnswerPeerIntroductionInput,
  PickPeerInput,
  RequestPeerIntroductionInput,
} from './dtos/peer-introduction.input';
import { PeerIntroductionEntity } from './entities/peer-introduction.entity';
import { PeerIntroductionService } from './peer-introduction.service';

@Resolver(() => PeerIntroductionDto)
@UseGuards(MemberGuard)
@UsePipes(createValidationPipe())
export class PeerIntroductionResolver {
  constructor(
    private readonly service: PeerIntroductionService,
    private readonly memberLoaders: MemberLoaders,
  ) {}

  @Query(() => [PeerIntroductionDto], {
    description: 'Introductions you asked for, and those you were picked for; newest first.',
  })
  myPeerIntroductions(@CurrentViewer() viewer: Viewer) {
    return this.service.mine(viewer);
  }

  @Query(() => PeerIntroductionDto, { description: 'For its requester and the picked peer.' })
  peerIntroduction(@Args('id', { type: () => ID }) id: string, @CurrentViewer() viewer: Viewer) {
    return this.service.visible(id, viewer);
  }

  @Mutation(() => PeerIntroductionDto, {
    description:
      'A programme director asks to meet peers with a comparable programme in other ministries: up to three proposals with reasons.',
  })
  requestPeerIntroduction(
    @Args('input') input: RequestPeerIntroductionInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.request(viewer, input.programmeId);
  }

  @Mutation(() => PeerIntroductionDto, { description: 'The requester picks one proposed peer.' })
  pickPeerForIntroduction(@Args('input') input: PickPeerInput, @CurrentViewer() viewer: Viewer) {
    return this.service.pick(viewer, input.introductionId, input.peerId);
  }

  @Mutation(() => PeerIntroductionDto, { description: 'The picked peer accepts or declines.' })
  answerPeerIntroduction(
    @Args('input') input: AnswerPeerIntroductionInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.answer(viewer, input.introductionId, input.accept);
  }

  // Fields without @Args take graphql-js's own (parent, args, context), with no parameter
  // decorators, so Nest binds them directly: no pipes, no promise wrapper.
  @ResolveField(() => MemberDto, { nullable: true })
  requester(intro: PeerIntroductionEntity, _args: unknown, { viewer, loaders }: GraphqlContext) {
    return this.member(intro.requesterId, viewer!, loaders);
  }

  @ResolveField(() => MemberDto, { nullable: true, description: 'The picked peer.' })
  peer(intro: PeerIntroductionEntity, _args: unknown, { viewer, loaders }: GraphqlContext) {
    return this.member(intro.peerId, viewer!, loaders);
  }

  @ResolveField(() => Boolean, { description: 'Whether you asked for it (else you were picked).' })
  viewerIsRequester(intro: PeerIntroductionEntity, _args: unknown, { viewer }: GraphqlContext) {
    return intro.requesterId === viewer!.memberId;
  }

  @ResolveField(() => [PeerIntroductionProposalDto], {
    description: 'The proposals, most comparable first; only for the requester (else empty).',
  })
  async proposals(
    intro: PeerIntroductionEntity,
    _args: unknown,
    { viewer, loaders }: GraphqlContext,
  ) {
    if (intro.requesterId !== viewer!.memberId) return [];
    const proposals = await this.service.proposals(intro);
    return Promise.all(
      proposals.map(async (p) => ({
        rank: p.rank,
        score: p.score,
        reasons: p.reasons.map((r) => ({ code: r.code, themes: r.themes ?? [] })),
        peer: await this.member(p.peerId, viewer!, loaders),
      })),
    );
  }

  private async member(id: string | null, viewer: Viewer, registry: LoaderRegistry) {
    if (!id) return null;
    const member = await this.memberLoaders.byId(registry).load(id);
    return member ? viewMember(member, viewer) : null;
  }
}
