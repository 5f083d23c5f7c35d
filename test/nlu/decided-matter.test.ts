import { findQuestion } from '../../src/nlu/question';
import { decidedKind } from '../../src/nlu/decidedMatter';
import { firstRuleThatApplies, READING_RULES } from '../../src/nlu/readingRules';
import { assistantFor, COUNCILLOR_ASKER } from '../support/shippedAssistant';
import { readingRuleDecision, ruleInput } from '../support/ruleInput';

const councillor = COUNCILLOR_ASKER;

const kind = (message: string) => decidedKind(message, findQuestion(message));

describe('what "who decides" is asked of', () => {
  test('seeing or having papers', () => {
    expect(kind("I asked for the audit working papers and was told no. Who decides if I'm allowed to see them?")).toBe('papers');
    expect(kind('whose call is it whether members get a copy of the valuation report on the old depot')).toBe('papers');
  });

  test('a complaint told of, when the question is its outcome or points back at it', () => {
    expect(kind('A resident complained to the clerk about how I spoke to her. Who decides the outcome?')).toBe('complaint');
    expect(kind('I made a complaint about the deputy clerk last month. Whose decision is it now?')).toBe('complaint');
  });

  test('a matter of its own, told with papers or a complaint in the story, is neither', () => {
    expect(kind('Residents complained about the bins by the pond. Who decides whether we move them?')).toBeUndefined();
    expect(kind('The report on the skate park is ready. Who decides whether it goes to full council?')).toBeUndefined();
  });

  test('a question that does not ask who decides is neither', () => {
    expect(kind('I asked for the audit working papers and was told no. Can they do that?')).toBeUndefined();
  });
});

describe('who decides about papers or a complaint, read as council decisions', () => {
  test('papers give way to document access', () => {
    // decisions_and_agendas at 0.60 without the rule
    expect(assistantFor('cottingham').answer("Who makes the decision on whether I get to read the consultant's report on the hall?", councillor).intent)
      .toBe('document_access');
  });

  test('a complaint gives way to the complaint the classifier rates higher, about an officer or a councillor', () => {
    const text = 'I made a complaint about the deputy clerk last month. Whose decision is it now?';
    const judged = { label: 'decisions_and_agendas', confidence: 0.5 };
    const leaning = (officer: number, councillor: number) => {
      const input = ruleInput(text, judged);
      const probabilities: Record<string, number> = { complaint_about_officer: officer, complaint_about_councillor: councillor };
      return { ...input, reading: { ...input.reading, probabilityOf: (label: string) => probabilities[label] ?? 0 } };
    };
    const toOfficer = leaning(0.2, 0.1);
    expect(firstRuleThatApplies(READING_RULES, toOfficer)?.decides(toOfficer)).toEqual({ intent: 'complaint_about_officer' });
    const toCouncillor = leaning(0.1, 0.2);
    expect(firstRuleThatApplies(READING_RULES, toCouncillor)?.decides(toCouncillor)).toEqual({ intent: 'complaint_about_councillor' });
    // a sure reading of council decisions stands
    expect(readingRuleDecision(text, { label: 'decisions_and_agendas', confidence: 0.85 })).toBeUndefined();
  });

  test('a council decision told with a complaint in the story stays a council decision', () => {
    expect(assistantFor('halstead').answer('Residents complained about the bins by the pond. Who decides whether we move them?', councillor).intent)
      .toBe('decisions_and_agendas');
  });
});
