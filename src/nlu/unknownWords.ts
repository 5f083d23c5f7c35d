import { sharedContentStems } from './normalize';
import type { WordVectors } from './vectors';

/**
 * A word no example uses, read as the example word nearest it by word vectors ("successor" is not one, "lamp" reads as
 * "lights", "buses" as "bus"), for a second reading of a message the classifier was unsure of (engine.ts).
 *
 * Why: the classifier reads character 3–5-grams as well as words, so a word no example uses still counts, by its
 * letters' pieces, and those match other words' pieces by chance. Sorting the design sets' misses by kind
 * (scripts/intent-miss-kinds.js, docs/messy-round22.md) found a word no example uses in a third of them. Applied to every
 * message this lost in cross-validation (the nearest word in general English is often not the word's council sense);
 * applied only to a reading under `UNKNOWN_WORDS.below` it is kept: see the round's record for the figures.
 *
 * A word with no near example word is kept as it is: leaving it out lost out-of-scope recall (an out-of-scope message's
 * unknown words are evidence that it is out of scope).
 */
export const UNKNOWN_WORDS = {
  /** A reading below this probability is read again (the word-vector vote's own threshold: the table is read then anyway). */
  below: 0.3,
  /** How near (cosine) an example word must be to stand for the unknown word. */
  minCosine: 0.6,
  /** An example word must be used at least this often, and be this long, to stand for another. */
  minUses: 2,
  minLength: 3,
};

/** A run of letters (with inner apostrophes or hyphens): one word of a message. */
const WORD = /[A-Za-z]+(?:['\u2019-][A-Za-z]+)*/g;

/** Past this many words looked up, answers are no longer remembered: a long-running bot's memory stays flat. */
const REMEMBERED_LIMIT = 10_000;

export class NearestKnownWords {
  private readonly remembered = new Map<string, string | undefined>();
  private candidates?: { ids: number[]; words: string[] };

  /**
   * @param table the word vectors (null when off or unusable: then no word is replaced)
   * @param exampleWords the examples' words and how often each is used (the spelling corrector's counts)
   * @param knows whether any example uses a content stem
   */
  constructor(
    private readonly table: () => WordVectors | null,
    private readonly exampleWords: () => [string, number][],
    private readonly knows: (stem: string) => boolean,
  ) {}

  /** The text with each word no example uses replaced by its nearest example word, where one is near enough. */
  rewrite(text: string): string {
    return text.replace(WORD, (word) => {
      const stems = sharedContentStems(word);
      if (stems.length !== 1 || this.knows(stems[0])) return word;
      return this.nearest(word.toLowerCase()) ?? word;
    });
  }

  /** The example word nearest a word by cosine, at least `UNKNOWN_WORDS.minCosine`; undefined when none is. */
  nearest(word: string): string | undefined {
    if (this.remembered.has(word)) return this.remembered.get(word);
    const table = this.table();
    let found: string | undefined;
    const own = table ? table.id(word) : -1;
    if (table && own >= 0) {
      const candidates = (this.candidates ??= this.candidatesIn(table));
      let best = UNKNOWN_WORDS.minCosine;
      for (let i = 0; i < candidates.ids.length; i++) {
        const cosine = table.cosine(own, candidates.ids[i]);
        if (cosine >= best) {
          best = cosine;
          found = candidates.words[i];
        }
      }
    }
    if (this.remembered.size < REMEMBERED_LIMIT) this.remembered.set(word, found);
    return found;
  }

  /** The example words that may stand for another: used often enough, long enough, one known content stem, a vector. */
  private candidatesIn(table: WordVectors): { ids: number[]; words: string[] } {
    const ids: number[] = [];
    const words: string[] = [];
    for (const [word, uses] of this.exampleWords()) {
      if (uses < UNKNOWN_WORDS.minUses || word.length < UNKNOWN_WORDS.minLength) continue;
      const stems = sharedContentStems(word);
      if (stems.length !== 1 || !this.knows(stems[0])) continue;
      const id = table.id(word);
      if (id < 0) continue;
      ids.push(id);
      words.push(word);
    }
    return { ids, words };
  }
}
