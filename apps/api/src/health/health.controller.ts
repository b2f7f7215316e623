import { Controller, Get, HttpCode, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { Redis } from 'ioredis';
import { DataSource } from 'typeorm';

export const HEALTH_REDIS = Symbol('health:redis');

// The timer is cleared once the check answers, so a readiness probe leaves nothing pending.
const within = <T>(ms: number, promise: Promise<T>): Promise<T> => {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timeout after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
};

/** Liveness says the process runs; readiness says it can serve (database and Redis answer). */
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(HEALTH_REDIS) private readonly redis: Redis,
  ) {}

  @Get('live')
  @HttpCode(200)
  live() {
    return { status: 'ok' };
  }

  @Get('ready')
  async ready(@Res() res: Response) {
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
    const ok = database === 'ok' && redis === 'ok';
    res
      .status(ok ? 200 : 503)
      .json({ status: ok ? 'ok' : 'unavailable', checks: { database, redis } });
  }
}
