module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'platform-html',
  rootDir: __dirname,
};
