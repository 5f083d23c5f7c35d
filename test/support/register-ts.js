/**
 * A require hook that lets plain `node` run the TypeScript sources, the way ts-jest does for
 * the tests: transpile only, no type-check. Child processes spawned by tests load it
 * (`node -r ./test/support/register-ts.js` or `require()` it first), so they run the current
 * src/ — not whatever was last compiled into dist/.
 */
'use strict';
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const ts = require('typescript');

const compilerOptions = {
  module: ts.ModuleKind.CommonJS,
  target: ts.ScriptTarget.ES2022,
  esModuleInterop: true,
  resolveJsonModule: true,
  inlineSourceMap: true,
};

// Transpiled output is kept on disk by a hash of the source, so that the many short processes
// the tests start (each loading most of src/) transpile each file once, not every time.
const CACHE_DIR = path.join(os.tmpdir(), `protocol-bot-ts-${ts.version}`);

function transpile(source, filename) {
  const key = crypto.createHash('sha1').update(filename).update('\0').update(source).digest('hex');
  const cached = path.join(CACHE_DIR, `${key}.js`);
  try {
    return fs.readFileSync(cached, 'utf8');
  } catch {
    // not cached yet
  }
  const { outputText } = ts.transpileModule(source, { compilerOptions, fileName: filename });
  try {
    fs.mkdirSync(CACHE_DIR, { recursive: true });
    const temporary = `${cached}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, outputText);
    fs.renameSync(temporary, cached);
  } catch {
    // a cache we cannot write only costs time
  }
  return outputText;
}

if (!require.extensions['.ts']) {
  require.extensions['.ts'] = function compileTypeScript(module, filename) {
    module._compile(transpile(fs.readFileSync(filename, 'utf8'), filename), filename);
  };
}
