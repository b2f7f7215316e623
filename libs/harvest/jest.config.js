module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'harvest',
  rootDir: __dirname,
};
