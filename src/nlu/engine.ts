import { IntentClassifier } from './classifier';
import { IntentFile, OUT_OF_SCOPE, trainingExamples } from './intents';
import { tokenize } from './normalize';
import type { Role } from '../queue/types';

/**
 * Below this probability the message is treated as outside the protocol. Chosen by k-fold
 * cross-validation over the project's own intent examples (`protocol-bot eval --cv`), never on
 * the evaluation set.
 */
export const OUT_OF_SCOPE_THRESHOLD = 0.2;
/** Below this probability the bot answers but says it is unsure and offers the Clerk. */
export const UNSURE_THRESHOLD = 0.4;

export interface IntentResult {
  intent: string;
  confidence: number;
  /** Answered, but not confidently: the reply says so and offers the Clerk. */
  uncertain: boolean;
  /** The classifier's ranking, for diagnostics. */
  ranked: { label: string; probability: number }[];
}

/** The classifier's role feature: the Clerk is an officer for the purpose of reading a message. */
const roleFeature = (role?: Role): string | undefined => (role === 'clerk' ? 'officer' : role);

export class IntentEngine {
  readonly intents: Map<string, IntentFile>;

  private constructor(
    intents: IntentFile[],
    private readonly classifier: IntentClassifier,
    private readonly thresholds = { outOfScope: OUT_OF_SCOPE_THRESHOLD, unsure: UNSURE_THRESHOLD },
  ) {
    this.intents = new Map(intents.map((i) => [i.id, i]));
  }

  static train(intents: IntentFile[], thresholds?: { outOfScope: number; unsure: number }): IntentEngine {
    const items = trainingExamples(intents).map((e) => ({ text: e.text, label: e.intent, role: roleFeature(e.role) }));
    return new IntentEngine(intents, IntentClassifier.train(items), thresholds);
  }

  classify(text: string, role?: Role): IntentResult {
    const prediction = this.classifier.predict(text, roleFeature(role));
    const hasWords = tokenize(text).some((t) => /[a-z]/.test(t));
    if (!hasWords || prediction.label === OUT_OF_SCOPE || prediction.confidence < this.thresholds.outOfScope) {
      const oos = prediction.ranked.find((r) => r.label === OUT_OF_SCOPE);
      const confidence = prediction.label === OUT_OF_SCOPE ? prediction.confidence : (oos?.probability ?? 0);
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
