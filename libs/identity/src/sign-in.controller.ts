import { AppConfig } from '@leerhuis/platform-config';
import { DomainException, ViewerRequest } from '@leerhuis/platform-graphql';

import { Body, Controller, Get, Header, Post, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';

import { IdentityErrorCode } from './identity.exception';
import { setSessionCookie } from './session-cookie';
import { SignInService } from './sign-in.service';
import { confirmSignInPage, signedInPage, signInFailedPage } from './sign-in-pages';

/**
 * Whether a form POST came from a Leerhuis page: browsers send Sec-Fetch-Site (same-origin,
 * or none when the user acted directly) and Origin (PUBLIC_URL's origin; "null" under a
 * no-referrer policy). Clients that send neither are no browser, so no CSRF victim.
 */
export function cameFromOwnSite(req: ViewerRequest, publicUrl: string): boolean {
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return false;
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  if (origin === 'null') return site !== undefined;
  return origin === new URL(publicUrl).origin;
}

/** What the web app's /inloggen?link=… is told about a link that did not work. */
const SIGN_IN_LINK_FAILURES: Record<string, string> = {
  [IdentityErrorCode.SIGN_IN_LINK_USED]: 'gebruikt',
  [IdentityErrorCode.SIGN_IN_LINK_EXPIRED]: 'verlopen',
  [IdentityErrorCode.SIGN_IN_LINK_INVALID]: 'ongeldig',
};

/** The pages behind the emailed link, for people in a browser. */
@Controller('auth')
export class SignInController {
  constructor(
    private readonly signIn: SignInService,
    private readonly config: AppConfig,
  ) {}

  @Get('sign-in')
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  confirm(@Query('token') token: string | undefined): string {
    return confirmSignInPage(typeof token === 'string' ? token : '');
  }

  @Post('sign-in')
  @Header('Cache-Control', 'no-store')
  async redeem(
    @Body() body: { token?: unknown },
    @Req() req: ViewerRequest,
    @Res() res: FastifyReply,
  ): Promise<void> {
    // Login CSRF: another site's form must not sign this browser in as someone else.
    if (!cameFromOwnSite(req, this.config.PUBLIC_URL)) {
      res
        .status(403)
        .type('text/html; charset=utf-8')
        .send(
          signInFailedPage(
            'Deze inlogpoging kwam niet van Leerhuis zelf en is geweigerd. Open de inloglink uit je e-mail opnieuw.',
          ),
        );
      return;
    }
    try {
      const session = await this.signIn.redeem(
        String(body?.token ?? ''),
        req.headers['user-agent'] ?? null,
      );
      setSessionCookie(res, session.token, session.expiresAt, this.config.cookieSecure);
      // The web app (served from this origin) takes over from here.
      res.redirect('/', 303);
    } catch (error) {
      if (!(error instanceof DomainException)) throw error;
      // The web app's sign-in page says what happened and asks for a new link right there.
      res.redirect(`/inloggen?link=${SIGN_IN_LINK_FAILURES[error.code] ?? 'ongeldig'}`, 303);
    }
  }

  @Get('signed-in')
  @Header('Cache-Control', 'no-store')
  signedIn(@Req() req: ViewerRequest, @Res() res: FastifyReply): void {
    if (!req.viewer) {
      res
        .status(401)
        .type('text/html; charset=utf-8')
        .send(signInFailedPage('Je bent niet ingelogd. Vraag een nieuwe inloglink aan.'));
      return;
    }
    res.type('text/html; charset=utf-8').send(signedInPage(req.viewer.email, !req.viewer.memberId));
  }
}
