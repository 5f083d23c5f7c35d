import fs from 'node:fs';
import path from 'node:path';
import { NO_NUMBERING, parseProtocol } from '../../src/protocols/parse';

/**
 * Two more numbering styles: lower-case Roman clause numbers (`i.`, `ii.`, `iv.`) and two-level
 * `Paragraph 4.1` under `Paragraph 4 – Title` headings. Neither read before: the first was refused
 * (no numbering found, or the `(i)` lists taken for clauses), the second refused outright.
 */

const FIXTURES = path.join(__dirname, '../fixtures/numbering');
const read = (name: string) => fs.readFileSync(path.join(FIXTURES, name), 'utf8');
const asRead = (text: string) => parseProtocol(text, 'x');

describe('lower-case Roman clause numbers', () => {
  test('"i." … "vii." are the clauses; the contents list, "(i)"/"(ii)" and "a)"/"b)" sub-lists stay out of the numbering', () => {
    const { clauses, warnings } = asRead(read('lower-roman.txt'));
    expect(clauses.map((c) => [c.ref, c.heading])).toEqual([
      ['i', 'Purpose'],
      ['ii', 'Purpose'],
      ['iii', 'Roles'],
      ['iv', 'Roles'],
      ['v', 'Roles'],
      ['vi', 'Complaints'],
      ['vii', 'Complaints'],
    ]);
    expect(clauses[2].text).toBe('Councillors must not instruct staff, except that the Chair may ask the Clerk to:\n(i) arrange an urgent meeting; or\n(ii) publish a notice the law requires.');
    expect(clauses[4].text).toBe('A councillor asks the Clerk for any document needed for their duties, and the Clerk replies:\na) by email where possible; and\nb) within five working days.');
    expect(warnings).toEqual([]);
  });

  test('"i." … "iv." lists inside the clauses of a "1." protocol stay inside them', () => {
    const { clauses, warnings } = asRead(read('dotted-lower-roman-lists.txt'));
    expect(clauses.map((c) => c.ref)).toEqual(['1', '2', '3', '4']);
    expect(clauses[1].text).toMatch(/to:\ni\. arrange an urgent meeting;\nii\. publish .*\niii\. answer .*\niv\. book a room for a meeting\.$/);
    expect(clauses[2].text).toMatch(/will:\ni\. acknowledge .*\nii\. reply within five working days\.$/);
    expect(warnings).toEqual([]);
  });
});

test('"i." lists after a lead-in, under numbered headings, stay lists: they do not restart as 1(i), 1(ii), 2(i) …', () => {
  const text = ['PROTOCOL', '1. Roles', 'Councillors must:', 'i. set policy;', 'ii. scrutinise; and', 'iii. represent residents.', '2. Staff', 'The Clerk will:', 'i. advise;', 'ii. carry out decisions; and', 'iii. manage staff.', '3. Complaints', 'Complaints go to the Clerk, who will:', 'i. acknowledge them; and', 'ii. reply in ten days.'].join('\n');
  const { clauses, warnings } = asRead(text);
  expect(clauses.map((c) => c.ref)).toEqual(['1', '2', '3']);
  expect(clauses[2].text).toMatch(/who will:\ni\. acknowledge them; and\nii\. reply in ten days\.$/);
  expect(warnings).toEqual([]);
});

describe('"Paragraph 4.1" sub-paragraphs', () => {
  const expected = [
    ['1.1', 'Introduction'],
    ['1.2', 'Introduction'],
    ['2.1', 'Working with staff'],
    ['2.2', 'Working with staff'],
    ['2.3', 'Working with staff'],
    ['3.1', 'Complaints'],
    ['3.2', 'Complaints'],
  ];

  test('refs are 1.1, 1.2, 2.1 …; "Paragraph 2 – Title" is the heading; a wrapped "paragraph 2.2 below" and a cross-reference stay in the text', () => {
    const { clauses, warnings } = asRead(read('paragraph-two-level.txt'));
    expect(clauses.map((c) => [c.ref, c.heading])).toEqual(expected);
    expect(clauses[1].text).toBe('It supplements the Code of Conduct, and paragraph 3.1 explains where a complaint goes.');
    expect(clauses[2].text).toBe('Councillors do not instruct employees. Work is requested through the Clerk, as set out in paragraph 2.2 below.');
    expect(clauses[3].text).toBe("The Clerk decides the order in which work is done, taking account of:\n(a) deadlines the law sets; and\n(b) the Council's own priorities.");
    expect(clauses[6].text).toBe('A complaint about the Clerk is made to the Chair of the Council.');
    expect(warnings).toEqual([]);
  });

  test('written "Para. 2.1:" it reads the same', () => {
    const text = read('paragraph-two-level.txt').replace(/^Paragraph (\d\.\d) /gm, 'Para. $1: ');
    expect(text).toContain('Para. 2.3: Employees');
    expect(asRead(text).clauses.map((c) => [c.ref, c.heading])).toEqual(expected);
  });
});

describe('a file with no recognisable numbering', () => {
  test('is still refused with the message that says what was looked for, the new styles included', () => {
    const text = ['Notes from the away day', 'We talked about how councillors and staff get on.', 'i. e. mostly about email.', 'May be more next year.', '11 May 2025 is the next date.'].join('\n');
    const { clauses, warnings } = asRead(text);
    expect(clauses).toEqual([]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0].startsWith(NO_NUMBERING)).toBe(true);
    for (const style of ['"i. (Roman)"', '"Paragraph 1.1"']) expect(warnings[0]).toContain(style);
  });
});
