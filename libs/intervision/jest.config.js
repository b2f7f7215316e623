module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'intervision',
  rootDir: __dirname,
};
