import type { Clause } from './parse';

/**
 * The council's own names for its staff posts, read from its protocol's text: "the Parish Steward", "the Harbour Master",
 * "Head of Paid Service". A councillor asking about a post by its local name ("Can I ask the Parish Steward to strim the
 * verges?") gives the classifier no word it knows as a person, and such a question fell to out of scope; the protocol
 * itself says the name is a post of its staff, so the message can read it as one (`readPostTitles` in src/nlu).
 *
 * Only two plain kinds of sentence are trusted, since a capitalised name in a protocol is as often a place ("the
 * Pavilion"), a body ("the Burial Board") or a publication ("the Mossgate Messenger"):
 * - a list of posts tied to the staff: "all staff, including the Deputy Clerk, … and the Parish Steward", "the staff,
 *   who include the Harbour Master, …", "the Harbour Master, the Markets Officer or any other member of staff";
 * - the Clerk said to hold another title: "The Clerk is the Council's Proper Officer and Head of Paid Service".
 */

/** A capitalised name of one to four words, "of"/"for" allowed inside ("Head of Paid Service"). */
const NAME = String.raw`[A-Z][a-z]+(?: (?:of |for )?[A-Z][a-z]+){0,3}`;

/** Staff named as a body, before a list of its posts. */
const STAFF_THEN_LIST = /\b(?:staff|employees|officers)\b,? (?:(?:who|which) )?(?:includ(?:e|es|ing)|such as|namely)\b([^.;:]*)/g;

/** A list of posts closed by the staff as a body. */
const LIST_THEN_STAFF = /((?:\bthe [A-Z][^.;:]*?)), (?:or|and) (?:any|every|all) other (?:member of staff|members of staff|employees?|officers?|staff)\b/g;

/** The Clerk said to hold another title. */
const CLERK_IS = new RegExp(String.raw`\bClerk(?: to the Council| of the Council)? is (?:also )?(?:the Council's |the |its )((?:${NAME})(?:,? (?:and |of the Council and )(?:its |the )?${NAME})*)`, 'g');

/** Names that are the councillors' side or a body, never a staff post. */
const NOT_A_POST = /\b(?:Council|Councils|Councillors?|Members?|Chair|Vice|Mayor|Leader|Committee|Board|Panel|Group|Code|Protocol|Regulations|Orders|Act)\b/;

/** Names a list of the staff's posts holds: each "the X" item. */
function namesInList(list: string): string[] {
  return [...list.matchAll(new RegExp(String.raw`\bthe (${NAME})`, 'g'))].map((m) => m[1]);
}

/** The post titles a protocol's text gives its staff, lower-cased, longest first; none when it gives none. */
export function staffPostTitles(clauses: readonly Pick<Clause, 'text'>[]): string[] {
  const titles = new Set<string>();
  const add = (name: string) => {
    const title = name.replace(/ of the Council$/, '').trim();
    if (title.split(' ').length > 4 || NOT_A_POST.test(title)) return;
    titles.add(title.toLowerCase());
  };
  for (const { text } of clauses) {
    for (const m of text.matchAll(STAFF_THEN_LIST)) namesInList(m[1]).forEach(add);
    for (const m of text.matchAll(LIST_THEN_STAFF)) namesInList(m[1]).forEach(add);
    for (const m of text.matchAll(CLERK_IS)) m[1].split(/,? (?:and |of the Council and )(?:its |the )?/).forEach(add);
  }
  return [...titles].sort((a, b) => b.length - a.length);
}
