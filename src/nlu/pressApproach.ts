import type { ReadingRule } from './readingRules';
import type { QuestionParts } from './question';
import { PRESS_TITLE, PRESS_WORDS } from './pressRouting';
import { weakOrUnevidencedReading } from './scope';

/**
 * The press has come to the asker, and the asker asks whether or how to answer. "Bloke from the Courier rang about the
 * flooding on Mill Road. Do I talk to him?" was judged out of scope (flooding, a road: the words of services), and a
 * pasted email "> Hi, I'm from the Gazette. Can you confirm whether the council is taking legal action…" with "Am I allowed
 * to reply?" read interests_and_conflicts (legal action): the story's words outweigh "talk to him", "reply", which every
 * intent's examples use. But who does what is plain: a reporter, a paper or a radio station rang, emailed, asked or wants
 * something of the asker, and the asker asks whether they may talk, reply, comment or what to say. That is what the
 * protocols' media clauses answer (who speaks for the council, the Clerk's part in press enquiries).
 *
 * So when the reading is another topic under `PRESS_APPROACH_OVERRULES_BELOW`, or out of scope for want of evidence, the
 * message tells of the press approaching the asker (`approachedByThePress`: the press named just before a verb of contact,
 * a call or an email "from" the press, or a pasted message whose writer is from the press) and an asking sentence asks
 * about answering (`ANSWERING`), the engine reads it as media_relations, answered as unsure with the Clerk offered
 * (engine.ts, readingRules.ts; docs/messy-round28.md). A paper read, not calling ("I read in the Gazette that the post
 * office is shutting. Is that true?"), and an approach with no question of answering are left to the classifier; so is
 * what may be told when it was said in confidence (`KEEPS_ITS_READING`: "a journalist asked me what happened in the
 * closed session. can I tell him?" is confidential information's).
 */

const MEDIA = 'media_relations';

/** Below this, another topic's reading of such a message gives way (the design rows read 0.31–0.47). */
export const PRESS_APPROACH_OVERRULES_BELOW = 0.6;

/** Readings that stand: the press's own topic, and what was said in confidence (what may be told is that clause's). */
const KEEPS_ITS_READING: ReadonlySet<string> = new Set([MEDIA, 'confidential_information']);

/**
 * Contact by the one named just before: rang, emailed, messaged, got in touch, asked, wants, is after, collared,
 * doorstepped, keeps ringing. Within the same sentence and a few words of the press ("the Courier's chief reporter rang").
 */
const CONTACT_AFTER =
  /^[^.?!\n]{0,40}?\b(?:rang|rung|called|phoned|emailed|e-mailed|messaged|texted|dm'?d|dmed|contacted|got in touch|been in touch|(?:has|have|had) been on|asked|asking|asks|wants?|wanting|(?:is|are) after|collared|approached|doorstepped|cornered|left (?:me )?a (?:message|voicemail)|sent (?:me|us|the office|an? email)|keeps? (?:ringing|calling|phoning|emailing|asking|messaging))\b/i;

/** A call or an email from the press, named just after: "had a call from a reporter", "an email from the Echo". */
const CONTACT_BEFORE = /\b(?:call|phone call|phonecall|email|e-mail|message|voicemail|enquiry|inquiry|query|text|dm) from (?:a |an |the |some |this |our |their )?(?:\w+ )?(?:\w+ )?$/i;

/** The writer of a pasted message is from the press: "I'm from the Gazette", "I'm a reporter with…". */
const WRITER_FROM_THE_PRESS = /\bI(?:'m| am) (?:a |an |the )?(?:\w+ )?(?:from|with|at|reporter|journalist|writing from|calling from)\b/i;

/**
 * Answering them: talk or speak to them, reply, respond, comment, give a quote or a statement, go on air, ring them back,
 * what to say or tell them.
 */
const ANSWERING =
  /\b(?:(?:talk|speak|chat)(?:ing)? (?:to|with) (?:him|her|them|it|the|a|this|that|these|those|any)|repl(?:y|ying)|respond(?:ing)?|answer (?:him|her|them|it|that|this|the)|comment(?:ing)?|quotes?|statement|interview|go on (?:air|the radio|the telly|tv|telly|camera)|get back to (?:him|her|them)|(?:call|ring|phone) (?:him|her|them) back|what (?:do|should|can|shall|could|would) (?:i|we) (?:say|tell)|what to (?:say|tell)|(?:tell|confirm|give) (?:him|her|them)|say anything|say something)\b/i;

/** Each place where the press is named in some words: its start and end. */
function pressMentions(words: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  for (const pattern of [PRESS_WORDS, PRESS_TITLE]) {
    const everywhere = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g');
    for (let m = everywhere.exec(words); m !== null; m = everywhere.exec(words)) found.push({ start: m.index, end: m.index + m[0].length });
  }
  return found;
}

/** Whether the press is told as coming to the asker: contact right after it, a call or an email from it, or a pasted message from it. */
export function approachedByThePress(text: string, parts: QuestionParts): boolean {
  for (const { start, end } of pressMentions(text)) {
    if (CONTACT_AFTER.test(text.slice(end)) || CONTACT_BEFORE.test(text.slice(0, start))) return true;
  }
  return parts.quoted.some((line) => pressMentions(line).length > 0 && WRITER_FROM_THE_PRESS.test(line));
}

/** Whether the message tells of the press coming to the asker and asks about answering them (see above). */
export function asksHowToAnswerThePress(text: string, parts: QuestionParts): boolean {
  if (!parts.asking.some((sentence) => ANSWERING.test(sentence))) return false;
  return approachedByThePress(text, parts);
}

/** The press come to the asker, with a question of answering, read as another topic or out of scope: media relations (see above). */
export const PRESS_APPROACH_RULE: ReadingRule = {
  name: 'press_approach',
  gate: ({ judged, hasIntent }) =>
    weakOrUnevidencedReading(judged, (label) => KEEPS_ITS_READING.has(label), PRESS_APPROACH_OVERRULES_BELOW) && hasIntent(MEDIA),
  matches: ({ text, parts }) => asksHowToAnswerThePress(text, parts),
  decides: () => ({ intent: MEDIA }),
};
