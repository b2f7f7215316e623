import { GraphQLError, GraphQLFormattedError } from 'graphql';

import { DomainException, ErrorKind } from './domain.exception';
import {
  isInfrastructureUnavailable,
  SERVICE_UNAVAILABLE_RETRY_SECONDS,
} from './service-unavailable';

type Log = (error: unknown, requestId: string | undefined) => void;

const PASS_THROUGH = new Set<string>([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  // Not INTERNAL_SERVER_ERROR: those are hidden like any other unexpected error.
  ...Object.values(ErrorKind).filter(
    (kind) => kind !== ErrorKind.INTERNAL_SERVER_ERROR && kind !== ErrorKind.SERVICE_UNAVAILABLE,
  ),
]);

// graphql-js: `Variable "$input" got invalid value 7 at "input.name"; <why>`.
const VARIABLE_ERROR = /^Variable "\$(\w+)" got invalid value .*?(?: at "([^"]+)")?; (.+)$/s;

/** Names the refused field of a variable that did not fit its type, like the validation pipe. */
function variableFields(message: string): { field: string; message: string }[] {
  const match = VARIABLE_ERROR.exec(message);
  if (!match) return [];
  const [, variable, path, why] = match;
  // `$input` carries a mutation's input object: its fields are named without the prefix.
  const field = path ? path.split('.').slice(1).join('.') || variable : variable;
  return [{ field, message: why }];
}

/**
 * PostgreSQL refusing a malformed uuid (22P02): an id a client made up. No object has it, so
 * the answer is NOT_FOUND, exactly as for a well-formed id that does not exist.
 */
function isMalformedUuid(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return code === '22P02' && typeof message === 'string' && message.includes('type uuid');
}

/**
 * The one mapping from thrown errors to what clients see. Domain exceptions carry their
 * kind, code and fields; PostgreSQL or Redis being unreachable is SERVICE_UNAVAILABLE with
 * `retryAfterSeconds`; anything else unknown is logged with the request id and returned as
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
    if (isMalformedUuid(original)) {
      return {
        message: 'Not found.',
        path: formatted.path,
        locations: formatted.locations,
        extensions: { code: ErrorKind.NOT_FOUND, reason: 'NOT_FOUND' },
      };
    }
    const code = formatted.extensions?.code;
    if (
      typeof code === 'string' &&
      PASS_THROUGH.has(code) &&
      !(original instanceof Error && !(original instanceof GraphQLError))
    ) {
      // Strip stack traces Apollo may add in development.
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      const fields = code === ErrorKind.BAD_USER_INPUT ? variableFields(formatted.message) : [];
      return { ...formatted, extensions: fields.length ? { ...extensions, fields } : extensions };
    }
    const requestId = requestIdOf();
    log(original, requestId);
    if (isInfrastructureUnavailable(original)) {
      return {
        message: `Service temporarily unavailable; try again in ${SERVICE_UNAVAILABLE_RETRY_SECONDS} seconds`,
        path: formatted.path,
        locations: formatted.locations,
        extensions: {
          code: ErrorKind.SERVICE_UNAVAILABLE,
          retryAfterSeconds: SERVICE_UNAVAILABLE_RETRY_SECONDS,
          requestId,
        },
      };
    }
    return {
      message: `Internal server error${requestId ? ` (request ${requestId})` : ''}`,
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: ErrorKind.INTERNAL_SERVER_ERROR, requestId },
    };
  };
}
