import { findQuestion } from '../../src/nlu/question';
import { firstRuleThatApplies, READING_RULES, type RuleDecision, type RuleInput } from '../../src/nlu/readingRules';

/** A message as the reading rules see it, with a reading and a judgement made up for the test. */
export function ruleInput(text: string, judged: RuleInput['judged'], role?: RuleInput['role']): RuleInput {
  const probabilities: Record<string, number> = { [judged.label]: judged.confidence };
  return {
    text,
    parts: findQuestion(text),
    role,
    reading: { label: judged.label, confidence: judged.confidence, probabilityOf: (label) => probabilities[label] ?? 0, ranked: [{ label: judged.label, probability: judged.confidence }] },
    judged,
    isTopic: (label) => label !== 'out_of_scope' && label !== 'thanks',
    hasIntent: () => true,
    outOfScopeAlone: () => 0.9,
  };
}

/**
 * What the first reading rule that applies to such a message decides, or undefined when none applies: the one question
 * the reading-rule tests ask of `READING_RULES`.
 */
export function readingRuleDecision(text: string, judged: RuleInput['judged'], role?: RuleInput['role']): RuleDecision | undefined {
  const input = ruleInput(text, judged, role);
  return firstRuleThatApplies(READING_RULES, input)?.decides(input);
}
