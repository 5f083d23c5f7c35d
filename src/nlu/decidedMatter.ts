import type { ReadingRule, RuleInput, RuleDecision } from './readingRules';
import type { QuestionParts } from './question';
import { decidedMatter } from './staffingDecision';
import { contentStems } from './normalize';

/**
 * "Who decides" asked of papers or of a complaint. "who decides whether i'm allowed to see the tender scores?" and "I've
 * complained about the clerk. Who decides what happens with it?" read decisions_and_agendas: "who decides", "whose
 * decision", "who makes the decision" are that intent's words (who decides what goes to committee or full council). But
 * whether a member sees a paper is answered by the protocols' clauses on access to documents, and who deals with a
 * complaint by their complaint clauses, not by their clauses on agendas and council decisions.
 *
 * So when the reading is decisions_and_agendas (under `DECIDED_MATTER_OVERRULES_BELOW`) and the question asks who decides:
 * - whether someone sees, has or gets papers (`SEEING` in the decided matter, papers named in the message: `PAPERS`), the
 *   engine reads document_access;
 * - a complaint the message tells of (`COMPLAINT`), when the decided matter is the complaint's (its outcome, what happens
 *   with it, whether someone did wrong: `COMPLAINT_MATTER`, or words that only point back at the story), the engine reads
 *   a complaint, about an officer or a councillor as the classifier rates the two;
 * answered as unsure with the Clerk offered (engine.ts, readingRules.ts; docs/messy-round24.md). Who decides a matter of the
 * staff's employment is staffingDecision.ts's. Who decides a matter of its own told with papers or a complaint in the story
 * ("Residents complained about the bins. Who decides whether we move them?") stays a council decision.
 */

const DECISIONS = 'decisions_and_agendas';
const DOCUMENTS = 'document_access';
const COMPLAINTS = ['complaint_about_officer', 'complaint_about_councillor'] as const;

/**
 * Below this, a decisions reading of who decides about papers or a complaint gives way: as staffingDecision.ts's, loose,
 * because "who decides / who makes the decision" alone reads decisions_and_agendas at up to 0.6 in such questions.
 */
export const DECIDED_MATTER_OVERRULES_BELOW = 0.8;

/** Papers, files and the like, named anywhere in the message. */
const PAPERS =
  /\b(?:files?|papers|documents?|reports?|records?|paperwork|emails?|correspondence|minutes|accounts|invoices?|tender (?:scores|bids|documents)|(?:legal|written|the) advice|survey|figures|spreadsheets?)\b/i;
/** Seeing, having or getting a paper, in the matter decided: "whether I can see them", "if she gets them", "a copy". */
const SEEING =
  /\b(?:see|sees|seeing|look at|looks at|read|inspect|access|have (?:it|them|a copy|sight)|has (?:it|them)|gets? (?:it|them|a copy|hold)|copy|copies|hand(?:s|ed)? (?:it|them) over|shown|show (?:me|her|him|them|us))\b/i;

/** A complaint told of: made, put in, or being dealt with. */
const COMPLAINT = /\b(?:complain(?:t|ts|ed|ing|s)?|grievance)\b/i;
/** The complaint's own matter, in the matter decided: its outcome, what comes of it, whether someone was in the wrong. */
const COMPLAINT_MATTER =
  /\b(?:complaint|outcome|upheld|uphold|what happens|happens (?:with|to|next)|(?:done|did) (?:anything|something) wrong|in the wrong|broke|breach(?:ed)?|sanction|punish\w*|investigat\w*|deal(?:s|t)? with)\b/i;
/** Words that only point back at the story: who might decide, and words of no matter of their own. */
const POINTING = new Set(
  contentStems(
    `full council councils committee committees members member councillors councillor cllr chair chairman mayor clerk monitoring officer
     us we me them him her it that this whether if what happens next now then anyway actually really or either both just still though`,
  ),
);

/** What "who decides" is asked of, in a message whose question asks it; undefined when none does. */
export function decidedKind(text: string, parts: QuestionParts): 'papers' | 'complaint' | undefined {
  const matter = decidedMatter(parts.asking);
  if (matter === undefined) return undefined;
  if (SEEING.test(matter) && PAPERS.test(text)) return 'papers';
  if (!COMPLAINT.test(text)) return undefined;
  if (COMPLAINT_MATTER.test(matter)) return 'complaint';
  return contentStems(matter).every((stem) => POINTING.has(stem)) ? 'complaint' : undefined;
}

/** A complaint about an officer or about a councillor, whichever the classifier rates higher. */
function complaintIntent(input: RuleInput): string {
  const [officer, councillor] = COMPLAINTS;
  return input.reading.probabilityOf(councillor) > input.reading.probabilityOf(officer) ? councillor : officer;
}

/** Who decides about papers, or a complaint, read as council decisions: document access, or a complaint (see above). */
export const DECIDED_MATTER_RULE: ReadingRule = {
  name: 'decided_matter',
  gate: ({ judged, hasIntent }) =>
    !judged.reason && judged.label === DECISIONS && judged.confidence < DECIDED_MATTER_OVERRULES_BELOW && hasIntent(DOCUMENTS) && COMPLAINTS.every(hasIntent),
  matches: ({ text, parts }) => decidedKind(text, parts) !== undefined,
  decides: (input): RuleDecision => ({ intent: decidedKind(input.text, input.parts) === 'papers' ? DOCUMENTS : complaintIntent(input) }),
};
