/**
 * Which lines of a protocol start its clauses, for numbering styles other than `1.` / `1)` /
 * `1.1` (those are read by the parser's own line rules).
 *
 * Councils number clauses `(1)`, `1` with no dot, `Paragraph 1.`, `Para 4`, `Clause 3`,
 * `Paragraph 4.1`, `A1.`, `I.` or `i.` (Roman) or `4(b)` (also `Paragraph 4(b)`). A line that merely starts with such a number is not enough:
 * prose wraps onto a line starting "3 members shall …", sub-lists run "(a) … (b) …", and a
 * contents list prints the numbers once before the text prints them again. So each style's
 * markers are collected and the longest run of them *in sequence* is found (1, 2, 3 … with small
 * gaps allowed; A1, A2, B1 …), weighted by how much text follows each marker, so that the body's
 * run beats the contents list's. The style whose run is longest is the document's numbering.
 * An annex, appendix or schedule after the body restarts its numbering and gets its own run.
 */

export interface ClauseStart {
  /** The ref as the document writes it: `4`, `A1`, `IV`, `4(b)`, `AnnexA.2`. */
  ref: string;
  /** The line's text after the number (may be empty: the text follows on the next lines). */
  body: string;
}

export interface Numbering {
  /** The style found, for messages: `"(1)"`, `"Paragraph 1"` … */
  style: string;
  /** Line index → the clause that starts there. */
  starts: Map<number, ClauseStart>;
  /** Line indexes of annex/appendix/schedule headings that start a renumbered part. */
  parts: Set<number>;
}

/** A marker read from a line: the ref as printed, a two-level key to order it, and the text after it. */
interface Marker {
  ref: string;
  major: number;
  minor: number;
  body: string;
  /**
   * Likely prose rather than a clause: after a line that stops mid-sentence, or a bare number
   * before a lower-case word ("3 members"). It counts only where the sequence needs it.
   */
  weak?: boolean;
}

interface Style {
  name: string;
  /** Whether the key has a second level (A1 → A2 → B1; 4(a) → 4(b) → 5(a)). */
  twoLevel: boolean;
  /**
   * Whether lists inside clauses are numbered this way too (`i.`, `ii.`): then a number after a
   * lead-in or a list item (a line ending in `:`, `;`, `and`, `or`) is a list item, never a clause.
   */
  alsoLists?: boolean;
  read(line: string): Marker | null;
}

const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
const CANONICAL_ROMAN = /^(?:C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;

export function romanValue(roman: string): number | null {
  const upper = roman.toUpperCase();
  if (upper.length === 0 || !CANONICAL_ROMAN.test(upper)) return null;
  let total = 0;
  for (let i = 0; i < upper.length; i++) {
    const value = ROMAN_VALUES[upper[i]];
    const next = ROMAN_VALUES[upper[i + 1]] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

/** A month name after a bare number makes it a date ("21 February 2013", "3 March"), not a clause. */
const DATE_AFTER = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:$|,?\s*\d|\s*[–—-])/i;
/**
 * A month name followed by words ("11 May a councillor ask …?", "4 March on the …") is probably
 * not a date but may be prose wrapping: it counts only where the sequence needs it.
 */
const MONTH_AFTER = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;
/** After a bare number, a clause's text starts like a sentence (capital, quote or bracket). */
const SENTENCE_START = /^[A-Z‘“"'(]/;

const single = (ref: string, major: number, body: string): Marker => ({ ref, major, minor: 0, body: body.trim() });

export const STYLES: readonly Style[] = [
  {
    name: '(1)',
    twoLevel: false,
    read: (line) => {
      const m = /^\((\d{1,3})\)(?:\s+(.*))?$/.exec(line);
      return m ? single(m[1], Number(m[1]), m[2] ?? '') : null;
    },
  },
  {
    name: '1. alone on its line',
    twoLevel: false,
    read: (line) => {
      const m = /^(\d{1,3})[.)]$/.exec(line);
      return m ? single(m[1], Number(m[1]), '') : null;
    },
  },
  {
    name: '1 (no stop)',
    twoLevel: false,
    read: (line) => {
      const m = /^(\d{1,3})\s+(\S.*)$/.exec(line);
      if (!m || DATE_AFTER.test(m[2]) || !/^[A-Za-z‘“"'(]/.test(m[2])) return null;
      return { ...single(m[1], Number(m[1]), m[2]), weak: !SENTENCE_START.test(m[2]) || MONTH_AFTER.test(m[2]) };
    },
  },
  {
    name: 'Paragraph 1 / Clause 1',
    twoLevel: false,
    read: (line) => {
      const m = /^(?:paragraph|para\.?|clause|article|rule)\s+(\d{1,3})(?:[.:)]|\s*[–—-])?(?:\s+(.*))?$/i.exec(line);
      return m ? single(m[1], Number(m[1]), m[2] ?? '') : null;
    },
  },
  {
    name: 'Paragraph 1.1',
    twoLevel: true,
    read: (line) => {
      // `Paragraph 4.1 Text`: the ref is `4.1`, as a dotted protocol prints it. `Paragraph 4 – Title`
      // above them is no marker of this style, so it reads as their heading.
      const m = /^(?:paragraph|para\.?|clause)\s+(\d{1,3})\.(\d{1,3})(?:[.:)]|\s*[–—-])?(?:\s+(.*))?$/i.exec(line);
      return m ? { ref: `${m[1]}.${m[2]}`, major: Number(m[1]), minor: Number(m[2]), body: (m[3] ?? '').trim() } : null;
    },
  },
  {
    name: 'Section 1',
    twoLevel: false,
    read: (line) => {
      const m = /^section\s+(\d{1,3})(?:[.:)]|\s*[–—-])?(?:\s+(.*))?$/i.exec(line);
      return m ? single(m[1], Number(m[1]), m[2] ?? '') : null;
    },
  },
  {
    name: 'A1',
    twoLevel: true,
    read: (line) => {
      const m = /^([A-Z])\.?(\d{1,3})[.):]?(?:\s+(.*))?$/.exec(line);
      if (!m) return null;
      return { ref: `${m[1]}${m[2]}`, major: m[1].charCodeAt(0) - 64, minor: Number(m[2]), body: (m[3] ?? '').trim() };
    },
  },
  {
    name: 'A.',
    twoLevel: false,
    read: (line) => {
      // A capital letter, then a sentence: `B. Officers advise …` (`B. ROLES` is a title).
      const m = /^([A-Z])[.)]\s+([A-Z‘“"'(].*)$/.exec(line);
      return m ? single(m[1], m[1].charCodeAt(0) - 64, m[2]) : null;
    },
  },
  {
    name: 'I. (Roman)',
    twoLevel: false,
    read: (line) => {
      // A dot or bracket is required: "I " is also the pronoun.
      const m = /^([IVXLC]{1,7})[.)](?:\s+(.*))?$/.exec(line);
      const value = m ? romanValue(m[1]) : null;
      return m && value ? single(m[1], value, m[2] ?? '') : null;
    },
  },
  {
    name: 'i. (Roman)',
    twoLevel: false,
    alsoLists: true,
    read: (line) => {
      // Lower-case Roman clause numbers with a dot or bracket: `iv. Staff …`. A `(iv)` in brackets is
      // a sub-list item, never a clause number here; an `i)`/`ii)` list inside a clause is too short
      // and restarts too often to outrun the clauses' own numbers.
      const m = /^([ivxlc]{1,7})[.)](?:\s+(.*))?$/.exec(line);
      const value = m ? romanValue(m[1]) : null;
      return m && value ? single(m[1], value, m[2] ?? '') : null;
    },
  },
  {
    name: '4(a)',
    twoLevel: true,
    read: (line) => {
      // `Paragraph 4(a) Text` (a borough's constitution prints the word before every sub-paragraph) is
      // the same clause as `4(a) Text`: the ref is `4(a)`, as the text's own cross-references write it.
      const m = /^(?:(?:[Pp]aragraph|PARAGRAPH|[Pp]ara\.?|PARA\.?|[Cc]lause|CLAUSE|[Rr]ule|RULE)\s+)?(\d{1,3})\s?\(([a-z])\)(?:\s+(.*))?$/.exec(line);
      return m ? { ref: `${m[1]}(${m[2]})`, major: Number(m[1]), minor: m[2].charCodeAt(0) - 96, body: (m[3] ?? '').trim() } : null;
    },
  },
];

/** The styles looked for, for the message when none is found (with the parser's own `1.` / `1)` / `1.1`). */
export const STYLES_LOOKED_FOR = ['1.', '1)', '1.1', ...STYLES.map((s) => s.name)];

/** `Annex A`, `Appendix 1 – Complaints form`, `SCHEDULE 2`: a part of its own, numbered afresh. */
const PART_HEADING = /^(annex|appendix|schedule)\s+([A-Z]|\d{1,2}|[IVX]{1,5})\b\s*(?:[–—:.-]\s*\S.*|\S.*)?$/i;

export function partPrefix(line: string): string | null {
  const m = PART_HEADING.exec(line);
  if (!m || line.length > 110) return null;
  const kind = m[1][0].toUpperCase() + m[1].slice(1).toLowerCase();
  return `${kind}${m[2].toUpperCase()}`;
}

/**
 * Whether the line before stops mid-sentence, so a number at the start of this line is the
 * sentence wrapping ("… a quorum of" / "3 members"). A heading also ends without a stop, but is
 * short and does not end on a comma or a word that needs another after it.
 */
const endsMidSentence = (previous: string | undefined) =>
  previous !== undefined &&
  !previous.startsWith('#') &&
  (/,$/.test(previous) || /\b(?:of|the|a|an|to|and|or|by|than|least|most|with|for|in|on|at|under|within|from|be|is|are|whom|which)$/i.test(previous) || (/[a-z]$/.test(previous) && previous.length > 80));

const titleLike = (body: string) => body.length > 0 && body.length <= 110 && !/[.;:,!?]$/.test(body) && body.split(/\s+/).length <= 14;

interface Run {
  score: number;
  lines: number[];
}

/**
 * The longest in-sequence run of one style's markers within lines [from, to): each marker counts
 * 1, plus up to 1 for the text under it (a contents entry has none).
 */
function longestRun(lines: readonly string[], from: number, to: number, style: Style, markers: (Marker | null)[]): Run {
  const found: number[] = [];
  for (let i = from; i < to; i++) if (markers[i]) found.push(i);
  if (found.length === 0) return { score: 0, lines: [] };
  const weight = new Map<number, number>();
  for (let k = 0; k < found.length; k++) {
    const end = k + 1 < found.length ? found[k + 1] : to;
    let chars = markers[found[k]]!.body.length;
    for (let i = found[k] + 1; i < end && chars < 300; i++) chars += lines[i].length;
    // A marker whose own text reads as a title (`I. INTRODUCTION`, `(2) Roles` in a contents
    // list) counts less than one that starts a sentence.
    const body = markers[found[k]]!.body;
    weight.set(found[k], markers[found[k]]!.weak ? 0.3 : titleLike(body) ? 0.6 : 1 + Math.min(chars, 300) / 300);
  }
  // Best run ending at each marker, found through the best run ending at each key seen so far.
  const best = new Map<number, { score: number; previous: number | null }>();
  const byKey = new Map<string, number>();
  const byMajor = new Map<number, number>();
  const scoreOf = (line: number | undefined) => (line === undefined ? -1 : best.get(line)!.score);
  for (const i of found) {
    const { major, minor } = markers[i]!;
    const candidates: (number | undefined)[] = [];
    if (style.twoLevel) {
      for (let d = 1; d <= 3; d++) candidates.push(byKey.get(`${major},${minor - d}`));
      if (minor <= 2) for (let d = 1; d <= 2; d++) candidates.push(byMajor.get(major - d));
    } else {
      for (let d = 1; d <= 3; d++) candidates.push(byKey.get(`${major - d},0`));
    }
    let previous: number | null = null;
    for (const c of candidates) if (c !== undefined && (previous === null || scoreOf(c) > scoreOf(previous))) previous = c;
    best.set(i, { score: weight.get(i)! + (previous === null ? 0 : scoreOf(previous)), previous });
    const key = `${major},${minor}`;
    if (scoreOf(byKey.get(key)) < best.get(i)!.score) byKey.set(key, i);
    if (scoreOf(byMajor.get(major)) < best.get(i)!.score) byMajor.set(major, i);
  }
  let end: number | null = null;
  for (const i of found) if (end === null || best.get(i)!.score > best.get(end)!.score) end = i;
  const run: number[] = [];
  for (let at: number | null = end; at !== null; at = best.get(at)!.previous) run.push(at);
  return { score: best.get(end!)!.score, lines: run.reverse() };
}

function markersOf(lines: readonly string[], style: Style): (Marker | null)[] {
  return lines.map((line, i) => {
    if (line.startsWith('#')) return null; // marked as a heading
    // A clause number can sit behind a bullet in text copied from a list (`- 60. Members …`).
    const marker = style.read(line.replace(/^(?:[-–•·▪◦*]|\uF0B7)\s+/, ''));
    if (marker && style.alsoLists && i > 0 && /[:;]$|\b(?:and|or)$/i.test(lines[i - 1])) return null;
    // A number after a line that stops mid-sentence is probably the sentence wrapping ("… a
    // quorum of / 3 members"); it still counts where the sequence needs it, but less.
    if (marker && endsMidSentence(lines[i - 1])) marker.weak = true;
    return marker;
  });
}

/** The best style and run within lines [from, to). */
function bestRun(lines: readonly string[], from: number, to: number, allMarkers: (Marker | null)[][]): { style: number; run: Run } | null {
  let chosen: { style: number; run: Run } | null = null;
  for (let s = 0; s < STYLES.length; s++) {
    const run = longestRun(lines, from, to, STYLES[s], allMarkers[s]);
    if (run.lines.length > 0 && (!chosen || run.score > chosen.run.score)) chosen = { style: s, run };
  }
  return chosen;
}

/** A clause numbered `1.2` or `3.` followed by a sentence (not a numbered title). */
function isDottedClause(line: string): boolean {
  const m = /^(?:[-–•·▪◦*]\s+)?\d{1,3}(?:\.\d{1,3}){1,3}[.)]?\s+(\S.*)$|^(?:[-–•·▪◦*]\s+)?\d{1,3}[.)]\s+(\S.*)$/.exec(line);
  return m !== null && !titleLike(m[1] ?? m[2]);
}

/** A numbered section heading (`2. Complaints`, `Section 3 – Roles`, `# 4 Access`). */
const SECTION_NUMBER = /^(?:#+\s*)?(?:(?:section|part)\s+)?(\d{1,3})(?:\.0)?[.):]?\s*(?:[–—-]\s*)?(\S.*)$/i;

/**
 * Clause numbers that start again under each numbered section (`1. Roles` / `(1)` `(2)`, then
 * `2. Complaints` / `(1)` …): each section's own run, its refs written `1(2)` as the lettered
 * style's `1(a)`. Null when the document has fewer than two numbered sections in sequence.
 */
function restartsUnderSections(lines: readonly string[], allMarkers: (Marker | null)[][]): { style: Style; starts: Map<number, ClauseStart> } | null {
  const sections: { at: number; number: number }[] = [];
  for (const [i, line] of lines.entries()) {
    const m = SECTION_NUMBER.exec(line);
    if (!m || !titleLike(m[2])) continue;
    const number = Number(m[1]);
    const previous = sections[sections.length - 1];
    if (previous === undefined ? number <= 2 : number === previous.number + 1) sections.push({ at: i, number });
  }
  if (sections.length < 2) return null;
  let chosen: { style: Style; starts: Map<number, ClauseStart> } | null = null;
  for (const [s, style] of STYLES.entries()) {
    if (style.twoLevel) continue;
    const starts = new Map<number, ClauseStart>();
    for (const [k, section] of sections.entries()) {
      const run = longestRun(lines, section.at + 1, sections[k + 1]?.at ?? lines.length, style, allMarkers[s]);
      if (run.lines.length === 0 || allMarkers[s][run.lines[0]]!.major > 2) continue;
      // A dotted clause (`1.1 Members …`) before or among the run's numbers: the run is a list inside it.
      if (lines.slice(section.at + 1, run.lines[run.lines.length - 1]).some(isDottedClause)) continue;
      for (const i of run.lines) {
        const m = allMarkers[s][i]!;
        starts.set(i, { ref: `${section.number}(${m.ref})`, body: m.body });
      }
    }
    if (!chosen || starts.size > chosen.starts.size) chosen = { style, starts };
  }
  return chosen && chosen.starts.size >= MIN_CLAUSES ? { style: { ...chosen.style, name: `${chosen.style.name} under numbered sections` }, starts: chosen.starts } : null;
}

/** Runs shorter than this are not a numbering scheme (a stray "(1) … (2)" inside a paragraph). */
export const MIN_CLAUSES = 3;

/**
 * The document's clause numbering among `STYLES`, or null when no style recurs in sequence at
 * least `MIN_CLAUSES` times. `nearest` says what came closest, for the message.
 */
export function detectNumbering(lines: readonly string[]): { numbering: Numbering | null; nearest: string | null } {
  const allMarkers = STYLES.map((style) => markersOf(lines, style));
  const main = bestRun(lines, 0, lines.length, allMarkers);
  const restarting = restartsUnderSections(lines, allMarkers);
  if ((!main || main.run.lines.length < MIN_CLAUSES) && !restarting) {
    const first = main ? lines[main.run.lines[0]] : '';
    const nearest = main ? `"${STYLES[main.style].name}" ${main.run.lines.length === 1 ? 'once' : `${main.run.lines.length} times`} in sequence ("${first.length > 40 ? `${first.slice(0, 39)}…` : first}")` : null;
    return { numbering: null, nearest };
  }
  let style = main ? STYLES[main.style] : undefined;
  let starts = new Map<number, ClauseStart>();
  for (const i of main?.run.lines ?? []) {
    const m = allMarkers[main!.style][i]!;
    starts.set(i, { ref: m.ref, body: m.body });
  }
  if (restarting && restarting.starts.size > starts.size) ({ style, starts } = restarting);
  // Annexes after the body are numbered afresh: each gets its own run, its refs prefixed.
  const last = Math.max(...starts.keys());
  const partLines = lines.map((l, i) => (i > last && partPrefix(l.replace(/^#+\s*/, '')) ? i : -1)).filter((i) => i >= 0);
  const parts = new Set<number>();
  for (const [k, at] of partLines.entries()) {
    const to = partLines[k + 1] ?? lines.length;
    const prefix = partPrefix(lines[at].replace(/^#+\s*/, ''))!;
    parts.add(at);
    const inPart = bestRun(lines, at + 1, to, allMarkers);
    if (!inPart || inPart.run.lines.length < 2) continue;
    for (const i of inPart.run.lines) {
      const m = allMarkers[inPart.style][i]!;
      starts.set(i, { ref: `${prefix}.${m.ref}`, body: m.body });
    }
  }
  return { numbering: { style: style!.name, starts, parts }, nearest: null };
}
