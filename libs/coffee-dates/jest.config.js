module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'coffee-dates',
  rootDir: __dirname,
};
