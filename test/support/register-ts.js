/**
 * A require hook that lets plain `node` run the TypeScript sources, the way ts-jest does for
 * the tests: transpile only, no type-check. Child processes spawned by tests load it
 * (`node -r ./test/support/register-ts.js` or `require()` it first), so they run the current
 * src/ — not whatever was last compiled into dist/.
 */
'use strict';
const fs = require('node:fs');
const ts = require('typescript');

const compilerOptions = {
  module: ts.ModuleKind.CommonJS,
  target: ts.ScriptTarget.ES2022,
  esModuleInterop: true,
  resolveJsonModule: true,
  inlineSourceMap: true,
};

if (!require.extensions['.ts']) {
  require.extensions['.ts'] = function compileTypeScript(module, filename) {
    const source = fs.readFileSync(filename, 'utf8');
    const { outputText } = ts.transpileModule(source, { compilerOptions, fileName: filename });
    module._compile(outputText, filename);
  };
}
