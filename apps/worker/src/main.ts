import 'reflect-metadata';

import { loadConfigOrExit } from '@leerhuis/platform-config';

import { INestApplicationContext } from '@nestjs/common';

import { createWorker } from './bootstrap';

/**
 * SIGTERM/SIGINT let running jobs finish (WorkerHost closes the BullMQ workers) and exit 0.
 * Nest's own shutdown hooks re-raise the signal after closing, so the process would look killed.
 */
function stopOnSignals(app: INestApplicationContext): void {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      app.close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
}

createWorker(loadConfigOrExit()).then(stopOnSignals, (error: Error) => {
  process.stderr.write(`worker failed to start: ${error.message}\n`);
  process.exit(1);
});
