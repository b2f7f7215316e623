module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'platform-seen-items',
  rootDir: __dirname,
};
