import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { IncomingMessage } from 'node:http';
import type { Logger } from 'pino';
import pinoHttp from 'pino-http';

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
 * RequestContext and writes one access-log line with the SQL count.
 */
export function httpLogging(fastify: FastifyInstance, logger: Logger): void {
  const http = pinoHttp({
    logger,
    genReqId: (req) => (req as IncomingMessage & { id: string }).id,
    // Read from the request, not the async context: 'finish' may fire outside it.
    customProps: (req) => ({ queries: contextOf(req)?.queryCount ?? 0 }),
    autoLogging: { ignore: (req) => req.url?.startsWith('/health') ?? false },
    serializers: {
      // Never headers (cookies, Authorization) and never a query string.
      req: (req: { method: string; url: string }) => ({
        method: req.method,
        url: redactUrl(req.url),
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  });
  fastify.addHook('onRequest', (request, reply, done) => {
    reply.header('X-Request-Id', request.id);
    const raw = request.raw as RequestWithContext & { id?: string };
    raw.id = request.id;
    http(raw, reply.raw);
    const context: RequestContext = { requestId: request.id, queryCount: 0 };
    raw.leerhuisContext = context;
    requestContext.run(context, done);
  });
  // Reading the body leaves the async context behind; the handler runs inside it again.
  fastify.addHook('preHandler', (request, _reply, done) => {
    const context = contextOf(request.raw);
    if (context) requestContext.run(context, done);
    else done();
  });
}
