module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'data-rights',
  rootDir: __dirname,
};
