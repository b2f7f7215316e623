import type { INestApplicationContext } from '@nestjs/common';

/**
 * SIGTERM/SIGINT close the app (in-flight requests and jobs finish, pools and queues close)
 * and exit 0. Nest's own shutdown hooks re-raise the signal after closing, so the process
 * would look killed to whoever stopped it.
 */
export function stopOnSignals(app: INestApplicationContext): void {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      app.close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
}
