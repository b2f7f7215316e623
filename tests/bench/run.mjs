// Runs a TypeScript benchmark without a build step: SWC transpiles each .ts file on require
// and the workspace aliases (tsconfig.base.json paths) resolve to sources.
//   node tests/bench/run.mjs tests/bench/koffiedate-matching.bench.ts [args]
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const Module = require('node:module');
const { transformSync } = require('@swc/core');
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { compilerOptions } = require(path.join(root, 'tsconfig.base.json'));

const aliases = new Map(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [
    alias,
    path.join(root, target),
  ]),
);
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return resolveFilename.call(this, aliases.get(request) ?? request, ...rest);
};
Module._extensions['.ts'] = (module, filename) => {
  const source = require('node:fs').readFileSync(filename, 'utf8');
  const { code } = transformSync(source, {
    filename,
    // Decorators with metadata, as in jest.preset.js: benchmarks may start the real API.
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
  });
  module._compile(code, filename);
};

// The API's V8 settings and NODE_ENV, as docker/api.Dockerfile sets them, so benchmarks that
// run the API in their own process measure it as it runs in production: graphql-js, for one,
// checks every type test slowly outside production. (Our config does not read NODE_ENV from
// here: each benchmark passes its own.) Only benchmarks: an app this script starts for a test
// (the worker) runs as itself, so its pid is the one a test kills.
const API_NODE_OPTIONS = '--max-semi-space-size=64';
const isBenchmark = (process.argv[2] ?? '').endsWith('.bench.ts');
if (isBenchmark && !(process.env.NODE_OPTIONS ?? '').includes('--max-semi-space-size')) {
  // Node cannot exec itself: the child runs the benchmark, and signals go on to it.
  const { spawn } = require('node:child_process');
  const child = spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: {
      ...process.env,
      NODE_ENV: process.env.NODE_ENV ?? 'production',
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} ${API_NODE_OPTIONS}`,
    },
  });
  for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'])
    process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
} else {
  run();
}

function run() {
  const [script] = process.argv.slice(2);
  if (!script) {
    console.error('usage: node tests/bench/run.mjs <file.ts> [args]');
    process.exit(2);
  }
  require(path.resolve(script));
}
