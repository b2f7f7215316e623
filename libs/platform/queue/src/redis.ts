import { AppConfig } from '@leerhuis/platform-config';

import { Redis } from 'ioredis';

/** BullMQ needs maxRetriesPerRequest: null on blocking connections. */
export function bullConnection(config: Pick<AppConfig, 'REDIS_URL'>) {
  return { url: config.REDIS_URL, maxRetriesPerRequest: null };
}

export function bullPrefix(config: Pick<AppConfig, 'REDIS_PREFIX'>): string {
  return `${config.REDIS_PREFIX}:bull`;
}

/** A plain client for our own keys (rate limits); every key gets the configured prefix. */
export function createRedisClient(config: Pick<AppConfig, 'REDIS_URL' | 'REDIS_PREFIX'>): Redis {
  return new Redis(config.REDIS_URL, {
    keyPrefix: `${config.REDIS_PREFIX}:`,
    maxRetriesPerRequest: 2,
    enableOfflineQueue: false,
    lazyConnect: false,
  });
}

/**
 * Closes a client from createRedisClient. While Redis is unreachable quit() is refused (no
 * offline queue) and ioredis would go on reconnecting, keeping the process alive; disconnect()
 * stops that.
 */
export async function closeRedisClient(client: Redis): Promise<void> {
  await client.quit().catch(() => client.disconnect());
}
