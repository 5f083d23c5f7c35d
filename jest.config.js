/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    // Tests only transpile, for speed: `npm test` type-checks everything (tests included) first.
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
    // pdf.js ships only as an ES module; test/support/pdfjs.ts loads it through this.
    'unpdf/dist/pdfjs\\.mjs$': '<rootDir>/test/support/esm-bundle-transform.js',
  },
  transformIgnorePatterns: ['/node_modules/(?!unpdf/dist/pdfjs\\.mjs$)'],
  testTimeout: 30000,
  // The shared model cache holds the tests' flavour of the model before any suite needs it (test/support/global-setup.ts).
  globalSetup: '<rootDir>/test/support/global-setup.ts',
};
