import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';

import { FieldError, InputValidationException } from './domain.exception';

function flatten(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** What a user sends: GraphQL arguments, or a REST body, query string or path parameter. */
const USER_INPUT = new Set(['args', 'body', 'query', 'param']);

/**
 * Validates user input only. A resolver-level pipe also sees each field resolver's parent
 * (`@Parent()`, our own entity): validating it would copy every parent object once per field
 * and per item of a page, for nothing.
 */
class InputValidationPipe extends ValidationPipe {
  override transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (!USER_INPUT.has(metadata.type)) return Promise.resolve(value);
    return super.transform(value, metadata);
  }
}

/** Validates every input DTO and reports each offending field by its path. */
export function createValidationPipe(): ValidationPipe {
  return new InputValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: false,
    exceptionFactory: (errors) => new InputValidationException(flatten(errors)),
  });
}
