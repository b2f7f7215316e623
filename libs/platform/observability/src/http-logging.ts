import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';

import { RequestContext, requestContext } from './request-context';

type RequestWithContext = IncomingMessage & { leerhuisContext?: RequestContext };
const contextOf = (req: IncomingMessage) => (req as RequestWithContext).leerhuisContext;

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

// Path segments that are secrets themselves (one-click unsubscribe tokens).
const SECRET_SEGMENT = /^(\/unsubscribe\/)[^/?#]+/;

/**
 * The URL as it may be logged: the path without the query string (sign-in, koffiedate and
 * confirmation links carry their token there) and without token path segments.
 */
export function redactUrl(url: string | undefined): string {
  if (!url) return '';
  const queryAt = url.search(/[?#]/);
  const path = queryAt === -1 ? url : url.slice(0, queryAt);
  const redacted = path.replace(SECRET_SEGMENT, '$1[redacted]');
  return queryAt === -1 ? redacted : `${redacted}?[redacted]`;
}

/** Fastify's genReqId: a sane incoming X-Request-Id is kept, anything else gets a new one. */
export function requestIdOf(req: IncomingMessage): string {
  const incoming = req.headers['x-request-id'];
  return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

/**
 * Gives every request its id (X-Request-Id), runs the rest of the request inside a
 * RequestContext and writes one access-log line with the SQL count. The line is built only
 * when it is written (no child loggers per request): the same fields pino-http wrote.
 */
export function httpLogging(fastify: FastifyInstance, logger: Logger): void {
  fastify.addHook('onRequest', (request, reply, done) => {
    reply.header('X-Request-Id', request.id);
    const context: RequestContext = { requestId: request.id, queryCount: 0 };
    (request.raw as RequestWithContext).leerhuisContext = context;
    requestContext.run(context, done);
  });
  // Reading the body leaves the async context behind; the handler runs inside it again.
  fastify.addHook('preHandler', (request, _reply, done) => {
    const context = contextOf(request.raw);
    if (context) requestContext.run(context, done);
    else done();
  });
  fastify.addHook('onResponse', (request, reply, done) => {
    const statusCode = reply.statusCode;
    const level = statusCode >= 500 ? 'error' : 'info';
    if (logger.isLevelEnabled(level) && !request.url.startsWith('/health')) {
      // Read from the request, not the async context: the response may end outside it.
      const line = {
        requestId: request.id,
        // Never headers (cookies, Authorization) and never a query string.
        req: { method: request.method, url: redactUrl(request.url) },
        queries: contextOf(request.raw)?.queryCount ?? 0,
        res: { statusCode },
        responseTime: Math.round(reply.elapsedTime),
      };
      if (level === 'error') logger.error(line, 'request errored');
      else logger.info(line, reply.raw.writableEnded ? 'request completed' : 'request aborted');
    }
    done();
  });
}
