import { findQuestion } from '../../src/nlu/question';
import { asksWhoDecidesAStaffingMatter } from '../../src/nlu/staffingDecision';
import { assistantFor, COUNCILLOR_ASKER } from '../support/shippedAssistant';
import { readingRuleDecision } from '../support/ruleInput';

const councillor = COUNCILLOR_ASKER;

const staffingDecision = (message: string): boolean => asksWhoDecidesAStaffingMatter(message, findQuestion(message));

describe('who decides a matter of the council staff', () => {
  test('is told by a question of who decides, council staff and a matter of their employment', () => {
    expect(staffingDecision('The deputy clerk wants to work four days a week instead of five. Who has the final say?')).toBe(true);
    expect(staffingDecision('Our caretaker has asked for a pay rise. Whose decision is that?')).toBe(true);
    expect(staffingDecision('The office assistant goes on maternity leave in June. Who decides whether we hire cover?')).toBe(true);
  });

  test('staff named by posts a small council has besides the clerk: the litter picker, the lengthsman, the receptionist', () => {
    expect(staffingDecision('our litter picker is asking for more hours over the summer. whose decision is that?')).toBe(true);
    expect(staffingDecision('The lengthsman wants a pay rise after five years. Who decides?')).toBe(true);
    expect(staffingDecision('The receptionist wants to go part time. Who has the final say?')).toBe(true);
  });

  test("a post's own contract, and a post advertised by its title, are matters of employment", () => {
    expect(staffingDecision("The caretaker's contract ends in June. Who decides whether it's renewed?")).toBe(true);
    expect(staffingDecision('Whose call is it to advertise the assistant clerk job?')).toBe(true);
  });

  test('a question of who decides a matter of its own, told with a staffing story, is not', () => {
    expect(staffingDecision('Staff pay is going up nationally. Who decides whether we put the precept up to pay for it?')).toBe(false);
    expect(staffingDecision("The clerk's report on creating a new post is on the agenda. Who decides whether it's discussed in private?")).toBe(false);
  });

  test("the council's business in words that also name employment is not a staffing matter", () => {
    expect(staffingDecision('The clerk wants the grass cutting contract to go to the cheapest bidder. Who decides?')).toBe(false);
    expect(staffingDecision('The office opening hours are changing in March. Who decides that?')).toBe(false);
  });

  test("another body's staff, or papers asked for, are not", () => {
    expect(staffingDecision('The caretaker at the primary school is on a zero hours contract. Who decides his hours?')).toBe(false);
    expect(staffingDecision('A member wants the files on the caretaker recruitment. Who decides whether she gets them?')).toBe(false);
  });

  test('a question that does not ask who decides is not', () => {
    expect(staffingDecision('The deputy clerk wants to work four days a week. Is that allowed?')).toBe(false);
  });
});

describe('a staffing matter read as a council decision', () => {
  test('gives way to employment when the question asks who decides it', () => {
    // read as decisions_and_agendas (0.42) without the rule
    expect(assistantFor('halstead').answer('Groundsman has asked for a pay rise after ten years. Whose decision is it?', councillor).intent)
      .toBe('employment_and_appointments');
    // decisions_and_agendas at 0.20 without it
    expect(assistantFor('flitwick').answer('The deputy clerk wants to work four days a week instead of five. Who has the final say?', councillor).intent)
      .toBe('employment_and_appointments');
  });

  test("a weak reading of the chair's part or of instructing staff gives way too", () => {
    // chairs_and_committees at 0.46 without the rule
    expect(assistantFor('flitwick').answer("Whose call is it to give the groundsman a pay rise, the chair's?", councillor).intent)
      .toBe('employment_and_appointments');
    const text = 'Who decides how many hours the cleaner works, us or the clerk?';
    expect(readingRuleDecision(text, { label: 'instructing_officers', confidence: 0.2 })).toEqual({ intent: 'employment_and_appointments' });
    expect(readingRuleDecision(text, { label: 'instructing_officers', confidence: 0.85 })).toBeUndefined();
  });

  test('what the staff work on, asked the same way, stays instructing', () => {
    expect(assistantFor('flitwick').answer('Who decides what the groundsman does first each morning, us or the clerk?', councillor).intent)
      .toBe('instructing_officers');
  });

  test('a council decision with staff in the story stays a council decision', () => {
    expect(assistantFor('halstead').answer('Our clerk says the pay award for staff has to be agreed by full council. Can a committee decide it instead?', councillor).intent)
      .toBe('decisions_and_agendas');
    expect(assistantFor('flitwick').answer('Staff pay is going up nationally. Who decides whether we put the precept up to pay for it?', councillor).intent)
      .toBe('decisions_and_agendas');
  });
});
