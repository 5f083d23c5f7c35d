import fs from 'node:fs';
import path from 'node:path';
import { Clause, parseProtocol } from '../../src/protocols/parse';
import { PROJECT_ROOT } from '../support/fixtures';

/**
 * Real protocols, renumbered in another style, read as the same clauses. Each protocol the
 * project has with flat (`17.`) or two-level (`2.3`) numbering has its clause numbers rewritten
 * as `(17)`, `17`, `Paragraph 17.`, `Para 17`, `XVII.`, `Clause 17:` (flat) or `B3`, `2(c)`
 * (two-level), everything else untouched; the parse must give the same headings and texts, with
 * the refs as the new style prints them. Their prose, lists, wrapped lines and contents lists
 * are the traps.
 */

const roman = (n: number): string => {
  let out = '';
  for (const [value, letters] of [[100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']] as const) {
    for (; n >= value; n -= value) out += letters;
  }
  return out;
};
const letter = (n: number) => String.fromCharCode(96 + n);

const FLAT: Record<string, (n: number) => string> = {
  '(1)': (n) => `(${n})`,
  '1': (n) => `${n}`,
  'Paragraph 1.': (n) => `Paragraph ${n}.`,
  'Para 1': (n) => `Para ${n}`,
  'I.': (n) => `${roman(n)}.`,
  'Clause 1:': (n) => `Clause ${n}:`,
};
const TWO_LEVEL: Record<string, (a: number, b: number) => string> = {
  A1: (a, b) => `${letter(a).toUpperCase()}${b}`,
  '1(a)': (a, b) => `${a}(${letter(b)})`,
};

const protocols = ['data/protocols', 'test/eval/protocols'].flatMap((folder) =>
  fs
    .readdirSync(path.join(PROJECT_ROOT, folder))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => {
      const text = fs.readFileSync(path.join(PROJECT_ROOT, folder, f), 'utf8');
      return { name: f.replace(/\.txt$/, ''), text, clauses: parseProtocol(text, 'x').clauses };
    }),
);
const flat = protocols.filter((p) => p.clauses.every((c) => /^\d+$/.test(c.ref)));
// Two-level only where every clause is n.m with m ≤ 26 (a letter for each).
const twoLevel = protocols.filter((p) => p.clauses.every((c) => /^\d+\.\d+$/.test(c.ref) && Number(c.ref.split('.')[1]) <= 26));

/** The text with each clause's printed number (behind a bullet or not) rewritten by `restyle`. */
function renumber(text: string, clauses: Clause[], pattern: RegExp, restyle: (ref: string) => string): string {
  const refs = new Set(clauses.map((c) => c.ref));
  return text
    .split('\n')
    .map((line) => line.replace(pattern, (whole, lead: string, ref: string) => (refs.has(ref) ? `${lead}${restyle(ref)} ` : whole)))
    .join('\n');
}

const asRead = (clauses: Clause[]) => clauses.map((c) => [c.ref, c.heading, c.text]);

test('there are protocols of each shape to renumber', () => {
  expect(flat.map((p) => p.name).length).toBeGreaterThanOrEqual(3);
  expect(twoLevel.map((p) => p.name).length).toBeGreaterThanOrEqual(2);
});

describe.each(flat.map((p) => [p.name, p] as const))('%s renumbered', (_name, protocol) => {
  test.each(Object.keys(FLAT))('as %s', (style) => {
    const restyle = (ref: string) => FLAT[style](Number(ref));
    const text = renumber(protocol.text, protocol.clauses, /^(\s*(?:[-–•]\s+)?)(\d{1,3})\.\s+(?=\S)/, restyle);
    expect(text).not.toBe(protocol.text);
    const expected = protocol.clauses.map((c) => [style === 'I.' ? roman(Number(c.ref)) : c.ref, c.heading, c.text]);
    expect(asRead(parseProtocol(text, 'x').clauses)).toEqual(expected);
  });
});

describe.each(twoLevel.map((p) => [p.name, p] as const))('%s renumbered', (_name, protocol) => {
  test.each(Object.keys(TWO_LEVEL))('as %s', (style) => {
    const restyle = (ref: string) => TWO_LEVEL[style](...(ref.split('.').map(Number) as [number, number]));
    const text = renumber(protocol.text, protocol.clauses, /^(\s*(?:[-–•]\s+)?)(\d{1,3}\.\d{1,3})\.?\s+(?=\S)/, restyle);
    expect(text).not.toBe(protocol.text);
    const expected = protocol.clauses.map((c) => [restyle(c.ref), c.heading, c.text]);
    expect(asRead(parseProtocol(text, 'x').clauses)).toEqual(expected);
  });
});
