import { MemberService } from '@leerhuis/members';
import { AppConfig } from '@leerhuis/platform-config';
import {
  createValidationPipe,
  CurrentViewer,
  GraphqlContext,
  SignedInGuard,
  Viewer,
} from '@leerhuis/platform-graphql';

import { UseGuards, UsePipes } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';

import { RequestSignInLinkInput, SignInWithLinkInput } from './dtos/sign-in.input';
import { RequestSignInLinkPayload, SignInPayload, ViewerDto } from './dtos/viewer.dto';
import { SessionService } from './session.service';
import { clearSessionCookie, setSessionCookie } from './session-cookie';
import { SignInService } from './sign-in.service';

@Resolver(() => ViewerDto)
@UsePipes(createValidationPipe())
export class IdentityResolver {
  constructor(
    private readonly signIn: SignInService,
    private readonly sessions: SessionService,
    private readonly members: MemberService,
    private readonly config: AppConfig,
  ) {}

  @Query(() => ViewerDto, { description: 'Who is signed in.' })
  @UseGuards(SignedInGuard)
  async me(@CurrentViewer() viewer: Viewer): Promise<ViewerDto> {
    return this.toViewerDto(viewer);
  }

  @Mutation(() => RequestSignInLinkPayload, {
    description: 'Email a single-use sign-in link (valid 15 minutes).',
  })
  async requestSignInLink(
    @Args('input') input: RequestSignInLinkInput,
    @Context() context: GraphqlContext,
  ): Promise<RequestSignInLinkPayload> {
    const { expiresInMinutes } = await this.signIn.requestLink(
      input.email,
      context.req.ip ?? null,
      input.language,
    );
    return { accepted: true, expiresInMinutes };
  }

  @Mutation(() => SignInPayload, { description: 'Exchange a sign-in link token for a session.' })
  async signInWithLink(
    @Args('input') input: SignInWithLinkInput,
    @Context() context: GraphqlContext,
  ): Promise<SignInPayload> {
    const session = await this.signIn.redeem(
      input.token,
      context.req.headers['user-agent'] ?? null,
    );
    setSessionCookie(context.res, session.token, session.expiresAt, this.config.cookieSecure);
    const viewer = await this.sessions.resolve(session.token);
    return {
      sessionToken: session.token,
      expiresAt: session.expiresAt,
      viewer: await this.toViewerDto(viewer!),
    };
  }

  @Mutation(() => Boolean, { description: 'End this session.' })
  @UseGuards(SignedInGuard)
  async signOut(
    @CurrentViewer() viewer: Viewer,
    @Context() context: GraphqlContext,
  ): Promise<boolean> {
    await this.sessions.revoke(viewer.sessionId);
    clearSessionCookie(context.res, this.config.cookieSecure);
    return true;
  }

  private async toViewerDto(viewer: Viewer): Promise<ViewerDto> {
    const member = viewer.memberId ? await this.members.get(viewer.memberId, viewer) : null;
    return { email: viewer.email, needsProfile: !viewer.memberId, member };
  }
}
