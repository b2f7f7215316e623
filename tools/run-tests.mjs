#!/usr/bin/env node
// Runs every check Leerhuis has and ends with one line: "N passed, N failed".
// Each lint/typecheck/build task and the schema check count as one check each; unit,
// integration and end-to-end tests count per test case (from Jest's JSON reports).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
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
  const { seconds } = run('npx', ['jest', '-c', config, '--json', `--outputFile=${output}`]);
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

async function checkServices() {
  const missing = [];
  if (!(await reachable('127.0.0.1', 5432))) {
    missing.push(
      'PostgreSQL on 127.0.0.1:5432 (user postgres, trust auth): start it, e.g. `pg_ctlcluster <version> main start`, or `docker compose -f docker/compose.yml up -d postgres`.',
    );
  }
  if (!(await reachable('127.0.0.1', 6379))) {
    missing.push(
      'Redis on 127.0.0.1:6379: start it, e.g. `redis-server --daemonize yes`, or `docker compose -f docker/compose.yml up -d redis`.',
    );
  }
  if (missing.length) {
    process.stderr.write(
      `The tests need real services that are not reachable:\n${missing.map((m) => `  - ${m}`).join('\n')}\n`,
    );
    process.stdout.write('0 passed, 1 failed\n');
    process.exit(1);
  }
}

function ensureDebianTools() {
  // docker-compose validates docker/compose.yml (no Docker engine needed).
  if (run('sh', ['-c', 'command -v docker-compose >/dev/null'], { capture: true }).code === 0)
    return;
  heading('installing Debian package docker-compose');
  if (process.getuid?.() === 0) {
    run('sh', [
      '-c',
      'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker-compose >/dev/null',
    ]);
  } else {
    process.stderr.write(
      'docker-compose is missing; install it with `sudo apt-get install docker-compose`.\n',
    );
  }
}

async function main() {
  await checkServices();
  ensureDebianTools();
  rmSync(artifacts, { recursive: true, force: true });
  mkdirSync(join(artifacts, 'unit'), { recursive: true });

  heading('formatting (prettier)');
  const format = run('npx', ['prettier', '--check', '.'], { capture: true });
  results.push({
    step: 'formatting',
    passed: format.code === 0 ? 1 : 0,
    failed: format.code === 0 ? 0 : 1,
    seconds: format.seconds,
    failures: format.code ? ['files are not formatted: run npx prettier --write .'] : [],
  });

  nxStep('lint and typecheck', ['lint', 'typecheck']);

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

  nxStep('build', ['build'], ['web', 'api', 'worker', 'demo']);

  heading('schema.gql is current');
  // Building the schema boots the API module graph, which connects to the local services.
  const schema = run('node', ['dist/apps/api/apps/api/src/tools/schema.js', '--check'], {
    capture: true,
    env: {
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/postgres',
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

  heading('generated web client is current');
  const codegen = run('node', ['tools/check-codegen.mjs'], { capture: true });
  results.push({
    step: 'web codegen is current',
    passed: codegen.code === 0 ? 1 : 0,
    failed: codegen.code === 0 ? 0 : 1,
    seconds: codegen.seconds,
    failures: codegen.code ? ['apps/web/src/gql is stale: run node tools/codegen.mjs'] : [],
  });

  jestStep(
    'integration tests',
    'tests/jest.integration.config.js',
    join(artifacts, 'integration.json'),
  );
  jestStep('end-to-end tests', 'tests/jest.e2e.config.js', join(artifacts, 'e2e.json'));
  jestStep('browser tests', 'tests/jest.browser.config.js', join(artifacts, 'browser.json'));

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
