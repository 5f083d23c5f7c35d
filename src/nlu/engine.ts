import { cacheFile, digestOf, moduleSource, readCached, writeCached } from './cacheFiles';
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
const MODEL_SOURCES = ['classifier', 'features', 'normalize'];

function trainCached(items: LabelledText[], cacheDir: string): IntentClassifier {
  const file = cacheFile(cacheDir, 'intent-model', digestOf([JSON.stringify(items), ...MODEL_SOURCES.map(moduleSource)]), 'bin');
  const cached = readCached(file, (bytes) => IntentClassifier.fromBinary(bytes));
  if (cached) return cached;
  const classifier = IntentClassifier.train(items);
  writeCached(file, classifier.toBinary());
  return classifier;
}
