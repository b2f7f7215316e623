module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'platform-mail-catcher',
  rootDir: __dirname,
};
