import fs from 'node:fs';
import path from 'node:path';
import { parseProtocol } from '../../src/protocols/parse';
import { ProtocolLibrary } from '../../src/protocols/library';

const library = ProtocolLibrary.load(path.join(__dirname, '../../data/protocols'));
const refs = (council: string) => library.get(council).clauses.map((c) => c.ref);
const text = (council: string, ref: string) => library.clause(council, ref)?.text;
const range = (from: number, to: number, prefix = '') => Array.from({ length: to - from + 1 }, (_, i) => `${prefix}${from + i}`);

describe('parsing the shipped protocols', () => {
  test('Alsager has flat paragraphs 1 to 63, including the short 37 with no full stop', () => {
    expect(refs('alsager')).toEqual(range(1, 63));
    expect(text('alsager', '37')).toBe('Officers will respect the position of Chairman of the Council and provide appropriate support');
  });

  test('Flitwick has flat paragraphs 1 to 80', () => {
    expect(refs('flitwick')).toEqual(range(1, 80));
  });

  test('Cottingham has 1.1 to 7.3, with "1.0"-style section headings not counted as clauses', () => {
    expect(refs('cottingham')).toEqual([
      ...range(1, 5, '1.'), '2.1', ...range(1, 4, '3.'), '4.1', '4.2', ...range(1, 3, '5.'), ...range(1, 5, '6.'), ...range(1, 3, '7.'),
    ]);
    expect(library.clause('cottingham', '7.3')?.heading).toBe('Problem areas');
  });

  test('Halstead has the bare 3, the unnumbered section 5 and the footnote fn1', () => {
    expect(refs('halstead')).toEqual([...range(1, 9, '1.'), '2.1', '3', '3.1', '3.2', ...range(1, 4, '4.'), '5', 'fn1']);
    expect(text('halstead', '5')).toBe('Where confidential information is provided, it must not be divulged until it has been made public.');
    expect(text('halstead', 'fn1')).toMatch(/^In the case of a grievance, staff should seek redress/);
  });

  test('Tewkesbury keeps nested refs and ignores its contents list', () => {
    const tewkesbury = refs('tewkesbury');
    for (const ref of ['2.8.1', '2.8.2', '2.8.3', '2.12.1', '2.12.6', '2.19.1', '2.19.4', '5.6']) expect(tewkesbury).toContain(ref);
    expect(tewkesbury.filter((r) => !r.includes('.'))).toEqual([]); // "1. PURPOSE AND STATUS" etc. are headings
    expect(tewkesbury).toHaveLength(65);
    expect(new Set(tewkesbury).size).toBe(tewkesbury.length);
  });

  test('bullets and lettered items are joined to their clause, with layout noise removed', () => {
    expect(text('alsager', '58')).toBe(
      [
        'Members have a right of access to Council land and premises to fulfil their duties. Members should:',
        '• Whenever practicable, notify and make advance arrangements with the appropriate Officer',
        '• Comply with health and safety, security and other workplace rules',
        '• Not interfere with the services or activities being provided at the time of the visit',
        '• Not enter any office where the door is closed, as a private meeting may be taking place, such as an interview.',
      ].join('\n'),
    );
    expect(text('tewkesbury', '2.4')).toMatch(/^Members and Officers will:\na\. deal with one another without discrimination;\nb\. observe/);
    expect(text('cottingham', '3.1')).toBe(
      'Councillors have four main areas of responsibility:\n• To determine Council policy and provide community leadership;\n' +
        '• To monitor and review Council performance in delivering services;\n• To represent the Council externally; and\n• To act as advocates for their constituents.',
    );
    expect(text('tewkesbury', '2.25')).not.toMatch(/\*\*|^- /);
  });

  test('signature and adoption lines are not part of the last clause', () => {
    expect(text('alsager', '63')).not.toMatch(/Adopted|Chairman of the Council|Date/);
    expect(text('cottingham', '7.3')).not.toMatch(/Adopted|Hardwick/);
    expect(text('halstead', 'fn1')).not.toMatch(/June 2021|Greatorex/);
  });

  test('every shipped clause has text and a heading', () => {
    for (const id of library.ids()) {
      for (const clause of library.get(id).clauses) {
        expect(clause.text.length).toBeGreaterThan(10);
        expect(clause.heading).not.toBe('');
      }
    }
  });
});

describe('parsing other styles', () => {
  const fixture = (name: string) => fs.readFileSync(path.join(__dirname, 'fixtures', name), 'utf8');

  test('"1. Heading" / "(a) text" gives refs 1(a), 1(b) …, skipping the contents list', () => {
    const { clauses, warnings } = parseProtocol(fixture('lettered.txt'), 'marshwood');
    expect(clauses.map((c) => c.ref)).toEqual(['1(a)', '1(b)', '2(a)', '2(b)', '2(c)', '3(a)', '3(b)']);
    expect(clauses[2]).toEqual({
      council: 'marshwood',
      ref: '2(a)',
      heading: 'Working together',
      text: 'Councillors shall not give instructions to any member of staff. Requests for work go to the Clerk, who decides priorities.',
    });
    expect(clauses[3].text).toBe(
      'Staff will treat councillors with courtesy and will reply to enquiries within five working days:\n• by email where possible;\n• by telephone where the matter is urgent.',
    );
    expect(clauses[6].text).not.toMatch(/Adopted|Signed/);
    expect(warnings).toEqual([]);
  });

  test('section headings, wrapped lines, gaps and duplicates', () => {
    const { clauses, warnings } = parseProtocol(fixture('sections.txt'), 'wharfedale');
    expect(clauses.map((c) => c.ref)).toEqual(['1.1', '1.2', '2.1', '2.2', '2.2.1', '2.2.2', '2.4', '3.1', '3.1']);
    expect(clauses[2].text).toBe('Members set policy. Officers carry it out and advise members impartially.');
    expect(clauses[7].heading).toBe('Complaints');
    expect(warnings).toEqual(expect.arrayContaining([expect.stringMatching(/duplicate clause number 3\.1/), expect.stringMatching(/2\.2\.2|2\.2 is followed by 2\.4/)]));
  });

  test('text with no numbered clauses gives no clauses', () => {
    expect(parseProtocol('Minutes of the meeting\n\nThe Chairman opened the meeting at 7pm.', 'x').clauses).toEqual([]);
  });
});

describe('text extracted from PDFs', () => {
  test('"1)" numbering, and lines broken mid-sentence that look like headings', () => {
    const text = fs.readFileSync(path.join(__dirname, 'fixtures', 'wrapped.txt'), 'utf8');
    const { clauses } = parseProtocol(text, 'kingsbridge');
    expect(clauses.map((c) => [c.ref, c.heading])).toEqual([
      ['1', 'Working Relationships'],
      ['2', 'Working Relationships'],
      ['3', 'Media'],
    ]);
    expect(clauses[0].text).toBe('Members should not ask officers to undertake work on behalf of the Council or any Political Group without the agreement of the Town Clerk.');
    expect(clauses[2].text).toBe('Press releases are issued by the Town Clerk.');
  });
});
