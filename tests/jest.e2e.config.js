// End-to-end tests: the built apps as separate processes, started the way the README does.
module.exports = {
  ...require('../jest.preset.js'),
  displayName: 'e2e',
  rootDir: __dirname,
  testMatch: ['<rootDir>/e2e/**/*.spec.ts'],
  testTimeout: 180_000,
  maxWorkers: 1,
};
