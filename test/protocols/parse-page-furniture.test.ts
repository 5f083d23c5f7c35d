import { parseProtocol } from '../../src/protocols/parse';

/**
 * Text copied out of a PDF with three-level numbering (answers52): the running header and the footer come back between
 * pages, in the middle of a clause and of a word broken at the line end. `ingest` dropped them as it read the file, but
 * the parser did not, so a text read any other way (`eval --with-protocol`, the answer scripts) quoted the footer inside
 * the rule. The text is my own, written for this test.
 */
const page = (n: number) => [``, `Example Borough Council – Protocol on Member/Officer Relations    Page ${n} of 4`, '\f', 'Example Borough Council – Constitution Part 5', ''];
const text = [
  'PART 1 – REQUESTS',
  '1.1 Asking for work',
  '1.1.1 A Member who wants a repair done should ask the relevant Head of Service, who will decide whether',
  'and when it is done. A Member has no auth-',
  ...page(1),
  'ority to instruct any other Officer.',
  '1.1.2 Officers will answer a Member within ten working days.',
  ...page(2),
  'PART 2 – DOCUMENTS',
  '2.1 Access',
  '2.1.1 A Member may see any document needed for their duties, on asking the relevant Chief Officer, who',
  ...page(3),
  'will normally provide it within five working days.',
  '2.1.2 A refusal may be reviewed by the Monitoring Officer.',
  '',
  'Example Borough Council – Protocol on Member/Officer Relations    Page 4 of 4',
].join('\n');

test('a running header and footer between pages are no part of the clause they interrupt, and the word broken over the page is mended', () => {
  const { clauses } = parseProtocol(text, 'x');
  expect(clauses.map((c) => c.ref)).toEqual(['1.1.1', '1.1.2', '2.1.1', '2.1.2']);
  expect(clauses[0].text).toBe(
    'A Member who wants a repair done should ask the relevant Head of Service, who will decide whether and when it is done. A Member has no authority to instruct any other Officer.',
  );
  expect(clauses[2].text).toBe('A Member may see any document needed for their duties, on asking the relevant Chief Officer, who will normally provide it within five working days.');
  expect(clauses.every((c) => !/Page \d|Constitution Part/.test(`${c.heading} ${c.text}`))).toBe(true);
});

test('a line printed only twice is kept: it is not taken for page furniture', () => {
  const twice = ['1.1 Requests', '1.1.1 The Clerk decides.', 'See also the Code of Conduct.', '1.1.2 Officers reply within a week.', 'See also the Code of Conduct.', '1.1.3 Members are courteous.'].join('\n');
  const { clauses } = parseProtocol(twice, 'x');
  expect(clauses.filter((c) => c.text.includes('See also the Code of Conduct.'))).toHaveLength(2);
});
