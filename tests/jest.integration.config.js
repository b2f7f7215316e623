// Integration tests: real PostgreSQL (a fresh database per file), real Redis (a key prefix
// per file) and real SMTP (an in-process catcher); the API and worker run in-process.
module.exports = {
  ...require('../jest.preset.js'),
  displayName: 'integration',
  rootDir: __dirname,
  testMatch: ['<rootDir>/integration/**/*.spec.ts'],
  testTimeout: 60_000,
  maxWorkers: 2,
};
