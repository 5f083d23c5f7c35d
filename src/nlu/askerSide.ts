import type { ReadingRule } from './readingRules';

/**
 * Whose role a first-person question is about: the asker's. "Is it part of my role to advise
 * councillors on the fete?" from an officer is about officers' role, though "my role" and
 * "councillors" are the words of the councillors' examples; the classifier adds the asker's
 * role as one feature and cannot pair it with "my" (a bag of words). So when the asker's role is
 * known and the question is about "my role / my job / what's expected of me", the reading of
 * the other side's role is turned to the asker's side, unless the asker names the other side as
 * their own ("my role as a councillor" from a clerk who is also a member elsewhere).
 */

const ROLES_OF: Record<'councillor' | 'officer', string> = { councillor: 'roles_of_councillors', officer: 'roles_of_officers' };

/** The asker speaking of their own role or duties. */
const OWN_ROLE = /\b(?:my (?:role|job|remit|duties|responsibilit(?:y|ies))|(?:expected|expect) of me|part of what i do|am i (?:meant|supposed|expected) to)\b/i;
/** The asker naming the side their question is about, as theirs. */
const AS_COUNCILLOR = /\b(?:as an? (?:cllr|councillor|member)|i(?:'m| am) an? (?:cllr|councillor|member)|newly elected|co-opted)\b/i;
const AS_OFFICER = /\b(?:as (?:an? |the )?(?:officer|clerk|rfo|deputy clerk|assistant clerk|member of staff)|i(?:'m| am) (?:an? |the )?(?:new )?(?:officer|clerk|rfo|deputy clerk|assistant|admin))\b/i;

/**
 * The intent for a roles question from an asker of known role about their own role: the asker's
 * side's roles intent in place of the other side's, or `label` unchanged.
 */
export function askersOwnRole(label: string, text: string, role?: string): string {
  const side = role === 'clerk' || role === 'officer' ? 'officer' : role === 'councillor' ? 'councillor' : undefined;
  if (side === undefined) return label;
  const other = side === 'officer' ? 'councillor' : 'officer';
  if (label !== ROLES_OF[other] || !OWN_ROLE.test(text)) return label;
  if ((other === 'councillor' ? AS_COUNCILLOR : AS_OFFICER).test(text)) return label;
  return ROLES_OF[side];
}

/** A roles question from an asker of known role about their own role, read as the other side's: the asker's side, answered as unsure. */
export const ASKERS_OWN_ROLE_RULE: ReadingRule = {
  name: 'askers_own_role',
  gate: ({ judged }) => !judged.reason && (judged.label === ROLES_OF.councillor || judged.label === ROLES_OF.officer),
  matches: ({ judged, text, role, hasIntent }) => {
    const label = askersOwnRole(judged.label, text, role);
    return label !== judged.label && hasIntent(label);
  },
  decides: ({ judged, text, role }) => ({ intent: askersOwnRole(judged.label, text, role) }),
};
