import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import pinoHttp from 'pino-http';

import { RequestContext, requestContext } from './request-context';

type RequestWithContext = IncomingMessage & { leerhuisContext?: RequestContext };
const contextOf = (req: IncomingMessage) => (req as RequestWithContext).leerhuisContext;

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * Gives every request an id (a sane incoming X-Request-Id is kept), runs the rest of the
 * request inside a RequestContext and writes one access-log line with the SQL count.
 */
export function httpLoggingMiddleware(logger: Logger) {
  const http = pinoHttp({
    logger,
    genReqId: (req, res) => {
      const incoming = req.headers['x-request-id'];
      const id =
        typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
      res.setHeader('X-Request-Id', id);
      return id;
    },
    // Read from the request, not the async context: 'finish' may fire outside it.
    customProps: (req) => ({ queries: contextOf(req)?.queryCount ?? 0 }),
    autoLogging: { ignore: (req) => req.url?.startsWith('/health') ?? false },
    serializers: {
      req: (req: { method: string; url: string }) => ({ method: req.method, url: req.url }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  });
  return (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    http(req, res);
    const context: RequestContext = { requestId: String(req.id), queryCount: 0 };
    (req as RequestWithContext).leerhuisContext = context;
    requestContext.run(context, next);
  };
}
