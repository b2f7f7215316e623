import { AppConfig } from '@leerhuis/platform-config';

import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import helmet from 'helmet';

import { BULL_BOARD_PATH } from './admin/bull-board';

/**
 * What the web app and the link pages load: their own scripts, stylesheets and fonts, and
 * the data: SVG icons of the NL Design System CSS. Nothing inline, nothing from elsewhere.
 */
const APP_DIRECTIVES = {
  'default-src': ["'self'"],
  'base-uri': ["'none'"],
  'object-src': ["'none'"],
  'frame-ancestors': ["'none'"],
  'form-action': ["'self'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
};

/**
 * Bull Board's page has inline styles, a loading animation and IBM Plex from Google Fonts;
 * its scripts are files of its own, so scripts stay 'self' only.
 */
const BULL_BOARD_DIRECTIVES = {
  ...APP_DIRECTIVES,
  'base-uri': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'", 'https://fonts.googleapis.com'],
  'font-src': ["'self'", 'data:', 'https://fonts.gstatic.com'],
};

/**
 * The security headers of every response, from helmet: Content-Security-Policy,
 * frame-ancestors 'none' (and X-Frame-Options: DENY for old browsers), Referrer-Policy,
 * X-Content-Type-Options: nosniff, and in production Strict-Transport-Security.
 * Bull Board's pages get a policy of their own.
 */
export function securityHeaders(app: NestFastifyApplication, config: AppConfig): void {
  const common = {
    // The link pages and the web app only link to their own origin; other sites get nothing.
    referrerPolicy: { policy: 'same-origin' as const },
    frameguard: { action: 'deny' as const },
    // Browsers ignore it over plain http, and development runs on http://127.0.0.1.
    strictTransportSecurity: config.isProduction
      ? { maxAge: 365 * 24 * 60 * 60, includeSubDomains: true }
      : false,
  };
  // upgrade-insecure-requests is left out: the demo and docker/ run on plain http, where it
  // would send the page's own stylesheet and scripts to an https port that is not there.
  const appHeaders = helmet({
    ...common,
    contentSecurityPolicy: { useDefaults: false, directives: APP_DIRECTIVES },
  });
  const bullBoardHeaders = helmet({
    ...common,
    contentSecurityPolicy: { useDefaults: false, directives: BULL_BOARD_DIRECTIVES },
  });
  // helmet's middleware, built once: @fastify/helmet built it (and parsed the policy) anew for
  // every request, about 2% of the API's CPU on a list page (issue 18).
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', (request, reply, done) => {
      const route = request.routeOptions.url ?? '';
      const bullBoard = route === BULL_BOARD_PATH || route.startsWith(`${BULL_BOARD_PATH}/`);
      (bullBoard ? bullBoardHeaders : appHeaders)(request.raw, reply.raw, (error) =>
        done(error as Error | undefined),
      );
    });
}
