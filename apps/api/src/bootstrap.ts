import { sessionHook, SessionService } from '@leerhuis/identity';
import { AppConfig } from '@leerhuis/platform-config';
import { LINK_PAGE_ASSETS, LINK_PAGE_SCRIPT, LINK_PAGE_STYLESHEET } from '@leerhuis/platform-html';
import {
  createLogger,
  httpLogging,
  PinoNestLogger,
  requestIdOf,
} from '@leerhuis/platform-observability';
import { QueueProducer } from '@leerhuis/platform-queue';

import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import type { DestinationStream } from 'pino';

import { bullBoard } from './admin/bull-board';
import { AppModule } from './app.module';
import { securityHeaders } from './security-headers';

/** Builds the API application; main.ts listens, integration tests use it in-process. */
export async function createApiApp(
  config: AppConfig,
  options: { logDestination?: DestinationStream } = {},
): Promise<NestFastifyApplication> {
  const logger = createLogger({
    name: 'api',
    level: config.LOG_LEVEL,
    destination: options.logDestination,
  });
  const adapter = new FastifyAdapter({
    // X-Forwarded-For from this many proxies, as Express's `trust proxy` hop count did
    // (Fastify's own hop count now trusts nothing).
    trustProxy: config.TRUST_PROXY_HOPS > 0 && ((_address, hop) => hop < config.TRUST_PROXY_HOPS),
    genReqId: requestIdOf,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, {
    logger: new PinoNestLogger(logger),
    bufferLogs: false,
  });
  const fastify = app.getHttpAdapter().getInstance();
  httpLogging(fastify, logger);
  securityHeaders(app, config);
  await app.register(fastifyCookie);
  fastify.addHook('onRequest', sessionHook(app.get(SessionService)));
  serveLinkPageAssets(app);
  await bullBoard(app, app.get(QueueProducer));
  if (config.WEB_DIST_DIR) await serveWebApp(app, config.WEB_DIST_DIR);
  return app;
}

/** The stylesheet and script of the pages emailed links open (no inline code under the CSP). */
function serveLinkPageAssets(app: NestFastifyApplication): void {
  const fastify = app.getHttpAdapter().getInstance();
  const asset = (path: string, type: string, body: string) =>
    fastify.get(path, (_request, reply) => {
      reply.header('Cache-Control', 'public, max-age=3600').type(type).send(body);
    });
  asset(LINK_PAGE_ASSETS.stylesheet, 'text/css; charset=utf-8', LINK_PAGE_STYLESHEET);
  asset(LINK_PAGE_ASSETS.script, 'text/javascript; charset=utf-8', LINK_PAGE_SCRIPT);
}

// Paths the API itself answers; everything else under GET may be a route of the web app.
const API_PATHS =
  /^\/(graphql|auth|health|admin|meetings|coffee-dates|unsubscribe|calendar|data-rights)(\/|$)/;

/**
 * Serves the built web app from the API's origin, so the session cookie and the CSRF rules
 * apply unchanged. Unknown GET paths without a file extension get index.html (client routes).
 */
async function serveWebApp(app: NestFastifyApplication, dir: string): Promise<void> {
  const indexHtml = join(dir, 'index.html');
  await app.register(fastifyStatic, {
    root: dir,
    index: false,
    // One route per file of the build (it exists before the API starts); the catch-all
    // route below is then free for the web app's own routes.
    wildcard: false,
    // Bull Board registers its own @fastify/static, which decorates the reply too.
    decorateReply: false,
    setHeaders: (reply, path) => {
      // Vite fingerprints everything under assets/; index.html must always be revalidated.
      reply.header(
        'Cache-Control',
        path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  app
    .getHttpAdapter()
    .getInstance()
    .get('/*', (request, reply) => {
      const path = request.url.split('?')[0];
      if (API_PATHS.test(path) || /\.[a-z0-9]+$/i.test(path)) return reply.callNotFound();
      return reply
        .header('Cache-Control', 'no-cache')
        .type('text/html; charset=utf-8')
        .send(createReadStream(indexHtml));
    });
}
