/**
 * Splits a clause's text into the units an answer can quote: sentences, with a lead-in that ends
 * in a colon kept together with the list it introduces.
 *
 * Every unit is a verbatim slice of the clause text (`text === clauseText.slice(start, end)`), so
 * an answer quoted from a unit is the council's own words, and a channel can find it inside the
 * clause to emphasise it.
 */

export interface SentenceUnit {
  /** Verbatim slice of the clause text. */
  text: string;
  start: number;
  end: number;
  /** Position among the clause's units, from 0. */
  index: number;
}

/** Abbreviations whose full stop never ends a sentence (the next word may well be capitalised). */
const NEVER_FINAL = new Set(['e.g', 'i.e', 'eg', 'ie', 'viz', 'cf', 'cllr', 'cllrs', 'no', 'nos', 'mr', 'mrs', 'ms', 'dr', 'st', 'para', 'paras', 'ref', 'vs', 'approx', 'encl', 'rev', 'prof', 'sec', 'art', 'reg', 'co', 'dept', 'tel', 'fig']);
/** A bullet or an enumerated item at the start of a line: •, -, (a), a), a., (iv), 1). */
const LIST_ITEM = /^\s*(?:[-–•·▪◦*\uF0B7]\s+|\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})\)\s+|[a-z]\.\s+)/i;
/** Above this length a lead-in and its list are split when every item is a full sentence. */
const LONG_LIST = 600;

const isListItem = (line: string): boolean => LIST_ITEM.test(line);

/**
 * Where sentences end inside one line of prose: after `.`, `!` or `?` (and any closing quotes or
 * brackets) followed by a space and a capital, an opening quote or a bracketed capital, unless
 * the word before the full stop is an abbreviation or an initial.
 */
export function sentenceBreaks(line: string): number[] {
  const breaks: number[] = [];
  const re = /[.!?]["'”’)\]]*(?=\s+["“‘'(]?[A-Z0-9])/g;
  let match: RegExpExecArray | null;
  while ((match = re.exec(line)) !== null) {
    const end = match.index + match[0].length;
    // A full stop inside closing quotes ("… say "No." They …") ends the sentence whatever the word.
    const closedByQuote = match[0].length > 1;
    if (line[match.index] === '.' && !closedByQuote && !endsSentence(line.slice(0, match.index))) continue;
    breaks.push(end);
  }
  return breaks;
}

function endsSentence(before: string): boolean {
  const word = /([A-Za-z.]+)$/.exec(before)?.[1] ?? '';
  const lower = word.toLowerCase();
  if (NEVER_FINAL.has(lower)) {
    // "No. 3", "Cllr. Smith", "e.g. The Clerk": these never end a sentence.
    return false;
  }
  if (/^[A-Z]$/.test(word)) return false; // an initial: "J. Smith"
  if (/^(?:[a-z]\.){1,}[a-z]$/i.test(word)) return false; // "a.m", "p.m" followed by a capital is rare; keep together
  // "(2.12.6)" style numbers never reach here (a digit follows the dot without a space).
  return true;
}

interface Line {
  start: number;
  end: number;
  text: string;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const part of text.split('\n')) {
    const end = start + part.length;
    // Trim, keeping offsets true to the original text.
    const lead = part.length - part.trimStart().length;
    const trail = part.length - part.trimEnd().length;
    if (part.trim() !== '') lines.push({ start: start + lead, end: end - trail, text: part.trim() });
    start = end + 1;
  }
  return lines;
}

function sentencesOfLine(line: Line): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let from = 0;
  for (const cut of sentenceBreaks(line.text)) {
    spans.push({ start: line.start + from, end: line.start + cut });
    from = cut;
    while (from < line.text.length && /\s/.test(line.text[from])) from++;
  }
  if (from < line.text.length) spans.push({ start: line.start + from, end: line.end });
  return spans;
}

/**
 * The sentences that follow a list's last item on that item's own line: a protocol laid out as
 * bullets often runs the paragraph after the list onto the last bullet ("- where staff have been
 * allocated to a Councillor. In practice the Mayor will be consulted …"). Read so only when every
 * other item is a single sentence: in a list whose items each hold several sentences, a second
 * sentence in the last one is more likely that item's own. `listEnd` is where the list itself ends.
 */
function runOnAfterList(items: Line[]): { listEnd: number; after: { start: number; end: number }[] } {
  const lastLine = items[items.length - 1];
  const lastItem = sentencesOfLine(lastLine);
  const everyOtherItemOneSentence = items.slice(0, -1).every((item) => sentencesOfLine(item).length === 1);
  if (lastItem.length < 2 || !everyOtherItemOneSentence) return { listEnd: lastLine.end, after: [] };
  return { listEnd: lastItem[0].end, after: lastItem.slice(1) };
}

/** The clause's units, in order. */
export function splitSentences(clauseText: string): SentenceUnit[] {
  const spans: { start: number; end: number }[] = [];
  const lines = linesOf(clauseText);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const lineSpans = sentencesOfLine(line);
    const last = lineSpans[lineSpans.length - 1];
    const introducesList = /:\s*$/.test(line.text) && i + 1 < lines.length && isListItem(lines[i + 1].text);
    if (!introducesList) {
      spans.push(...lineSpans);
      continue;
    }
    // A lead-in ending in a colon and the list under it are one unit ("Members should:" + items).
    spans.push(...lineSpans.slice(0, -1));
    let j = i + 1;
    while (j < lines.length && isListItem(lines[j].text)) j++;
    const items = lines.slice(i + 1, j);
    const everyItemASentence = items.every((item) => /[.!?]["'”’)]*$/.test(item.text) && sentencesOfLine(item).length >= 1);
    if (items[items.length - 1].end - last.start > LONG_LIST && everyItemASentence) {
      // A long list of full sentences ("Some General Principles:" + paragraphs): each item stands alone.
      spans.push(last);
      for (const item of items) spans.push(...sentencesOfLine(item));
    } else {
      const runOn = runOnAfterList(items);
      spans.push({ start: last.start, end: runOn.listEnd }, ...runOn.after);
    }
    i = j - 1;
  }
  return spans
    .filter((s) => s.end > s.start)
    .map((s, index) => ({ text: clauseText.slice(s.start, s.end), start: s.start, end: s.end, index }));
}

/** A lead-in and its list inside one unit: where the lead-in and each item's words lie (offsets into the unit's text). */
export interface ListLayout {
  leadIn: { start: number; end: number };
  /** Each item without its bullet or number, trimmed. */
  items: { start: number; end: number }[];
}

/**
 * The lead-in and the items of a unit that is a lead-in ending in a colon with its list (as `splitSentences` joins
 * them), or null for any other unit. Every span is a verbatim slice of `unitText`.
 */
export function listLayout(unitText: string): ListLayout | null {
  const lines = linesOf(unitText);
  if (lines.length === 1) return inlineListLayout(lines[0]);
  if (lines.length < 2 || !/:\s*$/.test(lines[0].text) || !lines.slice(1).every((line) => isListItem(line.text))) return null;
  const items = lines.slice(1).map((line) => {
    const marker = LIST_ITEM.exec(line.text)?.[0].length ?? 0;
    return { start: line.start + marker, end: line.end };
  });
  return { leadIn: { start: lines[0].start, end: lines[0].end }, items: items.filter((item) => item.end > item.start) };
}

/** An enumerated item's marker inside a line: "(a) ", "b) ", "(iv) ", "(2) ", after the start or a space. */
const INLINE_MARKER = /(?<=^|\s)\(?([a-z]|[ivx]{1,4}|\d{1,2})\)\s+/gi;
const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'];

/** The label that follows `label` in its own sequence (a → b, iv → v, 2 → 3), or null when there is none. */
function nextLabels(label: string): string[] {
  const lower = label.toLowerCase();
  const next: string[] = [];
  if (/^\d+$/.test(lower)) next.push(String(Number(lower) + 1));
  if (ROMAN.includes(lower)) next.push(ROMAN[ROMAN.indexOf(lower) + 1] ?? '');
  if (/^[a-z]$/.test(lower)) next.push(String.fromCharCode(lower.charCodeAt(0) + 1));
  return next.filter(Boolean);
}

/**
 * A list written on one line after a lead-in ending in a colon ("… are responsible for: (a) giving the council
 * leadership; (b) …; and (g) …"): the lead-in up to its colon, and each item from after its marker to the space before
 * the next marker (so an item keeps its closing "; and", as a bulleted item keeps its closing semicolon). Only a run of
 * markers in sequence from the first label ((a), (i) or (1)) right after the colon, each item but the last closing
 * with ";" or "," (and an "and" / "or"), counts: "(see 2.1)" or a stray "(c)" inside an item does not start one.
 */
function inlineListLayout(line: Line): ListLayout | null {
  const colon = /:\s+(?=\(?(?:a|i|1)\)\s)/i.exec(line.text);
  if (!colon) return null;
  const markers = [...line.text.matchAll(INLINE_MARKER)].filter((m) => (m.index ?? 0) > colon.index);
  if (markers.length === 0 || markers[0].index !== colon.index + colon[0].length) return null;
  const run = [markers[0]];
  for (const marker of markers.slice(1)) {
    const previous = run[run.length - 1];
    const between = line.text.slice(previous.index! + previous[0].length, marker.index);
    // In sequence, and after an item that closes as a list item does (not a bracketed letter inside an item's words).
    if (nextLabels(previous[1]).includes(marker[1].toLowerCase()) && /[;,](?:\s+(?:and|or))?\s*$/i.test(between)) run.push(marker);
  }
  if (run.length < 2) return null;
  const items = run.map((marker, i) => {
    const start = marker.index! + marker[0].length;
    const end = i + 1 < run.length ? line.text.slice(0, run[i + 1].index).trimEnd().length : line.text.length;
    return { start: line.start + start, end: line.start + end };
  });
  return { leadIn: { start: line.start, end: line.start + colon.index + 1 }, items: items.filter((item) => item.end > item.start) };
}
