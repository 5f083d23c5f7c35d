import { parseProtocol } from '../../src/protocols/parse';

/**
 * `Paragraph 4(a)` sub-paragraphs (answers45): a borough constitution prints the word before every lettered
 * sub-paragraph. Before, no style read them, and a short schedule after the body (`S1` … `S5`) was taken for the whole
 * protocol's numbering. The text is my own, written for this test.
 */
const text = [
  'EXAMPLE BOROUGH COUNCIL',
  'PROTOCOL ON MEMBER AND OFFICER RELATIONS',
  'PARAGRAPH 1 – INTERPRETATION',
  'Paragraph 1(a) In this Protocol, "the Head of Paid Service" means the Chief Executive.',
  'Paragraph 1(b) The Monitoring Officer advises on the meaning of this Protocol.',
  'PARAGRAPH 2 – REQUESTS',
  'Paragraph 2(a) A Member who wants work done shall ask the relevant Director.',
  'Paragraph 2(b) Where the Director refuses a request under Paragraph 2(a), the Member may ask the Head of Paid Service.',
  'Paragraph 2(c) Officers shall reply within ten working days.',
  'PARAGRAPH 3 – REVIEW',
  'Paragraph 3(a) The Standards Committee shall review this Protocol every three years.',
  'SCHEDULE 1 – WHO DEALS WITH WHAT',
  'S1 An emergency out of hours: the Duty Officer.',
  'S2 Booking a room: Member Services.',
  'S3 Expenses: the Chief Finance Officer.',
].join('\n');

test('"Paragraph 2(a)" gives the ref 2(a) under its heading; the schedule keeps its own numbering as a part', () => {
  const { clauses, warnings } = parseProtocol(text, 'x');
  expect(clauses.map((c) => c.ref)).toEqual(['1(a)', '1(b)', '2(a)', '2(b)', '2(c)', '3(a)', 'Schedule1.S1', 'Schedule1.S2', 'Schedule1.S3']);
  expect(clauses[3]).toMatchObject({ heading: 'REQUESTS', text: 'Where the Director refuses a request under Paragraph 2(a), the Member may ask the Head of Paid Service.' });
  expect(warnings).toEqual([]);
});
