import fs from 'node:fs';
import path from 'node:path';
import { extractProtocol } from '../../src/protocols/formats/extract';
import { NO_NUMBERING, parseProtocol } from '../../src/protocols/parse';

/**
 * Councils number their protocols in more ways than `1.` / `1)` / `1.1`. Each fixture in
 * test/fixtures/numbering is a short invented protocol in one style, with the traps real ones
 * carry: a contents list printing the numbers first, a number at the start of a wrapped line,
 * sub-lists (a)/(i) inside a clause, running headers and page footers.
 */

const FIXTURES = path.join(__dirname, '../fixtures/numbering');
const parse = (name: string) => parseProtocol(fs.readFileSync(path.join(FIXTURES, name), 'utf8'), 'x');
const refs = (name: string) => parse(name).clauses.map((c) => c.ref);
const clause = (name: string, ref: string) => parse(name).clauses.find((c) => c.ref === ref);

describe('numbering styles other than 1. / 1) / 1.1', () => {
  test('"(1)": a contents list, a wrapped "3 members", (a)/(i) sub-lists and page furniture stay out of the numbering', () => {
    const { clauses, warnings } = parse('paren.txt');
    expect(clauses.map((c) => [c.ref, c.heading])).toEqual([
      ['1', 'Purpose'],
      ['2', 'Purpose'],
      ['3', 'Roles'],
      ['4', 'Roles'],
      ['5', 'Meetings'],
      ['6', 'Meetings'],
      ['7', 'Information'],
      ['8', 'Complaints'],
    ]);
    expect(clauses[2].text).toBe('Councillors decide the Council\'s policy at meetings. A meeting is quorate when at least 3 members are present, and no decision may be taken otherwise.');
    expect(clauses[3].text).toBe(
      "The Clerk is the Proper Officer and manages the other staff. Councillors should:\n(a) ask the Clerk, not other staff, for work to be done;\n(b) respect the Clerk's judgement on priorities, in particular:\n(i) urgent statutory work; and\n(ii) work the Council has already resolved on.",
    );
    for (const c of clauses) expect(c.text).not.toMatch(/Page \d|Member\/Officer Protocol|Signed/);
    expect(clauses[6].text).toBe('A councillor may ask the Clerk for any document needed for their duties. The Clerk replies within five working days.');
    expect(warnings).toEqual([]);
  });

  test('"1" with no full stop: numbered prose and a date at a line start stay inside their clause', () => {
    expect(refs('bare.txt')).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(clause('bare.txt', '3')?.text).toMatch(/sub-committees of 3 Members or more, each with its own terms of reference\.$/);
    expect(clause('bare.txt', '4')?.text).toBe('The Town Clerk is head of the paid service.\n21 February 2025 was the date of the last review of staffing.');
    expect(clause('bare.txt', '6')?.text).toMatch(/working days:\na\) by email where possible;\nb\) by telephone where urgent\.$/);
    expect(clause('bare.txt', '7')?.heading).toBe('Concerns');
  });

  test('"1" with no full stop under "1 Introduction" headings: contents with page numbers, "- 2 -" page numbers and a wrapped "paragraph / 2 below" are no clauses', () => {
    const { clauses, warnings } = parse('bare-sections.txt');
    expect(clauses.map((c) => [c.ref, c.heading])).toEqual([
      ['1', 'Introduction'],
      ['2', 'Introduction'],
      ['3', 'Roles'],
      ['4', 'Roles'],
      ['5', 'Complaints'],
    ]);
    expect(clauses[0].text).toBe('This protocol is adopted by the Council under Standing Order 18 and applies to all councillors and staff, as set out in paragraph 2 below and in the Code of Conduct.');
    expect(clauses[2].text).toBe('Councillors decide. Staff advise and carry out the decisions of the Council.');
    expect(warnings).toEqual([]);
  });

  test('"Paragraph 1." and "Para 1": the ref is the number, a cross-reference inside the text is not a clause', () => {
    expect(refs('paragraph.txt')).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(clause('paragraph.txt', '3')).toEqual({ council: 'x', ref: '3', heading: 'DEALING WITH EMPLOYEES', text: 'Councillors must not instruct employees. As paragraph 5 explains, requests go to the Clerk.' });
    expect(clause('paragraph.txt', '6')?.text).not.toMatch(/Review date/);
    expect(refs('para.txt')).toEqual(['1', '2', '3', '4']);
    expect(clause('para.txt', '4')?.text).toBe('A complaint about the Clerk goes to the Chairman of the Council.');
  });

  test('"A1.": refs keep their letter, each clause under its PART heading', () => {
    const { clauses, warnings } = parse('alnumeric.txt');
    expect(clauses.map((c) => [c.ref, c.heading])).toEqual([
      ['A1', 'PART A – GENERAL'],
      ['A2', 'PART A – GENERAL'],
      ['B1', 'PART B – ROLES'],
      ['B2', 'PART B – ROLES'],
      ['B3', 'PART B – ROLES'],
      ['C1', 'PART C – COMPLAINTS'],
      ['C2', 'PART C – COMPLAINTS'],
    ]);
    expect(clauses[2].text).toMatch(/individually:\n\(a\) instructions come from the Council or a committee;\n\(b\) the Town Clerk/);
    expect(warnings).toEqual([]);
  });

  test('"I." Roman: refs as written, a titled "I. INTRODUCTION" is the heading, (i)/(ii) stay in their clause', () => {
    const { clauses } = parse('roman.txt');
    expect(clauses.map((c) => c.ref)).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI']);
    expect(clauses[0].heading).toBe('INTRODUCTION');
    expect(clauses[2].text).toBe('Councillors must not instruct staff, except that the Chair may ask the Clerk to:\n(i) arrange an urgent meeting; or\n(ii) publish a notice the law requires.');
    expect(clauses[3].text).toMatch(/^Staff treat councillors with courtesy\. I would add/);
  });

  test('"II. ROLES" section titles over "1." clauses are headings, not text of the clause above', () => {
    const { clauses } = parse('roman-headings.txt');
    expect(clauses.map((c) => [c.ref, c.heading, c.text])).toEqual([
      ['1', 'GENERAL', 'This protocol applies to all members and officers.'],
      ['2', 'GENERAL', 'It sits beside the Code of Conduct.'],
      ['3', 'ROLES', 'Members decide policy.'],
      ['4', 'ROLES', 'Officers advise.'],
      ['5', 'COMPLAINTS', 'Complaints about the Clerk go to the Mayor.'],
    ]);
  });

  test('"PARAGRAPH 2 – ROLES. Text": the title in capitals is the heading, the text the clause', () => {
    expect(parse('paragraph-titles.txt').clauses.map((c) => [c.ref, c.heading, c.text])).toEqual([
      ['1', 'PURPOSE', 'This protocol guides councillors and staff.'],
      ['2', 'ROLES', 'Councillors decide; staff advise.'],
      ['3', 'COMPLAINTS', 'Complaints about the Clerk go to the Chair.'],
    ]);
  });

  test('"A." capital letters as clause numbers, and a footnote after them', () => {
    const { clauses } = parse('letters.txt');
    expect(clauses.map((c) => [c.ref, c.heading])).toEqual([
      ['A', 'Member/Officer Protocol'],
      ['B', 'Member/Officer Protocol'],
      ['C', 'Member/Officer Protocol'],
      ['D', 'Member/Officer Protocol'],
      ['fn1', 'Footnote 1'],
    ]);
    expect(clauses[4].text).toBe('The Chair may ask the Vice-Chair to act where the Chair is involved.');
  });

  test('"4(a)": each ref keeps its number and letter, the bare "1 Roles" lines are headings', () => {
    const { clauses } = parse('number-letter.txt');
    expect(clauses.map((c) => [c.ref, c.heading])).toEqual([
      ['1(a)', 'Roles'],
      ['1(b)', 'Roles'],
      ['2(a)', 'Dealings'],
      ['2(b)', 'Dealings'],
      ['2(c)', 'Dealings'],
      ['3(a)', 'Complaints'],
      ['3(b)', 'Complaints'],
    ]);
  });

  test('"(1)" restarting under each numbered section gives 1(1), 1(2), 2(1) …', () => {
    const { clauses } = parse('sections-paren.txt');
    expect(clauses.map((c) => [c.ref, c.heading])).toEqual([
      ['1(1)', 'Roles'],
      ['1(2)', 'Roles'],
      ['1(3)', 'Roles'],
      ['2(1)', 'Information'],
      ['2(2)', 'Information'],
      ['3(1)', 'Complaints'],
      ['3(2)', 'Complaints'],
    ]);
  });

  test('"(1)" restarting under headings marked as such (Word heading styles), then an annex', () => {
    expect(parse('marked-sections-annex.txt').clauses.map((c) => [c.ref, c.heading])).toEqual([
      ['1(1)', 'Roles'],
      ['1(2)', 'Roles'],
      ['2(1)', 'Complaints'],
      ['2(2)', 'Complaints'],
      ['AnnexA.1', 'Annex A'],
      ['AnnexA.2', 'Annex A'],
    ]);
  });

  test('"(1)" lists inside "1.1" clauses under numbered sections stay lists: the clauses are 1.1, 1.2 …', () => {
    const { clauses } = parse('dotted-sublists.txt');
    expect(clauses.map((c) => [c.ref, c.heading])).toEqual([
      ['1.1', 'Roles'],
      ['1.2', 'Roles'],
      ['2.1', 'Complaints'],
      ['2.2', 'Complaints'],
    ]);
    expect(clauses[0].text).toBe('Councillors decide policy. In doing so they:\n(1) read the papers;\n(2) attend the meeting;\n(3) vote.');
  });

  test('an annex numbered afresh keeps its own clauses, apart from the body\'s', () => {
    const { clauses, warnings } = parse('annex.txt');
    expect(clauses.map((c) => [c.ref, c.heading])).toEqual([
      ['1', 'Member/Officer Protocol'],
      ['2', 'Member/Officer Protocol'],
      ['3', 'Member/Officer Protocol'],
      ['AnnexA.1', 'Annex A – Complaint form'],
      ['AnnexA.2', 'Annex A – Complaint form'],
      ['AnnexA.3', 'Annex A – Complaint form'],
    ]);
    expect(clauses[2].text).toBe('A complaint about the Clerk is made on the form in Annex A to the Chair of the Council.');
    expect(warnings.filter((w) => /duplicate/.test(w))).toEqual([]);
  });

  test('"Section 1." as the clause number: refs 1 to 4', () => {
    expect(refs('section.txt')).toEqual(['1', '2', '3', '4']);
    expect(clause('section.txt', '2')?.text).toBe('Councillors may not instruct staff; requests for work go through the Clerk.');
  });

  test('a numbered title over unnumbered paragraphs ("SECTION 2 – ASKING FOR WORK"): the title is the heading, the paragraphs the clause', () => {
    const { clauses } = parse('section-titles.txt');
    expect(clauses.map((c) => [c.ref, c.heading, c.text])).toEqual([
      ['1', 'SECTION 1 – WHO THIS GUIDE IS FOR', 'This guide applies to every councillor and every member of staff.\nIt is read with the Code of Conduct.'],
      ['2', 'SECTION 2 – ASKING FOR WORK', 'Councillors ask the Clerk for work to be done and never instruct other staff directly.'],
      ['3', 'SECTION 3 – CONCERNS', 'A concern about a member of staff is raised with the Clerk; a concern about the Clerk with the Chair.'],
    ]);
  });

  test('"1." printed alone on its line (as some PDFs extract), the text on the lines below', () => {
    const { clauses } = parse('hanging.txt');
    expect(clauses.map((c) => [c.ref, c.heading, c.text])).toEqual([
      ['1', 'Working together', 'Members set the policy of the Council and officers carry it out.'],
      ['2', 'Working together', 'Officers give Members impartial advice.'],
      ['3', 'Complaints', 'A complaint about an officer is made to the Town Clerk.'],
      ['4', 'Complaints', 'A complaint about the Town Clerk is made to the Mayor.'],
    ]);
  });

  test('a "(1)" … "(6)" list inside one clause of a "1." protocol stays in that clause, its short items included', () => {
    const { clauses, warnings } = parse('dotted-with-sublist.txt');
    expect(clauses.map((c) => [c.ref, c.heading])).toEqual([
      ['1', 'Member/Officer Protocol'],
      ['2', 'Member/Officer Protocol'],
      ['3', 'Member/Officer Protocol'],
      ['4', 'Member/Officer Protocol'],
    ]);
    expect(clauses[1].text).toMatch(/who will:\n\(1\) confirm the request in writing;\n(?:\(\d\) [^\n]+\n){4}\(6\) give the reason\.$/);
    expect(warnings).toEqual([]);
  });

  test('"3.2.1" under "Section 3" headings still reads as before', () => {
    const text = 'Section 3 – Roles\n3.1 Members set policy.\n3.2 Officers advise.\n3.2.1 The Clerk advises on the law.\n3.2.2 The Clerk manages the staff.\nSection 4 – Complaints\n4.1 Complaints about the Clerk go to the Chair.';
    const { clauses } = parseProtocol(text, 'x');
    expect(clauses.map((c) => [c.ref, c.heading])).toEqual([
      ['3.1', 'Section 3 – Roles'],
      ['3.2', 'Section 3 – Roles'],
      ['3.2.1', 'Section 3 – Roles'],
      ['3.2.2', 'Section 3 – Roles'],
      ['4.1', 'Section 4 – Complaints'],
    ]);
  });
});

describe('a document with no clause numbering', () => {
  test('gives no clauses and one warning saying what was looked for and what came nearest', () => {
    const { clauses, warnings } = parse('prose.txt');
    expect(clauses).toEqual([]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0].startsWith(NO_NUMBERING)).toBe(true);
    for (const style of ['"1."', '"(1)"', '"A1"', '"I. (Roman)"', '"4(a)"', '"Paragraph 1 / Clause 1"', '"Section 1"']) expect(warnings[0]).toContain(style);
    expect(warnings[0]).toMatch(/nearest: "\(1\)" once in sequence \("\(1\) Apologies were received/);
  });

  test('two stray "(1)", "(2)" inside a paragraph are not a numbering', () => {
    const text = 'Guidance note\nCouncillors should note two things:\n(1) the Clerk is the Proper Officer;\n(2) the Chair chairs meetings.\nThat is all.';
    expect(parseProtocol(text, 'x').clauses).toEqual([]);
  });
});

describe('Word numbering in these styles', () => {
  test('a .docx whose list prints "(1)", "(2)" … reads like the typed text', async () => {
    const docx = await import('docx');
    const { Document, Packer, Paragraph, HeadingLevel, LevelFormat, AlignmentType } = docx;
    const items = ['Councillors treat staff with courtesy.', 'Staff treat councillors with courtesy.', 'A complaint about the Clerk goes to the Chair.'];
    const document = new Document({
      numbering: { config: [{ reference: 'paren', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '(%1)', alignment: AlignmentType.LEFT }] }] },
      sections: [
        {
          children: [
            new Paragraph({ text: 'Ferncombe Parish Council Protocol', heading: HeadingLevel.TITLE }),
            new Paragraph({ text: 'Conduct', heading: HeadingLevel.HEADING_2 }),
            ...items.map((text) => new Paragraph({ text, numbering: { reference: 'paren', level: 0 } })),
          ],
        },
      ],
    });
    const bytes = await Packer.toBuffer(document);
    const { text } = await extractProtocol(Buffer.from(bytes), 'protocol.docx');
    const { clauses } = parseProtocol(text, 'ferncombe');
    expect(clauses.map((c) => [c.ref, c.heading, c.text])).toEqual(items.map((item, i) => [String(i + 1), 'Conduct', item]));
  });
});

describe('these styles in a PDF', () => {
  test('a clause number at the start of a line ends the paragraph above, even after a full-width line', async () => {
    const { pdfLinesToText } = await import('../../src/protocols/formats/pdf');
    const width = 400;
    // Every line is as wide as the text column, so only the number can say where a clause starts.
    const line = (text: string, y: number) => ({ text, x: 60, xEnd: 60 + width, y, size: 10 });
    const cases = [
      ['(1) Councillors treat staff with courtesy and respect at all times and in every', '(2) Staff treat councillors with courtesy and respect at all times and in every'],
      ['A1. Councillors treat staff with courtesy and respect at all times and in every', 'A2. Staff treat councillors with courtesy and respect at all times and in every'],
      ['Paragraph 1. Councillors treat staff with courtesy and respect at all times and in', 'Paragraph 2. Staff treat councillors with courtesy and respect at all times and in'],
    ];
    for (const [first, second] of cases) {
      const { text } = pdfLinesToText([[line(first, 700), line('place.', 688), line(second, 676), line('place.', 664)]]);
      expect(text.split('\n')).toEqual([`${first} place.`, `${second} place.`]);
    }
  });
});
