// Browser tests: Debian's Chromium driven by playwright-core against the real stack in-process,
// serving the built web app (npx nx run web:build first).
module.exports = {
  ...require('../jest.preset.js'),
  displayName: 'browser',
  rootDir: __dirname,
  testMatch: ['<rootDir>/browser/**/*.spec.ts'],
  testTimeout: 120_000,
  // Two files at a time: each starts its own stack (database, ports, Redis prefix) and browser,
  // and on 2 cores this step went from 416 s to 291 s (issue 19).
  maxWorkers: 2,
};
