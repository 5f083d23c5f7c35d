import fs from 'node:fs';
import path from 'node:path';
import { extractProtocol } from '../../src/protocols/formats/extract';
import { Clause, parseProtocol } from '../../src/protocols/parse';
import { PROTOCOLS_DIR } from '../support/fixtures';
import { usePdfjsInJest } from '../support/pdfjs';

const GENERATED = path.join(__dirname, 'fixtures/generated');
const UNSEEN_TEXT = path.join(__dirname, 'fixtures/unseen/ashcombe.txt');
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

async function clausesOf(file: string, council: string): Promise<Clause[]> {
  const { text } = await extractProtocol(fs.readFileSync(file), file);
  return parseProtocol(text, council).clauses;
}

beforeAll(() => usePdfjsInJest());

describe('a protocol the parser was not written for, as PDF and as Word', () => {
  const fromText = parseProtocol(fs.readFileSync(UNSEEN_TEXT, 'utf8'), 'ashcombe').clauses;

  test('its plain text: 64 clauses, each under the SECTION heading printed above it', () => {
    expect(fromText).toHaveLength(64);
    const byRef = new Map(fromText.map((c) => [c.ref, c]));
    for (const clause of fromText) {
      const section = clause.ref.split('.')[0];
      expect(clause.heading).toMatch(new RegExp(`^SECTION ${section} – [A-Z ]+$`));
    }
    expect(byRef.get('1.1')?.heading).toBe('SECTION 1 – INTRODUCTION AND STATUS');
    expect(byRef.get('10.7')?.text).not.toMatch(/Signed|Date/);
  });

  test('its plain text: no word left split by a line-end hyphen, a real hyphen kept', () => {
    const all = fromText.map((c) => c.text).join('\n');
    expect(all).toMatch(/Their responsibilities are different/);
    expect(all).toMatch(/will be acknowledged within three/);
    expect(all).toMatch(/from complaining to the Monitoring Officer/);
    expect(all).toMatch(/known as the need-to-know principle/);
    expect(all).not.toMatch(/[a-z]- [a-z]/);
  });

  test.each(['pdf', 'docx'])('the %s copy gives exactly the clause refs of the text, with no header, footer or page number inside a clause', async (ext) => {
    const clauses = await clausesOf(path.join(GENERATED, `ashcombe.${ext}`), 'ashcombe');
    expect(clauses.map((c) => c.ref)).toEqual(fromText.map((c) => c.ref));
    for (const clause of clauses) {
      expect(clause.text).not.toMatch(/Page \d+ of \d+|Member\/Officer Protocol|Ashcombe Magna Town Council –/);
      expect(clause.text).not.toMatch(/(?:^|\n)\d+(?:\n|$)/);
    }
    expect(clauses.map((c) => c.heading)).toEqual(fromText.map((c) => c.heading));
  });
});

describe('PDF and Word copies of the bundled protocols read like their plain text', () => {
  const councils = ['alsager', 'cottingham', 'flitwick', 'halstead', 'tewkesbury'];
  const cases = councils.flatMap((council) => ['pdf', 'docx'].map((ext) => [council, ext] as const));

  test.each(cases)('%s.%s: same refs, headings and text (whitespace aside)', async (council, ext) => {
    const expected = parseProtocol(fs.readFileSync(path.join(PROTOCOLS_DIR, `${council}.txt`), 'utf8'), council).clauses;
    const clauses = await clausesOf(path.join(GENERATED, `${council}.${ext}`), council);
    expect(clauses.map((c) => c.ref)).toEqual(expected.map((c) => c.ref));
    expect(clauses.map((c) => [c.ref, c.heading, squash(c.text)])).toEqual(expected.map((c) => [c.ref, c.heading, squash(c.text)]));
  });
});

describe('the traps the generated copies carry are real', () => {
  test('the PDF breaks words with hyphens at line ends and repeats a header and a page footer', async () => {
    const { readPdfLines } = await import('../../src/protocols/formats/pdf');
    const pages = await readPdfLines(fs.readFileSync(path.join(GENERATED, 'tewkesbury.pdf')));
    expect(pages.length).toBeGreaterThan(3);
    expect(pages.flat().filter((l) => /[a-z]-$/.test(l.text)).length).toBeGreaterThan(5);
    for (const [i, page] of pages.entries()) {
      expect(page.map((l) => l.text)).toContain(`Page ${i + 1} of ${pages.length}`);
      expect(page[0].text).toBe('Tewkesbury Borough Council – Member/Officer Protocol');
    }
  });

  test('the Word file prints its clause numbers with Word numbering, not typed digits', async () => {
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(fs.readFileSync(path.join(GENERATED, 'ashcombe.docx')));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).not.toMatch(/<w:t[^>]*>2\.1 /);
    expect((xml.match(/<w:numPr>/g) ?? []).length).toBeGreaterThan(60);
    expect(xml).toMatch(/w:val="Heading2"/);
  });
});

describe('HTML and Markdown', () => {
  test('an HTML page: headings, numbered lists and bullets', async () => {
    const html = `<!doctype html><html><head><title>x</title><style>p{}</style></head><body>
      <h1>Marsh End Parish Council</h1><h2>1. Working together</h2>
      <p>1.1 Councillors do not instruct staff &amp; requests go to the Clerk.</p>
      <p>1.2 Staff reply within:</p><ul><li>five days by email;</li><li>one day by phone.</li></ul>
      <h2>2. Information</h2><ol type="a"><li>Ask the Clerk for papers.</li><li>Return confidential papers.</li></ol></body></html>`;
    const { format, text } = await extractProtocol(Buffer.from(html), 'page.txt');
    expect(format).toBe('html');
    const { clauses } = parseProtocol(text, 'marsh');
    expect(clauses.map((c) => [c.ref, c.heading])).toEqual([
      ['1.1', 'Working together'],
      ['1.2', 'Working together'],
      ['2(a)', 'Information'],
      ['2(b)', 'Information'],
    ]);
    expect(clauses[0].text).toBe('Councillors do not instruct staff & requests go to the Clerk.');
    expect(clauses[1].text).toBe('Staff reply within:\n• five days by email;\n• one day by phone.');
  });

  test('Markdown: heading marks and emphasis go, the words stay', async () => {
    const md = '# Marsh End protocol\n\n## Section 1: Conduct\n\n1.1 Councillors are **always** courteous to [staff](http://x).\n1.2 Staff are courteous too.\n';
    const { format, text } = await extractProtocol(Buffer.from(md), 'protocol.md');
    expect(format).toBe('markdown');
    const { clauses } = parseProtocol(text, 'marsh');
    expect(clauses.map((c) => [c.ref, c.heading, c.text])).toEqual([
      ['1.1', 'Section 1: Conduct', 'Councillors are always courteous to staff.'],
      ['1.2', 'Section 1: Conduct', 'Staff are courteous too.'],
    ]);
  });

  test('plain text copied out of a PDF loses its repeated running header', async () => {
    const copied = ['Marsh End PC – Protocol', '1.1 Councillors are courteous.', 'Page 1 of 3', 'Marsh End PC – Protocol', '1.2 Staff are courteous.', 'Page 2 of 3', 'Marsh End PC – Protocol', '1.3 Both are kind.', 'Page 3 of 3'].join('\n');
    const { text, furniture } = await extractProtocol(Buffer.from(copied), 'copied.txt');
    expect(furniture).toEqual(['Marsh End PC – Protocol', 'Page 1 of 3', 'Page 2 of 3', 'Page 3 of 3']);
    expect(parseProtocol(text, 'marsh').clauses.map((c) => c.text)).toEqual(['Councillors are courteous.', 'Staff are courteous.', 'Both are kind.']);
  });
});

describe('PDF layout, ragged right', () => {
  test('a sentence ending at a line end does not end the paragraph unless the next word would have fitted', async () => {
    const { pdfLinesToText } = await import('../../src/protocols/formats/pdf');
    const line = (text: string, y: number, x = 60) => ({ text, x, xEnd: x + text.length * 5, y, size: 10 });
    const page = (n: number, body: ReturnType<typeof line>[]) => [line('Marsh End Town Council – Protocol', 800), ...body, line(`Page ${n} of 3`, 40, 280)];
    const pages = [
      page(1, [
        line('SECTION 1 – GENERAL', 760),
        line('1.1 Councillors and officers work together closely and share the work.', 740),
        line('Members should not give instructions to officers, who work for the', 728),
        line('Council as a whole.', 716),
        line('Working with the press', 696),
      ]),
      page(2, [line('1.2 Press releases are issued by the Clerk after the Chair has seen', 740), line('them and agreed.', 728)]),
      page(3, [line('1.3 The Clerk replies to questions from the press within a working', 740), line('day of receiving them.', 728)]),
    ];
    const { text, furniture } = pdfLinesToText(pages);
    expect(furniture).toEqual(['Marsh End Town Council – Protocol', 'Page 1 of 3', 'Page 2 of 3', 'Page 3 of 3']);
    expect(text.split('\n')).toEqual([
      'SECTION 1 – GENERAL',
      '1.1 Councillors and officers work together closely and share the work. Members should not give instructions to officers, who work for the Council as a whole.',
      'Working with the press',
      '1.2 Press releases are issued by the Clerk after the Chair has seen them and agreed.',
      '1.3 The Clerk replies to questions from the press within a working day of receiving them.',
    ]);
  });
});

describe('contents lists with dot leaders', () => {
  test('their entries are dropped from text and PDF alike', async () => {
    const text = ['CONTENTS', 'SECTION 1 – GENERAL ........................ 2', '1.1 Purpose .................. 2', 'SECTION 1 – GENERAL', '1.1 This protocol guides councillors.'].join('\n');
    const { text: cleaned } = await extractProtocol(Buffer.from(text), 'p.txt');
    const { clauses, warnings } = parseProtocol(cleaned, 'x');
    expect(clauses.map((c) => [c.ref, c.heading, c.text])).toEqual([['1.1', 'SECTION 1 – GENERAL', 'This protocol guides councillors.']]);
    expect(warnings).toEqual([]);
  });
});
