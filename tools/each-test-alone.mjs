#!/usr/bin/env node
// Runs every test of one integration spec on its own (`-t '^<full name>$'`), to show that no
// test leans on state an earlier one made. Usage:
//   node tools/each-test-alone.mjs [--config <jest config>] <spec file> [-- extra jest args]
// The config defaults to the integration tests' (browser specs: tests/jest.browser.config.js).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const args = process.argv.slice(2);
let configFile = 'tests/jest.integration.config.js';
if (args[0] === '--config') {
  configFile = args[1];
  args.splice(0, 2);
}
const [file, ...rest] = args;
if (!file || !configFile) {
  console.error(
    'usage: node tools/each-test-alone.mjs [--config <jest config>] <spec file> [-- extra jest args]',
  );
  process.exit(2);
}
const extra = rest[0] === '--' ? rest.slice(1) : rest;
const config = ['-c', configFile];
const dir = mkdtempSync(join(tmpdir(), 'each-test-alone-'));

function jest(args) {
  const out = join(dir, 'result.json');
  spawnSync('npx', ['jest', ...config, file, '--json', `--outputFile=${out}`, ...extra, ...args], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return JSON.parse(readFileSync(out, 'utf8'));
}

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

try {
  // The names come from one run of the whole file.
  const whole = jest([]);
  const names = whole.testResults.flatMap((r) => r.assertionResults.map((a) => a.fullName));
  console.log(`${whole.success ? 'PASS' : 'FAIL'}  the whole file, in order\n`);
  const failed = [];
  for (const name of names) {
    const result = jest(['-t', `^${escape(name)}$`]);
    const ran = result.testResults.flatMap((r) => r.assertionResults);
    const passed = ran.filter((a) => a.status === 'passed').length;
    const ok = result.success && passed === 1;
    console.log(`${ok ? 'PASS' : 'FAIL'}  ${name}`);
    if (!ok) failed.push(name);
  }
  console.log(`\n${names.length - failed.length} of ${names.length} tests pass alone`);
  process.exitCode = failed.length || !whole.success ? 1 : 0;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
