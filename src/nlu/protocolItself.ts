import type { ReadingRule } from './readingRules';
import type { QuestionParts } from './question';
import { weakOrUnevidencedReading } from './scope';

/**
 * A short question about the protocol itself: how often it is updated, whether it binds anyone, whom it covers, what
 * happens when it clashes with the Code of Conduct or is read two ways. "how often is this thing updated" read help,
 * "who keeps this rulebook up to date" and "are co-optees covered by all this" out of scope, "is this the latest version
 * of the document" document_access, and "does the protocol cover the mayor as well" chairs_and_committees at 0.99 (the
 * protocol frame, engine.ts, takes "does the protocol cover" out and leaves "the mayor"). The protocol is named only as
 * "this", "this thing", "the document" or "all this", in words no example of protocol_status_and_interpretation uses.
 * By ../shared/INTENTS.md such a question is protocol_status_and_interpretation ("what the protocol is, its status,
 * review, who interprets it"; alsager 1–3, cottingham 1.1–1.4, tewkesbury 1.1–1.3, flitwick 1–3, 78).
 *
 * So when an asking sentence names the protocol itself (`PROTOCOL_ITSELF`) and asks of its status (`ITS_STATUS`: updated,
 * revised, up to date, its version, binding, a legal requirement or advice, clashing with or overriding another code, read
 * or interpreted differently), and the reading is out of scope for want of evidence or another topic under
 * `PROTOCOL_ITSELF_OVERRULES_BELOW`, the engine reads it as protocol_status_and_interpretation, answered as unsure with the
 * Clerk offered (engine.ts, readingRules.ts; docs/messy-round32.md). Whom it covers (`WHOM_IT_COVERS`: "does this apply
 * to part-time staff like me", "are volunteers bound by this document") overrules any topic's reading however sure,
 * because the sentence ends on the people it asks about: nothing follows that could be a topic of its own ("does the
 * protocol cover councillors talking to the press" goes on past the people, and is left to the frame and the classifier).
 */

const PROTOCOL_STATUS = 'protocol_status_and_interpretation';
/** Readings that already answer a question about the protocol's standing stand. */
const KEEPS = new Set([PROTOCOL_STATUS, 'protocol_breaches']);

/** Below this, another topic's reading of a status question gives way (the design rows read 0.25–0.56). */
export const PROTOCOL_ITSELF_OVERRULES_BELOW = 0.6;

/**
 * The protocol itself: by name, as this document, thing or rulebook, all this, a clause of it, or "this" asked of directly.
 * Not "the code": it is most often the Code of Conduct, which has clauses on councillors' conduct of its own.
 */
const PROTOCOL_ITSELF =
  /\b(?:(?:this|the|our|that) (?:member[- ]officer |councillor[- ]officer )?(?:protocol|rule ?book|guidance|document|thing|policy)|these rules|all this|(?:a|the|this|that|one) (?:clause|paragraph)|^(?:so |and |but )?(?:is|does|will|would) this(?= (?:a |an |the |still |really |actually |legally |just |binding|apply|cover|bind|override|trump|clash|conflict|compulsory|mandatory|optional|up to date|out of date))|this(?= (?:clash|conflict|override|trump)))\b/i;

/**
 * What is asked of its status: updates and versions, whether it binds, its weight beside another code, its reading. Not
 * "an update", which is news asked of a request ("any update on the document I asked for").
 */
const ITS_STATUS =
  /\b(?:updated|updating|revis(?:ed|ion|ions|it|ited)|reviewed|(?:up|due|next up) for (?:review|revision)|(?:up|out) (?:to|of) date|(?:latest|newest|current|most recent) version|binding|legal(?:ly)?(?: requirement| binding| obligation)?|required by law|the law|(?:just|only|merely) (?:advice|guidance|advisory)|compulsory|mandatory|optional|clash(?:es)?|conflicts? with|overrides?|trumps?|interpret\w*|read\b[^.?!]*\bdifferently|settles?\b[^.?!]*\bdisagree\w*)\b/i;

/** Those it may cover: members and staff of every kind, the asker, everyone. */
const PEOPLE =
  "(?:mayor|chair\\w*|vice[- ]chair\\w*|volunteers?|staff|co-?optees?|co-?opted (?:members?|councillors?)|members?|councillors?|cllrs?|officers?|employees?|clerks?|contractors?|consultants?|temps?|apprentices?|assistants?|workers?|me|us|everyone|everybody)";

/** Whom it covers, ending on the people: "does this cover the mayor as well", "are volunteers bound by this document". */
const WHOM_IT_COVERS = new RegExp(
  `(?:\\b(?:cover|covers|apply to|applies to|bind|binds)\\s+(?:the\\s+|our\\s+|a\\s+|any\\s+|all\\s+)?(?:[\\w'-]+\\s+){0,2}?${PEOPLE}` +
    `|\\b(?:are|is|am)\\s+(?:the\\s+|our\\s+)?(?:[\\w'-]+\\s+){0,2}?${PEOPLE}\\s+(?:also\\s+|too\\s+)?(?:covered|bound)\\s+by\\s+(?:this|that|all this|the|our)(?:\\s+[\\w-]+)?)` +
    `(?:\\s+(?:as well|too|also|like me|either|included|then))*\\s*[?.!]*\\s*$`,
  'i',
);

function askingSentences(parts: QuestionParts, text: string): string[] {
  return parts.asking.length > 0 ? parts.asking : [text];
}

/** Whether an asking sentence names the protocol itself and asks of its status (see above). */
export function asksOfProtocolsStatus(parts: QuestionParts, text: string): boolean {
  const asking = askingSentences(parts, text);
  for (let i = 0; i < asking.length; i++) {
    const sentence = asking[i].trim();
    if (PROTOCOL_ITSELF.test(sentence) && (ITS_STATUS.test(sentence) || WHOM_IT_COVERS.test(sentence))) return true;
  }
  return false;
}

/** Whether an asking sentence asks whom the protocol covers, ending on the people asked about (see above). */
export function asksWhomProtocolCovers(parts: QuestionParts, text: string): boolean {
  const asking = askingSentences(parts, text);
  for (let i = 0; i < asking.length; i++) {
    const sentence = asking[i].trim();
    if (WHOM_IT_COVERS.test(sentence) && (PROTOCOL_ITSELF.test(sentence) || /^(?:so |and |but )?(?:does|will|would) this (?:apply|cover|bind)/i.test(sentence))) return true;
  }
  return false;
}

/** A question of the protocol's own status or reach, read as another topic or out of scope: its status (see above). */
export const PROTOCOL_ITSELF_RULE: ReadingRule = {
  name: 'protocol_itself',
  gate: ({ judged, hasIntent }) => hasIntent(PROTOCOL_STATUS) && !(judged.label === PROTOCOL_STATUS && !judged.reason),
  matches: ({ parts, text, judged }) =>
    weakOrUnevidencedReading(judged, (label) => KEEPS.has(label), PROTOCOL_ITSELF_OVERRULES_BELOW)
      ? asksOfProtocolsStatus(parts, text)
      : !judged.reason && !KEEPS.has(judged.label) && asksWhomProtocolCovers(parts, text),
  decides: () => ({ intent: PROTOCOL_STATUS }),
};
