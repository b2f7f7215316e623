import 'reflect-metadata';

import { loadConfigOrExit } from '@leerhuis/platform-config';
import { stopOnSignals } from '@leerhuis/platform-observability';

import { setPriority } from 'node:os';

import { createWorker } from './bootstrap';

const config = loadConfigOrExit();
// Here, not in createWorker: it is this process's priority (tests run the worker in-process).
try {
  setPriority(config.WORKER_NICE);
} catch (error) {
  // Lowering one's own priority is always allowed; raising it back (a lower value) is not.
  process.stderr.write(`worker priority unchanged: ${(error as Error).message}\n`);
}
createWorker(config).then(stopOnSignals, (error: Error) => {
  process.stderr.write(`worker failed to start: ${error.message}\n`);
  process.exit(1);
});
