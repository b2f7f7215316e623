import type { TypedDocumentString } from './gql/graphql';

/** A refused field, as the API reports it in `extensions.fields`. */
export interface FieldError {
  field: string;
  message: string;
}

/** The first GraphQL error of a response, with what forms need from its extensions. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly fields: FieldError[] = [],
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The message for one field, if the API refused it. */
  fieldError(field: string): string | undefined {
    return this.fields.find((f) => f.field === field)?.message;
  }
}

/** What to wait before retrying when the API says SERVICE_UNAVAILABLE without a figure. */
const DEFAULT_RETRY_SECONDS = 10;

/** Whether the API (or the proxy before it) said Leerhuis is briefly unreachable. */
export function isServiceUnavailable(caught: unknown): boolean {
  return caught instanceof ApiError && caught.code === 'SERVICE_UNAVAILABLE';
}

/** Seconds to wait before retrying, for a SERVICE_UNAVAILABLE error. */
export function retryAfterSeconds(caught: unknown): number {
  const seconds = caught instanceof ApiError ? Number(caught.extensions.retryAfterSeconds) : NaN;
  return Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds) : DEFAULT_RETRY_SECONDS;
}

/** The latest outage a response reported; cleared by the next answer that is not one. */
export interface Outage {
  retryAfterSeconds: number;
}
let outage: Outage | null = null;
const outageListeners = new Set<(outage: Outage | null) => void>();

/** Follows outages, so one notice in the layout can explain every failing section. */
export function subscribeToOutage(listener: (outage: Outage | null) => void): () => void {
  outageListeners.add(listener);
  listener(outage);
  return () => outageListeners.delete(listener);
}

function reportOutage(next: Outage | null): void {
  if (next === null && outage === null) return;
  outage = next;
  for (const listener of outageListeners) listener(next);
}

interface GraphqlResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** One POST to /graphql; the session is the HttpOnly cookie. */
async function post(body: { query?: string; variables?: unknown; extensions?: unknown }) {
  try {
    return await fetch('/graphql', {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ ...body, variables: body.variables ?? {} }),
    });
  } catch (error) {
    throw new ApiError((error as Error).message, 'NETWORK_ERROR');
  }
}

/** The JSON answer; a proxy's error page instead of JSON becomes an ApiError. */
async function readBody<T>(response: Response): Promise<GraphqlResponse<T>> {
  try {
    return (await response.json()) as GraphqlResponse<T>;
  } catch {
    // A proxy in front of the API answers 502–504 while the API is restarting.
    if ([502, 503, 504].includes(response.status)) {
      const error = new ApiError(`HTTP ${response.status}`, 'SERVICE_UNAVAILABLE', [], {
        retryAfterSeconds: Number(response.headers.get('retry-after')) || DEFAULT_RETRY_SECONDS,
      });
      reportOutage({ retryAfterSeconds: retryAfterSeconds(error) });
      throw error;
    }
    throw new ApiError(`HTTP ${response.status}`, 'INTERNAL_SERVER_ERROR');
  }
}

/**
 * Sends a typed operation to /graphql on this origin. The session is the HttpOnly cookie;
 * the JSON content type also satisfies Apollo's CSRF prevention.
 */
export async function request<TResult, TVariables>(
  // Pre-printed by codegen (documentMode 'string'), so no graphql-js is needed to send it.
  document: TypedDocumentString<TResult, TVariables>,
  ...[variables]: [TVariables] extends [Record<string, never>] ? [] : [TVariables]
): Promise<TResult> {
  // Codegen gives each operation the hash of its entry on the API's allow-list: sent alone,
  // as production runs nothing else (persisted operations, Apollo's protocol).
  const hash = (document as { __meta__?: { hash?: string } }).__meta__?.hash;
  const response = await post(
    hash
      ? { variables, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }
      : { query: document.toString(), variables },
  );
  let body = await readBody<TResult>(response);
  if (hash && body.errors?.[0]?.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND') {
    // An API that does not list the operation yet (development, before a restart): once more
    // with the document itself.
    body = await readBody<TResult>(await post({ query: document.toString(), variables }));
  }
  const first = body.errors?.[0];
  if (first) {
    const extensions = first.extensions ?? {};
    const fields = Array.isArray(extensions.fields) ? (extensions.fields as FieldError[]) : [];
    const error = new ApiError(
      first.message,
      typeof extensions.code === 'string' ? extensions.code : 'INTERNAL_SERVER_ERROR',
      fields,
      extensions,
    );
    reportOutage(
      isServiceUnavailable(error) ? { retryAfterSeconds: retryAfterSeconds(error) } : null,
    );
    throw error;
  }
  reportOutage(null);
  if (!body.data) throw new ApiError('Empty response', 'INTERNAL_SERVER_ERROR');
  return body.data;
}
