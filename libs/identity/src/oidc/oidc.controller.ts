import { AppConfig } from '@leerhuis/platform-config';
import { DomainException, ViewerRequest } from '@leerhuis/platform-graphql';

import { Controller, Get, Header, Param, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';

import { setSessionCookie } from '../session-cookie';
import { generateToken, looksLikeToken } from '../token';
import { OIDC_ATTEMPT_TTL_SECONDS } from './oidc-attempts';
import { OidcSignInService } from './oidc-sign-in.service';
import { safeReturnPath } from './return-path';

/** Ties a sign-in attempt to the browser that started it (against login CSRF). */
export const OIDC_BROWSER_COOKIE = 'leerhuis_oidc';
const COOKIE_PATH = '/auth/oidc';

/**
 * The browser's way through an OpenID Connect sign-in: start sends it to the provider, the
 * callback opens the session and sends it back to the web app. Every refusal lands on the
 * sign-in page with a code it explains (?fout=…), and opens no session.
 */
@Controller('auth/oidc')
export class OidcController {
  constructor(
    private readonly oidc: OidcSignInService,
    private readonly config: AppConfig,
  ) {}

  @Get(':provider/start')
  @Header('Cache-Control', 'no-store')
  async start(
    @Param('provider') providerId: string,
    @Query('returnTo') returnTo: unknown,
    @Req() req: ViewerRequest,
    @Res() res: FastifyReply,
  ): Promise<void> {
    // A second tab keeps the key of the first, so both attempts can finish.
    const current = browserKeyOf(req);
    const browserKey = current ?? generateToken().token;
    try {
      const url = await this.oidc.start(
        providerId,
        browserKey,
        safeReturnPath(returnTo, this.config.PUBLIC_URL),
      );
      res.setCookie(OIDC_BROWSER_COOKIE, browserKey, {
        httpOnly: true,
        // Lax: the provider's redirect back is a top-level GET, which carries it.
        sameSite: 'lax',
        secure: this.config.cookieSecure,
        path: COOKIE_PATH,
        // Seconds here (Express counted milliseconds); Expires too, for older clients.
        maxAge: OIDC_ATTEMPT_TTL_SECONDS,
        expires: new Date(Date.now() + OIDC_ATTEMPT_TTL_SECONDS * 1000),
      });
      res.redirect(url.href, 303);
    } catch (error) {
      this.refuse(res, providerId, error);
    }
  }

  @Get(':provider/callback')
  @Header('Cache-Control', 'no-store')
  async callback(
    @Param('provider') providerId: string,
    @Req() req: ViewerRequest,
    @Res() res: FastifyReply,
  ): Promise<void> {
    const query = new URLSearchParams(req.url.split('?')[1] ?? '');
    try {
      const { session, returnTo } = await this.oidc.finish(
        providerId,
        query,
        browserKeyOf(req),
        req.headers['user-agent'] ?? null,
      );
      setSessionCookie(res, session.token, session.expiresAt, this.config.cookieSecure);
      res.clearCookie(OIDC_BROWSER_COOKIE, {
        httpOnly: true,
        sameSite: 'lax',
        secure: this.config.cookieSecure,
        path: COOKIE_PATH,
      });
      // The web app takes over; a new person is sent on to complete the short profile.
      res.redirect(returnTo, 303);
    } catch (error) {
      this.refuse(res, providerId, error);
    }
  }

  private refuse(res: FastifyReply, providerId: string, error: unknown): void {
    if (!(error instanceof DomainException)) throw error;
    const params = new URLSearchParams({ fout: error.code });
    if (this.config.oidcProviders.some((p) => p.id === providerId)) {
      params.set('aanbieder', providerId);
    }
    res.redirect(`/inloggen?${params.toString()}`, 303);
  }
}

function browserKeyOf(req: ViewerRequest): string | null {
  const key = req.cookies?.[OIDC_BROWSER_COOKIE];
  return key && looksLikeToken(key) ? key : null;
}
