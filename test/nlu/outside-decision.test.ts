import { findQuestion } from '../../src/nlu/question';
import { asksWhoDecidesAnotherBodysAffairs } from '../../src/nlu/outsideDecision';
import { assistantFor, COUNCILLOR_ASKER } from '../support/shippedAssistant';
import { readingRuleDecision } from '../support/ruleInput';

const councillor = COUNCILLOR_ASKER;

const outsideDecision = (message: string): boolean => asksWhoDecidesAnotherBodysAffairs(message, findQuestion(message));

describe("who decides another body's own affairs", () => {
  test('is told by another body named, nothing of the council, and a question of who decides or who takes the place', () => {
    expect(outsideDecision('The netball club is choosing a new coach. Whose decision is that?')).toBe(true);
    expect(outsideDecision('the WI secretary is moving to Devon. who takes over?')).toBe(true);
    expect(outsideDecision('My wife\'s employer wants her to work bank holidays. Who decides if they can?')).toBe(true);
    expect(outsideDecision('The Cubs leader is retiring. Any ideas on a successor?')).toBe(true);
  });

  test("a body asking the council for something names the council's side, and is not", () => {
    expect(outsideDecision('The cricket club wants to use the council\'s pavilion for its teas. Who decides?')).toBe(false);
    expect(outsideDecision('The church wants a grant for its roof. Who decides whether it gets one?')).toBe(false);
    expect(outsideDecision('The bowls club wants a longer lease on the green. Who has the final say?')).toBe(false);
  });

  test('a council staffing matter told with a club in the story, or "us" deciding, is not', () => {
    expect(outsideDecision('Our clerk is leaving and the rugby club secretary wants the job. Who decides?')).toBe(false);
    expect(outsideDecision('The school wants the crossing moved. Who decides, the county or us?')).toBe(false);
  });

  test('another body with no question of who decides is not', () => {
    expect(outsideDecision('The football club is choosing a new captain. Can I put my name forward?')).toBe(false);
  });
});

describe("another body's own affairs, read as the council's decisions", () => {
  test('are read out of scope', () => {
    // decisions_and_agendas at 0.55 and 0.44 without the rule
    expect(assistantFor('flitwick').answer("Our church choir needs a new organist. Whose decision is that, the vicar's?", councillor).intent).toBe('out_of_scope');
    expect(assistantFor('flitwick').answer("My son's school wants to move sports day to a Saturday. Who decides that?", councillor).intent).toBe('out_of_scope');
  });

  test('with their own reason; a sure reading, or a reading of another topic, stands', () => {
    const text = 'The netball club is choosing a new coach. Whose decision is that?';
    expect(readingRuleDecision(text, { label: 'decisions_and_agendas', confidence: 0.5 })).toEqual({ reason: 'outside_body' });
    expect(readingRuleDecision(text, { label: 'decisions_and_agendas', confidence: 0.85 })).toBeUndefined();
    expect(readingRuleDecision(text, { label: 'interests_and_conflicts', confidence: 0.4 })).toBeUndefined();
  });

  test("a club asking for the council's pavilion stays a council decision", () => {
    expect(assistantFor('flitwick').answer("The cricket club wants to use the council's pavilion for its teas. Who decides?", councillor).intent).toBe('decisions_and_agendas');
  });
});
