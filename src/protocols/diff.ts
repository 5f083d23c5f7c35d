import { squashSpaces } from './spaces';
import { Clause } from './parse';

/** A run of words the same in both versions, only in the later one, or only in the earlier one. */
export interface WordChange {
  op: 'same' | 'added' | 'removed';
  text: string;
}

export interface ChangedClause {
  ref: string;
  before: Clause;
  after: Clause;
  words: WordChange[];
  headingChanged: boolean;
}

export interface ClauseDiff {
  added: Clause[];
  removed: Clause[];
  changed: ChangedClause[];
  /** Same text under a new number. */
  renumbered: { from: string; to: string }[];
}

const normalise = (text: string) => squashSpaces(text).trim();

/** What changed between two versions of a protocol, clause by clause (matched by number). */
export function diffClauses(before: Clause[], after: Clause[]): ClauseDiff {
  const oldByRef = new Map(before.map((c) => [c.ref, c]));
  const newByRef = new Map(after.map((c) => [c.ref, c]));
  let added = after.filter((c) => !oldByRef.has(c.ref));
  let removed = before.filter((c) => !newByRef.has(c.ref));
  const changed: ChangedClause[] = [];
  for (const clause of after) {
    const old = oldByRef.get(clause.ref);
    if (!old) continue;
    const textChanged = normalise(old.text) !== normalise(clause.text);
    const headingChanged = normalise(old.heading) !== normalise(clause.heading);
    if (textChanged || headingChanged) {
      changed.push({ ref: clause.ref, before: old, after: clause, words: textChanged ? wordDiff(old.text, clause.text) : [{ op: 'same', text: normalise(clause.text) }], headingChanged });
    }
  }
  const renumbered: { from: string; to: string }[] = [];
  const removedByText = new Map(removed.map((c) => [normalise(c.text), c]));
  for (const clause of added) {
    const match = removedByText.get(normalise(clause.text));
    if (match) {
      renumbered.push({ from: match.ref, to: clause.ref });
      removedByText.delete(normalise(clause.text));
    }
  }
  const moved = new Set(renumbered.flatMap((r) => [`old:${r.from}`, `new:${r.to}`]));
  added = added.filter((c) => !moved.has(`new:${c.ref}`));
  removed = removed.filter((c) => !moved.has(`old:${c.ref}`));
  return { added, removed, changed, renumbered };
}

/** Above this many word pairs a changed clause is shown as replaced whole, to keep diff time bounded. */
const MAX_WORD_PAIRS = 4_000_000;

/** Word-level difference (longest common subsequence of words). */
export function wordDiff(before: string, after: string): WordChange[] {
  const a = normalise(before).split(' ').filter(Boolean);
  const b = normalise(after).split(' ').filter(Boolean);
  if (a.length * b.length > MAX_WORD_PAIRS) return [{ op: 'removed', text: a.join(' ') }, { op: 'added', text: b.join(' ') }];
  const width = b.length + 1;
  const lcs = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * width + j] = a[i] === b[j] ? lcs[(i + 1) * width + j + 1] + 1 : Math.max(lcs[(i + 1) * width + j], lcs[i * width + j + 1]);
    }
  }
  const out: WordChange[] = [];
  const push = (op: WordChange['op'], word: string) => {
    const last = out[out.length - 1];
    if (last && last.op === op) last.text += ` ${word}`;
    else out.push({ op, text: word });
  };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      push('same', a[i]);
      i++;
      j++;
    } else if (i < a.length && (j === b.length || lcs[(i + 1) * width + j] >= lcs[i * width + j + 1])) {
      push('removed', a[i++]);
    } else {
      push('added', b[j++]);
    }
  }
  return out;
}

/** `kept [-old words-] {+new words+} kept`, with long unchanged runs shortened. */
export function formatWordDiff(changes: WordChange[], context = 8): string {
  return changes
    .map((change, index) => {
      if (change.op === 'added') return `{+${change.text}+}`;
      if (change.op === 'removed') return `[-${change.text}-]`;
      const words = change.text.split(' ');
      if (words.length <= context * 2) return change.text;
      const first = index === 0;
      const last = index === changes.length - 1;
      if (first) return `… ${words.slice(-context).join(' ')}`;
      if (last) return `${words.slice(0, context).join(' ')} …`;
      return `${words.slice(0, context).join(' ')} … ${words.slice(-context).join(' ')}`;
    })
    .join(' ');
}
