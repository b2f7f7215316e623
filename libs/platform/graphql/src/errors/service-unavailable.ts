/** What clients are told to wait before retrying while PostgreSQL or Redis is unreachable. */
export const SERVICE_UNAVAILABLE_RETRY_SECONDS = 10;

// Socket errors of a server that is down, restarting or unreachable.
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);

// PostgreSQL SQLSTATEs: class 08 (connection exception), 57P01–57P03 (shutdown, crash,
// cannot connect now) and 53300 (too many connections).
const POSTGRES_CODES = /^(08\w{3}|57P0[123]|53300)$/;

// Errors that carry no code: node-postgres and ioredis describe a lost connection in words.
const MESSAGES = [
  /Connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /Client has encountered a connection error and is not queryable/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
  /Connection is closed/i,
  /enableOfflineQueue options? is false/i,
  /Reached the max retries per request limit/i,
  /getaddrinfo (ENOTFOUND|EAI_AGAIN)/i,
];

/**
 * Whether `error` (or what it wraps) says PostgreSQL or Redis could not be reached. Such a
 * request may succeed a few seconds later, so clients get SERVICE_UNAVAILABLE, not
 * INTERNAL_SERVER_ERROR.
 */
export function isInfrastructureUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  const candidate = error as {
    code?: unknown;
    name?: unknown;
    message?: unknown;
    cause?: unknown;
    driverError?: unknown;
    originalError?: unknown;
    thrownValue?: unknown;
    errors?: unknown;
  };
  if (typeof candidate.code === 'string') {
    if (NETWORK_CODES.has(candidate.code) || POSTGRES_CODES.test(candidate.code)) return true;
  }
  if (candidate.name === 'MaxRetriesPerRequestError') return true;
  if (
    typeof candidate.message === 'string' &&
    MESSAGES.some((m) => m.test(candidate.message as string))
  ) {
    return true;
  }
  const wrapped = [
    candidate.cause,
    candidate.driverError,
    candidate.originalError,
    // graphql-js wraps a thrown non-Error (pg-pool rejects a failed connect with one).
    candidate.thrownValue,
    ...(Array.isArray(candidate.errors) ? candidate.errors : []),
  ];
  return wrapped.some((inner) => inner !== error && isInfrastructureUnavailable(inner, depth + 1));
}
