import { namesOnlyASocialParty } from '../../src/nlu/socialParty';
import { assistantFor, OFFICER_ASKER } from '../support/shippedAssistant';
import { readingRuleDecision } from '../support/ruleInput';

describe('a party that is a social occasion (socialParty.ts)', () => {
  test('is told by every party in the message being a social one, with nothing political named', () => {
    expect(namesOnlyASocialParty('is the office party on the Friday or the Saturday this year?')).toBe(true);
    expect(namesOnlyASocialParty("Can I leave early for my son's birthday party?")).toBe(true);
  });

  test('a political party, or a social one with anything political named, is not', () => {
    expect(namesOnlyASocialParty('Which party does the new councillor belong to?')).toBe(false);
    expect(namesOnlyASocialParty("The Labour group want their Christmas party in the council chamber. Is that ok?")).toBe(false);
    expect(namesOnlyASocialParty('A member invited his party colleagues to the clerk\'s retirement party.')).toBe(false);
    // a member or officer named as a person: a question of relationships, not of the party
    expect(namesOnlyASocialParty('can I ask the deputy clerk to my engagement party?')).toBe(false);
  });

  test('judges a political groups reading out of scope, and no other reading', () => {
    const text = 'Is the summer party for staff only this year?';
    expect(readingRuleDecision(text, { label: 'political_groups', confidence: 0.5 }, 'officer')).toEqual({ reason: 'unexplained' });
    expect(readingRuleDecision(text, { label: 'personal_relationships', confidence: 0.5 }, 'officer')).toBeUndefined();
  });

  test('is read out of scope by the assistant', () => {
    // political_groups without the rule ("party")
    expect(assistantFor('alsager').answer('are we allowed to go to the office christmas party', OFFICER_ASKER).intent).toBe('out_of_scope');
  });
});
