import { ClassifierOptions, IntentClassifier } from '../src/nlu/classifier';
import { Example, loadHwu, loadNluCorpus, NLU_CORPORA } from './datasets';

/**
 * Design choices checked on dev splits carved from the training data only (never a test split):
 * each data set's training examples are split, per label, 80% to train and 20% to score, with a
 * fixed seed; the classifier's defaults are compared with one change at a time.
 */

export interface DevVariant {
  name: string;
  overrides: Partial<ClassifierOptions>;
}

export const DEV_VARIANTS: DevVariant[] = [
  { name: 'defaults (src/nlu/classifier.ts)', overrides: {} },
  { name: 'character block weight 0.4 (default 0.6)', overrides: { charWeight: 0.4 } },
  { name: 'character block weight 0.8', overrides: { charWeight: 0.8 } },
  { name: 'no character n-grams', overrides: { charNgramMin: 99 } },
  { name: 'word unigrams only (default 1–2-grams)', overrides: { wordNgrams: 1 } },
  { name: 'no class balancing', overrides: { balanceClasses: false } },
  { name: '25 epochs (default 50)', overrides: { epochs: 25 } },
  { name: 'keep character n-grams seen once (default: twice)', overrides: { minCharDf: 1 } },
];

export interface DevResult {
  datasets: { name: string; train: number; dev: number }[];
  rows: { variant: string; accuracies: number[] }[];
}

const DEV_SHARE = 0.2;

/** Per label, a seeded shuffle, then the first 20% (at least one) to dev. */
export function carveDev(train: Example[], seed = 13): { train: Example[]; dev: Example[] } {
  let state = seed >>> 0;
  const next = () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 4294967296;
  };
  const byLabel = new Map<string, Example[]>();
  for (const e of train) byLabel.set(e.label, [...(byLabel.get(e.label) ?? []), e]);
  const out = { train: [] as Example[], dev: [] as Example[] };
  for (const label of [...byLabel.keys()].sort()) {
    const items = byLabel.get(label)!;
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [items[i], items[j]] = [items[j], items[i]];
    }
    const devCount = items.length < 2 ? 0 : Math.max(1, Math.round(items.length * DEV_SHARE));
    out.dev.push(...items.slice(0, devCount));
    out.train.push(...items.slice(devCount));
  }
  return out;
}

export function runDevChecks(progress: (line: string) => void): DevResult {
  const sources = [
    { name: 'HWU64-10', train: loadHwu('small').train },
    { name: 'HWU64-30', train: loadHwu('large').train },
    ...NLU_CORPORA.map(({ name }) => ({ name, train: loadNluCorpus(name).train })),
  ];
  const splits = sources.map((s) => ({ name: s.name, ...carveDev(s.train) }));
  const rows = DEV_VARIANTS.map((variant) => {
    const accuracies = splits.map((split) => {
      const model = IntentClassifier.train(split.train, variant.overrides);
      let right = 0;
      for (const e of split.dev) if (model.predict(e.text).label === e.label) right++;
      return right / split.dev.length;
    });
    progress(`dev checks: ${variant.name}`);
    return { variant: variant.name, accuracies };
  });
  return { datasets: splits.map((s) => ({ name: s.name, train: s.train.length, dev: s.dev.length })), rows };
}
