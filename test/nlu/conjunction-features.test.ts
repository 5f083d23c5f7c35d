import { DEFAULT_FEATURE_OPTIONS, featureParts, wordKeys } from '../../src/nlu/features';

const keysOf = (text: string, role?: string) => wordKeys(featureParts(text, role, DEFAULT_FEATURE_OPTIONS), DEFAULT_FEATURE_OPTIONS);

describe('features that pair what a bag of words keeps apart', () => {
  test("an officer's and a councillor's \"my role\" read differently", () => {
    expect(keysOf('What is my role when councillors ask for help?', 'officer')).toContain('r:officer&1p');
    expect(keysOf('What is my role when councillors ask for help?', 'councillor')).toContain('r:councillor&1p');
  });

  test('no pairing without a role or without the asker in the message', () => {
    expect(keysOf('What is my role here?').some((key) => key.startsWith('r:'))).toBe(false);
    expect(keysOf('What does the clerk do?', 'officer').some((key) => key.startsWith('r:'))).toBe(false);
  });

  test('telling an officer off and telling an officer to do something keep their verbs', () => {
    expect(keysOf('Can I tell an officer off in public?')).toContain('p:tell>off');
    expect(keysOf('Can I tell the officer to redo the report?')).toContain('p:tell>to');
    expect(keysOf('Can I tell the officer to redo the report?')).not.toContain('p:tell>off');
  });

  test('"to" after any word but a person is not paired with the verb before it', () => {
    expect(keysOf('I was rude to a resident').filter((key) => key.endsWith('>to'))).toEqual([]);
  });
});
