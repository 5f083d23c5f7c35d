import type { Answer } from './select';
import { listLayout } from './sentences';

/** Where the reply's first line leaves words of the clause out. */
export const OMITTED = '…';

/**
 * The answer's own words on one line. A lead-in with a long list that the answer stage narrowed (`Answer.focus`) reads
 * as its lead-in and the item that answers, with an ellipsis for each run of items left out ("All Councillors can
 * expect: … Regular, up to date information … …"): every piece a verbatim slice of the clause (an item's closing
 * semicolon or "; and" left off).
 */
export function answerWords(answer: Answer): string {
  const focus = answer.focus && focusInText(answer) ? answer.focus : undefined;
  if (!focus) return answer.text.replace(/\s*\n\s*/g, ' ');
  const items = listLayout(answer.text)?.items ?? [];
  const position = items.findIndex((item) => item.start === focus.itemAt);
  // The first item reads on from the lead-in as the clause prints it (its bullet kept); a later one after an ellipsis.
  const upToItem = position === 0 ? answer.text.slice(0, focus.itemAt + focus.item.length) : `${focus.leadIn} ${OMITTED} ${focus.item}`;
  const after = position !== items.length - 1 ? ` ${OMITTED}` : '';
  return `${upToItem.replace(/(?:\s*[;,]\s*(?:and|or)?|\s+(?:and|or))\s*$/i, '')}${after}`.replace(/\s*\n\s*/g, ' ');
}

/** The line every channel leads with: the clause, then its own words. */
export const answerLine = (answer: Answer): string => `Under ${answer.ref}: ${answerWords(answer)}`;

/** Said instead of guessing when the relevant clauses hold no sentence that answers. */
export const NO_DIRECT_ANSWER =
  "These are the parts of {council}'s protocol that deal with this, but none of them answers your question directly. I can pass it to the {clerk}.";
/**
 * Said when a follow-up asks for someone or something other than what was just quoted and the clauses name no one else:
 * as the bot's own finding, unsure (a sentence below the bar may still name someone), without stating a rule the quoted
 * text does not (follow24).
 */
export const NO_ONE_ELSE =
  "I'm not sure who else: in the parts of {council}'s protocol that deal with this, I found no one named beyond what I quoted. I can pass your question to the {clerk}.";

/**
 * Said when a follow-up asks for another option ("what else can I do?") and the answer found is the sentence already quoted:
 * that sentence, quoted once, as the bot's own finding rather than a rule ("the only route" claimed more than a search can
 * know, and read oddly where the sentence is no route), and the Clerk offered (follow28). `{answer}` is the answer line.
 */
export const ONLY_ROUTE = "I found nothing else on this in {council}'s protocol beyond what I quoted: {answer} I can pass your question to the {clerk}.";

/** The focus still lies where it says in the answer's text (an answer read back from elsewhere may not hold it). */
function focusInText(answer: Answer): boolean {
  const focus = answer.focus;
  return Boolean(focus && answer.text.startsWith(focus.leadIn) && answer.text.slice(focus.itemAt, focus.itemAt + focus.item.length) === focus.item);
}

/**
 * The clause text cut around the answer, for a channel to emphasise the answering sentence inside its quote: the
 * item that answers when the answer is narrowed to one (`Answer.focus`), else the whole answer. Null when the clause
 * is not the answer's (or no longer holds the sentence verbatim).
 */
export function splitAtAnswer(clause: { ref: string; text: string }, answer: Answer | null | undefined): { before: string; answer: string; after: string } | null {
  if (!answer || clause.ref !== answer.ref) return null;
  const at = clause.text.indexOf(answer.text);
  if (at < 0) return null;
  const [from, to] = answer.focus && focusInText(answer) ? [at + answer.focus.itemAt, at + answer.focus.itemAt + answer.focus.item.length] : [at, at + answer.text.length];
  return { before: clause.text.slice(0, from), answer: clause.text.slice(from, to), after: clause.text.slice(to) };
}
