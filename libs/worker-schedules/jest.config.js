module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'worker-schedules',
  rootDir: __dirname,
};
