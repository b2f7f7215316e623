import { MemberDto, MemberLoaders, viewMember } from '@leerhuis/members';
import {
  createValidationPipe,
  CurrentViewer,
  LoaderRegistry,
  Loaders,
  MemberGuard,
  Viewer,
} from '@leerhuis/platform-graphql';

import { UseGuards, UsePipes } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';

import { MentionCandidatesArgs } from './dtos/discussion.args';
import { MentionCandidatesService } from './mention-candidates.service';

@Resolver()
@UseGuards(MemberGuard)
@UsePipes(createValidationPipe())
export class MentionResolver {
  constructor(
    private readonly candidates: MentionCandidatesService,
    private readonly memberLoaders: MemberLoaders,
  ) {}

  @Query(() => [MemberDto], {
    description:
      'Members you can @mention while writing in a thread (threadId) or a new thread in a CoP ' +
      '(communityId): only those who can read it, with a word of their name starting with ' +
      '`search`, yourself left out.',
  })
  async mentionCandidates(
    @Args() args: MentionCandidatesArgs,
    @CurrentViewer() viewer: Viewer,
    @Loaders() registry: LoaderRegistry,
  ) {
    const ids = await this.candidates.find(viewer, args);
    const members = await this.memberLoaders.byId(registry).loadMany(ids);
    return members.flatMap((member) =>
      member && !(member instanceof Error) ? [viewMember(member, viewer)] : [],
    );
  }
}
