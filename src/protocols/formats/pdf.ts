import { squashSpaces } from '../spaces';
import { UnreadableProtocolError } from './detect';
import { CONTENTS_ENTRY } from './contents';
import { BROKEN_AT_END, CONTINUATION, isLayoutBreak, Vocabulary } from '../hyphenation';

/** One printed line of a PDF page, with where it sits. */
export interface PdfLine {
  text: string;
  /** Left and right edge, and baseline (PDF units, y grows upwards). */
  x: number;
  xEnd: number;
  y: number;
  size: number;
}

export interface PdfText {
  /** One paragraph, heading or list item a line. */
  text: string;
  /** Lines removed as running headers, footers and page numbers (once each). */
  furniture: string[];
}

interface TextItemLike {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

/** Reads each page's printed lines. A password-protected or unreadable PDF is refused. */
export async function readPdfLines(bytes: Uint8Array): Promise<PdfLine[][]> {
  // Any encryption, even one that opens without a password: its owner restricted copying.
  if (Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes('/Encrypt')) throw encrypted();
  const { getDocumentProxy } = await import('unpdf');
  let pdf;
  try {
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'PasswordException') throw encrypted();
    throw new UnreadableProtocolError(`this PDF cannot be read (${((error as Error).message || name).split('\n')[0]}); try the Word file`);
  }
  try {
    const pages: PdfLine[][] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      pages.push(groupIntoLines(content.items.filter((item): item is TextItemLike & typeof item => 'str' in item)));
      page.cleanup();
    }
    return pages;
  } finally {
    await pdf.destroy();
  }
}

const encrypted = () => new UnreadableProtocolError('this PDF is encrypted (password-protected); save an unprotected copy or use the Word file');

/** Text runs on (nearly) the same baseline are one line; runs apart by a gap are spaced. */
export function groupIntoLines(items: TextItemLike[]): PdfLine[] {
  const runs = items
    .filter((item) => item.str.length > 0)
    .map((item) => ({ str: item.str, x: item.transform[4], y: item.transform[5], width: item.width, size: Math.hypot(item.transform[2], item.transform[3]) || item.height || 10 }))
    .sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: PdfLine[] = [];
  let group: typeof runs = [];
  const close = () => {
    if (group.length === 0) return;
    group.sort((a, b) => a.x - b.x);
    let text = '';
    let end = -Infinity;
    for (const run of group) {
      const gap = run.x - end;
      if (text && gap > run.size * 0.15 && !/\s$/.test(text) && !/^\s/.test(run.str)) text += ' ';
      text += run.str;
      end = Math.max(end, run.x + run.width);
    }
    const cleaned = squashSpaces(text).trim();
    if (cleaned) lines.push({ text: cleaned, x: group[0].x, xEnd: end, y: group[0].y, size: Math.max(...group.map((r) => r.size)) });
    group = [];
  };
  for (const run of runs) {
    // The larger size sets the tolerance, so a superscript (a footnote mark) stays on its line.
    if (group.length > 0 && Math.abs(group[0].y - run.y) > Math.max(group[0].size, run.size) * 0.45) close();
    group.push(run);
  }
  close();
  return lines;
}

/** A page number as printed: `3`, `Page 3`, `3 of 7`, `Page 3 of 7`, `- 3 -`, `Page iv`. */
export const PAGE_NUMBER = /^(?:page\s*)?[-–—]?\s*(?:\d{1,4}|[ivxlc]{1,6})\s*[-–—]?(?:\s*(?:of|\/)\s*\d{1,4})?$/i;
/** How many lines at the top and bottom of a page can be running headers or footers. */
const FURNITURE_ZONE = 3;
/** Bullets, list items and clause numbers: `1.`, `2.3`, `(a)`, `(1)`, `4(a)`, section and part headings. */
const STARTS_ITEM = /^(?:[-–•·▪◦*]|\uF0B7)\s|^\(?[a-z]{1,4}[.)]\s|^\(\d{1,3}\)\s|^\d{1,3}(?:\.\d{1,3}){0,3}[.)]?\s|^\d{1,3}\s?\([a-z]\)\s|^(?:section|part|schedule|appendix|annex)\s/i;
/** Clause numbers written with a capital (`A1.`, `Paragraph 4`): a wrapped line of prose starts "paragraph 4 of …". */
const STARTS_CLAUSE = /^[A-Z]\.?\d{1,3}[.):]?\s|^(?:Paragraph|PARAGRAPH|Para\.?|PARA\.?|Clause|CLAUSE|Article|Rule)\s+\d/;

const furnitureKey = (text: string) => squashSpaces(text.toLowerCase().replace(/\d+/g, '#')).trim();

/**
 * Lines repeated at the top or bottom of most pages (running headers and footers, however their
 * page number changes) and page numbers there.
 */
export function findFurniture(pages: PdfLine[][]): Set<PdfLine> {
  const pagesWithKey = new Map<string, number>();
  const zone = (page: PdfLine[]) => [...new Set([...page.slice(0, FURNITURE_ZONE), ...page.slice(-FURNITURE_ZONE)])];
  for (const page of pages) for (const key of new Set(zone(page).map((l) => furnitureKey(l.text)))) pagesWithKey.set(key, (pagesWithKey.get(key) ?? 0) + 1);
  const needed = pages.length >= 3 ? Math.ceil(pages.length * 0.5) : pages.length;
  const furniture = new Set<PdfLine>();
  for (const page of pages) {
    for (const line of zone(page)) {
      const repeated = pages.length >= 2 && (pagesWithKey.get(furnitureKey(line.text)) ?? 0) >= needed;
      if (repeated || PAGE_NUMBER.test(line.text)) furniture.add(line);
    }
  }
  return furniture;
}

const median = (values: number[], fallback: number): number => {
  if (values.length === 0) return fallback;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

/**
 * Pages of lines to paragraphs: furniture removed, lines of one paragraph joined (a word broken
 * by a hyphen mended), list items, clauses and headings each on their own line.
 */
export function pdfLinesToText(pages: PdfLine[][]): PdfText {
  const furniture = findFurniture(pages);
  const removed = [...new Set([...furniture].map((l) => l.text))];
  const body = pages.map((page) => page.filter((l) => !furniture.has(l) && !CONTENTS_ENTRY.test(l.text)));
  const vocabulary = new Vocabulary(body.flat().map((l) => l.text));

  const gaps: number[] = [];
  for (const page of body) for (let i = 1; i < page.length; i++) if (Math.abs(page[i].size - page[i - 1].size) < 0.5) gaps.push(page[i - 1].y - page[i].y);
  const lineGap = median(gaps.filter((g) => g > 0), 12);
  const rightEdges = body.flat().map((l) => l.xEnd).sort((a, b) => a - b);
  const rightMargin = rightEdges.length ? rightEdges[Math.floor(rightEdges.length * 0.9)] : 0;

  const paragraphs: string[] = [];
  let previous: PdfLine | null = null;
  let samePage = false;
  for (const page of body) {
    samePage = false;
    for (const line of page) {
      if (previous && continuesParagraph(previous, line, samePage)) {
        paragraphs[paragraphs.length - 1] = joinLines(paragraphs[paragraphs.length - 1], line.text, vocabulary);
      } else {
        paragraphs.push(line.text);
      }
      previous = line;
      samePage = true;
    }
  }
  return { text: paragraphs.join('\n'), furniture: removed };

  function continuesParagraph(before: PdfLine, line: PdfLine, onSamePage: boolean): boolean {
    if (STARTS_ITEM.test(line.text) || STARTS_CLAUSE.test(line.text)) return false;
    if (Math.abs(before.size - line.size) > 0.5) return false;
    if (onSamePage && before.y - line.y > lineGap * 1.45) return false;
    if (/^[a-z]/.test(line.text)) return true;
    // A line is broken where the next word did not fit: if the next line's first word would
    // have fitted at the end of this one, the break was the writer's (a paragraph or heading
    // ended), whether the text is justified or ragged.
    const charWidth = (line.xEnd - line.x) / Math.max(1, line.text.length);
    const firstWord = line.text.split(' ', 1)[0];
    return before.xEnd + (firstWord.length + 1) * charWidth > rightMargin + charWidth;
  }
}

function joinLines(paragraph: string, next: string, vocabulary: Vocabulary): string {
  const broken = BROKEN_AT_END.exec(paragraph);
  const continuation = CONTINUATION.exec(next);
  if (broken && continuation && !/\s-$/.test(paragraph)) {
    const joiner = isLayoutBreak(broken[1], continuation[1], vocabulary) ? '' : '-';
    return `${paragraph.slice(0, -1)}${joiner}${next}`;
  }
  return `${paragraph} ${next}`;
}

/** A PDF whose pages carry (almost) no text is a scan: there is nothing to read without OCR. */
export function assertHasText(pages: PdfLine[][]): void {
  const characters = pages.flat().reduce((sum, line) => sum + line.text.replace(/\s/g, '').length, 0);
  if (characters < Math.max(40, pages.length * 20)) {
    throw new UnreadableProtocolError('this PDF has no text layer (it looks scanned); ask the council for the Word file or a PDF saved from Word (no OCR here)');
  }
}

export async function pdfToText(bytes: Uint8Array): Promise<PdfText> {
  const pages = await readPdfLines(bytes);
  assertHasText(pages);
  return pdfLinesToText(pages);
}
