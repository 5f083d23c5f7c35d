import { EnglishWords } from './dictionary';
import { canonicalWords } from './normalize';

/**
 * Corrects misspelt words against the vocabulary of the project's own examples: a word the
 * examples never use, of six letters or more, becomes the most frequent example word one edit
 * away (a letter dropped, added, changed, or two swapped). Shorter words are left alone: at five
 * letters and under, one edit too often turns one real word into another ("mower" → "power").
 * A word English already has is never changed, whatever the examples hold: "heated" is not a
 * typo of "headed", nor "selection" of "election" (see dictionary.ts).
 * Measured by `protocol-bot eval --typos`.
 */

const MIN_LENGTH = 6;
/** A candidate must occur at least this often in the examples: one stray use is no evidence. */
const MIN_COUNT = 2;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * A word long enough to correct. One expression for the module (`correct` resets its lastIndex;
 * it neither recurses nor yields), not a new one built for every message.
 */
const LONG_WORD = /[A-Za-z]{6,}/g;

export class SpellingCorrector {
  private readonly counts = new Map<string, number>();
  private readonly cache = new Map<string, string>();
  private readonly abbreviations = new Map<string, string>();
  private readonly drawnOut = new Map<string, string>();

  constructor(
    texts: Iterable<string>,
    private readonly english: { has(word: string): boolean } = new EnglishWords(),
  ) {
    for (const text of texts) {
      for (const word of text.toLowerCase().match(/[a-z]+/g) ?? []) this.counts.set(word, (this.counts.get(word) ?? 0) + 1);
    }
  }

  /** The examples' word counts, for the compiled cache (see engine.ts). */
  wordCounts(): [string, number][] {
    return [...this.counts];
  }

  /** A corrector with the word counts `wordCounts` saved. */
  static fromWordCounts(counts: [string, number][]): SpellingCorrector {
    const corrector = new SpellingCorrector([]);
    for (const [word, count] of counts) corrector.counts.set(word, count);
    return corrector;
  }

  /** The text with each unknown long word replaced by its correction, and each text-speak abbreviation by its word. */
  correct(text: string): string {
    return this.expandAbbreviations(this.correctLong(this.shortenDrawnOut(text)));
  }

  /**
   * Words drawn out for feeling ("hellooo", "thanksss", "cheeeers") read as the word: a word with
   * a letter three or more times running, that no example uses, becomes the most frequent example
   * word (or a word normalize.ts reads) made by cutting each such run to two letters or one. A run
   * that makes no such word stays as it is, so a keyboard mash or "zzzzzz" is still no word; roman
   * numerals ("iii") and normalize.ts's own words ("ooo") are left alone. Before, "hellooo" was
   * gibberish to the scope check though the classifier read it as a greeting (docs/messy-round17.md).
   */
  private shortenDrawnOut(text: string): string {
    // Most messages have no letter three times running: one linear scan, and the text itself.
    if (!TRIPLE_LETTER.test(text)) return text;
    return replaceEach(text, LETTER_WORD, (word) => {
      if (word.length > 30 || !TRIPLE_LETTER.test(word)) return word;
      const lower = word.toLowerCase();
      const shortened = this.drawnOutWord(lower);
      return shortened === lower ? word : shortened;
    });
  }

  private drawnOutWord(word: string): string {
    const cached = this.drawnOut.get(word);
    if (cached !== undefined) return cached;
    let best = word;
    if (!this.counts.has(word) && !/^[ivxlcdm]+$/.test(word) && !readByTable(word)) {
      let bestCount = MIN_COUNT - 1;
      for (const candidate of shortenedRuns(word)) {
        if (candidate.length < 2) continue;
        const count = readByTable(candidate) ? Math.max(MIN_COUNT, this.counts.get(candidate) ?? 0) : (this.counts.get(candidate) ?? 0);
        if (count > bestCount) {
          best = candidate;
          bestCount = count;
        }
      }
    }
    if (this.drawnOut.size < 50_000) this.drawnOut.set(word, best);
    return best;
  }

  /** The text with each unknown long word replaced by its correction, if it has one. */
  private correctLong(text: string): string {
    // The text itself when nothing changes (most messages): no new string for the next readers.
    return replaceEach(text, LONG_WORD, (word) => {
      const lower = word.toLowerCase();
      const corrected = this.correctWord(lower);
      return corrected === lower ? word : corrected;
    });
  }

  /**
   * Text-speak that drops vowels ("grp", "offcr", "rpt") read as the example word it abbreviates:
   * a lower-case word of three to five letters that no example uses, English has not and
   * normalize.ts does not already read, with few vowels, whose letters appear in order in an
   * longer example word that starts with the same letter and ends near its
   * last one ("grp" in "group", "offcr" in "officer"), the most frequent such word. Capitals are
   * left alone: "DBS" is an acronym, not "debts".
   */
  private expandAbbreviations(text: string): string {
    let searched = 0;
    return replaceEach(text, SHORT_WORD, (word) => {
      if (this.counts.has(word)) return word;
      // A long message of unknown short words (pasted code, key-mashing) is not searched word by word.
      if (!this.abbreviations.has(word) && ++searched > MAX_ABBREVIATION_SEARCHES) return word;
      return this.abbreviated(word);
    });
  }

  private abbreviated(word: string): string {
    const cached = this.abbreviations.get(word);
    if (cached !== undefined) return cached;
    let best = word;
    const read = canonicalWords(word);
    if (read.length === 1 && read[0] === word && vowelShare(word) <= 0.4) {
      // The example words by first letter, most frequent first: the first that fits is the best.
      const candidates = this.byInitial().get(word[0]) ?? [];
      for (let i = 0; i < candidates.length; i++) {
        if (abbreviates(word, candidates[i])) {
          best = candidates[i];
          break;
        }
      }
      if (best !== word && this.english.has(word)) best = word;
    }
    if (this.abbreviations.size < 50_000) this.abbreviations.set(word, best);
    return best;
  }

  private initials?: Map<string, string[]>;
  /** The example words used at least MIN_ABBREVIATED_COUNT times, by first letter, most frequent first (ties in first-seen order). */
  private byInitial(): Map<string, string[]> {
    if (this.initials) return this.initials;
    const frequent = [...this.counts].filter(([, count]) => count >= MIN_ABBREVIATED_COUNT).sort((a, b) => b[1] - a[1]);
    const initials = new Map<string, string[]>();
    for (const [word] of frequent) {
      const list = initials.get(word[0]);
      if (list) list.push(word);
      else initials.set(word[0], [word]);
    }
    return (this.initials = initials);
  }

  correctWord(word: string): string {
    if (word.length < MIN_LENGTH || word.length > 30 || this.counts.has(word)) return word;
    const cached = this.cache.get(word);
    return cached !== undefined ? cached : this.closest(word);
  }

  /** The likeliest word one edit away, remembered (apart from `correctWord`, whose known and remembered words are nearly every word). */
  private closest(word: string): string {
    let best = word;
    let bestCount = MIN_COUNT - 1;
    for (const candidate of edits(word)) {
      const count = this.counts.get(candidate) ?? 0;
      if (count > bestCount) {
        best = candidate;
        bestCount = count;
      }
    }
    // Asked only when there is a candidate: most words never load the dictionary.
    if (best !== word && this.english.has(word)) best = word;
    if (this.cache.size < 50_000) this.cache.set(word, best);
    return best;
  }
}

/** A letter three times running (see `shortenDrawnOut`), and a word of letters: linear scans, one expression each for the module, as LONG_WORD. */
const TRIPLE_LETTER = /([A-Za-z])\1\1/;
const LETTER_WORD = /[A-Za-z]{3,}/g;
/** At most this many runs are cut (2^runs candidates): more is a keyboard mash, not a word drawn out. */
const MAX_DRAWN_RUNS = 3;

/** Whether normalize.ts's tables read a word as another ("thankyou" → "thank you"). */
function readByTable(word: string): boolean {
  const read = canonicalWords(word);
  return read.length !== 1 || read[0] !== word;
}

/** The word with each run of three or more of a letter cut to two or to one, every combination. */
function shortenedRuns(word: string): string[] {
  const pieces = word.match(/([a-z])\1*/g) ?? [];
  const runs = pieces.filter((piece) => piece.length >= 3).length;
  if (runs === 0 || runs > MAX_DRAWN_RUNS) return [];
  let candidates = [''];
  for (const piece of pieces) {
    if (piece.length < 3) {
      candidates = candidates.map((c) => c + piece);
      continue;
    }
    const letter = piece[0];
    candidates = candidates.flatMap((c) => [c + letter + letter, c + letter]);
  }
  return candidates;
}

/** A lower-case word short enough to be an abbreviation (see `expandAbbreviations`). */
const SHORT_WORD = /\b[a-z]{3,5}\b/g;
/** An abbreviated word must occur at least this often in the examples. */
const MIN_ABBREVIATED_COUNT = 3;
/** How many words not met before one message may have looked up as abbreviations. */
const MAX_ABBREVIATION_SEARCHES = 40;

function vowelShare(word: string): number {
  let vowels = 0;
  for (let i = 0; i < word.length; i++) if ('aeiou'.includes(word[i])) vowels++;
  return vowels / word.length;
}

/** Whether `word` could be `candidate` with letters left out: same first letter, its letters in order, its last among the candidate's last three. */
function abbreviates(word: string, candidate: string): boolean {
  if (candidate.length < word.length + 1 || candidate.length > word.length * 2 || candidate[0] !== word[0]) return false;
  let at = 1;
  for (let i = 1; i < word.length; i++) {
    at = candidate.indexOf(word[i], at) + 1;
    if (at === 0) return false;
  }
  return at >= candidate.length - 2;
}

function* edits(word: string): Generator<string> {
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail) yield head + tail.slice(1);
    if (tail.length > 1) yield head + tail[1] + tail[0] + tail.slice(2);
    for (const letter of LETTERS) {
      if (tail) yield head + letter + tail.slice(1);
      yield head + letter + tail;
    }
  }
}

/**
 * `text` with each match of the global `pattern` replaced by `replace(match)`; `text` itself when no match changes, so
 * the common message with nothing to mend costs no new string.
 */
function replaceEach(text: string, pattern: RegExp, replace: (word: string) => string): string {
  pattern.lastIndex = 0;
  let out: string | undefined;
  let copied = 0;
  for (let found = pattern.exec(text); found; found = pattern.exec(text)) {
    const replaced = replace(found[0]);
    if (replaced === found[0]) continue;
    out = (out ?? '') + text.slice(copied, found.index) + replaced;
    copied = found.index + found[0].length;
  }
  return out === undefined ? text : out + text.slice(copied);
}
