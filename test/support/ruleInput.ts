import { findQuestion } from '../../src/nlu/question';
import type { RuleInput } from '../../src/nlu/readingRules';

/** A message as the reading rules see it, with a reading and a judgement made up for the test. */
export function ruleInput(text: string, judged: RuleInput['judged'], role?: RuleInput['role']): RuleInput {
  const probabilities: Record<string, number> = { [judged.label]: judged.confidence };
  return {
    text,
    parts: findQuestion(text),
    role,
    reading: { label: judged.label, confidence: judged.confidence, probabilityOf: (label) => probabilities[label] ?? 0 },
    judged,
    isTopic: (label) => label !== 'out_of_scope' && label !== 'thanks',
    hasIntent: () => true,
    outOfScopeAlone: () => 0.9,
  };
}
