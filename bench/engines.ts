/* eslint-disable @typescript-eslint/no-require-imports -- peers are loaded by path, on demand */
import fs from 'node:fs';
import path from 'node:path';
import { IntentClassifier } from '../src/nlu/classifier';
import type { Example } from './datasets';

/**
 * The three intent engines behind one interface, so that every benchmark trains and scores them
 * the same way: ours, NLP.js with its default settings, and natural's BayesClassifier.
 */

export const ENGINE_IDS = ['ours', 'nlpjs', 'bayes'] as const;
export type EngineId = (typeof ENGINE_IDS)[number];

export interface Guess {
  /** The engine's own answer, with its own out-of-scope rule if it has one (NLP.js: `None` below 0.5). */
  label: string;
  /** The engine's own score for `label` (a probability for ours and Bayes, NLP.js' score). */
  confidence: number;
  /**
   * The engine's most probable trained intent and its score, with no threshold: how every engine
   * is scored where the data set has no None class, and what every engine's val-tuned threshold
   * is applied to on CLINC150, so that all are scored the same way.
   */
  top: { label: string; confidence: number };
}

export interface TrainedModel {
  /** Synchronous where the engine is, so that its latency is not padded by a promise. */
  predict(text: string): Guess | Promise<Guess>;
}

export interface TrainOptions {
  /**
   * The data set's label for "none of the intents". NLP.js answers `None` when its best score is
   * under its threshold; the adapter reports that as this label (e.g. `oos` in CLINC150).
   */
  outOfScopeLabel?: string;
  /** Progress for long training runs, already throttled. */
  progress?: (message: string) => void;
}

export interface Engine {
  id: EngineId;
  name: string;
  /** How the engine was set up, where that changes what its numbers mean. */
  notes: string[];
  train(examples: Example[], options?: TrainOptions): Promise<TrainedModel>;
}

export function createEngine(id: EngineId): Engine {
  switch (id) {
    case 'ours':
      return oursEngine();
    case 'nlpjs':
      return nlpjsEngine();
    case 'bayes':
      return bayesEngine();
  }
}

function packageVersion(name: string): string {
  const entry = require.resolve(name);
  let dir = path.dirname(entry);
  while (!fs.existsSync(path.join(dir, 'package.json')) && dir !== path.dirname(dir)) dir = path.dirname(dir);
  return (JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string }).version;
}

function oursEngine(): Engine {
  return {
    id: 'ours',
    name: 'ours (src/nlu/classifier.ts)',
    notes: [],
    async train(examples) {
      const classifier = IntentClassifier.train(examples.map((e) => ({ text: e.text, label: e.label })));
      return {
        predict(text) {
          const { label, confidence } = classifier.predict(text);
          return { label, confidence, top: { label, confidence } };
        },
      };
    },
  };
}

// ---------------------------------------------------------------------------------------------
// NLP.js

interface NlpJs {
  settings: Record<string, unknown>;
  addLanguage(locale: string): void;
  addDocument(locale: string, utterance: string, intent: string): void;
  train(): Promise<unknown>;
  process(locale: string, utterance: string): Promise<{ intent: string; score: number; classifications?: { intent: string; score: number }[] }>;
}

const NLPJS_NONE = 'None';

/** NLP.js logs every training epoch with console.log; stdout must stay clean for the table. */
async function withQuietConsole<T>(work: () => Promise<T>, onLine?: (line: string) => void): Promise<T> {
  const saved = { log: console.log, info: console.info, debug: console.debug, warn: console.warn };
  const swallow = (...args: unknown[]) => onLine?.(args.map(String).join(' '));
  console.log = console.info = console.debug = console.warn = swallow;
  try {
    return await work();
  } finally {
    Object.assign(console, saved);
  }
}

function loadEnglishPackage(): { LangEn?: unknown } {
  try {
    return require('@nlpjs/lang-en-min') as { LangEn: unknown };
  } catch {
    return {};
  }
}

function nlpjsEngine(): Engine {
  const { containerBootstrap } = require('@nlpjs/core') as { containerBootstrap: () => Promise<{ use(p: unknown): void; get(name: string): unknown }> };
  const { Nlp } = require('@nlpjs/nlp') as { Nlp: unknown };
  const { LangEn } = loadEnglishPackage();
  const notes = LangEn
    ? ['NLP.js with @nlpjs/lang-en-min (English tokenizer, stemmer, stopwords), default settings.']
    : [
        'NLP.js ran WITHOUT @nlpjs/lang-en-min (not installed): its language-neutral tokenizer and no English stemmer. ' +
          'Default settings otherwise (threshold 0.5 → "None").',
      ];
  return {
    id: 'nlpjs',
    name: `NLP.js ${packageVersion('@nlpjs/nlp')}${LangEn ? '' : ' (no lang-en-min)'}`,
    notes,
    async train(examples, options = {}) {
      const container = await containerBootstrap();
      container.use(Nlp);
      if (LangEn) container.use(LangEn);
      const nlp = container.get('nlp') as NlpJs;
      nlp.settings.autoSave = false;
      nlp.addLanguage('en');
      for (const e of examples) nlp.addDocument('en', e.text, e.label);

      let epochs = 0;
      let lastReport = Date.now();
      await withQuietConsole(
        () => nlp.train(),
        (line) => {
          if (!line.startsWith('Epoch')) return;
          epochs++;
          if (options.progress && Date.now() - lastReport > 5000) {
            lastReport = Date.now();
            options.progress(`NLP.js training, epoch ${epochs}`);
          }
        },
      );
      const outOfScope = options.outOfScopeLabel ?? NLPJS_NONE;
      // Where `None` is a trained class (NLU Evaluation Corpora) it is a candidate like any other.
      const noneIsTrained = examples.some((e) => e.label === NLPJS_NONE);
      return {
        predict: (text) =>
          withQuietConsole(async () => {
            const result = await nlp.process('en', text);
            // Its best-scoring trained intent, whatever its threshold made of it.
            const best = (result.classifications ?? []).filter((c) => noneIsTrained || c.intent !== NLPJS_NONE).sort((a, b) => b.score - a.score)[0];
            const top = best ? { label: best.intent, confidence: best.score } : { label: outOfScope, confidence: 0 };
            return { label: result.intent === NLPJS_NONE ? outOfScope : result.intent, confidence: result.score, top };
          }),
      };
    },
  };
}

// ---------------------------------------------------------------------------------------------
// natural's BayesClassifier (by path: `require('natural')` prints dotenv banners on stdout)

interface NaturalBayes {
  addDocument(text: string, label: string): void;
  train(): void;
  getClassifications(text: string): { label: string; value: number }[];
}

function bayesEngine(): Engine {
  const BayesClassifier = require('natural/lib/natural/classifiers/bayes_classifier') as new (stemmer: unknown) => NaturalBayes;
  const PorterStemmer = require('natural/lib/natural/stemmers/porter_stemmer') as unknown;
  return {
    id: 'bayes',
    name: `natural ${packageVersion('natural/lib/natural/classifiers/bayes_classifier')} BayesClassifier (Porter)`,
    notes: [],
    async train(examples) {
      const bayes = new BayesClassifier(PorterStemmer);
      for (const e of examples) bayes.addDocument(e.text, e.label);
      bayes.train();
      return {
        predict(text) {
          const ranked = bayes.getClassifications(text);
          let total = 0;
          for (const r of ranked) total += r.value;
          // Its values are unnormalised (and underflow to 0 on long texts); normalise for a confidence.
          const guess = { label: ranked[0].label, confidence: total > 0 ? ranked[0].value / total : 0 };
          return { ...guess, top: guess };
        },
      };
    },
  };
}
