import {
  assertWritableDir,
  isPortFree,
  preferPort,
  type RunningPostgres,
  startEmbeddedPostgres,
} from '@leerhuis/platform-embedded-postgres';

import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

import { log, logError } from './log';
import { type DemoMail, startDemoMail } from './mail';
import {
  choosePostgres,
  ensureDatabase,
  LOCAL_DEMO_DATABASE,
  LOCAL_POSTGRES_URL,
  probeLocalPostgres,
  redactUrl,
  verifyPostgres,
  withDatabase,
} from './postgres';
import {
  describeExit,
  expectSuccess,
  type ServiceProcess,
  startNodeProcess,
  stopProcess,
  waitForReady,
} from './processes';
import { parsePersonas, readyBanner, readyLine } from './ready-banner';
import { chooseRedis, findOnPath, pingRedis, type SpawnedRedis, spawnRedis } from './redis';

const SCRIPTS = {
  migrate: 'dist/apps/api/apps/api/src/tools/migrate.js',
  seed: 'dist/apps/api/apps/api/src/tools/seed-demo.js',
  api: 'dist/apps/api/apps/api/src/main.js',
  worker: 'dist/apps/worker/apps/worker/src/main.js',
};

// Everything started so far, so a signal or a failure at any step stops exactly that.
const state: {
  embedded?: RunningPostgres;
  redis?: SpawnedRedis;
  mail?: DemoMail;
  tools: Set<ServiceProcess>;
  services: ServiceProcess[];
  stopping: boolean;
} = { tools: new Set(), services: [], stopping: false };

/** The repository root (where nx.json is), wherever the compiled launcher sits below it. */
function findRepoRoot(from: string): string {
  for (let dir = from; dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'nx.json'))) return dir;
  }
  return process.cwd();
}

/**
 * A port from the environment (e.g. DEMO_SMTP_PORT=2525), or undefined for the default.
 * A named port must be free: we say so now rather than let a service die on it later.
 */
async function portFromEnv(name: string): Promise<number | undefined> {
  const value = process.env[name];
  if (!value) return undefined;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`${name} must be a port number, got "${value}"`);
  }
  if (port !== 0 && !(await isPortFree(port))) {
    throw new Error(
      `${name}=${port}: that port is taken by another program; free it or choose another.`,
    );
  }
  return port;
}

async function shutdown(code: number): Promise<never> {
  if (!state.stopping) {
    state.stopping = true;
    log('stopping …');
    const step = async (what: string, fn: () => Promise<void>) => {
      try {
        await fn();
      } catch (error) {
        logError(`could not stop ${what}: ${(error as Error).message}`);
      }
    };
    await step('api and worker', async () => {
      await Promise.all([...state.tools, ...state.services].map((p) => stopProcess(p, 10_000)));
    });
    if (state.redis) await step('redis-server', state.redis.stop);
    if (state.mail) await step('mail catcher', state.mail.stop);
    if (state.embedded) await step('embedded PostgreSQL', state.embedded.stop);
    log('stopped');
  }
  process.exit(code);
}

async function main(): Promise<void> {
  const root = findRepoRoot(__dirname);
  for (const script of Object.values(SCRIPTS)) {
    if (!existsSync(join(root, script))) {
      throw new Error(
        `${script} is missing; build first: npx nx run-many -t build -p api worker demo`,
      );
    }
  }

  // LEERHUIS_DATA_DIR lets tests (or a second demo) keep their data apart.
  const dataRoot = process.env.LEERHUIS_DATA_DIR || join(root, '.data');
  const logDir = join(dataRoot, 'logs');
  assertWritableDir(logDir, undefined, 'LEERHUIS_DATA_DIR: the log directory');
  const apiPort = (await portFromEnv('DEMO_API_PORT')) || (await preferPort(3000));
  const smtpPort = await portFromEnv('DEMO_SMTP_PORT');
  const inboxPort = await portFromEnv('DEMO_MAIL_PORT');

  // 1. PostgreSQL
  const pgChoice = await choosePostgres(process.env, () => probeLocalPostgres());
  let databaseUrl: string;
  let postgresDetail: string;
  if (pgChoice.kind === 'embedded') {
    const dataDir = join(dataRoot, 'postgres');
    const port = (await portFromEnv('LEERHUIS_POSTGRES_PORT')) || (await preferPort(5433));
    log(
      `PostgreSQL: embedded server on 127.0.0.1:${port}, data in ${dataDir} (${pgChoice.reason})`,
    );
    state.embedded = await startEmbeddedPostgres({
      dataDir,
      port,
      logFile: join(logDir, 'postgres.log'),
    });
    databaseUrl = withDatabase(state.embedded.url, LOCAL_DEMO_DATABASE);
    postgresDetail = `embedded PostgreSQL on 127.0.0.1:${port}, data in ${dataDir}`;
    void state.embedded.exited.then(() => {
      if (state.stopping) return;
      logError(`embedded PostgreSQL exited unexpectedly; see ${join(logDir, 'postgres.log')}`);
      void shutdown(1);
    });
  } else if (pgChoice.kind === 'local') {
    databaseUrl = withDatabase(LOCAL_POSTGRES_URL, LOCAL_DEMO_DATABASE);
    postgresDetail = databaseUrl;
    log(`PostgreSQL: ${databaseUrl} (${pgChoice.reason})`);
  } else {
    databaseUrl = pgChoice.url;
    postgresDetail = redactUrl(databaseUrl);
    log(`PostgreSQL: ${redactUrl(databaseUrl)} (${pgChoice.reason})`);
  }
  if ((await ensureDatabase(databaseUrl)) === 'created') {
    log(`PostgreSQL: created database "${new URL(databaseUrl).pathname.slice(1)}"`);
  }
  await verifyPostgres(databaseUrl);

  // 2. Redis
  const redisChoice = await chooseRedis(process.env, {
    pingLocal: () => pingRedis(6379),
    findRedisServer: () => findOnPath('redis-server'),
  });
  let redisUrl: string;
  if (redisChoice.kind === 'none') {
    logError(redisChoice.reason);
    return shutdown(1);
  } else if (redisChoice.kind === 'spawn') {
    state.redis = await spawnRedis(redisChoice.binary);
    redisUrl = state.redis.url;
  } else {
    redisUrl = redisChoice.url;
  }
  log(`Redis: ${redactUrl(redisUrl)} (${redisChoice.reason})`);

  // 3. Mail
  state.mail = await startDemoMail({ smtpPort, inboxPort });
  log(`Mail: SMTP ${state.mail.smtpUrl}, inbox ${state.mail.inboxUrl}`);

  const publicUrl = `http://127.0.0.1:${apiPort}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    REDIS_PREFIX: process.env.REDIS_PREFIX || 'leerhuis-demo',
    SMTP_URL: state.mail.smtpUrl,
    API_PORT: String(apiPort),
    PUBLIC_URL: publicUrl,
    NODE_ENV: 'development',
    LEERHUIS_STOP_WITH_STDIN: '1',
  };
  // The web app is built by `./leerhuis demo` (nx build web); the launcher only serves it.
  const webDist = join(root, 'dist', 'apps', 'web');
  const webBuilt = existsSync(join(webDist, 'index.html'));
  if (webBuilt) env.WEB_DIST_DIR = webDist;
  else log(`Web app: not built (${webDist} is missing); run npx nx run web:build`);
  const opts = (name: string) => ({ env, cwd: root, logFile: join(logDir, `${name}.log`) });

  // 4. Migrations and demo data
  let personas: ReturnType<typeof parsePersonas> = [];
  for (const [name, script, args] of [
    ['migrate', SCRIPTS.migrate, ['up']],
    ['seed', SCRIPTS.seed, []],
  ] as const) {
    if (state.stopping) return;
    const tool = startNodeProcess(name, join(root, script), [...args], opts(name));
    state.tools.add(tool);
    await expectSuccess(tool);
    state.tools.delete(tool);
    if (name === 'seed') personas = parsePersonas(tool.tail());
  }

  // 5. API and worker
  if (state.stopping) return;
  log(`API and worker starting; their logs: ${logDir}`);
  const api = startNodeProcess('api', join(root, SCRIPTS.api), [], opts('api'));
  const worker = startNodeProcess('worker', join(root, SCRIPTS.worker), [], opts('worker'));
  state.services.push(api, worker);
  await waitForReady(`${publicUrl}/health/ready`, [api, worker], 60_000);
  for (const proc of state.services) {
    void proc.exited.then((exit) => {
      if (state.stopping) return;
      logError(`${proc.name} exited unexpectedly (${describeExit(exit)})`);
      void shutdown(1);
    });
  }

  // 6. Tell the human and the tests
  const info = {
    ...(webBuilt ? { webUrl: `${publicUrl}/` } : {}),
    apiUrl: publicUrl,
    mailUrl: state.mail.inboxUrl,
    postgres: pgChoice.kind === 'embedded' ? ('embedded' as const) : ('server' as const),
    postgresDetail,
    databaseUrl: redactUrl(databaseUrl),
    redis: state.redis ? ('spawned' as const) : ('server' as const),
    redisDetail: state.redis ? `redis-server at ${redisUrl}` : redactUrl(redisUrl),
    logDir,
    personas,
  };
  // The machine-readable line first, so the banner is the last thing on screen.
  process.stdout.write(`${readyLine(info)}\n`);
  process.stdout.write(`\n${readyBanner(info)}\n`);
}

process.once('SIGINT', () => void shutdown(0));
process.once('SIGTERM', () => void shutdown(0));
// Children live in their own process groups; never leave them behind if we die abruptly.
process.once('exit', () => {
  for (const proc of [...state.tools, ...state.services]) {
    if (proc.child.exitCode === null && proc.child.signalCode === null) proc.child.kill('SIGKILL');
  }
  if (state.redis && state.redis.child.exitCode === null) state.redis.child.kill('SIGKILL');
});

main().catch((error: Error) => {
  logError(error.message);
  void shutdown(1);
});
