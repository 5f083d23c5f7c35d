import fs from 'node:fs';
import path from 'node:path';
import { isSignOff, parseProtocol } from '../../src/protocols/parse';
import { adoptionDateIn } from '../../src/protocols/versions';
import { readProtocolFile } from '../../src/protocols/formats/extract';
import { PROJECT_ROOT } from '../support/fixtures';
import { usePdfjsInJest } from '../support/pdfjs';

beforeAll(() => usePdfjsInJest());

/** Cottingham's shipped protocol as a Clerk revised it (7.3's post, a new section 8, a new sign-off). */
const REVISED = fs.readFileSync(path.join(PROJECT_ROOT, 'test/protocols/fixtures/revised/cottingham.txt'), 'utf8');

/** A small protocol whose last clause is followed by `ending`. */
const endingWith = (ending: string) =>
  ['1. Purpose', '1.1 This protocol sets out how councillors and staff work together.', '1.2 The Clerk is the head of the paid service.', ending].join('\n');

describe('sign-offs as councils write them', () => {
  test('"Revised and adopted by … at its Meeting on …" ends the revised protocol, not clause 8.4', () => {
    const clauses = parseProtocol(REVISED, 'cottingham').clauses;
    expect(clauses.map((c) => c.ref).slice(-4)).toEqual(['8.1', '8.2', '8.3', '8.4']);
    const last = clauses[clauses.length - 1].text;
    expect(last).toMatch(/^Papers marked confidential .* no longer needed\.$/);
    expect(last).not.toMatch(/Revised|minute|Hardwick/);
  });

  // Made from the .txt with scripts/make-protocol-fixtures.js's own functions (docs/uat-thirteenth-session.md, "Afterwards (ingest16)").
  test.each(['docx', 'pdf'])('the same revision as a Word and a PDF file reads to the same clauses, and its date is found', async (format) => {
    const { text } = await readProtocolFile(path.join(PROJECT_ROOT, `test/protocols/fixtures/revised/cottingham.${format}`));
    const fromFile = parseProtocol(text, 'cottingham').clauses;
    const fromText = parseProtocol(REVISED, 'cottingham').clauses;
    expect(fromFile.map((c) => c.ref)).toEqual(fromText.map((c) => c.ref));
    expect(fromFile[fromFile.length - 1].text).toBe(fromText[fromText.length - 1].text);
    expect(adoptionDateIn(text)).toBe('19 November 2026');
  });

  test.each([
    'Revised and adopted by the Parish Council at its meeting on 3 March 2025.',
    'Reviewed and re-adopted by Full Council on 12 June 2024 (minute 24/112)',
    'This protocol was adopted by the Town Council at its meeting on 5 May 2022.',
    'This protocol has been approved by Full Council, minute 23/045.',
    'Approved by Full Council on 19 May 2021',
    'Adopted: 19 May 2021',
    'Next review: May 2027',
    'Review date: May 2027',
  ])('"%s" is a sign-off, kept out of the last clause', (ending) => {
    expect(isSignOff(ending)).toBe(true);
    const clauses = parseProtocol(endingWith(ending), 'test').clauses;
    expect(clauses.map((c) => c.ref)).toEqual(['1.1', '1.2']);
    expect(clauses[1].text).toBe('The Clerk is the head of the paid service.');
  });

  test.each([
    'Any change to this protocol must be adopted by Full Council.',
    'This protocol was adopted so that councillors and staff know what to expect of each other.',
    'The Code of Conduct adopted by the Council applies to every councillor at all times.',
    'Adopting a grievance procedure enables employees to raise concerns.',
  ])('"%s" is not a sign-off: it stays in the clause it continues', (line) => {
    expect(isSignOff(line)).toBe(false);
    const clauses = parseProtocol(endingWith(line), 'test').clauses;
    expect(clauses[1].text).toContain(line);
  });
});

describe('the adoption date', () => {
  test('is found in a sign-off line of any length', () => {
    expect(adoptionDateIn(REVISED)).toBe('19 November 2026');
    expect(adoptionDateIn(fs.readFileSync(path.join(PROJECT_ROOT, 'data/protocols/cottingham.txt'), 'utf8'))).toBe('21 February 2013');
  });

  test('is not taken from a long clause that only mentions adoption', () => {
    const clause = `3.1 The Council adopted its Code of Conduct on 4 May 2012 and ${'reviews how it works in practice with its staff and its councillors, '.repeat(3)}each year.`;
    expect(clause.length).toBeGreaterThan(200);
    expect(adoptionDateIn(['1. Purpose', '1.1 Text.', clause].join('\n'))).toBeUndefined();
  });
});
