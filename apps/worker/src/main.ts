import 'reflect-metadata';

import { loadConfigOrExit } from '@leerhuis/platform-config';
import { stopOnSignals } from '@leerhuis/platform-observability';

import { createWorker } from './bootstrap';

createWorker(loadConfigOrExit()).then(stopOnSignals, (error: Error) => {
  process.stderr.write(`worker failed to start: ${error.message}\n`);
  process.exit(1);
});
