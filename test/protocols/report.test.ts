import { leftoverFurniture } from '../../src/protocols/report';
import { detectFormat, decodeText } from '../../src/protocols/formats/detect';
import { Clause } from '../../src/protocols/parse';

const clause = (ref: string, text: string): Clause => ({ council: 'x', ref, heading: 'H', text });

describe('a dry run points at page furniture left inside clauses', () => {
  test('page numbers, a running header glued into a paragraph, a line repeated under several clauses', () => {
    const found = leftoverFurniture([
      clause('1.1', 'Members are courteous. Page 3 of 7 Officers are too.'),
      clause('1.2', 'Officers advise. MARSH END TOWN COUNCIL MEMBER OFFICER PROTOCOL The Clerk decides.'),
      clause('1.3', 'First.\nIssue 2 – May 2025'),
      clause('1.4', 'Second.\nIssue 2 – May 2025'),
      clause('1.5', 'Third.\nIssue 2 – May 2025'),
    ]);
    expect(found).toEqual([
      '1.1: "Page 3 of 7" looks like a page number',
      '1.2: "MARSH END TOWN COUNCIL MEMBER OFFICER PROTOCOL" looks like a running header',
      '"Issue 2 – May 2025" appears in 3 clauses (1.3, 1.4, 1.5)',
    ]);
  });

  test('ordinary clauses raise nothing, including "one of the"', () => {
    expect(leftoverFurniture([clause('1', 'Any one of the Members may ask 2 of the officers for help.')])).toEqual([]);
  });
});

describe('the kind of file is read from its content', () => {
  test.each([
    ['a PDF named .txt', Buffer.from('%PDF-1.7\n...'), 'protocol.txt', 'pdf'],
    ['HTML named .txt', Buffer.from('<!DOCTYPE html><html><body><p>1.1 Text</p></body></html>'), 'protocol.txt', 'html'],
    ['Markdown with headings', Buffer.from('# Protocol\n\n1.1 Text'), 'protocol.txt', 'markdown'],
    ['plain text', Buffer.from('1.1 Text'), 'protocol.txt', 'text'],
  ])('%s', (_, bytes, name, format) => {
    expect(detectFormat(bytes, name)).toBe(format);
  });

  test.each([
    ['an image', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]), /an image/],
    ['a ZIP that is not Word', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x41]), /ZIP archive/],
    ['an RTF file', Buffer.from('{\\rtf1 text}'), /RTF/],
  ])('refuses %s', (_, bytes, message) => {
    expect(() => detectFormat(bytes, 'protocol.txt')).toThrow(message);
  });

  test('UTF-16 text with a byte-order mark is read', () => {
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('1.1 Text', 'utf16le')]))).toBe('1.1 Text');
  });
});
