import fs from 'node:fs';
import Module from 'node:module';
import path from 'node:path';
import vm from 'node:vm';

/**
 * Runs one of the bundled programs (scripts/bundle.js: `dist/src/cli.js` → `cli.bundle.js`, and
 * `main.js` → `main.bundle.js`) as if it were the module `entry`, compiled with a V8 code cache.
 *
 * Why: a one-question `protocol-bot ask` is mostly start-up, and compiling the bundle's
 * functions is a good part of it. Node 20 has no built-in compile cache (22 has), so the code
 * V8 compiled in the first run of each command is saved once, when that process exits, and
 * handed back to V8 by the next run of the same command. The files are named by the bundle's
 * build (a digest of its text, written into the entry by the build) and V8's version; V8 itself
 * rejects a cache made with other flags, and a rejected or missing cache is simply rebuilt. A
 * folder that cannot be written (a read-only install) only costs the compile time, every run.
 */
export function runBundle(entry: NodeJS.Module, bundleFile: string, build: string, variant: string): void {
  const source = fs.readFileSync(bundleFile, 'utf8');
  const cacheFile = path.join(path.dirname(bundleFile), '..', 'code-cache', `${path.basename(bundleFile, '.js')}-${build}-${safeName(variant)}-v8-${process.versions.v8}.bin`);
  let cachedData: Buffer | undefined;
  try {
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  // Module.wrap gives the bundle what Node gives a file it requires; a `#!` line is commented out
  // (not removed), so that line and column numbers in stack traces stay the bundle's.
  const script = new vm.Script(Module.wrap(source.startsWith('#!') ? `//${source}` : source), { filename: bundleFile, cachedData });
  if (cachedData === undefined || script.cachedDataRejected) process.once('exit', () => save(cacheFile, () => script.createCachedData()));
  const compiled = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: NodeJS.Module, filename: string, dirname: string) => void;
  // `require.main === module` inside the bundle holds exactly when `entry` is the program.
  compiled.call(entry.exports, entry.exports, Module.createRequire(bundleFile), entry, bundleFile, path.dirname(bundleFile));
}

/** The command, as part of a file name: each command's first run caches the code it needs. */
const safeName = (variant: string): string => (/^[a-z][a-z-]{0,30}$/.test(variant) ? variant : 'other');

function save(file: string, data: () => Buffer): void {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, data());
    fs.renameSync(temporary, file);
  } catch {
    // See above: without the cache the program is only slower to start.
  }
}
