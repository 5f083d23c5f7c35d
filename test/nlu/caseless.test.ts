import { asciiLowerCased, caseless, caselessProblem } from '../../src/nlu/caseless';

// Texts chosen to meet every case the proof in caseless.ts names: A–Z, non-ASCII letters with case, the two characters
// whose lower case holds an ASCII letter (U+0130, U+212A), curly quotes, and a character outside the BMP.
const TEXTS = [
  'Can the Town Clerk REFUSE my request?',
  'can the town clerk refuse my request?',
  'It is NOT acceptable for a Councillor to instruct Officers.',
  'The \u212Aelvin-sign clerk and the \u0130stanbul officer',
  'the kelvin-sign clerk and the istanbul officer',
  'Ça va? Élan, ÉCOLE, straße, ΣΊΣΥΦΟΣ',
  'Who do I tell \u2019bout it \u{1F600} — the Chair?',
  'no Member shall direct any Officer',
  'CHAIR_PERSON vice-chairman ViCe-ChAiR',
];

const PATTERNS = [
  /\b(?:town |parish )?clerk\b/i,
  /\bno (?:[a-z]+ ){0,3}(?:should|may|shall|must|can|will)\b/i,
  /\bit (?:is|would be) (?:not )?acceptable for (?:a|an|the) (?:[A-Z][a-z]+ )?councillor\b/i,
  /[^.;:]{0,50}\bfor a councillor\b/i,
  /\bkelvin\b|\bistanbul\b|\bk\w+/i,
  /\b(?:[a-z]+)-(?:sign|chair\w*)\b|\bvice[- ]?chair\w*/i,
  /^\W*(?:who|what)\b[^?]*\?$/i,
  /\bthe (\w+) and the \1\b|\bcl(?=erk)/i,
  /\w+_\w+|[\u2019']bout\b/i,
];

describe('caseless', () => {
  it('matches exactly where the /i pattern does', () => {
    for (const pattern of PATTERNS) {
      const plain = caseless(pattern);
      for (const text of TEXTS) expect([pattern.source, text, plain.test(text)]).toEqual([pattern.source, text, pattern.test(text)]);
    }
  });

  it('lower-cases A–Z only where a character would otherwise turn into ASCII, and never changes the length', () => {
    expect(asciiLowerCased('The \u212Aelvin \u0130NN')).toBe('the \u212Aelvin \u0130nn');
    expect(asciiLowerCased('Élan CLERK')).toBe('élan clerk');
    for (const text of TEXTS) expect(asciiLowerCased(text)).toHaveLength(text.length);
  });

  it('reads a typographic apostrophe as the typed one, as phones and Word type it', () => {
    const process = caseless(/\bwhat's the process\b|\bcan't\b/i);
    for (const apostrophe of ['\u2019', '\u2018', '\u02bc']) {
      expect(process.test(`What${apostrophe}s the process if a councillor bullies me?`)).toBe(true);
      expect(process.test(`I can${apostrophe}t find the minutes`)).toBe(true);
    }
    expect(process.test('What is the process?')).toBe(false);
    expect(asciiLowerCased('Officer\u2019s ROLE')).toBe("officer's role");
  });

  it('refuses a pattern it cannot read without /i', () => {
    expect(caselessProblem(/clerk/i)).toBeUndefined();
    expect(caselessProblem(/clerk/)).toMatch(/flags/);
    expect(caselessProblem(/clerk/gi)).toMatch(/flags/);
    expect(caselessProblem(/café/i)).toMatch(/outside printable ASCII/);
    expect(caselessProblem(/caf\u00e9/i)).toMatch(/cased character/);
    expect(caselessProblem(/[\u2018\u2019]s/i)).toBeUndefined();
    expect(caselessProblem(/[A-z]/i)).toMatch(/upper-case end/);
    expect(caselessProblem(/(?<word>clerk) \k<word>/i)).toMatch(/named group/);
    expect(() => caseless(/clerk/g)).toThrow(/caseless/);
  });
});
