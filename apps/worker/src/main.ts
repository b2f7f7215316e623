import 'reflect-metadata';

import { loadConfigOrExit } from '@leerhuis/platform-config';

import { createWorker } from './bootstrap';

createWorker(loadConfigOrExit()).catch((error: Error) => {
  process.stderr.write(`worker failed to start: ${error.message}\n`);
  process.exit(1);
});
