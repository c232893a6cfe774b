/**
 * The slow tests, apart so that `npm test` stays quick: the largest sheets
 * (100,000 rows, chunked reads and writes, a 7,000-row undo) and the
 * LibreOffice round trips (formulas recalculated, the Word appendix laid out).
 */
const base = require('./jest.config.js');
/** @type {import('jest').Config} */
module.exports = {
  ...base,
  testPathIgnorePatterns: ['/node_modules/', '/test/tmp/'],
  testMatch: ['**/test/slow/*.test.ts'],
};
