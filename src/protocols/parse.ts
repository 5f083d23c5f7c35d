/**
 * Turns the plain text of a Member/Officer protocol into clauses.
 *
 * Council protocols arrive as text pulled out of Word or PDF files, so the parser works line by
 * line and decides for each line whether it is a numbered clause, a heading, a continuation of
 * the clause above (wrapped text, bullets, lettered items), end matter (adoption and signature
 * lines) or noise. Dotted numbering (`1.`, `1)`, `1.1`, `1. Heading` / `(a) text`) is read by
 * line rules; other styles (`(1)`, `Paragraph 4`, `Paragraph 4.1`, `A1`, `IV.`, `iv.`, `4(b)` …)
 * by finding the one that recurs in sequence (`numbering.ts`). In a protocol written as questions
 * and answers, a numbered question with its answer below is the clause's heading, in every style
 * (`questionTitle`). See INTENTS.md for how refs are written.
 */

import { dropRepeatedLines } from './furniture';
import { mendBrokenWords } from './hyphenation';
import { detectNumbering, MIN_CLAUSES, Numbering, partPrefix, STYLES_LOOKED_FOR } from './numbering';

export interface Clause {
  council: string;
  /** The number as printed, without trailing dot: `52`, `2.12.6`, `1(a)`, `fn1`. */
  ref: string;
  /** The section heading the clause sits under ('' when the text has none). */
  heading: string;
  /** Verbatim text; bullets and lettered items each start a new line. */
  text: string;
}

/** A clause being read: its text is kept in pieces and joined once, so reading stays linear. */
interface OpenClause {
  clause: Clause;
  pieces: string[];
  /** The last piece, to see how the text so far ends without joining it. */
  last: string;
}

/** The clause's text from its pieces, once it is complete. */
function finish(open: OpenClause | null): void {
  if (!open) return;
  open.clause.text = open.pieces.join('');
  // A question wrapped over two lines in a PDF (`11. May a councillor ask staff for help with` /
  // `ward work?`) is only whole once joined: then it titles the clause as an unwrapped one does.
  const breakAt = open.clause.text.indexOf('\n');
  if (breakAt > 0 && questionTitle(open.clause.text.slice(0, breakAt), open.clause.text.slice(breakAt + 1))) {
    open.clause.heading = open.clause.text.slice(0, breakAt);
    open.clause.text = open.clause.text.slice(breakAt + 1);
  }
}

/** Adds a piece of text to the open clause, on a new line or after a space. */
function appendPiece(open: OpenClause | null, piece: string, onNewLine: boolean): void {
  if (!open) return;
  if (open.pieces.length > 0) open.pieces.push(onNewLine ? '\n' : ' ');
  open.pieces.push(piece);
  open.last = piece;
}

export interface ParseResult {
  clauses: Clause[];
  warnings: string[];
}

const BULLET = /^(?:[-–•·▪◦*]|\uF0B7)\s+/;
const LETTERED = /^(?:\(([a-z]{1,4})\)|([a-z]{1,4})[.)])\s+(.*)$/i;
const NUMBERED = /^(\d{1,3}(?:\.\d{1,3}){0,3})([.)]?)(?:\s+|$)(.*)$/;
const FOOTNOTE = /^footnote\s+(\d+)[.:]?\s+(.*)$/i;
const ROMAN = /^(?:i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii)$/i;
/** How a sign-off names the adoption: "adopted", "Revised and adopted", "Reviewed and re-approved". */
const SIGN_OFF_VERB = String.raw`(?:(?:revised|reviewed|amended|updated)\s+and\s+)?(?:re-?)?(?:adopted|approved|agreed|ratified)`;
/**
 * Lines that close a protocol: adoption, signature and review lines, as councils write them:
 * "Adopted by the Council on …", "Revised and adopted by … at its Meeting on …", "Adopted: 19 May
 * 2021", "Next review: May 2027", and "This protocol was adopted …" when the line names a date, a
 * meeting, a minute or a resolution (a clause about how the protocol is adopted names none of those,
 * and one that starts "Any change to this protocol must be adopted …" is not a sign-off's opening).
 */
const END_MATTER = new RegExp(
  [
    String.raw`${SIGN_OFF_VERB}\b.*\b(?:by|at|on)\b`,
    String.raw`(?:adopted|approved|agreed|ratified|revised|last reviewed|next review(?: date)?|date of adoption)\s*[:–—-]\s*\S`,
    String.raw`(?:this|the)\s+(?:protocol|document|policy|code)\b[^.]{0,60}?\b(?:was|has been|is hereby)\s+${SIGN_OFF_VERB}\b(?=.*(?:\b\d{4}\b|\bmeeting\b|\bminute\b|\bresolution\b))`,
    String.raw`signed\b`,
    String.raw`date[d.:\s]`,
    String.raw`chairman of the council\.{2,}`,
    String.raw`for review\b`,
    String.raw`review date\b`,
    String.raw`(?:january|february|march|april|may|june|july|august|september|october|november|december) \d{4}$`,
  ]
    .map((form) => `^(?:${form})`)
    .join('|'),
  'i',
);

/** Whether a line (as printed, before cleaning) is a protocol's sign-off or review line. */
export const isSignOff = (line: string): boolean => END_MATTER.test(cleanLine(line));
/** A printed section heading: `SECTION 2 – PRINCIPLES`, `Part 3: Complaints`. */
const SECTION_HEADING = /^(?:section|part|chapter|schedule|annex|appendix)\s+(?:\d{1,3}|[IVXLC]{1,6}|[A-Z])\s*[–—:.-]\s*\S/i;
/** A line marked as a heading (`# Heading`), as Word heading styles and Markdown headings are written. */
const HEADING_MARK = /^#{1,6}\s+(.*)$/;
/** A numbered heading's number and title: `2. THE RELATIONSHIP`, `1.0 Reason for policy`, `5 Access`. */
const NUMBERED_HEADING = /^(\d{1,3})(?:\.0)?[.)]?\s+(\S.*)$/;
/** A section title in capitals numbered by a Roman numeral or a capital letter: `II. ROLES`. */
const LETTERED_TITLE = /^(?:[IVXLC]{1,7}|[A-Z])[.)]\s+([A-Z][A-Z0-9 ,'&/–-]*[A-Z])$/;
/** A page number as printed between dashes: `- 2 -`. */
const DASHED_PAGE_NUMBER = /^[-–—]\s*\d{1,4}\s*[-–—]$/;
/** Lines that are page furniture, never content. */
const NOISE = /^(?:page \d+(?: of \d+)?|\d+|page left intentionally blank|contents|table of contents)$/i;

/** Strips the layout noise that PDF/Word extraction leaves around a line. */
export function cleanLine(raw: string): string {
  return raw
    .replace(/\*\*/g, '')
    .replace(/[\t\u00a0]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

function stripBullet(line: string): { bulleted: boolean; rest: string } {
  const match = BULLET.exec(line);
  return match ? { bulleted: true, rest: line.slice(match[0].length).trim() } : { bulleted: false, rest: line };
}

/** A heading is short and does not end like a sentence or a list lead-in. */
function looksLikeHeading(text: string): boolean {
  if (text.length === 0 || text.length > 110) return false;
  if (/[.;:,!?]$/.test(text)) return false;
  if (/^[a-z]/.test(text)) return false;
  return text.split(/\s+/).length <= 14;
}

/** One question and nothing else: `May a councillor ask staff for help with ward work?` */
function isQuestion(text: string): boolean {
  return /^[A-Z‘“"'][^?]{2,200}\?[’”"']?$/.test(text) && !/[.;:!]\s/.test(text) && text.split(/\s+/).length <= 30;
}

/** A list item under a question (`(a)`, `b)`, `A.`, `IV.`), but not an answer starting "No. …" or "Yes." */
const ITEM_AFTER_QUESTION = /^(?:\((?:[a-z]{1,4}|[A-Z]|\d{1,2})\)|[a-z]{1,4}[.)]|[A-Z][.)]|[IVX]{1,5}[.)])\s/;

/**
 * A protocol written as questions and answers (`11. May a councillor ask staff for help?`, then
 * the answer as a paragraph): the question is the clause's title, not its first sentence. Only a
 * line that is one question and nothing else, followed by a paragraph of prose (not a list, a
 * bullet or another number): a question that leads into a list is the clause's own lead-in.
 */
export function questionTitle(body: string, next: string | undefined): boolean {
  if (!isQuestion(body)) return false;
  return next !== undefined && /^[A-Z‘“"']/.test(next) && !NUMBERED.test(next) && !ITEM_AFTER_QUESTION.test(next) && !BULLET.test(next) && !HEADING_MARK.test(next) && !END_MATTER.test(next);
}

function parseRefParts(ref: string): number[] {
  const parts = ref.split('.');
  const numbers = new Array<number>(parts.length);
  for (let i = 0; i < parts.length; i++) numbers[i] = Number(parts[i]);
  return numbers;
}

/**
 * Whether `next` can follow `prev` in a numbering scheme: a child (2.12 → 2.12.1), a sibling a
 * little further on (2.5 → 2.6, allowing small gaps) or a later section (2.34 → 3.1). Rejects
 * stray numbers inside text, such as dates or figures at the start of a wrapped line.
 */
function isPlausibleNext(prev: string | null, next: string, lastSection: number): boolean {
  const parts = parseRefParts(next);
  if (parts.some((n) => Number.isNaN(n))) return false;
  const maxJump = 6;
  if (prev === null) return parts[0] <= Math.max(lastSection + maxJump, maxJump);
  const before = parseRefParts(prev);
  for (let depth = 0; depth < parts.length; depth++) {
    if (depth >= before.length) return parts[depth] <= maxJump; // a deeper level starts low
    if (parts[depth] !== before[depth]) {
      const later = parts[depth] > before[depth] && parts[depth] - before[depth] <= maxJump;
      const restLow = parts.slice(depth + 1).every((n) => n <= maxJump);
      return later && restLow;
    }
  }
  return false; // identical, or a parent of the previous ref: not a new clause
}

/** How a warning about text that went into no clause begins (ingest shows those apart from the numbering). */
export const IN_NO_CLAUSE = 'in no clause: ';

/** The non-empty lines of a protocol, cleaned, without page furniture and with broken words mended. */
/**
 * A row of a table that a Word export turned to text, one cell after another behind tabs (`Councillors⇥All members⇥Set
 * policy …`): three cells or more, the first no clause number, bullet or list letter (`1.1⇥The purpose …`, `a)⇥…` and a
 * contents line `1.⇥Introduction⇥1` are a number and its text), every cell begun as a cell is (not in lower case). Its
 * cells are kept apart by ` | `, as they were printed.
 */
const CELL_SEPARATOR = ' | ';
const NOT_A_FIRST_CELL = /^(?:\d|[-–•·▪◦*\uF0B7]|\(?[a-z]{1,4}[.)]|\(?[A-Z]{1,2}\d{0,3}[.)]?$)/;

function tableRow(raw: string): string | null {
  const cells = raw.split(/\t+/).map(cleanLine).filter((c) => c.length > 0);
  // A PDF's text can keep tabs where it wrapped a sentence (`indispensable to one⇥⇥and other`): a cell never starts a
  // word in lower case.
  if (cells.length < 3 || NOT_A_FIRST_CELL.test(cells[0]) || cells.some((c) => /^[a-z]/.test(c))) return null;
  return cells.join(CELL_SEPARATOR);
}

/** A line `tableRow` joined: never a heading, always part of the clause above it. */
const TABLE_ROW = /\S \| \S.* \| \S/;

export function protocolLines(text: string): string[] {
  // Text copied out of a PDF keeps the running header and footer between its pages, often mid-sentence. `ingest` drops
  // them as it reads a file; the parser drops them too, so that a text read any other way (`eval --with-protocol`, the
  // scripts) gives the clauses ingest stores, and so that a word broken over the page (`auth-` … `ority`) is mended.
  const lines = dropRepeatedLines(text)
    .text.split(/\r?\n|\f/)
    .map((raw) => tableRow(raw) ?? cleanLine(raw))
    .filter((l) => l.length > 0 && !NOISE.test(l));
  return mendBrokenWords(lines);
}

/**
 * Reads a protocol into clauses. Numbering printed `1.`, `1)`, `1.1` … is read by the line rules
 * of `parseDottedProtocol`; when another style recurs in sequence more often (`(1)`, `1` with no
 * full stop, `Paragraph 1`, `A1`, `I.`, `4(a)`; see `numbering.ts`), the document is read by
 * that style instead. When neither finds a clause, the one warning says what was looked for.
 */
export function parseProtocol(text: string, council: string): ParseResult {
  const lines = protocolLines(text);
  const dotted = parseDottedProtocol(lines, council);
  const { numbering, nearest } = detectNumbering(lines);
  if (numbering && numbering.starts.size > dotted.clauses.length && !insideOneClause(numbering, lines, dotted)) return parseByNumbering(lines, numbering, council);
  if (dotted.clauses.length === 0) dotted.warnings.unshift(noNumberingFound(nearest));
  return dotted;
}

/** A line the dotted reader can start a clause at: `4. …`, `4) …`, `2.3 …`. */
const DOTTED_START = /^(?:[-–•·▪◦*]\s+|#+\s*)?\d{1,3}(?:[.)]|(?:\.\d{1,3}){1,3}[.)]?)\s+\S/;

/**
 * Whether another style's run is a list inside one clause of a dotted protocol ("2. The Clerk
 * will: (1) … (6) …"): the dotted reader found clauses, and no dotted clause or numbered heading
 * line falls between the run's first and last marker.
 */
function insideOneClause(numbering: Numbering, lines: string[], dotted: ParseResult): boolean {
  if (dotted.clauses.length < 2) return false;
  let first = Infinity;
  let last = -1;
  for (const at of numbering.starts.keys()) {
    first = Math.min(first, at);
    last = Math.max(last, at);
  }
  let dottedLines = 0;
  for (let i = first + 1; i < last && dottedLines === 0; i++) if (DOTTED_START.test(lines[i])) dottedLines++;
  return dottedLines === 0;
}

/** How the warning that no clause numbering was found begins. */
export const NO_NUMBERING = 'no clause numbering found';

function noNumberingFound(nearest: string | null): string {
  const looked = STYLES_LOOKED_FOR.map((s) => `"${s}"`).join(', ');
  return `${NO_NUMBERING}: looked for ${MIN_CLAUSES} or more clause numbers in sequence written ${looked}; ${nearest ? `nearest: ${nearest}` : 'no line starts with one'}`;
}

function parseDottedProtocol(lines: string[], council: string): ParseResult {
  const clauses: Clause[] = [];
  const warnings: string[] = [];
  const seen = new Set<string>();

  let heading = '';
  let current: OpenClause | null = null;
  /** A numbered heading (`5 Access to …`, `1. General`) still waiting for its first clause. */
  let pendingSection: string | null = null;
  let lastNumbered: string | null = null;
  let lastSection = 0;
  let ended = false;
  /** Whether a clause has started under the current heading (a heading with none may be lost text). */
  let headingUsed = true;
  /** Lines after the first clause that went into no clause: shown by ingest, so nothing is lost unseen. */
  const unplaced: string[] = [];
  /** Whether the current heading carries a section number (`2. Complaints`). */
  let headingNumbered = false;
  // A numbered heading followed straight by another numbered one had nothing under it: it may be a
  // clause read as a heading (a numbered line with no full stop). A subheading under it is normal.
  /** The numbered subtitle the clauses are under (`4.3 Press and social media`), and the section heading above it. */
  let subheading: { ref: string; sectionHeading: string } | null = null;
  const setHeading = (text: string, numbered = false): void => {
    if (!headingUsed && headingNumbered && numbered && clauses.length > 0) unplaced.push(heading);
    subheading = null;
    heading = text;
    headingNumbered = numbered;
    headingUsed = false;
  };

  const startClause = (ref: string, body: string, title?: string): void => {
    if (seen.has(ref)) warnings.push(`duplicate clause number ${ref}: the later one is kept as ${ref} too`);
    seen.add(ref);
    headingUsed = true;
    const clause = { council, ref, heading: title ?? heading, text: '' };
    current = { clause, pieces: body.length > 0 ? [body] : [], last: body };
    clauses.push(clause);
  };
  const closeClause = (): void => {
    finish(current);
    current = null;
  };
  const append = (piece: string, onNewLine: boolean): void => appendPiece(current, piece, onNewLine);

  const sectionsWithChildren = new Set(
    lines.map((l) => /^(\d+)\.[1-9]\d*\s/.exec(stripBullet(l).rest)?.[1]).filter((n): n is string => n !== undefined),
  );
  // `4.3` when some line is numbered `4.3.1`: a numbered line over deeper ones may only title them.
  const subsectionsWithChildren = new Set(
    lines.map((l) => /^(\d+(?:\.[1-9]\d*)+)\.[1-9]\d*\s/.exec(stripBullet(l).rest)?.[1]).filter((n): n is string => n !== undefined),
  );
  let lastFlatClause = 0;
  // A numbered line printed twice is a heading listed in a contents table and then used.
  const lineCounts = new Map<string, number>();
  for (const l of lines) {
    const key = stripBullet(l).rest.toLowerCase();
    lineCounts.set(key, (lineCounts.get(key) ?? 0) + 1);
  }

  /** The letter of the appendix, annex or schedule being read (`A` under `APPENDIX A – …`), whose `A1`, `A2` are clauses. */
  let partLetter: string | null = null;

  for (const [index, line] of lines.entries()) {
    if (END_MATTER.test(line)) {
      // Before the first clause an adoption or date line is front matter (under the title),
      // not the end of the document.
      if (clauses.length === 0) continue;
      ended = true;
      closeClause();
      pendingSection = null;
      continue;
    }
    const marked = HEADING_MARK.exec(line);
    if (marked) {
      // Marked as a heading by its style: a heading whatever it looks like.
      const numberedHeading = NUMBERED_HEADING.exec(marked[1]);
      closeClause();
      ended = false;
      setHeading(numberedHeading ? numberedHeading[2] : marked[1], Boolean(numberedHeading));
      pendingSection = numberedHeading ? numberedHeading[1] : null;
      if (numberedHeading) lastSection = Math.max(lastSection, Number(numberedHeading[1]));
      continue;
    }
    const { bulleted, rest } = stripBullet(line);

    // A table's rows belong to the clause that announces it ("… summarised below."), its header row too.
    if (TABLE_ROW.test(rest) && current !== null && !ended) {
      append(rest, true);
      continue;
    }

    // `A1 The Clerk is …` under `APPENDIX A – …`: the appendix's own clauses, with the refs it prints.
    const partClause: RegExpExecArray | null = partLetter === null ? null : PART_CLAUSE.exec(rest);
    if (partClause && partClause[1] === partLetter) {
      closeClause();
      ended = false;
      startClause(`${partClause[1]}${partClause[2]}`, partClause[3]);
      continue;
    }

    const footnote = FOOTNOTE.exec(rest);
    if (footnote) {
      ended = false;
      closeClause();
      setHeading(`Footnote ${footnote[1]}`);
      startClause(`fn${footnote[1]}`, footnote[2]);
      pendingSection = null;
      continue;
    }

    const numbered = NUMBERED.exec(rest);
    if (numbered && !(bulleted && current && !numbered[2] && !numbered[1].includes('.'))) {
      const [, number, dot, body] = numbered;
      const isSectionZero = /^\d+\.0$/.test(number); // `1.0 Reason for policy`
      const sectionNumber = isSectionZero ? number.slice(0, -2) : number;
      const topLevel = !sectionNumber.includes('.');
      const n = Number(sectionNumber);
      const nextLine = stripBullet(lines[index + 1] ?? '').rest;
      // In a flat protocol a short clause can look like a heading (`37. Officers will respect …`
      // with no full stop); it is a heading only if something marks it as one.
      const markedAsHeading =
        isSectionZero ||
        sectionsWithChildren.has(sectionNumber) ||
        body === body.toUpperCase() ||
        LETTERED.test(nextLine) ||
        (lineCounts.get(rest.toLowerCase()) ?? 0) > 1 ||
        !(topLevel && n === lastFlatClause + 1);
      // A question over numbered sub-clauses (`2. How do I complain?` / `2.1 …`) heads them as a title would.
      const questionOverChildren = sectionsWithChildren.has(sectionNumber) && isQuestion(body);
      if (topLevel && (isSectionZero || (looksLikeHeading(body) && markedAsHeading) || questionOverChildren)) {
        // A numbered heading: `2. THE MEMBER/OFFICER RELATIONSHIP`, `5 Access to …`, `1.0 Reason`.
        // A dotless number must be the next section, so dates like `21 February 2013` stay text.
        if (dot || isSectionZero || n === lastSection + 1) {
          setHeading(body, true);
          pendingSection = sectionNumber;
          lastSection = Math.max(lastSection, n);
          closeClause();
          ended = false;
          continue;
        }
      } else if ((dot || sectionNumber.includes('.')) && body.length > 0 && (isPlausibleNext(lastNumbered, sectionNumber, lastSection) || seen.has(sectionNumber))) {
        ended = false;
        closeClause();
        // `4.3 Press and social media` over 4.3.1, 4.3.2: a title holds no rule to quote; it heads the clauses under it.
        if (subsectionsWithChildren.has(sectionNumber) && looksLikeHeading(body)) {
          const sectionHeading: string = subheading?.sectionHeading ?? heading;
          // Not a numbered heading in setHeading's sense: the section title above it is used, by these clauses.
          setHeading(body);
          subheading = { ref: sectionNumber, sectionHeading };
          lastNumbered = sectionNumber;
          pendingSection = null;
          continue;
        }
        // 4.4 after 4.3.1: out from under the subtitle, back under the section's own.
        if (subheading && !sectionNumber.startsWith(`${subheading.ref}.`)) {
          heading = subheading.sectionHeading;
          subheading = null;
        }
        // A question with its answer below: the question titles this clause alone.
        if (questionTitle(body, lines[index + 1])) startClause(sectionNumber, '', body);
        else startClause(sectionNumber, body);
        lastNumbered = sectionNumber;
        if (topLevel) lastFlatClause = n;
        lastSection = Math.max(lastSection, parseRefParts(sectionNumber)[0]);
        pendingSection = null;
        continue;
      }
    }

    if (SECTION_HEADING.test(rest) && looksLikeHeading(rest)) {
      // `SECTION 2 – PRINCIPLES`: always a heading, even after a clause that ends without a stop.
      const part = clauses.length > 0 ? PART_LETTER.exec(rest) : null;
      partLetter = part ? part[1].toUpperCase() : null;
      setHeading(rest);
      closeClause();
      ended = false;
      continue;
    }

    if (ended) continue;

    // `II. ROLES`, `B. COMPLAINTS`: a section title in capitals under a Roman numeral or capital
    // letter, not an item of the list above.
    const lettersTitle = LETTERED_TITLE.exec(rest);
    if (lettersTitle && looksLikeHeading(rest) && (current === null || /[.;:!?)]$/.test((current as OpenClause).last))) {
      setHeading(lettersTitle[1]);
      closeClause();
      continue;
    }

    const lettered = LETTERED.exec(rest);
    if (lettered) {
      const letter = (lettered[1] ?? lettered[2]).toLowerCase();
      const currentRef: string | null = current ? (current as OpenClause).clause.ref : null;
      const previousLetter = currentRef ? /\(([a-z]+)\)$/.exec(currentRef)?.[1] : undefined;
      const isRomanItem = ROMAN.test(letter) && !(previousLetter && letter.charCodeAt(0) === previousLetter.charCodeAt(0) + 1);
      const section = pendingSection ?? (previousLetter && currentRef ? currentRef.replace(/\([a-z]+\)$/, '') : null);
      if (section !== null && !isRomanItem && letter.length === 1) {
        closeClause();
        startClause(`${section}(${letter})`, lettered[3]);
        pendingSection = null;
        continue;
      }
      append(rest, true);
      continue;
    }

    if (bulleted) {
      append(`• ${rest}`, true);
      continue;
    }

    // A numbered sub-item (`(5) tell the councillor …; and`) after a lead-in or an earlier item
    // is part of the list, however short.
    if (current !== null && /^\(\d{1,2}\)\s/.test(rest) && /[:;]$|\b(?:and|or)$/.test((current as OpenClause).last)) {
      append(rest, true);
      continue;
    }
    // A heading-like line straight after an unfinished sentence is that sentence wrapping
    // (PDF extractions break lines anywhere), not a heading.
    const midSentence = current !== null && !/[.;:!?)]$/.test((current as OpenClause).last);
    if (looksLikeHeading(rest) && !midSentence) {
      setHeading(rest);
      closeClause();
      continue;
    }

    if (current) {
      append(rest, !midSentence && !/^[a-z]/.test(rest));
    } else if (pendingSection !== null) {
      // An unnumbered paragraph under a numbered heading takes the heading's number.
      startClause(pendingSection, rest);
      pendingSection = null;
    } else if (clauses.length > 0) {
      unplaced.push(rest);
    }
    // Otherwise: an introduction or preamble before the first clause. Not a clause.
  }
  closeClause();
  for (const line of unplaced) warnings.push(`${IN_NO_CLAUSE}"${line.length > 70 ? `${line.slice(0, 69)}…` : line}"`);

  warnings.push(...findGaps(clauses));
  return { clauses, warnings };
}

/** `APPENDIX A – …`, `Annex B: …`: the letter its clauses are numbered by (`A1`, `A2`). */
const PART_LETTER = /^(?:annex|appendix|schedule)\s+([A-Z])\s*[–—:.-]/i;
/** `A1 Text`, `A.2 Text`, `A3. Text`: a clause of a lettered part. */
const PART_CLAUSE = /^([A-Z])\.?(\d{1,3})[.):]?\s+(\S.*)$/;


/** Reports numbers skipped between clauses under the same parent (`12` → `14`, `2.2.2` → `2.4`). */
export function findGaps(clauses: Clause[]): string[] {
  const gaps: string[] = [];
  const lastUnder = new Map<string, number>();
  for (const clause of clauses) {
    if (!/^\d+(\.\d+)*$/.test(clause.ref)) continue;
    const parts = parseRefParts(clause.ref);
    const parent = parts.slice(0, -1).join('.');
    const number = parts[parts.length - 1];
    const previous = lastUnder.get(parent);
    if (previous !== undefined && number - previous > 1) {
      gaps.push(`gap in numbering: ${parent ? `${parent}.` : ''}${previous} is followed by ${clause.ref}`);
    }
    lastUnder.set(parent, number);
  }
  return gaps;
}

/** A list item inside a clause: `(a)`, `b)`, `(iv)`, `ii.`, `(2)` when clauses are numbered otherwise. */
const LIST_ITEM = /^(?:\((?:[a-z]{1,4}|\d{1,2})\)|[a-z]{1,4}[.)]|\d{1,2}[.)])\s/i;
/** A number in front of a heading (`3. Complaints`, `# 2 Roles`), not kept in the title. */
const HEADING_NUMBER = /^(?:\d{1,3}(?:\.0)?[.)]?|[IVXLC]{1,7}[.)]|[A-Z][.)]|(?:paragraph|para\.?)\s+\d{1,3}\s*[.:)–—-]?)\s+/i;

/**
 * Reads the clauses at the lines `numbering` found; every other line is a heading (short, after a
 * finished sentence), end matter, or text of the clause above: sub-lists and bullets on their own
 * lines, wrapped lines joined. Lines printed on many pages (a running header or footer) are skipped.
 */
function parseByNumbering(lines: string[], numbering: Numbering, council: string): ParseResult {
  const clauses: Clause[] = [];
  const warnings: string[] = [];
  const unplaced: string[] = [];
  const seen = new Set<string>();
  const furniture = repeatedShortLines(lines, numbering);
  let heading = '';
  let current: OpenClause | null = null;
  let ended = false;

  const close = (): void => {
    finish(current);
    current = null;
  };
  const append = (piece: string, onNewLine: boolean): void => appendPiece(current, piece, onNewLine);
  const setHeading = (text: string): void => {
    close();
    heading = text;
    ended = false;
  };

  /** A line already read (the question under a number printed alone), not to be read again. */
  let skip = -1;
  for (const [index, line] of lines.entries()) {
    if (index === skip) continue;
    const start = numbering.starts.get(index);
    if (start) {
      close();
      if (seen.has(start.ref)) warnings.push(`duplicate clause number ${start.ref}: the later one is kept as ${start.ref} too`);
      seen.add(start.ref);
      // A numbered title over unnumbered text (`SECTION 2 – ASKING FOR WORK`, then a paragraph):
      // the title is the heading and the text below is the clause, as under the dotted reader.
      const next = lines[index + 1];
      const titled = isTitle(start.body) && next !== undefined && /^[A-Z]/.test(next) && !numbering.starts.has(index + 1) && !LIST_ITEM.test(next) && !looksLikeHeading(next);
      // `PARAGRAPH 2 – ROLES. Councillors decide …`: a title in capitals, then the text.
      const inlineTitle = /^([A-Z][A-Z0-9 ,'&/–-]{2,60}[A-Z])\.\s+(\S.*)$/.exec(start.body);
      if (titled) heading = SECTION_HEADING.test(line) ? line : start.body;
      else if (inlineTitle) heading = inlineTitle[1];
      // A question with its answer below titles this clause alone, as under the dotted reader.
      const question = !titled && !inlineTitle && !numbering.starts.has(index + 1) && questionTitle(start.body, next);
      // `1.` alone on its line, the question on the next and the answer below it: the same.
      const questionBelow = start.body === '' && next !== undefined && !numbering.starts.has(index + 1) && !numbering.starts.has(index + 2) && questionTitle(next, lines[index + 2]);
      if (questionBelow) skip = index + 1;
      const body = titled || question ? '' : inlineTitle ? inlineTitle[2] : start.body;
      const clause = { council, ref: start.ref, heading: question ? start.body : questionBelow ? next : heading, text: '' };
      current = { clause, pieces: body ? [body] : [], last: body };
      clauses.push(clause);
      ended = false;
      continue;
    }
    if (furniture.has(index) || DASHED_PAGE_NUMBER.test(line)) continue;
    const footnote = FOOTNOTE.exec(line);
    if (footnote) {
      setHeading(`Footnote ${footnote[1]}`);
      const clause = { council, ref: `fn${footnote[1]}`, heading, text: '' };
      current = { clause, pieces: [footnote[2]], last: footnote[2] };
      clauses.push(clause);
      continue;
    }
    if (END_MATTER.test(line)) {
      if (clauses.length > 0) {
        ended = true;
        close();
      }
      continue;
    }
    const marked = HEADING_MARK.exec(line);
    if (marked) {
      setHeading(marked[1].replace(HEADING_NUMBER, ''));
      continue;
    }
    if (numbering.parts.has(index) || ((SECTION_HEADING.test(line) || partPrefix(line)) && looksLikeHeading(line))) {
      setHeading(line);
      continue;
    }
    if (ended) continue;
    const { bulleted, rest } = stripBullet(line);
    if (bulleted) {
      append(`• ${rest}`, true);
      continue;
    }
    const open = current as OpenClause | null;
    // A sub-item of the clause (`(a)`, `(ii)`), unless it stands alone as a title (`II. ROLES`).
    // (A question can lead into its list: "What must a councillor do? (a) … (b) …".)
    const inList = open !== null && (/[:;?]$|\b(?:and|or)$/.test(open.last) || LIST_ITEM.test(open.last));
    if (LIST_ITEM.test(rest) && (inList || !looksLikeHeading(rest))) {
      if (open) append(rest, true);
      else if (clauses.length > 0) unplaced.push(rest);
      continue;
    }
    // An open clause with no text yet (`(4)` alone on its line) takes the next line as its text.
    const waiting = open !== null && open.pieces.length === 0;
    const midSentence = open !== null && !/[.;:!?)]$/.test(open.last);
    if (!waiting && !midSentence && looksLikeHeading(rest)) {
      setHeading(rest.replace(HEADING_NUMBER, ''));
      continue;
    }
    if (open) append(rest, !midSentence && !/^[a-z]/.test(rest));
    else if (clauses.length > 0) unplaced.push(rest);
    // Otherwise: the title, an introduction or a contents list before the first clause.
  }
  close();
  for (const line of unplaced) warnings.push(`${IN_NO_CLAUSE}"${line.length > 70 ? `${line.slice(0, 69)}…` : line}"`);
  warnings.push(...findSequenceGaps(clauses));
  return { clauses, warnings };
}

/** A clause number's text that is a title, not the start of a sentence wrapping onto the next line. */
function isTitle(body: string): boolean {
  if (!looksLikeHeading(body) || body.includes('. ')) return false;
  if (body.split(/\s+/).length > 10) return false;
  return !/\b(?:of|the|a|an|to|and|or|by|at|least|in|on|for|with|from|is|are|be|than|that|which|who)$/.test(body);
}

/**
 * Short lines (not clause starts) printed three times or more, page numbers aside: a running
 * header or footer left in text copied out of a PDF.
 */
function repeatedShortLines(lines: string[], numbering: Numbering): Set<number> {
  const keyOf = (line: string) => (line.length <= 100 ? line.toLowerCase().replace(/\d+/g, '#') : '');
  const counts = new Map<string, number>();
  for (const [i, line] of lines.entries()) {
    if (numbering.starts.has(i)) continue;
    const key = keyOf(line);
    if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const out = new Set<number>();
  for (const [i, line] of lines.entries()) {
    if (numbering.starts.has(i) || LIST_ITEM.test(line) || BULLET.test(line)) continue;
    if ((counts.get(keyOf(line)) ?? 0) >= 3 && /[a-z]/i.test(line)) out.add(i);
  }
  return out;
}

/** Numbers skipped between clauses numbered in one flat or lettered run (`(4)` → `(6)`, `A2` → `A4`). */
function findSequenceGaps(clauses: Clause[]): string[] {
  const gaps: string[] = [];
  for (let i = 1; i < clauses.length; i++) {
    const [a, b] = [clauses[i - 1].ref, clauses[i].ref];
    const split = (ref: string) => /^(.*?)(\d+)$/.exec(ref);
    const [pa, pb] = [split(a), split(b)];
    if (pa && pb && pa[1] === pb[1] && Number(pb[2]) - Number(pa[2]) > 1) gaps.push(`gap in numbering: ${a} is followed by ${b}`);
  }
  return gaps;
}
