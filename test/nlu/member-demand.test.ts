import { asksWhetherToMeetAMembersDemand } from '../../src/nlu/memberDemand';
import { findQuestion } from '../../src/nlu/question';
import { assistantFor, OFFICER_ASKER } from '../support/shippedAssistant';
import { readingRuleDecision } from '../support/ruleInput';

const asks = (text: string): boolean => asksWhetherToMeetAMembersDemand(text, findQuestion(text));

describe("a member's demand on staff, asked as the officer's duty (memberDemand.ts)", () => {
  test('a member named and the officer asking whether they must go along with it', () => {
    expect(asks('The mayor wants her speech typed up by tonight. Do I have to?')).toBe(true);
    expect(asks('A member expects me to collect his post from the office every day. Am I obliged to?')).toBe(true);
    expect(asks('Can a councillor tell me to change my hours to suit him?')).toBe(true);
    expect(asks('one cllr keeps giving me errands. how do I push back?')).toBe(true);
  });

  test('a remedy asked, mistreatment told, no member or no question of duty: not this rule', () => {
    // What to do, whom to tell, how to complain: the complaint's own questions.
    expect(asks('A councillor wants me to run his errands. Do I have to, and who do I tell?')).toBe(false);
    expect(asks('A member keeps giving me jobs. What am I supposed to do?')).toBe(false);
    // Shouting is the complaint's (mistreatedOfficer.ts), even asked as a duty.
    expect(asks('The chair shouted at me to redo the agenda. Do I have to?')).toBe(false);
    expect(asks('My manager wants the report by Friday. Do I have to?')).toBe(false);
    expect(asks('A councillor asked me about the allotment rents. Where do things stand?')).toBe(false);
  });

  test('overrules only a complaint about a councillor, only for an officer or the Clerk', () => {
    const text = 'A councillor wants me to drop my rota and paint his bus shelter. Do I have to?';
    expect(readingRuleDecision(text, { label: 'complaint_about_councillor', confidence: 0.6 }, 'officer')).toEqual({ intent: 'instructing_officers' });
    expect(readingRuleDecision(text, { label: 'complaint_about_councillor', confidence: 0.6 }, 'clerk')).toEqual({ intent: 'instructing_officers' });
    expect(readingRuleDecision(text, { label: 'complaint_about_councillor', confidence: 0.6 }, 'councillor')).toBeUndefined();
    expect(readingRuleDecision(text, { label: 'response_times', confidence: 0.6 }, 'officer')).toBeUndefined();
  });

  test("the assistant reads such a message as instructing officers", () => {
    // complaint_about_councillor (0.33) without the rule, instructing_officers second (0.23)
    const text = 'A councillor keeps ringing me to sort out his planning paperwork for him before the deadline. Do I have to?';
    expect(assistantFor('flitwick').answer(text, OFFICER_ASKER).intent).toBe('instructing_officers');
  });
});
