module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'platform-embedded-postgres',
  rootDir: __dirname,
};
