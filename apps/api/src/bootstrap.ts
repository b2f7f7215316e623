import { SessionService } from '@leerhuis/identity';
import { AppConfig } from '@leerhuis/platform-config';
import { LINK_PAGE_ASSETS, LINK_PAGE_SCRIPT, LINK_PAGE_STYLESHEET } from '@leerhuis/platform-html';
import {
  createLogger,
  httpLoggingMiddleware,
  PinoNestLogger,
} from '@leerhuis/platform-observability';
import { QueueProducer } from '@leerhuis/platform-queue';

import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import express from 'express';
import type { DestinationStream } from 'pino';

import { BULL_BOARD_PATH, bullBoard } from './admin/bull-board';
import { AppModule } from './app.module';
import { securityHeaders } from './security-headers';

/** Builds the API application; main.ts listens, integration tests use it in-process. */
export async function createApiApp(
  config: AppConfig,
  options: { logDestination?: DestinationStream } = {},
): Promise<NestExpressApplication> {
  const logger = createLogger({
    name: 'api',
    level: config.LOG_LEVEL,
    destination: options.logDestination,
  });
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    logger: new PinoNestLogger(logger),
    bufferLogs: false,
  });
  app.set('trust proxy', config.TRUST_PROXY_HOPS);
  app.disable('x-powered-by');
  app.use(httpLoggingMiddleware(logger));
  app.use(securityHeaders(config));
  app.use(cookieParser());
  serveLinkPageAssets(app);
  app.use(BULL_BOARD_PATH, ...bullBoard(app.get(QueueProducer), app.get(SessionService)));
  if (config.WEB_DIST_DIR) serveWebApp(app, config.WEB_DIST_DIR);
  return app;
}

/** The stylesheet and script of the pages emailed links open (no inline code under the CSP). */
function serveLinkPageAssets(app: NestExpressApplication): void {
  const asset = (type: string, body: string) => (req: express.Request, res: express.Response) => {
    res.setHeader('Cache-Control', 'public, max-age=3600');
    res.type(type).send(body);
  };
  app.use(LINK_PAGE_ASSETS.stylesheet, asset('text/css', LINK_PAGE_STYLESHEET));
  app.use(LINK_PAGE_ASSETS.script, asset('text/javascript', LINK_PAGE_SCRIPT));
}

// Paths the API itself answers; everything else under GET may be a route of the web app.
const API_PATHS =
  /^\/(graphql|auth|health|admin|meetings|coffee-dates|unsubscribe|calendar|data-rights)(\/|$)/;

/**
 * Serves the built web app from the API's origin, so the session cookie and the CSRF rules
 * apply unchanged. Unknown GET paths without a file extension get index.html (client routes).
 */
function serveWebApp(app: NestExpressApplication, dir: string): void {
  const indexHtml = join(dir, 'index.html');
  app.use(
    express.static(dir, {
      index: false,
      setHeaders: (res, path) => {
        // Vite fingerprints everything under assets/; index.html must always be revalidated.
        res.setHeader(
          'Cache-Control',
          path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    }),
  );
  app.use((req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (API_PATHS.test(req.path) || /\.[a-z0-9]+$/i.test(req.path)) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexHtml);
  });
}
