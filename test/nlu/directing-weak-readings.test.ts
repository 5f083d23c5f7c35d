import { DIRECTING_STAFF_RULE } from '../../src/nlu/directing';
import { firstRuleThatApplies, READING_RULES, RuleInput } from '../../src/nlu/readingRules';
import { ruleInput } from '../support/ruleInput';

/** A councillor's message unless another role is given. */
const input = (text: string, judged: RuleInput['judged'], role: RuleInput['role'] = 'councillor'): RuleInput => ruleInput(text, judged, role);

// My own wording: a councillor who got staff to do a job on the spot, asking whether that was proper.
const STORY = 'The swings by the pond had a snapped chain, so I got the handyman to take them down before the children came out of school. Was that alright?';

describe('a story of a member directing staff, read weakly, is read as instructing officers', () => {
  test('judged out of scope by the classifier, as before', () => {
    const judged = input(STORY, { label: 'out_of_scope', confidence: 0.45, reason: 'classified' });
    expect(firstRuleThatApplies(READING_RULES, judged)?.decides(judged)).toEqual({ intent: 'instructing_officers' });
  });

  test('judged out of scope because no topic reached the minimum confidence, or its words explained too little', () => {
    // Each of these fell back to "that isn't in the protocol" before: the gate asked for the classifier's judgement only.
    for (const reason of ['low_confidence', 'unexplained'] as const) {
      const judged = input(STORY, { label: 'out_of_scope', confidence: 0.08, reason });
      expect(firstRuleThatApplies(READING_RULES, judged)?.name).toBe('directing_staff');
    }
  });

  test('read as another topic under 0.25 (a guess the engine would answer as unsure anyway)', () => {
    const weak = input(STORY, { label: 'premises_access', confidence: 0.18 });
    expect(firstRuleThatApplies(READING_RULES, weak)?.decides(weak)).toEqual({ intent: 'instructing_officers' });
  });

  test('a surer reading of another topic stands', () => {
    expect(DIRECTING_STAFF_RULE.gate(input(STORY, { label: 'premises_access', confidence: 0.3 }))).toBe(false);
  });

  test('an out-of-scope judgement for what the message is (gibberish, unknown words) stands', () => {
    for (const reason of ['gibberish', 'unknown_words'] as const) {
      expect(DIRECTING_STAFF_RULE.gate(input(STORY, { label: 'out_of_scope', confidence: 0.3, reason }))).toBe(false);
    }
  });

  test('a weak reading of a story in which no member directs staff is left alone', () => {
    const nearMiss = input('The vicar got the bell ringers to practise on Wednesdays instead. Was that alright?', { label: 'premises_access', confidence: 0.18 });
    expect(firstRuleThatApplies(READING_RULES, nearMiss)).toBeUndefined();
  });
});
