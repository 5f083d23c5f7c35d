import { namesOnlyAnOtherGroup, OTHER_GROUP_RULE } from '../../src/nlu/otherGroup';
import { tellsOfAGroupBriefing, GROUP_BRIEFING_OVERRULES_BELOW } from '../../src/nlu/groupBriefing';
import { asksToBeKeptInformedOfTheWard, KEPT_INFORMED_OVERRULES_BELOW } from '../../src/nlu/keptInformed';
import { asksToUseCouncilPropertyPrivately } from '../../src/nlu/privateUse';
import { findQuestion } from '../../src/nlu/question';
import { assistantFor, COUNCILLOR_ASKER, OFFICER_ASKER } from '../support/shippedAssistant';
import { readingRuleDecision, ruleInput } from '../support/ruleInput';

describe('a group that is not a political one (otherGroup.ts)', () => {
  test("is told by a residents', community or chat group, every group in the message one of them, nothing political named", () => {
    expect(namesOnlyAnOtherGroup("can I show the draft budget to my tenants' group?")).toBe(true);
    expect(namesOnlyAnOtherGroup('Is it ok to put the exempt papers on the village WhatsApp group?')).toBe(true);
    expect(namesOnlyAnOtherGroup('the residents association asked for the valuation, can I give it them')).toBe(true);
  });

  test('a political group, a group of no kind, or anything political named, is not', () => {
    expect(namesOnlyAnOtherGroup('Can the clerk brief our group before the budget?')).toBe(false);
    // one group of another kind, one the asker's own: "our group" may be the party group
    expect(namesOnlyAnOtherGroup("our group wants to share the papers with the residents' group")).toBe(false);
    expect(namesOnlyAnOtherGroup("The Labour party asked to use the community group's mailing list.")).toBe(false);
    expect(namesOnlyAnOtherGroup('Can I ask the officer for a copy of the report?')).toBe(false);
  });

  test('sets a political groups reading aside for the next topic, or out of scope when that comes first', () => {
    const text = 'can I send the parking review to my residents group?';
    const ranked = (labels: string[]) => {
      const input = ruleInput(text, { label: 'political_groups', confidence: 0.4 }, 'councillor');
      return { ...input, reading: { ...input.reading, ranked: labels.map((label, i) => ({ label, probability: 0.4 - i * 0.1 })) } };
    };
    expect(OTHER_GROUP_RULE.gate(ranked([])) && OTHER_GROUP_RULE.matches(ranked([]))).toBe(true);
    expect(OTHER_GROUP_RULE.decides(ranked(['political_groups', 'thanks', 'confidential_information', 'out_of_scope']))).toEqual({ intent: 'confidential_information' });
    expect(OTHER_GROUP_RULE.decides(ranked(['political_groups', 'out_of_scope', 'document_access']))).toEqual({ reason: 'unexplained' });
    // another reading is left alone
    expect(readingRuleDecision(text, { label: 'confidential_information', confidence: 0.4 }, 'councillor')).toBeUndefined();
  });

  test('is not read as political groups by the assistant', () => {
    // political_groups 0.36 without the rule ("group")
    const text = "can i pass the officer's draft report on the skate park to the community group before the meeting?";
    const intent = assistantFor('tewkesbury').answer(text, COUNCILLOR_ASKER).intent;
    expect(intent).not.toBe('political_groups');
    expect(intent).not.toBe('out_of_scope');
  });
});

describe("an officer briefing a member's political group (groupBriefing.ts)", () => {
  test('is told by a political group, an officer, and briefing, attending or explaining', () => {
    expect(tellsOfAGroupBriefing('As group leader I always had the RFO come along before the budget. Still ok?')).toBe(true);
    expect(tellsOfAGroupBriefing("The planning officer used to attend the Independent group's meetings.")).toBe(true);
  });

  test('a group of residents, no officer, or no briefing, is not', () => {
    expect(tellsOfAGroupBriefing('The clerk came along to brief a group of residents on the flood plan.')).toBe(false);
    expect(tellsOfAGroupBriefing('Our group wants to brief the press about the budget.')).toBe(false);
    expect(tellsOfAGroupBriefing('The clerk sent our group a rude email.')).toBe(false);
  });

  test('overrules a weak other topic, not a sure one nor confidentiality', () => {
    const text = 'our group has always had the finance officer come to explain the numbers. a new member says that is wrong. who is right?';
    expect(readingRuleDecision(text, { label: 'instructing_officers', confidence: GROUP_BRIEFING_OVERRULES_BELOW - 0.2 }, 'councillor')).toEqual({ intent: 'political_groups' });
    expect(readingRuleDecision(text, { label: 'instructing_officers', confidence: 0.8 }, 'councillor')).toBeUndefined();
    expect(readingRuleDecision(text, { label: 'confidential_information', confidence: 0.3 }, 'councillor')).toBeUndefined();
  });

  test('is read as political groups by the assistant', () => {
    // instructing_officers without the rule (staff and councillors pulling together)
    const text =
      "I have always said staff and councillors should pull together and help each other out. For years the deputy clerk came to our group's Monday evenings to walk us through the planning list, which we all valued. Now I am told she is no longer allowed to. Why not?";
    expect(assistantFor('alsager').answer(text, COUNCILLOR_ASKER).intent).toBe('political_groups');
  });
});

describe('a member kept informed of their own ward (keptInformed.ts)', () => {
  test("is told by the member's own ward and being kept informed, told, copied in or on a list", () => {
    expect(asksToBeKeptInformedOfTheWard('nobody gave me a heads-up about the roadworks in my ward')).toBe(true);
    expect(asksToBeKeptInformedOfTheWard('Should he be copied in on every complaint about trees in his ward?')).toBe(true);
  });

  test('a ward without being informed, or being informed of something else, is not', () => {
    expect(asksToBeKeptInformedOfTheWard('Can I hold a surgery in my ward?')).toBe(false);
    expect(asksToBeKeptInformedOfTheWard('I was not told about the budget meeting.')).toBe(false);
  });

  test('overrules a weak other topic, not correspondence nor a sure reading', () => {
    const text = 'can I be put on the distribution list for the tree works in my ward?';
    expect(readingRuleDecision(text, { label: 'document_access', confidence: KEPT_INFORMED_OVERRULES_BELOW - 0.3 }, 'councillor')).toEqual({ intent: 'ward_matters_and_public_meetings' });
    expect(readingRuleDecision(text, { label: 'correspondence', confidence: 0.3 }, 'councillor')).toBeUndefined();
    expect(readingRuleDecision(text, { label: 'document_access', confidence: 0.8 }, 'councillor')).toBeUndefined();
  });

  test('is read as ward matters by the assistant', () => {
    // document_access without the rule ("licensing application")
    const text = 'A member wants to be put on the mailing list for every licensing application in her ward. Do we have to?';
    expect(assistantFor('tewkesbury').answer(text, OFFICER_ASKER).intent).toBe('ward_matters_and_public_meetings');
  });
});

describe("office equipment asked for a member's own association, church or charity (privateUse.ts)", () => {
  const asks = (text: string) => asksToUseCouncilPropertyPrivately(text, findQuestion(text));

  test("reads the office's printer, laminator or copier, printing or running off, and the asker's own body", () => {
    expect(asks('The office has got a laminator and a guillotine. My charity needs some signs made up. Would it be alright to run them off after hours?')).toBe(true);
    expect(asks("my residents' association needs posters, could I print them on the office printer?")).toBe(true);
  });

  test("someone else's body, or no council equipment, is not", () => {
    expect(asks('Could the scouts print their posters on the office printer?')).toBe(false);
    expect(asks("Would it be okay to print my residents' association posters at the library?")).toBe(false);
  });

  test('is read as council resources by the assistant', () => {
    // finance_and_contracts without the wider words ("signs made up")
    const text = 'The office has got a laminator and a guillotine. My charity needs some signs made up. Would it be alright to run them off after hours?';
    expect(assistantFor('alsager').answer(text, COUNCILLOR_ASKER).intent).toBe('council_resources');
  });
});
