import { AppConfig } from '@leerhuis/platform-config';

import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Client } from 'pg';

import { OUTBOX_CHANNEL } from './outbox';
import { OutboxRelay } from './outbox-relay';

/**
 * LISTENs for outbox notifications and drains at once, so a sign-in email leaves within
 * milliseconds of the commit. Drains run one at a time; a notification during a drain
 * schedules one more.
 */
@Injectable()
export class OutboxListener implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxListener.name);
  private client?: Client;
  private running?: Promise<void>;
  private again = false;

  constructor(
    private readonly config: AppConfig,
    private readonly relay: OutboxRelay,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    try {
      const client = new Client({ connectionString: this.config.DATABASE_URL });
      await client.connect();
      client.on('notification', () => this.kick());
      client.on('error', (error) => this.logger.warn(`outbox listener: ${error.message}`));
      await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
      this.client = client;
    } catch (error) {
      // The sweep schedule still delivers; only latency suffers.
      this.logger.warn(
        `LISTEN unavailable, relying on the outbox sweep: ${(error as Error).message}`,
      );
    }
    this.kick();
  }

  kick(): void {
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
    await this.running;
    await this.client?.end().catch(() => undefined);
  }
}
