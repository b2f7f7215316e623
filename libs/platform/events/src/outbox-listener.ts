import { AppConfig } from '@leerhuis/platform-config';

import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Client } from 'pg';

import { OUTBOX_CHANNEL } from './outbox';
import { OutboxRelay } from './outbox-relay';

/** Reconnect delays after the LISTEN connection is lost: doubling from 250 ms up to 10 s. */
export const LISTEN_BACKOFF = { initialMs: 250, maxMs: 10_000 };

/**
 * LISTENs for outbox notifications and drains at once, so a sign-in email leaves within
 * milliseconds of the commit. Drains run one at a time; a notification during a drain
 * schedules one more. When the connection is lost (a PostgreSQL restart or failover) it
 * reconnects with backoff; meanwhile the sweep schedule still delivers, only more slowly.
 */
@Injectable()
export class OutboxListener implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxListener.name);
  private client?: Client;
  private running?: Promise<void>;
  private again = false;
  private stopped = false;
  private retryTimer?: NodeJS.Timeout;
  private failures = 0;
  /** Times LISTEN was (re-)established, since start (for logs and tests). */
  connections = 0;
  /** Notifications received, since start. */
  notifications = 0;

  constructor(
    private readonly config: AppConfig,
    private readonly relay: OutboxRelay,
  ) {}

  get listening(): boolean {
    return this.client !== undefined;
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.connect();
    this.kick();
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new Client({ connectionString: this.config.DATABASE_URL });
    // Registered before connect: an error without a listener would crash the process.
    client.on('error', (error) => this.lost(client, error.message));
    client.on('end', () => this.lost(client, 'connection ended'));
    client.on('notification', () => {
      this.notifications += 1;
      this.kick();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      this.retry(`LISTEN unavailable, relying on the outbox sweep: ${(error as Error).message}`);
      return;
    }
    if (this.stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.connections += 1;
    if (this.connections > 1 || this.failures > 0) {
      this.logger.log(`outbox LISTEN reconnected (attempt ${this.failures})`);
    }
    this.failures = 0;
  }

  /** The connection broke: forget it and reconnect; events committed meanwhile are drained. */
  private lost(client: Client, reason: string): void {
    if (this.client !== client || this.stopped) return;
    this.client = undefined;
    client.end().catch(() => undefined);
    this.retry(`outbox LISTEN connection lost (${reason}); reconnecting`);
  }

  private retry(message: string): void {
    if (this.stopped || this.retryTimer) return;
    const delay = Math.min(LISTEN_BACKOFF.maxMs, LISTEN_BACKOFF.initialMs * 2 ** this.failures);
    this.failures += 1;
    this.logger.warn(`${message} (attempt ${this.failures} in ${delay} ms)`);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      void this.connect().then(() => {
        // A notification sent while we were away is lost: drain what it announced.
        if (this.client) this.kick();
      });
    }, delay);
  }

  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.relay
      .drain()
      .then(() => undefined)
      .catch((error: Error) => this.logger.error(`outbox drain failed: ${error.message}`))
      .finally(() => {
        this.running = undefined;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    await this.running;
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }
}
