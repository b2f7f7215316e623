module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'learning-groups',
  rootDir: __dirname,
};
