import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { IntentClassifier, LabelledText } from './classifier';
import { IntentFile, OUT_OF_SCOPE, trainingExamples } from './intents';
import { tokenize } from './normalize';
import type { Role } from '../domain/types';

/**
 * Below this probability the message is treated as outside the protocol. Chosen by k-fold
 * cross-validation over the project's own intent examples (`protocol-bot eval --cv`), never on
 * the evaluation set.
 */
export const OUT_OF_SCOPE_THRESHOLD = 0.1;
/** Below this probability the bot answers but says it is unsure and offers the Clerk. */
export const UNSURE_THRESHOLD = 0.25;

export interface IntentResult {
  intent: string;
  confidence: number;
  /** Answered, but not confidently: the reply says so and offers the Clerk. */
  uncertain: boolean;
  /** The most probable intents, best first (for a runner-up and diagnostics). */
  ranked: { label: string; probability: number }[];
}

/** The classifier's role feature: the Clerk is an officer for the purpose of reading a message. */
export const roleFeature = (role?: Role): string | undefined => (role === 'clerk' ? 'officer' : role);

export class IntentEngine {
  readonly intents: Map<string, IntentFile>;

  private constructor(
    intents: IntentFile[],
    private readonly classifier: IntentClassifier,
    private readonly thresholds = { outOfScope: OUT_OF_SCOPE_THRESHOLD, unsure: UNSURE_THRESHOLD },
  ) {
    this.intents = new Map(intents.map((i) => [i.id, i]));
  }

  /**
   * Trains on the intents' examples, or loads the model a previous start trained on exactly the
   * same examples with exactly the same code (training takes seconds; loading, milliseconds).
   */
  static train(intents: IntentFile[], options: { cacheDir?: string; thresholds?: { outOfScope: number; unsure: number } } = {}): IntentEngine {
    const items: LabelledText[] = trainingExamples(intents).map((e) => ({ text: e.text, label: e.intent, role: roleFeature(e.role) }));
    const classifier = options.cacheDir ? trainCached(items, options.cacheDir) : IntentClassifier.train(items);
    return new IntentEngine(intents, classifier, options.thresholds);
  }

  classify(text: string, role?: Role): IntentResult {
    const prediction = this.classifier.predict(text, roleFeature(role));
    const hasWords = tokenize(text).some((t) => /[a-z]/.test(t));
    if (!hasWords || prediction.label === OUT_OF_SCOPE || prediction.confidence < this.thresholds.outOfScope) {
      const confidence = prediction.label === OUT_OF_SCOPE ? prediction.confidence : prediction.probabilityOf(OUT_OF_SCOPE);
      return { intent: OUT_OF_SCOPE, confidence, uncertain: false, ranked: prediction.ranked };
    }
    return {
      intent: prediction.label,
      confidence: prediction.confidence,
      uncertain: prediction.confidence < this.thresholds.unsure,
      ranked: prediction.ranked,
    };
  }
}

/** The code that shapes a model: a change to any of these files invalidates cached models. */
const MODEL_SOURCES = ['classifier', 'features', 'normalize'].map((name) => path.join(__dirname, `${name}${path.extname(__filename)}`));

/** Where the model trained on these intents with this code is cached. */
function modelFile(items: LabelledText[], cacheDir: string): string {
  const hash = crypto.createHash('sha256');
  hash.update(JSON.stringify(items));
  for (const source of MODEL_SOURCES) hash.update(fs.existsSync(source) ? fs.readFileSync(source) : source);
  return path.join(cacheDir, `intent-model-${hash.digest('hex').slice(0, 16)}.json`);
}

/** For `doctor`: the cached model file for these intents, and whether it is there (else the next start trains). */
export function cachedModelStatus(intents: IntentFile[], cacheDir: string): { file: string; current: boolean } {
  const items: LabelledText[] = trainingExamples(intents).map((e) => ({ text: e.text, label: e.intent, role: roleFeature(e.role) }));
  const file = modelFile(items, cacheDir);
  return { file, current: fs.existsSync(file) };
}

function trainCached(items: LabelledText[], cacheDir: string): IntentClassifier {
  const file = modelFile(items, cacheDir);
  try {
    return IntentClassifier.fromJSON(JSON.parse(fs.readFileSync(file, 'utf8')));
  } catch {
    // No cached model (or an unreadable one): train, then try to save for next time.
  }
  const classifier = IntentClassifier.train(items);
  try {
    fs.mkdirSync(cacheDir, { recursive: true });
    // Models of older examples or code are dead weight; another process's temporary file is not.
    const stale = fs.readdirSync(cacheDir).filter((f) => f.startsWith('intent-model-') && f.endsWith('.json') && f !== path.basename(file));
    for (const old of stale) fs.rmSync(path.join(cacheDir, old), { force: true });
    const temporary = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, JSON.stringify(classifier.toJSON()));
    fs.renameSync(temporary, file);
  } catch {
    // A read-only disk only costs the next start its training time.
  }
  return classifier;
}
