import { GraphQLError } from 'graphql';

import { domainException, ErrorKind } from './domain.exception';
import { createErrorFormatter } from './format-error';

const SampleException = domainException('SampleException', {
  TAKEN: ErrorKind.CONFLICT,
  BAD_NAME: ErrorKind.BAD_USER_INPUT,
});

describe('createErrorFormatter', () => {
  const logged: unknown[] = [];
  const format = createErrorFormatter(
    (error) => logged.push(error),
    () => 'req-1',
  );

  it('maps a domain exception to its kind, reason and fields', () => {
    const original = new SampleException('BAD_NAME', 'Name too short', [
      { field: 'name', message: 'At least 2 characters' },
    ]);
    const error = new GraphQLError(original.message, { originalError: original, path: ['x'] });
    expect(format({ message: error.message, path: ['x'] }, error)).toEqual({
      message: 'Name too short',
      path: ['x'],
      locations: undefined,
      extensions: {
        code: 'BAD_USER_INPUT',
        reason: 'BAD_NAME',
        fields: [{ field: 'name', message: 'At least 2 characters' }],
      },
    });
  });

  it('hides unknown errors behind INTERNAL_SERVER_ERROR with the request id, and logs them', () => {
    const original = new Error('relation "secret_table" does not exist');
    const error = new GraphQLError(original.message, { originalError: original });
    const result = format(
      { message: error.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      error,
    );
    expect(result.message).toBe('Internal server error (request req-1)');
    expect(JSON.stringify(result)).not.toContain('secret_table');
    expect(logged).toContain(original);
  });

  it('answers a malformed uuid (PostgreSQL 22P02) as NOT_FOUND, like a missing object', () => {
    const original = Object.assign(new Error('invalid input syntax for type uuid: "geen-id"'), {
      code: '22P02',
    });
    const error = new GraphQLError(original.message, { originalError: original, path: ['x'] });
    expect(format({ message: error.message, path: ['x'] }, error)).toEqual({
      message: 'Not found.',
      path: ['x'],
      locations: undefined,
      extensions: { code: 'NOT_FOUND', reason: 'NOT_FOUND' },
    });
  });

  it('answers SERVICE_UNAVAILABLE with retryAfterSeconds when the database is unreachable', () => {
    const original = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), {
      code: 'ECONNREFUSED',
    });
    const error = new GraphQLError(original.message, { originalError: original, path: ['x'] });
    const result = format(
      { message: error.message, path: ['x'], extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      error,
    );
    expect(result.extensions).toEqual({
      code: 'SERVICE_UNAVAILABLE',
      retryAfterSeconds: 10,
      requestId: 'req-1',
    });
    expect(result.message).not.toContain('5432');
    expect(logged).toContain(original);
  });

  it('keeps GraphQL validation errors as they are', () => {
    const error = new GraphQLError('Cannot query field "x"', {
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    expect(
      format({ message: error.message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }, error)
        .extensions?.code,
    ).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('hides INTERNAL_SERVER_ERROR GraphQL errors too, whatever their message', () => {
    const error = new GraphQLError('connect ECONNREFUSED 10.0.0.5:5432', {
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    const result = format(
      { message: error.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      error,
    );
    expect(result.message).toBe('Internal server error (request req-1)');
    expect(logged).toContain(error);
  });

  it('names the field of a variable that does not fit its type', () => {
    const message =
      'Variable "$input" got invalid value "ASTRONAUT" at "input.jobRole"; Value "ASTRONAUT" does not exist in "JobRole" enum.';
    const error = new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
    expect(format({ message, extensions: { code: 'BAD_USER_INPUT' } }, error).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'jobRole', message: 'Value "ASTRONAUT" does not exist in "JobRole" enum.' },
      ],
    });
    const scalar =
      'Variable "$first" got invalid value "x"; Int cannot represent non-integer value: "x"';
    expect(
      format({ message: scalar, extensions: { code: 'BAD_USER_INPUT' } }, new GraphQLError(scalar))
        .extensions?.fields,
    ).toEqual([{ field: 'first', message: 'Int cannot represent non-integer value: "x"' }]);
  });
});
