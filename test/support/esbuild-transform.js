/**
 * Jest's TypeScript transform: esbuild strips the types, nothing more. `npm test` type-checks
 * everything (tests included) with tsc before jest starts, so checking again per file would only
 * cost time; esbuild (already the bundler's dependency) transpiles a file in well under a
 * millisecond where ts-jest first loads the TypeScript compiler in every jest process.
 *
 * What ts-jest did that esbuild does not by itself: dynamic `import()` is turned into require (below);
 * `jest.mock` hoisting is not needed (no test calls it); and tsconfig.json's `isolatedModules`
 * already forbids what needs type information to emit (const enums, re-exported types without `type`).
 */
'use strict';
const crypto = require('node:crypto');
const fs = require('node:fs');
const esbuild = require('esbuild');

// The compiler options that change emitted JavaScript, as tsconfig.json sets them.
const tsconfigRaw = { compilerOptions: { target: 'ES2022', esModuleInterop: true, useDefineForClassFields: true } };

// A change to this file or to esbuild must not reuse what jest cached from the old transform.
const transformVersion = crypto.createHash('sha1').update(fs.readFileSync(__filename)).update(esbuild.version).digest('hex');

module.exports = {
  process(source, filename) {
    const { code, map } = esbuild.transformSync(source, {
      loader: 'ts',
      format: 'cjs',
      target: 'es2022',
      platform: 'node',
      sourcefile: filename,
      sourcemap: 'external',
      // `await import('x')` becomes a require, as tsc compiles it for CommonJS: jest's module registry
      // (and its transforms) sees only require, and a native import() throws without vm modules.
      supported: { 'dynamic-import': false },
      tsconfigRaw,
    });
    return { code, map };
  },
  getCacheKey(source, filename) {
    return crypto.createHash('sha1').update(transformVersion).update('\0').update(filename).update('\0').update(source).digest('hex');
  },
};
