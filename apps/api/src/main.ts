import 'reflect-metadata';

import { AppConfig, loadConfigOrExit } from '@leerhuis/platform-config';
import { stopOnSignals } from '@leerhuis/platform-observability';

import { Logger } from '@nestjs/common';

import { createApiApp } from './bootstrap';
import { runAsProcesses } from './cluster';

async function main(config: AppConfig): Promise<void> {
  const app = await createApiApp(config);
  stopOnSignals(app);
  await app.listen(config.API_PORT, config.API_HOST);
  new Logger('Api').log(
    `listening on ${config.API_HOST}:${config.API_PORT}, public URL ${config.PUBLIC_URL}`,
  );
}

const config = loadConfigOrExit();
runAsProcesses(config, () => main(config));
