module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'platform-calendar',
  rootDir: __dirname,
};
