import fs from 'node:fs';
import path from 'node:path';
import { parseProtocol } from '../../src/protocols/parse';

/**
 * A protocol written as questions and answers (`11. May a councillor ask staff …?`, then the
 * answer as a paragraph). The question titles its clause; the answer is the clause's text. The
 * fixture is numbered `1.`; each other flat style is made from it by rewriting the numbers, and
 * must read the same. Its trap: question 11 starts "May", a month, which once made `11 May a
 * councillor …` read as a date in the styles with no full stop, and the clause was lost.
 * Before this reading the dotted reader kept each question as the clause's first sentence, and the
 * no-full-stop reader lost clause 11 and took "(a) decline …" under question 4 for a heading. The
 * question is the title alone: a reply shows it once, and the answer selector reads it as the
 * context of the sentences under it (src/answer/select.ts).
 */

const TEXT = fs.readFileSync(path.join(__dirname, '../fixtures/qa/questions.txt'), 'utf8');

const ROMAN = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII'];
const STYLES: Record<string, (n: number) => string> = {
  '1.': (n) => `${n}.`,
  '1': (n) => `${n}`,
  '(1)': (n) => `(${n})`,
  'Paragraph 1.': (n) => `Paragraph ${n}.`,
  'Clause 1:': (n) => `Clause ${n}:`,
  'I.': (n) => `${ROMAN[n]}.`,
};
const restyle = (style: string) => TEXT.replace(/^(\d{1,2})\. /gm, (_whole, n: string) => `${STYLES[style](Number(n))} `);

describe.each(Object.keys(STYLES))('questions and answers numbered %s', (style) => {
  const { clauses, warnings } = parseProtocol(restyle(style), 'x');
  const byNumber = (n: number) => clauses[n - 1];

  test('every question is a clause, in order, with nothing left over', () => {
    expect(clauses.map((c) => c.ref)).toEqual(Array.from({ length: 13 }, (_, i) => (style === 'I.' ? ROMAN[i + 1] : `${i + 1}`)));
    expect(warnings).toEqual([]);
  });

  test('the question is the clause\'s title and the answer its text', () => {
    expect(byNumber(2)).toMatchObject({ heading: 'Who manages the staff?', text: "The Clerk manages every member of staff on behalf of the Council, and no councillor may direct an employee's work." });
    expect(byNumber(6)).toMatchObject({ heading: 'Can staff help with political work?', text: 'No. Staff are politically neutral and will not draft material for any party or group.' });
  });

  test('"11 May a councillor …?" is a clause, not a date; "12 May 2025" inside a clause stays a date', () => {
    expect(byNumber(11)).toMatchObject({
      heading: 'May a councillor ask staff for help with ward work?',
      text: "Only for factual information the office already holds. Casework for residents is the councillor's own, and staff will not write letters for it.",
    });
    expect(byNumber(12).text).toBe('Agenda papers are sent out at least three clear days before each meeting, as the law requires.\n12 May 2025 was the first meeting to which this applied.');
  });

  test('a question that leads into a list keeps the list, and stays the clause\'s first line', () => {
    expect(byNumber(4).text).toBe('What must a councillor do when a gift is offered?\n(a) decline anything beyond a modest token; and\n(b) tell the Clerk within 28 days.');
  });
});

test('a question followed by more prose on its own line is a title only when it stands alone', () => {
  const text = ['1. Why does this matter? Because staff cannot answer back in public.', 'So complaints go to the Clerk.', '2. Who decides?', 'The Council.', '3. Who advises?', 'The Clerk.'].join('\n');
  const [first, second] = parseProtocol(text, 'x').clauses;
  expect(first.heading).toBe('');
  expect(first.text).toMatch(/^Why does this matter\? Because/);
  expect(second).toMatchObject({ heading: 'Who decides?', text: 'The Council.' });
});

test('a question over numbered sub-clauses ("2. How do I complain?" / "2.1 …") is their heading, as a title would be', () => {
  const text = ['GUIDE', '1. Who does what?', '1.1 Councillors decide policy at meetings.', '1.2 The Clerk advises and carries out decisions.', '2. How do I complain?', '2.1 About staff: to the Clerk.', '2.2 About the Clerk: to the Chair.', '3. What if the Chair is involved?', 'The Vice-Chair deals with it instead.'].join('\n');
  expect(parseProtocol(text, 'x').clauses.map((c) => [c.ref, c.heading, c.text])).toEqual([
    ['1.1', 'Who does what?', 'Councillors decide policy at meetings.'],
    ['1.2', 'Who does what?', 'The Clerk advises and carries out decisions.'],
    ['2.1', 'How do I complain?', 'About staff: to the Clerk.'],
    ['2.2', 'How do I complain?', 'About the Clerk: to the Chair.'],
    ['3', 'What if the Chair is involved?', 'The Vice-Chair deals with it instead.'],
  ]);
});

test('"1." printed alone on its line, the question below it and then the answer: the question titles the clause', () => {
  const text = ['GUIDE', '1.', 'Who does what?', 'Councillors decide policy at meetings.', '2.', 'How do I complain?', 'To the Clerk, or about the Clerk to the Chair.', '3.', 'What if the Chair is involved?', 'The Vice-Chair deals with it instead.'].join('\n');
  const { clauses, warnings } = parseProtocol(text, 'x');
  expect(clauses.map((c) => [c.ref, c.heading, c.text])).toEqual([
    ['1', 'Who does what?', 'Councillors decide policy at meetings.'],
    ['2', 'How do I complain?', 'To the Clerk, or about the Clerk to the Chair.'],
    ['3', 'What if the Chair is involved?', 'The Vice-Chair deals with it instead.'],
  ]);
  expect(warnings).toEqual([]);
});

test.each([
  ['1.', (n: number) => `${n}.`],
  ['1', (n: number) => `${n}`],
])('a question wrapped over two lines, as PDFs break them, still titles its clause (numbered %s)', (_style, number) => {
  const text = ['GUIDE', `${number(1)} Who manages the staff of the`, 'council?', 'The Clerk, on behalf of the Council.', `${number(2)} How do I ask for a document?`, 'Ask the Clerk by email.', `${number(3)} May a councillor ask staff for help with`, 'ward work?', 'Only for facts the office already holds.'].join('\n');
  expect(parseProtocol(text, 'x').clauses.map((c) => [c.ref, c.heading, c.text])).toEqual([
    ['1', 'Who manages the staff of the council?', 'The Clerk, on behalf of the Council.'],
    ['2', 'How do I ask for a document?', 'Ask the Clerk by email.'],
    ['3', 'May a councillor ask staff for help with ward work?', 'Only for facts the office already holds.'],
  ]);
});
