import { IntentClassifier, LabelledText } from '../nlu/classifier';
import type { EvalRow } from '../nlu/evaluate';
import { SpellingCorrector } from '../nlu/spelling';

/**
 * What character n-grams already give against misspellings: the same messages scored clean and
 * with typos (one edit in some longer words: a letter dropped, doubled, swapped with the next or
 * replaced by a keyboard neighbour), by a model with character n-grams and one without.
 * Scored from the classifier's top label only, so the figure isolates the features.
 */
const NEIGHBOURS = new Map(
  Object.entries({
    a: 'qsz', b: 'vn', c: 'xv', d: 'sf', e: 'wr', f: 'dg', g: 'fh', h: 'gj', i: 'uo', j: 'hk', k: 'jl', l: 'k', m: 'n',
    n: 'bm', o: 'ip', p: 'o', q: 'w', r: 'et', s: 'ad', t: 'ry', u: 'yi', v: 'cb', w: 'qe', x: 'zc', y: 'tu', z: 'x',
  }),
);

function random(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
}

/** One edit in each word of five letters or more, with probability `rate`. */
export function addTypos(text: string, rate: number, seed: number): string {
  const next = random(seed);
  return text.replace(/[A-Za-z]{5,}/g, (word) => {
    if (next() >= rate) return word;
    const at = 1 + Math.floor(next() * (word.length - 2));
    const kind = Math.floor(next() * 4);
    if (kind === 0) return word.slice(0, at) + word.slice(at + 1);
    if (kind === 1) return word.slice(0, at) + word[at] + word.slice(at);
    if (kind === 2) return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
    const near = NEIGHBOURS.get(word[at].toLowerCase()) ?? word[at];
    return word.slice(0, at) + near[Math.floor(next() * near.length)] + word.slice(at + 1);
  });
}

export interface TypoRow {
  model: string;
  clean: number;
  typos: number;
}

export function typoRobustness(training: LabelledText[], rows: EvalRow[], rate = 0.5, roleOf: (row: EvalRow) => string | undefined = (r) => r.role): TypoRow[] {
  const models: [string, IntentClassifier][] = [
    ['word + character n-grams', IntentClassifier.train(training)],
    ['word n-grams only', IntentClassifier.train(training, { charWeight: 0 })],
  ];
  const spelling = new SpellingCorrector(training.map((t) => t.text));
  const accuracy = (model: IntentClassifier, noisy: boolean, correct: boolean) =>
    rows.filter((row, i) => {
      const text = noisy ? addTypos(row.text, rate, 1000 + i) : row.text;
      const label = model.predict(correct ? spelling.correct(text) : text, roleOf(row)).label;
      return label === row.intent || row.alt.includes(label);
    }).length / Math.max(1, rows.length);
  return [
    ...models.map(([model, classifier]) => ({ model, clean: accuracy(classifier, false, false), typos: accuracy(classifier, true, false) })),
    { model: 'both + spelling correction (in use)', clean: accuracy(models[0][1], false, true), typos: accuracy(models[0][1], true, true) },
  ];
}
