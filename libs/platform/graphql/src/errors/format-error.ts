import { GraphQLError, GraphQLFormattedError } from 'graphql';

import { DomainException, ErrorKind } from './domain.exception';

type Log = (error: unknown, requestId: string | undefined) => void;

const PASS_THROUGH = new Set<string>([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  ...Object.values(ErrorKind),
]);

/**
 * The one mapping from thrown errors to what clients see. Domain exceptions carry their
 * kind, code and fields; anything unknown is logged with the request id and returned as
 * INTERNAL_SERVER_ERROR without internals.
 */
export function createErrorFormatter(log: Log, requestIdOf: () => string | undefined) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    if (original instanceof DomainException) {
      return {
        message: original.message,
        path: formatted.path,
        locations: formatted.locations,
        extensions: {
          code: original.kind,
          reason: original.code,
          ...(original.fields.length > 0 ? { fields: original.fields } : {}),
          ...original.detail,
        },
      };
    }
    const code = formatted.extensions?.code;
    if (
      typeof code === 'string' &&
      PASS_THROUGH.has(code) &&
      !(original instanceof Error && !(original instanceof GraphQLError))
    ) {
      // Strip stack traces Apollo may add in development.
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    const requestId = requestIdOf();
    log(original, requestId);
    return {
      message: `Internal server error${requestId ? ` (request ${requestId})` : ''}`,
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: ErrorKind.INTERNAL_SERVER_ERROR, requestId },
    };
  };
}
