// Browser tests: Debian's Chromium driven by playwright-core against the real stack in-process,
// serving the built web app (npx nx run web:build first).
module.exports = {
  ...require('../jest.preset.js'),
  displayName: 'browser',
  rootDir: __dirname,
  testMatch: ['<rootDir>/browser/**/*.spec.ts'],
  testTimeout: 120_000,
  maxWorkers: 1,
};
