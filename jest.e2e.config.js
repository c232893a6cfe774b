/**
 * `npm run test:e2e`: the workbench driven in a real Chromium (test/e2e).
 * Kept apart from `npm test` (jest.config.js): its files are *.e2e.ts, which
 * that config's testMatch does not pick up. The global setup builds the
 * pages (unless E2E_DIST names a build) and fails at once when no Chromium
 * is found.
 */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test/e2e'],
  testMatch: ['**/*.e2e.ts'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: { warnOnly: false } }],
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  globalSetup: '<rootDir>/test/e2e/global-setup.js',
  testTimeout: 60000,
  // One browser per test file; two files, each a sequence of steps on one page.
  maxWorkers: 2,
  verbose: true,
};
