/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    // Type-checking happens in `npm run build`/`typecheck`; tests only transpile, for speed.
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
    // pdf.js ships only as an ES module; test/support/pdfjs.ts loads it through this.
    'unpdf/dist/pdfjs\\.mjs$': '<rootDir>/test/support/esm-bundle-transform.js',
  },
  transformIgnorePatterns: ['/node_modules/(?!unpdf/dist/pdfjs\\.mjs$)'],
  testTimeout: 30000,
};
