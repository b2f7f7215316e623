module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'email-delivery',
  rootDir: __dirname,
};
