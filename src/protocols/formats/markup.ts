/**
 * HTML and Markdown to the plain lines the parser reads: one paragraph, heading or list item a
 * line, list items keeping their printed number or a bullet.
 */

import { squashSpaces } from '../spaces';

/** A Map: looked up by names from the document ("&constructor;" on a plain object is Object's). */
const ENTITIES: ReadonlyMap<string, string> = new Map(Object.entries({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', hellip: '…', bull: '•', shy: '' }));

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES.get(name.toLowerCase()) ?? whole;
  });
}

const BLOCK = /^(?:p|div|h[1-6]|li|tr|br|section|article|header|footer|blockquote|pre|table|ul|ol|dd|dt|title)$/;

/** HTML to lines. Lists: `<ol>` items get their number (1., 2. …, or the `type`/`start` given), `<ul>` items a bullet. */
export function htmlToText(html: string): string {
  const source = html.replace(/<!--[\s\S]*?-->/g, '').replace(/<(script|style|head|nav)\b[\s\S]*?<\/\1\s*>/gi, '');
  const out: string[] = [];
  let line = '';
  const lists: { ordered: boolean; next: number; type: string }[] = [];
  const flush = () => {
    const cleaned = squashSpaces(decodeEntities(line)).trim();
    if (cleaned && cleaned !== '#' && cleaned !== '•') out.push(cleaned);
    line = '';
  };
  const tag = /<\/?([a-z][a-z0-9]*)\b([^>]*)>|([^<]+)|</gi;
  for (let m = tag.exec(source); m; m = tag.exec(source)) {
    if (m[3] !== undefined || m[1] === undefined) {
      line += m[3] ?? '<';
      continue;
    }
    const name = m[1].toLowerCase();
    const closing = m[0][1] === '/';
    if (name === 'ol' || name === 'ul') {
      flush();
      if (closing) lists.pop();
      else {
        const start = /\bstart\s*=\s*["']?(\d+)/i.exec(m[2]);
        const type = /\btype\s*=\s*["']?([1aAiI])/.exec(m[2]);
        lists.push({ ordered: name === 'ol', next: start ? Number(start[1]) : 1, type: type ? type[1] : '1' });
      }
      continue;
    }
    if (BLOCK.test(name)) flush();
    if (/^h[1-6]$/.test(name) && !closing) line = '# ';
    if (name === 'li' && !closing) {
      const list = lists[lists.length - 1];
      if (!list || !list.ordered) line = '• ';
      else line = `${listMarker(list.next++, list.type)} `;
    }
    if ((name === 'td' || name === 'th') && !closing) line += ' ';
  }
  flush();
  return out.join('\n');
}

function listMarker(n: number, type: string): string {
  if (type === 'a') return `(${String.fromCharCode(96 + n)})`;
  if (type === 'A') return `(${String.fromCharCode(64 + n)})`;
  if (type === 'i' || type === 'I') return `(${toRoman(n)})`;
  return `${n}.`;
}

export function toRoman(n: number): string {
  const table: [number, string][] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let out = '';
  for (const [value, letters] of table) {
    while (n >= value) {
      out += letters;
      n -= value;
    }
  }
  return out;
}

/** Markdown to lines: heading marks, emphasis and link targets go; list items keep a bullet or number. */
export function markdownToText(markdown: string): string {
  return markdown
    .split(/\r?\n/)
    .map((raw) =>
      raw
        .replace(/^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/, '# $1')
        .replace(/^\s{0,3}>\s?/, '')
        .replace(/^(\s*)[-*+]\s+(?=\S)/, '$1• ')
        .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
        .replace(/(\*\*|__)(.+?)\1/g, '$2')
        .replace(/(^|[\s(])[*_]([^*_\s][^*_]*?)[*_](?=[\s).,;:!?]|$)/g, '$1$2')
        .replace(/`([^`]*)`/g, '$1')
        .replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1'),
    )
    .filter((line) => !/^\s*(?:[-*_]\s*){3,}$/.test(line) && !/^\s*\|?\s*:?-{3,}/.test(line))
    .join('\n');
}
