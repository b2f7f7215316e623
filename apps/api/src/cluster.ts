import type { AppConfig } from '@leerhuis/platform-config';
import { createLogger } from '@leerhuis/platform-observability';

import cluster from 'node:cluster';

/**
 * Runs the API as `processes` processes on one port (node cluster): the primary forks the
 * workers, which each run `start` and share the listening socket; the primary itself runs no
 * API. One process (the default) runs `start` here, with no primary in between.
 *
 * The primary replaces a worker that dies, and on SIGTERM or SIGINT passes SIGTERM on, so
 * every worker closes gracefully, then exits once all have.
 */
export function runAsProcesses(config: AppConfig, start: () => Promise<void>): void {
  const processes = config.API_PROCESSES;
  if (processes <= 1 || !cluster.isPrimary) {
    void start();
    return;
  }
  // JSON lines like the API processes' own.
  const logger = createLogger({ name: 'api', level: config.LOG_LEVEL });
  let stopping = false;
  const listened = new Set<number>();
  for (let i = 0; i < processes; i += 1) cluster.fork();
  cluster.on('listening', (worker) => listened.add(worker.id));
  cluster.on('exit', (worker, code, signal) => {
    if (!stopping && !listened.has(worker.id)) {
      // It never came up (the database unreachable, say): another would fail alike.
      logger.error(`API process ${worker.process.pid} failed to start (${signal ?? code})`);
      stop();
      process.exitCode = code || 1;
    }
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit();
      return;
    }
    logger.warn(`API process ${worker.process.pid} ended (${signal ?? code}); starting another`);
    cluster.fork();
  });
  function stop(): void {
    if (stopping) return;
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
  }
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, stop);
  logger.info(`primary ${process.pid}: ${processes} API processes`);
}
