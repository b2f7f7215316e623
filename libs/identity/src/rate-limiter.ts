import type { Redis } from 'ioredis';

export interface RateLimitRule {
  key: string;
  limit: number;
  windowSeconds: number;
}

export interface RateLimitVerdict {
  allowed: boolean;
  retryAfterSeconds: number;
}

/**
 * Fixed-window counters in Redis. All rules are counted in one round trip; the request is
 * refused when any rule is over its limit.
 */
export class RateLimiter {
  constructor(private readonly redis: Redis) {}

  async hit(rules: RateLimitRule[]): Promise<RateLimitVerdict> {
    const pipeline = this.redis.multi();
    for (const rule of rules) {
      pipeline.incr(rule.key);
      pipeline.expire(rule.key, rule.windowSeconds, 'NX');
      pipeline.ttl(rule.key);
    }
    const results = (await pipeline.exec()) ?? [];
    let retryAfterSeconds = 0;
    rules.forEach((rule, i) => {
      const count = Number(results[i * 3]?.[1]);
      const ttl = Number(results[i * 3 + 2]?.[1]);
      if (count > rule.limit)
        retryAfterSeconds = Math.max(retryAfterSeconds, ttl > 0 ? ttl : rule.windowSeconds);
    });
    return { allowed: retryAfterSeconds === 0, retryAfterSeconds };
  }
}
