module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'platform-mail',
  rootDir: __dirname,
};
