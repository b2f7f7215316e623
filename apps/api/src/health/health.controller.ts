import { missingSchedules, QueueProducer, type Schedule } from '@leerhuis/platform-queue';

import { Controller, Get, HttpCode, Inject, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { Redis } from 'ioredis';
import { DataSource } from 'typeorm';

export const HEALTH_REDIS = Symbol('health:redis');
/** The job schedulers the worker keeps in Redis; readiness names those that are missing. */
export const EXPECTED_SCHEDULES = Symbol('health:expected-schedules');

// The timer is cleared once the check answers, so a readiness probe leaves nothing pending.
const within = <T>(ms: number, promise: Promise<T>): Promise<T> => {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timeout after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
};

/**
 * Liveness says the process runs; readiness says the platform can serve: the database and
 * Redis answer, and every job scheduler is in Redis (a Redis flush removes them until the
 * worker restores them; meanwhile no digest, koffiedate round or outbox sweep would run).
 */
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(HEALTH_REDIS) private readonly redis: Redis,
    private readonly producer: QueueProducer,
    @Inject(EXPECTED_SCHEDULES) private readonly schedules: Schedule<unknown>[],
  ) {}

  @Get('live')
  @HttpCode(200)
  live() {
    return { status: 'ok' };
  }

  @Get('ready')
  async ready(@Res() res: FastifyReply) {
    const [database, redis] = await Promise.all([
      within(2000, this.dataSource.query('SELECT 1')).then(
        () => 'ok',
        (e: Error) => `error: ${e.message}`,
      ),
      within(2000, this.redis.ping()).then(
        () => 'ok',
        (e: Error) => `error: ${e.message}`,
      ),
    ]);
    // Without Redis the schedulers cannot be read; the redis check already says why.
    const schedules =
      redis === 'ok'
        ? await within(2000, missingSchedules(this.producer, this.schedules)).then(
            (missing) =>
              missing.length === 0 ? 'ok' : `missing: ${missing.map((s) => s.id).join(', ')}`,
            (e: Error) => `error: ${e.message}`,
          )
        : 'unknown';
    const ok = database === 'ok' && redis === 'ok' && schedules === 'ok';
    res
      .status(ok ? 200 : 503)
      .send({ status: ok ? 'ok' : 'unavailable', checks: { database, redis, schedules } });
  }
}
