module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'platform-events',
  rootDir: __dirname,
};
