import { AppConfig } from '@leerhuis/platform-config';

import fastifyHelmet, { FastifyHelmetOptions } from '@fastify/helmet';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

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
 * Registered before any route, so each route can be given its own policy (Bull Board's).
 */
export async function securityHeaders(
  app: NestFastifyApplication,
  config: AppConfig,
): Promise<void> {
  const common = {
    // The link pages and the web app only link to their own origin; other sites get nothing.
    referrerPolicy: { policy: 'same-origin' as const },
    frameguard: { action: 'deny' as const },
    // Browsers ignore it over plain http, and development runs on http://127.0.0.1.
    strictTransportSecurity: config.isProduction
      ? { maxAge: 365 * 24 * 60 * 60, includeSubDomains: true }
      : false,
  };
  const bullBoard: FastifyHelmetOptions = {
    ...common,
    contentSecurityPolicy: { useDefaults: false, directives: BULL_BOARD_DIRECTIVES },
  };
  // Runs before @fastify/helmet's own onRoute hook, which reads the route's `helmet` option.
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRoute', (route) => {
      if (route.url === BULL_BOARD_PATH || route.url.startsWith(`${BULL_BOARD_PATH}/`)) {
        (route as { helmet?: FastifyHelmetOptions }).helmet = bullBoard;
      }
    });
  // upgrade-insecure-requests is left out: the demo and docker/ run on plain http, where it
  // would send the page's own stylesheet and scripts to an https port that is not there.
  await app.register(fastifyHelmet, {
    ...common,
    contentSecurityPolicy: { useDefaults: false, directives: APP_DIRECTIVES },
  });
}
