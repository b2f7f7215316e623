/** The error codes clients see in `extensions.code`. */
export enum ErrorKind {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  RATE_LIMITED = 'RATE_LIMITED',
  /** PostgreSQL or Redis is unreachable; `retryAfterSeconds` says when to try again. */
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** An input field that was refused, with a message a person can act on. */
export interface FieldError {
  field: string;
  message: string;
}

/**
 * Base of every domain's exception. A domain subclasses it with its own code enum and a
 * code → kind table; services throw these, never GraphQL errors.
 */
export abstract class DomainException<TCode extends string = string> extends Error {
  abstract readonly kind: ErrorKind;

  constructor(
    readonly code: TCode,
    message: string,
    readonly fields: FieldError[] = [],
    /** Extra machine-readable detail, e.g. `retryAfterSeconds`. Never internals. */
    readonly detail: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Helper for domains: builds an exception class from a code → kind table. */
export function domainException<TCode extends string>(
  name: string,
  kinds: Record<TCode, ErrorKind>,
) {
  const Exception = class extends DomainException<TCode> {
    get kind(): ErrorKind {
      return kinds[this.code];
    }
  };
  Object.defineProperty(Exception, 'name', { value: name });
  return Exception;
}

export enum InputErrorCode {
  INVALID_INPUT = 'INVALID_INPUT',
}

/** Input that failed validation before reaching a service (class-validator). */
export class InputValidationException extends DomainException<InputErrorCode> {
  readonly kind = ErrorKind.BAD_USER_INPUT;

  constructor(fields: FieldError[]) {
    super(
      InputErrorCode.INVALID_INPUT,
      `Invalid input: ${fields.map((f) => f.field).join(', ')}`,
      fields,
    );
  }
}
