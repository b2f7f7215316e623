module.exports = { ...require('../../jest.preset.js'), displayName: 'members', rootDir: __dirname };
