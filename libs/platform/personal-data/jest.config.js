module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'platform-personal-data',
  rootDir: __dirname,
};
