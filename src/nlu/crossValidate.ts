import { IntentClassifier, LabelledText } from './classifier';
import { TRAINING_OPTIONS } from './training';
import { OUT_OF_SCOPE } from './intents';
import { judgeScope, runnersUp, ScopeModel, ScopeSignals, ScopeThresholds, TopReading } from './scope';

export interface HeldOutPrediction {
  label: string;
  predicted: string;
  confidence: number;
  /** Out-of-scope signals, from the vocabulary of the examples the fold's model was trained on. */
  signals: ScopeSignals;
  /** The first topic intent after the top one among the next two, if any. */
  runnerUp?: TopReading;
}

/**
 * k-fold cross-validation over the project's own training examples: every example is predicted
 * by a model that never saw it. Used to choose the out-of-scope thresholds without looking at
 * any evaluation set.
 */
export function crossValidate(items: LabelledText[], folds = 5, seed = 11, isTopic: (label: string) => boolean = () => true,
  /** What the classifier trains on, made from a fold's examples (the scope vocabulary reads them as they are). */
  augment?: (train: LabelledText[]) => LabelledText[],
): HeldOutPrediction[] {
  const assignment = foldAssignment(items, folds, seed);
  const results: HeldOutPrediction[] = [];
  for (let fold = 0; fold < folds; fold++) {
    const train = items.filter((i) => assignment.get(i) !== fold);
    const test = items.filter((i) => assignment.get(i) === fold);
    const model = IntentClassifier.train(augment ? augment(train) : train, TRAINING_OPTIONS);
    const scope = new ScopeModel(train);
    for (const item of test) {
      const p = model.predict(item.text, item.role);
      const others = runnersUp(p.ranked, isTopic);
      const runnerUp = others.length > 0 ? { label: others[0], confidence: p.probabilityOf(others[0]) } : undefined;
      results.push({ label: item.label, predicted: p.label, confidence: p.confidence, signals: scope.signals(item.text, p.label, others), ...(runnerUp ? { runnerUp } : {}) });
    }
  }
  return results;
}

/** Stratified folds: each label's examples dealt round-robin into folds, after a seeded shuffle. */
export function foldAssignment(items: LabelledText[], folds: number, seed = 11): Map<LabelledText, number> {
  const byLabel = new Map<string, LabelledText[]>();
  for (const item of items) byLabel.set(item.label, [...(byLabel.get(item.label) ?? []), item]);
  const assignment = new Map<LabelledText, number>();
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (const group of byLabel.values()) {
    const shuffled = [...group].sort(() => next() - 0.5);
    shuffled.forEach((item, i) => assignment.set(item, i % folds));
  }
  return assignment;
}

export interface ThresholdRow {
  threshold: number;
  inScopeAccuracy: number;
  outOfScopeRecall: number;
  falseFallback: number;
}

/** What each out-of-scope threshold would give on held-out predictions. */
export function thresholdTable(predictions: HeldOutPrediction[], thresholds: number[]): ThresholdRow[] {
  const inScope = predictions.filter((p) => p.label !== OUT_OF_SCOPE);
  const outOfScope = predictions.filter((p) => p.label === OUT_OF_SCOPE);
  const decide = (p: HeldOutPrediction, t: number) => (p.predicted === OUT_OF_SCOPE || p.confidence < t ? OUT_OF_SCOPE : p.predicted);
  return thresholds.map((threshold) => ({
    threshold,
    inScopeAccuracy: inScope.filter((p) => decide(p, threshold) === p.label).length / Math.max(1, inScope.length),
    outOfScopeRecall: outOfScope.filter((p) => decide(p, threshold) === OUT_OF_SCOPE).length / Math.max(1, outOfScope.length),
    falseFallback: inScope.filter((p) => decide(p, threshold) === OUT_OF_SCOPE).length / Math.max(1, inScope.length),
  }));
}

/** What each setting of the scope thresholds would give on held-out predictions. */
export function scopeTable(predictions: HeldOutPrediction[], settings: ScopeThresholds[], isTopic: (label: string) => boolean): (ThresholdRow & { settings: ScopeThresholds })[] {
  const inScope = predictions.filter((p) => p.label !== OUT_OF_SCOPE);
  const outOfScope = predictions.filter((p) => p.label === OUT_OF_SCOPE);
  const decide = (p: HeldOutPrediction, t: ScopeThresholds) => judgeScope({ label: p.predicted, confidence: p.confidence }, p.runnerUp, p.signals, isTopic, t).label;
  return settings.map((t) => ({
    settings: t,
    threshold: t.minConfidence,
    inScopeAccuracy: inScope.filter((p) => decide(p, t) === p.label).length / Math.max(1, inScope.length),
    outOfScopeRecall: outOfScope.filter((p) => decide(p, t) === OUT_OF_SCOPE).length / Math.max(1, outOfScope.length),
    falseFallback: inScope.filter((p) => decide(p, t) === OUT_OF_SCOPE).length / Math.max(1, inScope.length),
  }));
}
