/**
 * The posts a protocol renames in its own definitions, so a question in everyday names meets a text in defined ones.
 *
 * A borough's protocol says "the Head of Paid Service" where a councillor says "the Chief Executive", a parish's "the
 * Proper Officer" where staff say "the clerk": '"the Proper Officer" means the Town Clerk'. People ask in the names they
 * use; every rule of such a text is written in the defined term, which shares no word with the question. The protocol's
 * own definitions say which is which, so the question is read with the defined term beside the name it used
 * ("… about the Chief Executive (the Head of Paid Service) …"). Only posts are read: a term defined as a class of
 * people ('"Staff" means every person …') is not a name anyone asks by.
 */

import type { Clause } from '../protocols/parse';
import { escapeRegExp } from '../nlu/caseless';

export interface DefinedPost {
  /** The protocol's term, as it writes it: "the Head of Paid Service". */
  term: string;
  /** The post it stands for, as the definition names it: "the Chief Executive". */
  meaning: string;
}

/** '"the Proper Officer" means the Town Clerk', '“the Monitoring Officer” means the Director of Law and Governance'. */
const DEFINITION = /["\u201c]((?:the )?[A-Z][A-Za-z']*(?: (?:of |and |to |the )*[A-Z][A-Za-z']*){0,5})["\u201d] means ((?:the )?[A-Z][A-Za-z']*(?: (?:of |and |to |the )*[A-Z][A-Za-z']*){0,6})/g;

/** The posts the protocol's definitions rename: a capitalised term defined as a capitalised post. */
export function definedPosts(clauses: readonly Clause[]): DefinedPost[] {
  const found: DefinedPost[] = [];
  for (const clause of clauses) {
    for (const m of clause.text.matchAll(DEFINITION)) {
      const meaning = m[2].replace(/ (?:of|and|to|the)$/i, '');
      // "the Officer appointed under section 151" stops at its first lower-case word: a description, not a name.
      if (meaning.split(' ').filter((w) => /^[A-Z]/.test(w)).length === 0 || /^(?:the )?(?:Council|Officer|Member)$/i.test(meaning)) continue;
      found.push({ term: m[1], meaning });
    }
  }
  return found;
}


/**
 * The ways a question names a defined post's meaning: as defined ("the Director of Law and Governance"), without the
 * council's kind ("Town Clerk" → "clerk"), and a Clerk as "the clerk" (but never the deputy or assistant clerk).
 */
function namesOf(meaning: string): RegExp {
  const bare = meaning.replace(/^the /i, '');
  const plain = bare.replace(/\b(?:Town|Parish|Borough|District|County) /g, '');
  const clerk = /^Clerk(?: to the Council)?$/i.test(plain) ? ['clerk'] : [];
  const forms = [...new Set([bare, plain, ...clerk])].map((f) => escapeRegExp(f).replace(/ /g, '\\s+'));
  return new RegExp(`(?<!\\b(?:deputy|assistant|vice)\\s+)\\b(?:${forms.join('|')})\\b`, 'i');
}

/** Each post's two patterns, compiled once: every question asked of the protocol is read with them. */
const patterns = new WeakMap<DefinedPost, { term: RegExp; names: RegExp }>();

function patternsOf(post: DefinedPost): { term: RegExp; names: RegExp } {
  let found = patterns.get(post);
  if (!found) {
    const bareTerm = post.term.replace(/^the /i, '');
    found = { term: new RegExp(`\\b${escapeRegExp(bareTerm).replace(/ /g, '\\s+')}\\b`, 'i'), names: namesOf(post.meaning) };
    patterns.set(post, found);
  }
  return found;
}

/** The question with each defined post's term after the everyday name it used, when it does not use the term itself. */
export function withDefinedTerms(question: string, posts: readonly DefinedPost[]): string {
  let out = question;
  for (const post of posts) {
    const { term, names } = patternsOf(post);
    if (term.test(out)) continue;
    const m = names.exec(out);
    if (!m) continue;
    const end = m.index + m[0].length;
    out = `${out.slice(0, end)} (${post.term})${out.slice(end)}`;
  }
  return out;
}
