import { findQuestion } from '../../src/nlu/question';
import { asksWhoDecidesAStaffingMatter, WHO_DECIDES } from '../../src/nlu/staffingDecision';
import { assistantFor, COUNCILLOR_ASKER, OFFICER_ASKER } from '../support/shippedAssistant';
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

describe('who decides a staffing matter, asked in wider words (messy-round40)', () => {
  test('who sets, picks or signs it off, a say or a vote, full council, how it is set', () => {
    expect(staffingDecision('Our caretaker has been on the same money for years. Who actually sets what staff get paid, us or the clerk?')).toBe(true);
    expect(staffingDecision('The gardener is asking for a bonus after the show. Does it need the whole council?')).toBe(true);
    expect(staffingDecision("The cleaner's contract runs out in May. Does renewing it come to full council?")).toBe(true);
    expect(staffingDecision("How are the office staff's salaries set?")).toBe(true);
    expect(staffingDecision('Now the clerk has retired there is a vacancy. Who gets to pick the new staff?')).toBe(true);
    expect(staffingDecision('The staff pay award: is it something the council votes on every year or does it just happen?')).toBe(true);
  });

  test("an officer's own grade or appraisal counts only when the asker is staff", () => {
    const text = 'I think my job is on the wrong grade now. Do councillors get a vote on regrading?';
    expect(asksWhoDecidesAStaffingMatter(text, findQuestion(text), true)).toBe(true);
    expect(asksWhoDecidesAStaffingMatter(text, findQuestion(text), false)).toBe(false);
  });

  test("the wider words without a staffing matter, or about another body's staff, are not", () => {
    expect(staffingDecision('How are the allotment rents set?')).toBe(false);
    expect(staffingDecision('The cricket club has a groundsman vacancy. Who gets to pick the new one?')).toBe(false);
  });

  test('a wider question read as out of scope for want of evidence, or as the roles of councillors, gives way', () => {
    const text = "How are the office staff's salaries set?";
    expect(readingRuleDecision(text, { label: 'out_of_scope', confidence: 0.49, reason: 'classified' })).toEqual({ intent: 'employment_and_appointments' });
    expect(readingRuleDecision(text, { label: 'roles_of_councillors', confidence: 0.3 })).toEqual({ intent: 'employment_and_appointments' });
  });

  test('the wider words do not widen outsideDecision.ts or decidedMatter.ts, which read WHO_DECIDES alone', () => {
    expect(WHO_DECIDES.test('Who actually sets what staff get paid?')).toBe(false);
  });
});

describe('the assistant reads the wider staffing questions as employment (messy-round40)', () => {
  test("a councillor asking how staff salaries are set, and an officer asking whether members vote on their regrading", () => {
    // the bare classifier reads out_of_scope at 0.19 (checked with intent-explain.js)
    expect(assistantFor('cottingham').answer("How are the office staff's salaries set? A resident asked me about the clerk's wages", councillor).intent)
      .toBe('employment_and_appointments');
    // decisions_and_agendas at 0.17 by the bare classifier
    expect(assistantFor('tewkesbury').answer('Do councillors get a vote on whether I get regraded or is that purely the clerk? Nothing has happened for two years', OFFICER_ASKER).intent)
      .toBe('employment_and_appointments');
  });
});
