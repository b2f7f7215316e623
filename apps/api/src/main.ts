import 'reflect-metadata';

import { loadConfigOrExit } from '@leerhuis/platform-config';

import { INestApplicationContext, Logger } from '@nestjs/common';

import { createApiApp } from './bootstrap';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const app = await createApiApp(config);
  stopOnSignals(app);
  await app.listen(config.API_PORT, config.API_HOST);
  new Logger('Api').log(
    `listening on ${config.API_HOST}:${config.API_PORT}, public URL ${config.PUBLIC_URL}`,
  );
}

/**
 * SIGTERM/SIGINT close the app (in-flight requests, pools, queues) and exit 0. Nest's own
 * shutdown hooks re-raise the signal after closing, so the process would look killed.
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

void main();
