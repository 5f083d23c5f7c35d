import { canonicalWords } from '../../src/nlu/normalize';

const read = (text: string) => canonicalWords(text).join(' ');

describe('the formula for a closed session (intent61)', () => {
  test('"the press and public were excluded" reads as a closed session, not the press', () => {
    expect(read('what was said after the press and public were excluded')).toBe('what was said in closed session');
    expect(read('the item was taken with the press and public excluded')).toBe('the item was taken in closed session');
    expect(read('following the exclusion of the press and public')).toBe('following in closed session');
    expect(read('once public and press had been excluded')).toContain('closed session');
  });

  test('the press alone keeps its word', () => {
    expect(read('the press and public gallery was full')).toContain('press');
    expect(read('the press rang me about the flooding')).toContain('press');
  });
});
