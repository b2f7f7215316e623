module.exports = { ...require('../../jest.preset.js'), displayName: 'lessons', rootDir: __dirname };
