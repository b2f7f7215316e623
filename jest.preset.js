// Shared jest setup: SWC transpiles TypeScript (with decorator metadata for Nest) and the
// workspace path aliases from tsconfig.base.json resolve to sources.
const path = require('node:path');
const { compilerOptions } = require('./tsconfig.base.json');

const moduleNameMapper = {};
for (const [alias, [target]] of Object.entries(compilerOptions.paths)) {
  moduleNameMapper[`^${alias.replace(/[-/]/g, '\\$&')}$`] = path.join(__dirname, target);
}

const ESM_PACKAGES = [
  '@nestjs',
  'file-type',
  'strtok3',
  'token-types',
  'peek-readable',
  'uint8array-extras',
  '@tokenizer',
  'load-esm',
  // OIDC sign-in: openid-client and its dependencies, and oidc-provider (a test provider).
  'openid-client',
  'oauth4webapi',
  'jose',
  'oidc-provider',
  // ESM-only packages nested under the Fastify stack (@fastify/static, middie, cookie), and
  // @fastify/cookie, which loads its cookie with import().
  'content-disposition',
  'path-to-regexp',
  'cookie',
  '@fastify/cookie',
];

module.exports = {
  testEnvironment: 'node',
  moduleNameMapper,
  // NestJS 12 (and a few of its dependencies) ship ESM only; Jest on Node 20 cannot require
  // ESM, so SWC turns those packages into CommonJS too (cached after the first run).
  // The package that decides is the innermost one under node_modules (nested copies too).
  transformIgnorePatterns: [`/node_modules/(?!.*/node_modules/)(?!(${ESM_PACKAGES.join('|')})/)`],
  transform: {
    '^.+\\.(ts|js|mjs)$': [
      '@swc/jest',
      {
        jsc: {
          target: 'es2022',
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          keepClassNames: true,
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  moduleFileExtensions: ['ts', 'js', 'json'],
};
