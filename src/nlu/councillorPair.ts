import type { Role } from '../domain/types';
import type { ReadingRule } from './readingRules';
import { asksForARemedy } from './mistreatedOfficer';

/**
 * A councillor's complaint about another councillor. "Another councillor keeps breaching the code of conduct, who do I
 * complain to?" from a councillor read complaint_about_officer (0.53): the classifier pairs "complain" with the asker's
 * role (a councillor's complaint is most often about staff, INTENTS.md) and cannot read whom the complaint is about. But
 * the pair is in the words: the asker is a councillor, the one complained about is a member, and no member of staff is.
 * That is the complaint about a councillor (its clauses hold the standards route, the Monitoring Officer), so the
 * reading of the other side's complaint turns to it. The rule reads only whose side; that it is a complaint is the
 * classifier's reading, so its certainty stands (`keepsCertainty`).
 *
 * Left to the classifier: an officer's or the Clerk's message (their complaint about a member is already that intent),
 * any reading other than the complaint about an officer, and a message naming staff anywhere outside whom it is sent to
 * ("the clerk's assistant was curt with me; should I tell the Chair?" is about staff).
 */

const ABOUT_OFFICER = 'complaint_about_officer';
const ABOUT_COUNCILLOR = 'complaint_about_councillor';

/** Where the complaint would go ("complain to the Monitoring Officer", "raise it with the Chair"): not whom it is about. */
const RECIPIENT =
  /\b(?:to|with|by|tell|ask|inform|contact|email)\s+(?:the\s+|our\s+|my\s+|a\s+)?(?:[a-z-]+\s+){0,2}?(?:monitoring officer|clerk|chair\w*|mayor|leader|officer|manager|chief executive|proper officer|standards committee)\b/gi;

/** The asker's own post: "as a councillor", "I'm a member", "my fellow councillors". */
const ASKER_AS = /\b(?:as\s+an?\s+(?:new\s+)?(?:councillor|member|cllr)|i(?:'m|\s+am)\s+an?\s+(?:new\s+)?(?:councillor|member|cllr))\b/gi;

/** A member as the other side: another, a fellow, one of the other councillors; Cllr Name; the mayor or chair; a group leader. */
const MEMBER =
  /\b(?:(?:another|fellow|other|co-?|a|one|that|this)\s*(?:town\s+|parish\s+|ward\s+)?(?:councill?ors?|cllrs?|members?(?!\s+of\s+(?:the\s+)?(?:staff|public))|mps?)|cllrs?\.?\s+[a-z]+|councillor\s+[a-z]+|colleague\s+on\s+the\s+(?:\w+\s+)?council|(?:deputy\s+|vice[- ]?)?(?:mayor|chair(?:man|woman|person)?)|(?:group|party)\s+leader)\b/i;

/** Staff as whom it is about: an officer, the clerk, the office, a member of staff by any post. */
const STAFF =
  /\b(?:officers?|staff|clerk|the office|employees?|assistant|admin\w*|caretaker|groundsm[ae]n|handym[ae]n|lengthsman|cleaner|receptionist|rfo|manager|warden|steward|team)\b/i;

/** A complaint, or a wrong done: what the asker wants to take somewhere. */
const COMPLAINT =
  /\b(?:complain\w*|report\w*|breach\w*|break(?:s|ing)?|broke(?:n)?|ignor\w*|rude\w*|abus\w*|bull(?:y|ied|ying|ies)|harass\w*|intimidat\w*|shout\w*|swor[en]|swearing|belittl\w*|misbehav\w*|misconduct|conduct|behaviou?r|leak\w*|disgrace\w*|aggressive\w*)\b/i;

/** A sign-off and what follows it ("Regards, Cllr B. Hughes, Northfield Ward"): the asker's own name, not whom it is about. */
const SIGN_OFF = /[.?!]\s*(?:(?:(?:kind|best|warm)\s+)?regards|(?:many\s+)?thanks|cheers|best wishes|sent from)\b[\s\S]*$/i;

/** Whether a councillor's message asks where to take a complaint about another member, and names no staff as its subject. */
export function asksAboutAnotherCouncillor(text: string, asking: readonly string[]): boolean {
  const party = text.replace(SIGN_OFF, ' ').replace(RECIPIENT, ' ').replace(ASKER_AS, ' ').replace(/\bmembers'?\s+code\b/gi, 'code');
  if (!MEMBER.test(party) || STAFF.test(party) || !COMPLAINT.test(text)) return false;
  return asking.some(asksForARemedy) || asksForARemedy(text);
}

const COUNCILLOR_ROLES: ReadonlySet<Role> = new Set<Role>(['councillor']);

/** A councillor's complaint about another councillor read as a complaint about an officer: the complaint about a councillor. */
export const COUNCILLOR_ABOUT_COUNCILLOR_RULE: ReadingRule = {
  name: 'councillor_about_councillor',
  gate: ({ judged, role, hasIntent }) => !judged.reason && judged.label === ABOUT_OFFICER && role !== undefined && COUNCILLOR_ROLES.has(role) && hasIntent(ABOUT_COUNCILLOR),
  matches: ({ text, parts }) => asksAboutAnotherCouncillor(text, parts.asking),
  decides: () => ({ intent: ABOUT_COUNCILLOR, keepsCertainty: true }),
};
