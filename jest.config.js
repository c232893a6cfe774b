/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  // test/tmp: a developer's scratch tests (git-ignored), never part of the suite.
  // test/slow: the largest sheets and LibreOffice, in their own script (npm run test:slow).
  testPathIgnorePatterns: ['/node_modules/', '/test/tmp/', '/test/slow/'],
  // Types are checked once, by `npm run typecheck` (tsc) before jest; ts-jest
  // only transpiles, file by file (isolatedModules in tsconfig.jest.json).
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.jest.json' }],
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  // Both cores of the 2-core machines (jest's default leaves one idle).
  maxWorkers: 2,
  // The task-pane tests take 1–2 s each, and 5–15 s on a machine busy with
  // other work: jest's 5 s default made them fail there for no fault of theirs.
  testTimeout: 30000,
};
