module.exports = { ...require('../../jest.preset.js'), displayName: 'agenda', rootDir: __dirname };
