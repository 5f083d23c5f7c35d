import path from 'node:path';
import { IntentEngine } from '../../src/nlu/engine';
import { loadIntents } from '../../src/nlu/intents';
import { asksForOthersPersonalData, PERSONAL_DATA_RULE } from '../../src/nlu/personalData';
import { firstRuleThatApplies, READING_RULES } from '../../src/nlu/readingRules';
import { MODEL_CACHE_DIR } from '../support/model';
import { ruleInput } from '../support/ruleInput';

describe("someone in the council asking for other people's personal data", () => {
  test('is told by private data of other people, asked for or asked whether to pass on, with a member or the office in it', () => {
    expect(asksForOthersPersonalData('Cllr Khan wants the home address of the assistant clerk. Do I give it?')).toBe(true);
    expect(asksForOthersPersonalData('A member asked for the email addresses of the residents who came to the flood meeting. Can I send them?')).toBe(true);
    expect(asksForOthersPersonalData("Could the office give me the bank details of the cricket club's treasurer?")).toBe(true);
    expect(asksForOthersPersonalData('The chairman is after the names of everyone who objected to the new car park. Should I share them?')).toBe(true);
  });

  test('is not the asker\'s own data, a resident\'s own errand, an office\'s contact details or a plain document', () => {
    // the asker's own
    expect(asksForOthersPersonalData('The council office wants my home address updated. Where do I send it?')).toBe(false);
    // no one of the council in it
    expect(asksForOthersPersonalData('My neighbour wants the phone number of the builder who did my extension. Shall I give it?')).toBe(false);
    // a fact about an office, not a person's private data
    expect(asksForOthersPersonalData("Cllr Reid wants the clerk's office phone number. What is it?")).toBe(false);
    // a document, no personal data
    expect(asksForOthersPersonalData('Cllr Bates wants a copy of the grass cutting contract. Do I send it?')).toBe(false);
  });

  test('overrules a weak topic reading or an out-of-scope judgement for want of evidence, not a sure reading', () => {
    const text = 'A member wants the phone numbers of the parents on the play scheme list. Can I hand them over?';
    expect(firstRuleThatApplies(READING_RULES, ruleInput(text, { label: 'document_access', confidence: 0.3 }))?.name).toBe('personal_data');
    expect(firstRuleThatApplies(READING_RULES, ruleInput(text, { label: 'out_of_scope', confidence: 0.6, reason: 'classified' }))?.name).toBe('personal_data');
    expect(PERSONAL_DATA_RULE.gate(ruleInput(text, { label: 'document_access', confidence: 0.8 }))).toBe(false);
    // colleagues' personal matters shared with councillors are staff_personal_matters by that intent's description
    expect(PERSONAL_DATA_RULE.gate(ruleInput(text, { label: 'staff_personal_matters', confidence: 0.3 }))).toBe(false);
    // stopped as gibberish or unknown words: not for want of evidence, the rule does not read it
    expect(PERSONAL_DATA_RULE.gate(ruleInput(text, { label: 'out_of_scope', confidence: 0.6, reason: 'unknown_words' }))).toBe(false);
  });

  describe('through the engine', () => {
    const engine = IntentEngine.train(loadIntents(path.join(__dirname, '../../intents')), { cacheDir: MODEL_CACHE_DIR });

    test('reads confidential information where the classifier read a document request or out of scope', () => {
      const volunteers = engine.classify('Cllr Reid has asked for the mobile numbers of the lollipop volunteers so he can thank them personally. Can I send them?', 'officer');
      expect(volunteers.ranked[0].label).toBe('document_access');
      expect(volunteers.intent).toBe('confidential_information');
      expect(volunteers.uncertain).toBe(true);
      const birthdays = engine.classify('A member wants the dates of birth of the over-80s on the lunch club list for a birthday card scheme. Do I hand it over?', 'officer');
      expect(birthdays.ranked[0].label).not.toBe('confidential_information');
      expect(birthdays.intent).toBe('confidential_information');
    });

    test('a plain document request and a resident\'s own errand keep their reading', () => {
      expect(engine.classify('Cllr Bates wants a copy of the grass cutting contract. Do I send it?', 'officer').intent).toBe('document_access');
      expect(engine.classify('My neighbour wants the phone number of the builder who did my extension. Shall I give it?', 'councillor').intent).toBe('out_of_scope');
    });
  });
});
