module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'boundary-spanner',
  rootDir: __dirname,
};
