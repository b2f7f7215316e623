import type { INestApplicationContext } from '@nestjs/common';

/**
 * SIGTERM/SIGINT close the app (in-flight requests and jobs finish, pools and queues close)
 * and exit 0. Nest's own shutdown hooks re-raise the signal after closing, so the process
 * would look killed to whoever stopped it.
 */
export function stopOnSignals(app: INestApplicationContext): void {
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, stop);
  // A launcher that holds our stdin (the demo) may be killed outright; its end of the pipe
  // closing is then the only sign, and we stop rather than run on without it.
  if (process.env.LEERHUIS_STOP_WITH_STDIN === '1') {
    process.stdin.once('end', stop).once('error', stop).resume();
  }
}
