import { squashSpaces } from '../spaces';
import { UnreadableProtocolError } from './detect';
import { toRoman } from './markup';

/**
 * Word (.docx) to the plain lines the parser reads.
 *
 * Word keeps what a reader sees as "2.3" or "(b)" out of the text when the number is Word's
 * own list numbering, so the printed number is worked out here from numbering.xml (format,
 * level text such as "%1.%2", start values) and put in front of the paragraph. Paragraphs in a
 * heading style (or with an outline level) become heading lines. Running headers and footers
 * live in their own parts of the file and are never read.
 */

type XmlElement = import('@xmldom/xmldom').Element;

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

interface Level {
  start: number;
  format: string;
  text: string;
}
interface Numbering {
  /** numId → abstract levels, with start overrides applied. */
  levels: Map<string, Map<number, Level>>;
  abstractOf: Map<string, string>;
  /** numId → levels whose count restarts where that list instance is first used. */
  restarts: Map<string, number[]>;
}
interface Style {
  name: string;
  basedOn?: string;
  numId?: string;
  ilvl?: number;
  outlineLevel?: number;
}

const children = (element: XmlElement | null | undefined, localName: string): XmlElement[] => {
  const out: XmlElement[] = [];
  if (!element) return out;
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1 && (node as XmlElement).localName === localName) out.push(node as XmlElement);
  }
  return out;
};
const child = (element: XmlElement | null | undefined, localName: string): XmlElement | undefined => children(element, localName)[0];
const val = (element: XmlElement | undefined): string | undefined => element?.getAttributeNS(W, 'val') ?? element?.getAttribute('w:val') ?? undefined;

async function parseXml(xml: string): Promise<XmlElement> {
  const { DOMParser } = await import('@xmldom/xmldom');
  const doc = new DOMParser({ onError: () => {} }).parseFromString(xml, 'text/xml');
  if (!doc.documentElement) throw new UnreadableProtocolError('this Word file is damaged (its text cannot be read)');
  return doc.documentElement as unknown as XmlElement;
}

function readStyles(root: XmlElement | undefined): Map<string, Style> {
  const styles = new Map<string, Style>();
  for (const style of children(root, 'style')) {
    const id = style.getAttributeNS(W, 'styleId') ?? style.getAttribute('w:styleId');
    if (!id) continue;
    const pPr = child(style, 'pPr');
    const numPr = child(pPr, 'numPr');
    const outline = val(child(pPr, 'outlineLvl'));
    styles.set(id, {
      name: val(child(style, 'name')) ?? id,
      basedOn: val(child(style, 'basedOn')),
      numId: val(child(numPr, 'numId')),
      ilvl: numPr ? Number(val(child(numPr, 'ilvl')) ?? 0) : undefined,
      outlineLevel: outline === undefined ? undefined : Number(outline),
    });
  }
  return styles;
}

function readNumbering(root: XmlElement | undefined): Numbering {
  const abstracts = new Map<string, Map<number, Level>>();
  for (const abstract of children(root, 'abstractNum')) {
    const levels = new Map<number, Level>();
    for (const lvl of children(abstract, 'lvl')) {
      levels.set(Number(lvl.getAttributeNS(W, 'ilvl') ?? lvl.getAttribute('w:ilvl') ?? 0), {
        start: Number(val(child(lvl, 'start')) ?? 1),
        format: val(child(lvl, 'numFmt')) ?? 'decimal',
        text: val(child(lvl, 'lvlText')) ?? '',
      });
    }
    abstracts.set(abstract.getAttributeNS(W, 'abstractNumId') ?? abstract.getAttribute('w:abstractNumId') ?? '', levels);
  }
  const levels = new Map<string, Map<number, Level>>();
  const abstractOf = new Map<string, string>();
  const restarts = new Map<string, number[]>();
  for (const num of children(root, 'num')) {
    const numId = num.getAttributeNS(W, 'numId') ?? num.getAttribute('w:numId') ?? '';
    const abstractId = val(child(num, 'abstractNumId')) ?? '';
    const own = new Map([...(abstracts.get(abstractId) ?? new Map<number, Level>())].map(([k, v]) => [k, { ...v }]));
    for (const override of children(num, 'lvlOverride')) {
      const ilvl = Number(override.getAttributeNS(W, 'ilvl') ?? override.getAttribute('w:ilvl') ?? 0);
      const start = val(child(override, 'startOverride'));
      const level = own.get(ilvl);
      if (level && start !== undefined) {
        level.start = Number(start);
        restarts.set(numId, [...(restarts.get(numId) ?? []), ilvl]);
      }
    }
    levels.set(numId, own);
    abstractOf.set(numId, abstractId);
  }
  return { levels, abstractOf, restarts };
}

function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
      return String.fromCharCode(96 + ((n - 1) % 26) + 1);
    case 'upperLetter':
      return String.fromCharCode(64 + ((n - 1) % 26) + 1);
    case 'lowerRoman':
      return toRoman(n);
    case 'upperRoman':
      return toRoman(n).toUpperCase();
    case 'none':
      return '';
    default:
      return String(n);
  }
}

/** The text of a run container: text, tabs and breaks as spaces, Word's hyphens; deleted text skipped. */
function runText(element: XmlElement): string {
  let text = '';
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType !== 1) continue;
    const el = node as XmlElement;
    switch (el.localName) {
      case 't':
        text += el.textContent ?? '';
        break;
      case 'tab':
      case 'br':
      case 'cr':
        text += ' ';
        break;
      case 'noBreakHyphen':
        text += '-';
        break;
      case 'del':
      case 'delText':
      case 'instrText':
      case 'rPr':
      case 'pPr':
      case 'footnoteReference':
      case 'endnoteReference':
      case 'Fallback': // the older copy of an mc:AlternateContent (a text box): read its Choice only
        break;
      default:
        text += runText(el);
    }
  }
  return text;
}

/** Word's paragraphs, in order, as lines: a heading style's text, or a list item with its printed number. */
export async function docxToText(bytes: Uint8Array): Promise<string> {
  const JSZip = (await import('jszip')).default;
  let zip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new UnreadableProtocolError('this Word file is damaged or encrypted (it cannot be opened as .docx)');
  }
  const part = async (name: string) => {
    const file = zip.file(name);
    return file ? parseXml(await file.async('string')) : undefined;
  };
  const documentRoot = await part('word/document.xml');
  if (!documentRoot) throw new UnreadableProtocolError('this .docx has no document in it');
  const styles = readStyles(await part('word/styles.xml'));
  const numbering = readNumbering(await part('word/numbering.xml'));

  const styleChain = (id: string | undefined): Style[] => {
    const chain: Style[] = [];
    for (let style = id ? styles.get(id) : undefined; style && chain.length < 10; style = style.basedOn ? styles.get(style.basedOn) : undefined) chain.push(style);
    return chain;
  };
  /** Counters per list (abstract numbering), one per level. */
  const counters = new Map<string, number[]>();
  const started = new Set<string>();
  const lines: string[] = [];

  const paragraph = (p: XmlElement) => {
    const pPr = child(p, 'pPr');
    const styleId = val(child(pPr, 'pStyle'));
    const chain = styleChain(styleId);
    const text = squashSpaces(runText(p).replace(/\u00ad/g, '')).trim();
    const numPr = child(pPr, 'numPr');
    const numId = val(child(numPr, 'numId')) ?? chain.find((s) => s.numId)?.numId;
    const ilvl = Number(val(child(numPr, 'ilvl')) ?? chain.find((s) => s.ilvl !== undefined)?.ilvl ?? 0);
    let prefix = '';
    if (numId && numId !== '0' && numbering.levels.has(numId)) {
      const levels = numbering.levels.get(numId)!;
      const level = levels.get(ilvl);
      if (level) {
        // Lists sharing an abstract numbering continue one another unless an instance restarts.
        const key = numbering.abstractOf.get(numId) ?? numId;
        const counts = counters.get(key) ?? [];
        if (!started.has(numId)) {
          started.add(numId);
          for (const restart of numbering.restarts.get(numId) ?? []) counts.length = Math.min(counts.length, restart);
        }
        counts[ilvl] = counts[ilvl] === undefined ? level.start : counts[ilvl] + 1;
        counts.length = ilvl + 1; // a new item resets the levels below it
        counters.set(key, counts);
        if (level.format === 'bullet') prefix = '•';
        else {
          prefix = level.text.replace(/%(\d)/g, (_, d: string) => {
            const at = Number(d) - 1;
            const lvl = levels.get(at);
            return formatNumber(counts[at] ?? lvl?.start ?? 1, lvl?.format ?? 'decimal');
          });
        }
      }
    }
    // A contents list Word built itself ("TOC 1" styles) repeats the headings: not content.
    if (!text || chain.some((st) => /^toc\s*\d/i.test(st.name))) return;
    const line = [prefix, text].filter(Boolean).join(' ');
    const isHeading = chain.some((s) => /^(?:heading\s*\d|title)$/i.test(s.name) || (s.outlineLevel !== undefined && s.outlineLevel < 9)) ||
      (val(child(pPr, 'outlineLvl')) !== undefined && Number(val(child(pPr, 'outlineLvl'))) < 9);
    lines.push(isHeading ? `# ${line}` : line);
  };

  const walk = (element: XmlElement) => {
    for (let node = element.firstChild; node; node = node.nextSibling) {
      if (node.nodeType !== 1) continue;
      const el = node as XmlElement;
      if (el.localName === 'p') paragraph(el);
      else if (el.localName === 'tbl' || el.localName === 'tr' || el.localName === 'tc' || el.localName === 'sdt' || el.localName === 'sdtContent' || el.localName === 'body' || el.localName === 'ins' || el.localName === 'customXml') walk(el);
    }
  };
  walk(documentRoot);
  return lines.join('\n');
}
