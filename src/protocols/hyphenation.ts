/**
 * Words broken across lines by a hyphen ("responsi-" / "bilities").
 *
 * Justified PDFs and text copied out of them break long words at a line end; a real compound
 * ("need-to-know", "decision-making", "Vice-Chair") can also fall at a line end. Which is which
 * is decided from the document's own vocabulary: the words it prints whole elsewhere.
 */

/** A word (letters, inner hyphens and apostrophes). */
const WORD = /[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]/g;
/** A line ending in a word broken by a hyphen: `… responsi-` (not a dash: `the Council -`). */
export const BROKEN_AT_END = /([A-Za-z][A-Za-z'’-]*)-$/;
/** The rest of a broken word at the start of the next line. */
export const CONTINUATION = /^([A-Za-z][A-Za-z'’]*)(.*)$/;
/**
 * Prefixes English keeps hyphenated ("non-pecuniary", "co-opted", "self-employed",
 * "Vice-Chair"): kept unless the document prints the joined word somewhere.
 */
const HYPHENATED_PREFIXES = new Set(['non', 'self', 'co', 'vice', 'ex', 'cross', 'semi', 'anti', 'multi', 'well']);

const keyOf = (word: string) => (word.includes('’') ? word.replace(/’/g, "'") : word).toLowerCase();

/** How often each word (lower case) occurs whole, not counting the pieces of line-end breaks. */
export class Vocabulary {
  private readonly counts = new Map<string, number>();

  constructor(lines: readonly string[]) {
    let previousBroken = false;
    for (const line of lines) {
      const words = line.match(WORD) ?? [];
      const broken = line.endsWith('-') && BROKEN_AT_END.test(line);
      const from = previousBroken ? 1 : 0;
      const to = broken ? words.length - 1 : words.length;
      for (let i = from; i < to; i++) this.add(words[i]);
      previousBroken = broken;
    }
  }

  private add(word: string): void {
    const key = keyOf(word);
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  count(word: string): number {
    return this.counts.get(keyOf(word)) ?? 0;
  }
}

/**
 * Whether `left-` at a line end and `right` at the start of the next line are one word broken
 * for the layout (join without the hyphen) or a hyphenated compound (keep the hyphen).
 */
export function isLayoutBreak(left: string, right: string, vocabulary: Vocabulary): boolean {
  const joined = vocabulary.count(left + right);
  const hyphenated = vocabulary.count(`${left}-${right}`);
  if (joined !== hyphenated) return joined > hyphenated;
  if (/^[A-Z]/.test(right)) return false; // "Member-" / "Officer relations"
  if (left.includes('-')) return false; // "need-to-" / "know"
  if (HYPHENATED_PREFIXES.has(left.toLowerCase())) return false;
  // Two words the document uses on their own ("decision-" / "making") make a compound.
  return !(vocabulary.count(left) > 0 && vocabulary.count(right) > 0);
}

/**
 * Mends words broken at line ends: the whole word moves to the first line ("Their
 * responsibilities" / "are different …"), so lines keep their other breaks for the parser.
 */
export function mendBrokenWords(lines: string[]): string[] {
  // Most lines end otherwise; the vocabulary is built only for a text with breaks to mend.
  if (!lines.some((line) => line.endsWith('-'))) return lines;
  const vocabulary = new Vocabulary(lines);
  const out = lines.slice();
  for (let i = 0; i + 1 < out.length; i++) {
    if (!out[i].endsWith('-')) continue;
    const end = BROKEN_AT_END.exec(out[i]);
    if (!end || /\s-$/.test(out[i])) continue;
    const next = CONTINUATION.exec(out[i + 1]);
    if (!next) continue;
    const left = end[1].slice(end[1].lastIndexOf(' ') + 1);
    const [, right, rest] = next;
    const joiner = isLayoutBreak(left, right, vocabulary) ? '' : '-';
    out[i] = `${out[i].slice(0, -1)}${joiner}${right}`;
    out[i + 1] = rest.trimStart();
  }
  return out.filter((line) => line.length > 0);
}
