module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'communities',
  rootDir: __dirname,
};
