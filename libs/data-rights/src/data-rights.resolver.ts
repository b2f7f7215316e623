import {
  AdminGuard,
  createValidationPipe,
  CurrentViewer,
  MemberGuard,
  Viewer,
} from '@leerhuis/platform-graphql';

import { UseGuards, UsePipes } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';

import { DataRightsService } from './data-rights.service';
import {
  DataRightsRequestPayload,
  EraseMemberPayload,
  ErasureBlockerDto,
  ErasureResult,
} from './dtos/data-rights.dto';
import { EraseMemberInput, RequestAccountErasureInput } from './dtos/data-rights.input';

@Resolver()
@UsePipes(createValidationPipe())
export class DataRightsResolver {
  constructor(private readonly dataRights: DataRightsService) {}

  @Query(() => [ErasureBlockerDto], {
    description:
      'What you must hand over before your account can be erased: CoPs where you are the last coordinator, intervisie groups where you are the last moderator, leergroepen you facilitate.',
  })
  @UseGuards(MemberGuard)
  myErasureBlockers(@CurrentViewer() viewer: Viewer): Promise<ErasureBlockerDto[]> {
    return this.dataRights.erasureBlockers({ memberId: viewer.memberId!, email: viewer.email });
  }

  @Mutation(() => DataRightsRequestPayload, {
    description:
      'Email a single-use link to everything Leerhuis holds about you (JSON and a readable page).',
  })
  @UseGuards(MemberGuard)
  async requestDataExport(@CurrentViewer() viewer: Viewer): Promise<DataRightsRequestPayload> {
    const { expiresAt } = await this.dataRights.requestExport(viewer);
    return { accepted: true, expiresAt };
  }

  @Mutation(() => DataRightsRequestPayload, {
    description:
      'Email a link that confirms erasing your account. CONFLICT (reason HAND_OVER_FIRST, extensions.blockers) while you are the last coordinator or moderator somewhere.',
  })
  @UseGuards(MemberGuard)
  async requestAccountErasure(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { type: () => RequestAccountErasureInput, nullable: true })
    input: RequestAccountErasureInput | null,
  ): Promise<DataRightsRequestPayload> {
    const { expiresAt } = await this.dataRights.requestErasure(viewer, {
      deleteOwnPosts: input?.deleteOwnPosts ?? false,
    });
    return { accepted: true, expiresAt };
  }

  @Mutation(() => EraseMemberPayload, {
    description: "Platform admins: carry out a member's erasure request. Idempotent.",
  })
  @UseGuards(AdminGuard)
  async eraseMember(@Args('input') input: EraseMemberInput): Promise<EraseMemberPayload> {
    const outcome = await this.dataRights.eraseByAdmin(input.memberId, {
      deleteOwnPosts: input.deleteOwnPosts,
    });
    return { result: ErasureResult[outcome] };
  }
}
