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

// The TypeScript compiler is loaded only on a cache miss: requiring it costs a child process about
// 0.3 s of CPU, and the tests start dozens of children that find every file cached.
const TS_VERSION = require('typescript/package.json').version;
let typescript;
function transpileModule(source, filename) {
  typescript ??= require('typescript');
  const compilerOptions = {
    module: typescript.ModuleKind.CommonJS,
    target: typescript.ScriptTarget.ES2022,
    esModuleInterop: true,
    resolveJsonModule: true,
    inlineSourceMap: true,
  };
  return typescript.transpileModule(source, { compilerOptions, fileName: filename }).outputText;
}

// Transpiled output is kept on disk by a hash of the source, so that the many short processes
// the tests start (each loading most of src/) transpile each file once, not every time.
const CACHE_DIR = path.join(os.tmpdir(), `protocol-bot-ts-${TS_VERSION}`);

function transpile(source, filename) {
  const key = crypto.createHash('sha1').update(filename).update('\0').update(source).digest('hex');
  const cached = path.join(CACHE_DIR, `${key}.js`);
  try {
    return fs.readFileSync(cached, 'utf8');
  } catch {
    // not cached yet
  }
  const outputText = transpileModule(source, filename);
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
