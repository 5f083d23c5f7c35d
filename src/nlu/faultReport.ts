import type { ReadingRule } from './readingRules';

/**
 * A complaint about a thing, not about a person. "Is there a proper process for complaining about
 * dog mess on the rec?" and, from an officer, "What's the procedure for reporting a pothole?" read
 * as complaints about an officer or a councillor: "process", "procedure", "complain" and "report"
 * are the words of those intents' examples ("How do I make a complaint?" from an officer is about a
 * councillor), and the asker's role is a feature of its own. But the protocol's complaints are
 * about people; a fault in a service (a pothole, a broken swing, fly-tipping) is reported to
 * whoever runs the service, which these protocols do not cover.
 *
 * So when the reading is a complaint intent, the message names no council person, and what is
 * reported or complained about, read on its own, is a council service to the classifier (its
 * out-of-scope probability at least `THING_READS_OUT_OF_SCOPE`), the engine reads the message as
 * out of scope (engine.ts). The classifier, not a word list, says what a service is: "bullying",
 * "aggressive behaviour at the meeting" or "a breach of the protocol" read in scope on their own.
 */

/** The intents of a complaint about a person, which a fault report can be misread as. */
export const COMPLAINTS: ReadonlySet<string> = new Set(['complaint_about_officer', 'complaint_about_councillor']);

/**
 * What follows "report(ing)", "complain(ing) about", "complaints about", up to the end of its
 * clause: the thing reported. (Global: read with matchAll, which copies it.)
 */
const REPORTED =
  /\b(?:report(?:ing|ed|s)?|complain(?:ing|ed|s)?\s+(?:about|of|regarding|over|re)|complaints?\s+(?:about|regarding|re|over|on))\s+([^?.!,;:\n]+)/gi;

/** "…report a pothole to?": the trailing preposition of a question is not part of the thing. */
const TRAILING_TO = /\s+to\s*$/i;

/**
 * A thing reported that is someone, or points back at the story ("report it", "complain about
 * them"): not read on its own. (A council person anywhere in the message stops the reading first.)
 */
const SOMEONE_OR_POINTER =
  /\b(?:they|them|their|someone|somebody|anyone|anybody|people|person|man|woman|me|us|it|this|that|these|those)\b/i;

/**
 * A council person named anywhere in the message: the complaint may be about them ("The grounds
 * team leader was dismissive when I reported the broken swings").
 */
const COUNCIL_PERSON =
  /\b(?:cllrs?|councillors?|members?|officers?|clerks?|rfo|staff|employees?|chief executive|colleagues?|caretakers?|groundsm[ae]n|handym[ae]n|chair(?:man|woman|person)?|vice[- ]?chair|mayors?|managers?|assistants?|lads?|team|deputy|he|she|him|her|his)\b/i;

/** The out-of-scope probability at which the thing reported, read alone, is a council service. */
export const THING_READS_OUT_OF_SCOPE = 0.7;

/**
 * The things a message reports or complains about, when it names no council person: each to be
 * read on its own (see the comment above). Empty for most messages.
 */
export function reportedThings(text: string): string[] {
  const things: string[] = [];
  if (!/report|complain/i.test(text) || COUNCIL_PERSON.test(text)) return things;
  for (const match of text.matchAll(REPORTED)) {
    const thing = match[1].replace(TRAILING_TO, '').trim();
    if (thing.length > 0 && !SOMEONE_OR_POINTER.test(thing)) things.push(thing);
  }
  return things;
}

/** A fault in a service reported, with no council person complained of: out of scope (engine.ts, readingRules.ts). */
export const FAULT_REPORT_RULE: ReadingRule = {
  name: 'fault_report',
  gate: ({ judged }) => !judged.reason && COMPLAINTS.has(judged.label),
  matches: ({ text, role, outOfScopeAlone }) => {
    const things = reportedThings(text);
    for (let i = 0; i < things.length; i++) if (outOfScopeAlone(things[i], role) >= THING_READS_OUT_OF_SCOPE) return true;
    return false;
  },
  decides: () => ({ reason: 'fault_report' }),
};
