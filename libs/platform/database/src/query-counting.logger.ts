import { requestContext } from '@leerhuis/platform-observability';

import type { Logger as TypeOrmLogger } from 'typeorm';

/**
 * Counts every SQL statement against the current request or job, so logs, the N+1 tests and
 * the benchmarks can report statements per request. Slow queries and errors are logged.
 */
export class QueryCountingLogger implements TypeOrmLogger {
  static total = 0;

  constructor(
    private readonly report: (level: 'warn' | 'error', message: string, extra: object) => void,
  ) {}

  logQuery(): void {
    QueryCountingLogger.total += 1;
    const context = requestContext.current();
    if (context) context.queryCount += 1;
  }
  logQueryError(error: string | Error, query: string): void {
    this.logQuery();
    this.report('error', 'query failed', { error: String(error), query: query.slice(0, 500) });
  }
  logQuerySlow(time: number, query: string): void {
    this.report('warn', 'slow query', { ms: time, query: query.slice(0, 500) });
  }
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
