import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * The compiled cache (`MODEL_CACHE_DIR`): what a start would otherwise rebuild from `intents/`
 * (the parsed intent files, the trained model), in files named by a hash of everything that
 * shapes them. A change to any input changes the name, so a stale file is never read, only
 * removed the next time its kind is saved.
 */

/** A short hex digest of the given parts, in order. */
export function digestOf(parts: (string | Buffer)[]): string {
  const hash = crypto.createHash('sha256');
  for (const part of parts) {
    hash.update(part);
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

const examplesDigests = new WeakMap<readonly object[], string>();

/**
 * The digest of a list of examples (serialised as JSON), once per list: the model, the
 * vocabulary and the word-vector vote are all named by the same examples, and serialising and
 * hashing them (≈ 0.5 MB) was a good part of a start's own work (speed1). The list must not be
 * changed after its digest is taken (the engine's examples are built once and only read).
 */
export function examplesDigest(items: readonly object[]): string {
  let digest = examplesDigests.get(items);
  if (digest === undefined) examplesDigests.set(items, (digest = digestOf([JSON.stringify(items)])));
  return digest;
}

/** The bytes of the source file of a module of this folder (`.js` compiled, `.ts` under jest). */
export function moduleSource(name: string): Buffer | string {
  const file = path.join(__dirname, `${name}${path.extname(__filename)}`);
  return fs.existsSync(file) ? fs.readFileSync(file) : file;
}

/**
 * Compiled code (`.js`) and the tests (`.ts`, under jest) hash different sources, so each names its files with
 * its own flavour: otherwise saving one would remove the other's, and after `npm test` the next
 * start would retrain.
 */
const FLAVOUR = path.extname(__filename).slice(1);

export const cacheFile = (cacheDir: string, prefix: string, digest: string, extension: string): string => path.join(cacheDir, `${prefix}-${FLAVOUR}-${digest}.${extension}`);

/** The cached file's contents read by `read`, or undefined if it is missing or `read` rejects it. */
export function readCached<T>(file: string, read: (bytes: Buffer) => T): T | undefined {
  try {
    return read(fs.readFileSync(file));
  } catch {
    return undefined;
  }
}

/**
 * Saves atomically (a temporary file renamed into place) and removes older files of the same
 * kind; another process's temporary file is left alone. A read-only disk only costs the next
 * start the time to rebuild.
 */
export function writeCached(file: string, bytes: Buffer | string): void {
  try {
    const dir = path.dirname(file);
    fs.mkdirSync(dir, { recursive: true });
    const base = path.basename(file);
    const prefix = base.slice(0, base.lastIndexOf('-') + 1);
    for (const old of fs.readdirSync(dir)) {
      if (old.startsWith(prefix) && !old.endsWith('.tmp') && old !== base) fs.rmSync(path.join(dir, old), { force: true });
    }
    const temporary = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, bytes);
    fs.renameSync(temporary, file);
  } catch {
    // See above: a cache that cannot be written is only slower next time.
  }
}
