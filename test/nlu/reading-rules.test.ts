import { firstRuleThatApplies, READING_RULES, ReadingRule } from '../../src/nlu/readingRules';
import { ruleInput } from '../support/ruleInput';

const input = ruleInput;

const named = (name: string, gate: boolean, matches: boolean, seen: string[]): ReadingRule => ({
  name,
  gate: () => {
    seen.push(`${name}:gate`);
    return gate;
  },
  matches: () => {
    seen.push(`${name}:matches`);
    return matches;
  },
  decides: () => ({ intent: name }),
});

describe('the rules that overrule the classifier, asked in order', () => {
  const anyMessage = input('Who do I ask?', { label: 'thanks', confidence: 0.9 });

  test('the first rule whose gate and words both hold decides, and later rules are not asked', () => {
    const seen: string[] = [];
    const rules = [named('a', false, true, seen), named('b', true, false, seen), named('c', true, true, seen), named('d', true, true, seen)];
    expect(firstRuleThatApplies(rules, anyMessage)?.name).toBe('c');
    // A closed gate spares the costlier reading of the words; nothing after the rule that decided runs.
    expect(seen).toEqual(['a:gate', 'b:gate', 'b:matches', 'c:gate', 'c:matches']);
  });

  test('no rule applying leaves the reading to stand', () => {
    expect(firstRuleThatApplies([named('a', true, false, []), named('b', false, true, [])], anyMessage)).toBeUndefined();
  });

  test("the project's rules have a name each, and each decides what its module says", () => {
    const names = READING_RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(['personal_data', 'directing_staff', 'staff_leaving', 'own_stake', 'out_of_hours', 'private_use', 'press_approach', 'agenda_item', 'mistreated_officer', 'member_conduct', 'member_demand', 'staff_side_trouble', 'answerable_to', 'own_employment', 'social_party', 'council_procedure', 'other_group', 'group_briefing', 'kept_informed', 'asking_rights', 'protocol_itself', 'after_office', 'courtesy_only', 'office_fault', 'fault_report', 'outside_decision', 'staffing_decision', 'decided_matter', 'press_routing', 'askers_own_role', 'councillor_about_councillor']);
  });

  test('staff leaving overrules an out-of-scope judgement, and a weak topic reading, but not a sure one', () => {
    const text = 'The RFO has given notice. Who replaces her?';
    const outOfScope = input(text, { label: 'out_of_scope', confidence: 0.8, reason: 'classified' });
    expect(firstRuleThatApplies(READING_RULES, outOfScope)?.decides(outOfScope)).toEqual({ intent: 'employment_and_appointments' });
    expect(firstRuleThatApplies(READING_RULES, input(text, { label: 'complaint_about_officer', confidence: 0.28 }))?.name).toBe('staff_leaving');
    expect(firstRuleThatApplies(READING_RULES, input(text, { label: 'complaint_about_officer', confidence: 0.6 }))).toBeUndefined();
  });

  test('an out-of-scope judgement for another reason (gibberish, no words) is left to stand', () => {
    const text = 'The RFO has given notice. Who replaces her?';
    expect(firstRuleThatApplies(READING_RULES, input(text, { label: 'out_of_scope', confidence: 0.3, reason: 'unknown_words' }))).toBeUndefined();
  });

  test('a kettle put right and a pothole reported are read out of scope, each with its own reason', () => {
    const kettle = input("The office kettle's packed up again. Where's the cheapest place to buy a new one?", { label: 'roles_of_officers', confidence: 0.41 });
    expect(firstRuleThatApplies(READING_RULES, kettle)?.decides(kettle)).toEqual({ reason: 'office_fault' });
    const pothole = input("What's the procedure for reporting a pothole?", { label: 'complaint_about_councillor', confidence: 0.6 }, 'officer');
    expect(firstRuleThatApplies(READING_RULES, pothole)?.decides(pothole)).toEqual({ reason: 'fault_report' });
  });

  test("an officer's question about their own role, read as the councillors' role, turns to the officers'", () => {
    const own = input('Is it part of my job to brief councillors on the budget?', { label: 'roles_of_councillors', confidence: 0.5 }, 'officer');
    expect(firstRuleThatApplies(READING_RULES, own)?.decides(own)).toEqual({ intent: 'roles_of_officers' });
  });
});
