import { findQuestion } from '../../src/nlu/question';
import { asksAboutTakingPartWithOwnStake } from '../../src/nlu/ownStake';
import { asksAboutContactOutOfHours } from '../../src/nlu/outOfHours';
import { asksToUseCouncilPropertyPrivately } from '../../src/nlu/privateUse';
import { assistantFor, COUNCILLOR_ASKER, OFFICER_ASKER } from '../support/shippedAssistant';
import { readingRuleDecision } from '../support/ruleInput';

const councillor = COUNCILLOR_ASKER;
const officer = OFFICER_ASKER;

const ownStake = (message: string): boolean => asksAboutTakingPartWithOwnStake(message, findQuestion(message));
const outOfHours = (message: string): boolean => asksAboutContactOutOfHours(message, findQuestion(message));
const privateUse = (message: string): boolean => asksToUseCouncilPropertyPrivately(message, findQuestion(message));

describe("a member's own stake with a question of taking part (ownStake.ts)", () => {
  test('is told by a tie of the asker and a question of speaking, voting, staying or leaving', () => {
    expect(ownStake("My uncle's farm is next to the proposed cemetery extension. Can I vote on it?")).toBe(true);
    expect(ownStake('the darts team I run wants the pavilion on Fridays. should I sit that one out?')).toBe(true);
    expect(ownStake("pal's company has bid for the lighting job. do I have to leave the room")).toBe(true);
  });

  test('a tie with staff or a post, a question with no tie, or a tie with no question of taking part, is not', () => {
    expect(ownStake('My niece has applied for the clerk job. Should I stay out of the interviews?')).toBe(false);
    expect(ownStake('Can I speak at the meeting about the potholes on Church Street?')).toBe(false);
    expect(ownStake('who do I speak to about the tree overhanging my garden')).toBe(false);
    expect(ownStake('Residents want a meeting about the quarry. Should I chair it?')).toBe(false);
  });

  test('something the asker holds from the council is a tie of their own (intent62)', () => {
    expect(ownStake('I hold a beach hut licence. May I vote on the new beach hut charges?')).toBe(true);
    expect(ownStake('I have two plots on the allotments; should I sit out the rent item?')).toBe(true);
    expect(ownStake('I hold a surgery every week. Can I speak at the meeting about it?')).toBe(false);
  });

  test('overrules a weak reading of another topic, not a sure one nor personal relationships', () => {
    const text = "My cousin's firm has quoted for the hall roof. Can I stay for the vote?";
    expect(readingRuleDecision(text, { label: 'finance_and_contracts', confidence: 0.3 })).toEqual({ intent: 'interests_and_conflicts' });
    expect(readingRuleDecision(text, { label: 'finance_and_contracts', confidence: 0.75 })).toBeUndefined();
    expect(readingRuleDecision(text, { label: 'personal_relationships', confidence: 0.3 })).toBeUndefined();
  });

  test('is read as interests by the assistant', () => {
    // chairs_and_committees without the rule ("I chair")
    expect(assistantFor('flitwick').answer('the rugby club I chair wants a lease on the top field. can I speak?', councillor).intent).toBe('interests_and_conflicts');
  });
});

describe('contact in one\'s own time (outOfHours.ts)', () => {
  test('is told by contact between members and staff at home, at night, at weekends or on leave', () => {
    expect(outOfHours('Is it ok for a cllr to phone the caretaker at home about the hall keys?')).toBe(true);
    expect(outOfHours('A member emailed me four times over the weekend about the car park. Do I have to reply?')).toBe(true);
  });

  test('insults, a member directing staff, or no council person named, are not', () => {
    expect(outOfHours('A councillor texted me at midnight calling me incompetent. What can I do?')).toBe(false);
    expect(outOfHours('The vice-chair rang the groundsman on Sunday and told him to cut the verges. Can she?')).toBe(false);
    expect(outOfHours('Can I ring my sister at the weekend?')).toBe(false);
  });

  test('being told not to make the contact itself is the contact question, not a member directing staff', () => {
    expect(outOfHours('Our clerk has asked me kindly not to text her at the weekend any more. Is that fair?')).toBe(true);
    expect(outOfHours('The RFO told us not to ring him after 7pm. Can he say that?')).toBe(true);
    // A telling of another job beside it still directs.
    expect(outOfHours('The chair told the caretaker not to call her on Sunday and told him to paint the hall. Can she?')).toBe(false);
  });

  test('overrules a weak reading of another topic, not a reporter\'s call', () => {
    const text = 'Is it ok to ring the clerk at home about the burst pipe in the pavilion?';
    expect(readingRuleDecision(text, { label: 'premises_access', confidence: 0.4 })).toEqual({ intent: 'response_times' });
    expect(readingRuleDecision(text, { label: 'media_relations', confidence: 0.4 })).toBeUndefined();
  });

  test('is read as response times by the assistant', () => {
    // complaint_about_councillor without the rule
    expect(assistantFor('flitwick').answer('A member rang me at 6am about the bins. Is that ok?', officer).intent).toBe('response_times');
  });

  test('asking for a remedy against the caller stays a complaint', () => {
    expect(assistantFor('flitwick').answer('A councillor keeps phoning me on my day off. What can I do?', officer).intent).toBe('complaint_about_councillor');
  });
});

describe('council property asked for a private end (privateUse.ts)', () => {
  test("is told by the council's vehicles, tools or yard and the asker's own things", () => {
    expect(privateUse("Could I use the council's strimmer on my own garden at the weekend?")).toBe(true);
    expect(privateUse('can i keep my motorhome in the depot till spring?')).toBe(true);
  });

  test('a vehicle or tool named by the post that uses it is the council\'s (intent62)', () => {
    expect(privateUse("Could I borrow the Lengthsman's trailer to shift my fence panels?")).toBe(true);
    expect(privateUse("can i use the groundsman's mower on my own garden")).toBe(true);
    expect(privateUse("Can the scouts use the warden's van?")).toBe(false);
  });

  test('a club\'s use, a room, or the council\'s own business, is not', () => {
    expect(privateUse('Can the youth club use the council minibus for a trip?')).toBe(false);
    expect(privateUse('Can I use the council chamber for my surgery?')).toBe(false);
    expect(privateUse('Can I borrow the council laptop for the planning meeting?')).toBe(false);
  });

  test('is read as council resources by the assistant', () => {
    // finance_and_contracts without the rule
    expect(assistantFor('flitwick').answer('can i stick my boat in the council yard for the summer?', councillor).intent).toBe('council_resources');
  });
});
