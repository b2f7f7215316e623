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

interface GraphqlResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
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
  const query = document.toString();
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables: variables ?? {} }),
    });
  } catch (error) {
    throw new ApiError((error as Error).message, 'NETWORK_ERROR');
  }
  let body: GraphqlResponse<TResult>;
  try {
    body = (await response.json()) as GraphqlResponse<TResult>;
  } catch {
    throw new ApiError(`HTTP ${response.status}`, 'INTERNAL_SERVER_ERROR');
  }
  const first = body.errors?.[0];
  if (first) {
    const extensions = first.extensions ?? {};
    const fields = Array.isArray(extensions.fields) ? (extensions.fields as FieldError[]) : [];
    throw new ApiError(
      first.message,
      typeof extensions.code === 'string' ? extensions.code : 'INTERNAL_SERVER_ERROR',
      fields,
      extensions,
    );
  }
  if (!body.data) throw new ApiError('Empty response', 'INTERNAL_SERVER_ERROR');
  return body.data;
}
