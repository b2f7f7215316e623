import { isInfrastructureUnavailable } from './service-unavailable';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('isInfrastructureUnavailable', () => {
  it('recognises PostgreSQL and Redis being unreachable, also when wrapped', () => {
    const refused = withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED');
    expect(isInfrastructureUnavailable(refused)).toBe(true);
    // Node's happy-eyeballs connect fails with one error per address.
    expect(isInfrastructureUnavailable(new AggregateError([refused], ''))).toBe(true);
    expect(
      isInfrastructureUnavailable(
        withCode('terminating connection due to administrator command', '57P01'),
      ),
    ).toBe(true);
    expect(isInfrastructureUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(
      isInfrastructureUnavailable(
        Object.assign(new Error('Unexpected error value: { code: "ECONNREFUSED" }'), {
          name: 'NonErrorThrown',
          thrownValue: { errno: -111, code: 'ECONNREFUSED', syscall: 'connect' },
        }),
      ),
    ).toBe(true);
    expect(isInfrastructureUnavailable(new Error('timeout exceeded when trying to connect'))).toBe(
      true,
    );
    // TypeORM's QueryFailedError keeps the driver's error.
    expect(
      isInfrastructureUnavailable(
        Object.assign(new Error('query failed'), {
          driverError: withCode('the database system is starting up', '57P03'),
        }),
      ),
    ).toBe(true);
    expect(
      isInfrastructureUnavailable(
        new Error("Stream isn't writeable and enableOfflineQueue options is false"),
      ),
    ).toBe(true);
    expect(
      isInfrastructureUnavailable(
        Object.assign(new Error('Reached the max retries per request limit (which is 2).'), {
          name: 'MaxRetriesPerRequestError',
        }),
      ),
    ).toBe(true);
  });

  it('leaves every other error alone', () => {
    expect(isInfrastructureUnavailable(new Error('relation "x" does not exist'))).toBe(false);
    expect(isInfrastructureUnavailable(withCode('duplicate key', '23505'))).toBe(false);
    expect(isInfrastructureUnavailable(undefined)).toBe(false);
    expect(isInfrastructureUnavailable('ECONNREFUSED')).toBe(false);
  });
});
