module.exports = { ...require('../../jest.preset.js'), displayName: 'digests', rootDir: __dirname };
