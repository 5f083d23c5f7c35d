/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    // Tests only transpile, for speed: `npm test` type-checks everything (tests included) first,
    // so esbuild strips the types (test/support/esbuild-transform.js) instead of ts-jest.
    '^.+\\.ts$': '<rootDir>/test/support/esbuild-transform.js',
    // pdf.js ships only as an ES module; test/support/pdfjs.ts loads it through this.
    'unpdf/dist/pdfjs\\.mjs$': '<rootDir>/test/support/esm-bundle-transform.js',
  },
  transformIgnorePatterns: ['/node_modules/(?!unpdf/dist/pdfjs\\.mjs$)'],
  testTimeout: 30000,
  // Jest's default is one worker fewer than the cores, which on CI's two cores means one: every suite
  // in band, in one process, while the other core idles except when a test starts a child process.
  maxWorkers: '100%',
  // The shared model cache holds the tests' flavour of the model before any suite needs it (test/support/global-setup.ts).
  globalSetup: '<rootDir>/test/support/global-setup.ts',
};
