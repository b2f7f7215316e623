import { errorText } from '../error-text';
import { ApiError } from '../graphql-client';
import type { Messages as CommonMessages } from '../i18n';

/** The page's text for a refused change: ours for a known reason, else the API's message. */
export function refusalText(
  caught: unknown,
  reasons: Record<string, string>,
  t: CommonMessages,
): string {
  if (caught instanceof ApiError) {
    const reason = caught.extensions.reason;
    if (typeof reason === 'string' && reasons[reason]) return reasons[reason];
    if (caught.code !== 'SERVICE_UNAVAILABLE' && caught.code !== 'INTERNAL_SERVER_ERROR')
      return caught.message;
  }
  return errorText(caught, t);
}

/** The field the API named in its refusal, if any. */
export function refusedField(caught: unknown): string | undefined {
  return caught instanceof ApiError ? caught.fields[0]?.field : undefined;
}
