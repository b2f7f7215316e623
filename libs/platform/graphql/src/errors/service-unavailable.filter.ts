import { ArgumentsHost, Catch } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { GqlContextType } from '@nestjs/graphql';
import type { FastifyReply } from 'fastify';

import { DomainException, ErrorKind } from './domain.exception';
import {
  isInfrastructureUnavailable,
  SERVICE_UNAVAILABLE_RETRY_SECONDS,
} from './service-unavailable';

/**
 * Outside a resolver (the session lookup before every request, the /auth pages), PostgreSQL
 * or Redis being unreachable is a 503 with Retry-After, its body shaped like a GraphQL error
 * so the web app reads it as it reads formatError's SERVICE_UNAVAILABLE. Inside GraphQL the
 * error goes on to formatError; everything else gets Nest's usual handling.
 */
@Catch()
export class ServiceUnavailableFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): unknown {
    // As DomainExceptionFilter: a domain exception is an answer, handed on unlogged.
    if (exception instanceof DomainException) return exception;
    // Rethrown, not returned: a resolver's return value would be taken as its result (pg-pool
    // rejects a failed connect with a plain object, not an Error).
    if (host.getType<GqlContextType>() === 'graphql') throw exception;
    if (isInfrastructureUnavailable(exception)) {
      const res = host.switchToHttp().getResponse<FastifyReply>();
      if (!res.sent) {
        res
          .status(503)
          .header('Retry-After', String(SERVICE_UNAVAILABLE_RETRY_SECONDS))
          .send({
            errors: [
              {
                message: `Service temporarily unavailable; try again in ${SERVICE_UNAVAILABLE_RETRY_SECONDS} seconds`,
                extensions: {
                  code: ErrorKind.SERVICE_UNAVAILABLE,
                  retryAfterSeconds: SERVICE_UNAVAILABLE_RETRY_SECONDS,
                },
              },
            ],
          });
      }
      return undefined;
    }
    return super.catch(exception, host);
  }
}
