import type { Subject } from './context';
import { onlyPersonNamed } from './slots';

/**
 * Whom a follow-up's condition puts in the thread's case (follow30): "and if it's the mayor I want to complain about?",
 * "what if it's a fellow councillor who swore at me?", "same if the clerk does it?", "and if he's the leader of his
 * group?". The thread's question stays; the party it is about changes, and with it the side of a two-sided topic (a
 * complaint about an officer becomes one about a councillor). "and if an officer wants to complain about me?" names who
 * complains: the complaint is about the asker.
 *
 * Read from the condition's form only: its subject ("it's X", "he's X", "X does it") or, when it says someone
 * complains, whom about. Someone's relative ("the chairman's son") is not that someone, and a party named after a
 * preposition ("working for the clerk") is not the case's subject: both leave the case's party unread.
 */
export type CaseParty = Subject | 'asker';

/** A condition that carries the thread's question on: "and if …", "what if …", "same if …", "is it the same if …". */
const CONDITION = /^(?:(?:and|but|so|or|ok(?:ay)?)[,.]?\s+)?(?:what\s+(?:about\s+)?|(?:is it |would it be |would that be |is that )?(?:the )?same\s+|even\s+)?if\s+(.+)$/;
/** "it's …", "he's …", "she was …": what follows is who is in the case. */
const COPULA = /^(?:it|that|he|she|they)(?:'s|'re|'d be| is| are| was| were| would be)\s+(?:actually\s+|really\s+|also\s+|only\s+)?(.+)$/;
/** Where a noun phrase naming the case's party ends: a relative clause, the asker, a verb of doing, a closing. */
const PHRASE_END = /\s+(?:who|that|which|whom|i|i'm|im|we|you|doing|being|asking|saying|rather|instead|not|as|then|though|too)\b|[,;:?!.]|$/;
/** A noun phrase that opens on a determiner: "the clerk", "a fellow councillor", "one of the other members". */
const DETERMINED = /^(?:the|a|an|another|our|my|one of (?:the|our|my)|any|some)\s/;
/** The verb after a determined subject ("the clerk does it", "an officer wants to …"): the phrase before it is the subject. */
const SUBJECT_THEN_VERB = /^(.+?)\s+(?:does|did|do|is|was|were|are|has|had|have|says|said|wants?|would|will|could|can|complains?|complained|asks?|asked|tells?|told|shouts?|shouted|swears?|swore|gets?|got|goes|went|makes?|made|keeps?|kept|starts?|started|sends?|sent|raises?|raised|reports?|reported|behaves?|behaved|treats?|treated)\b/;
/** Someone complaining about someone: whom the complaint is about. */
const COMPLAINS_ABOUT = /\b(?:complain(?:s|ed|ing)?|(?:makes?|made|raises?|raised|lodges?|lodged|puts? in|has|have) (?:a |an )?(?:formal )?(?:complaint|grievance))\s+(?:about|against)\s+(.+)$/;
const ABOUT_THE_ASKER = /^(?:me|us|myself|ourselves|one of us)\b/;
/** A group's leader is a councillor; the words for councillors do not name one so. */
const LEADER = /\b(?:(?:group|party|opposition|council) leader|leader of (?:the|his|her|their|a|our) (?:group|party|council|opposition))\b/;
const POSSESSIVE = /'s?\s+\S|s'\s+\S/;
const MAX_PHRASE_WORDS = 6;

/** The one kind of person a short noun phrase names, if it is one; not someone's relative or thing ("the chairman's son"). */
function partyIn(phrase: string): Subject | undefined {
  const words = phrase.trim().split(/\s+/);
  if (words.length === 0 || words.length > MAX_PHRASE_WORDS || POSSESSIVE.test(phrase)) return undefined;
  if (LEADER.test(phrase)) return 'councillor';
  return onlyPersonNamed(phrase);
}

const phraseBefore = (text: string): string => text.slice(0, PHRASE_END.exec(text)?.index ?? text.length);

/**
 * A question of what befalls someone named ("and can the groundsman be disciplined for it?", "will the chairman get into
 * trouble?"): whom the thread's complaint is now about, as in a condition.
 */
const WHAT_BEFALLS = /^(?:(?:and|but|so|or|ok(?:ay)?)[,.]?\s+)?(?:can|could|will|would|should|might|may)\s+((?:the|a|an|our|my)\s+[a-z' -]+?)\s+(?:be|get|end up)\s+(?:(?:formally|actually|then)\s+)?(?:disciplined|sacked|dismissed|reported|sanctioned|punished|suspended|investigated|removed|warned|told off|struck off|(?:in|into) trouble)\b/;

/** The party a follow-up's condition puts in the thread's case, if it names one as the case's subject. */
export function caseParty(lowerText: string): CaseParty | undefined {
  const befalls = WHAT_BEFALLS.exec(lowerText.trim());
  if (befalls) return partyIn(befalls[1]);
  const condition = CONDITION.exec(lowerText.trim())?.[1];
  if (condition === undefined) return undefined;
  const complaint = COMPLAINS_ABOUT.exec(condition);
  if (complaint) {
    const about = complaint[1].trim();
    if (ABOUT_THE_ASKER.test(about)) return 'asker';
    const named = partyIn(phraseBefore(about));
    if (named) return named;
  }
  const copula = COPULA.exec(condition);
  if (copula) return partyIn(phraseBefore(copula[1]));
  if (!DETERMINED.test(condition)) return undefined;
  const subject = SUBJECT_THEN_VERB.exec(condition)?.[1] ?? phraseBefore(condition);
  return partyIn(subject);
}

/**
 * Someone mistreating the asker ("and if the clerk is rude to me when I chase it up, what then?", "and if he swears at me
 * when I say no?", "what if the receptionist hangs up on me?"): whatever the thread was about, the next step is the complaint
 * route (follow31). Only done to the asker ("me", "us"): "what if I'm rude to him?" is another matter.
 */
const MISTREATS_THE_ASKER = new RegExp(
  [
    "\\b(?:rude|abusive|aggressive|sarcastic|dismissive|nasty|hostile|offensive|threatening|patronising|patronizing|condescending|unpleasant|insulting|vile)\\s+(?:to|with|towards)\\s+(?:me|us)\\b",
    "\\b(?:swears?|swore|swearing|shouts?|shouted|shouting|yells?|yelled|yelling|screams?|screamed|snaps?|snapped|lash(?:es)? out|lashed out|hangs? up|hung up|slams? the phone down)\\s+(?:at|on)\\s+(?:me|us)\\b",
    "\\b(?:insults?|insulted|threatens?|threatened|bull(?:y|ies|ied)|harass(?:es|ed)?|belittles?|belittled|humiliates?|humiliated|abuses?|abused|intimidates?|intimidated|mocks?|mocked)\\s+(?:me|us)\\b",
  ].join('|'),
);
/** A condition ("and if …", "what if …") in which someone mistreats the asker. */
export function mistreatsTheAsker(lowerText: string): boolean {
  const condition = CONDITION.exec(lowerText.trim())?.[1];
  return condition !== undefined && MISTREATS_THE_ASKER.test(condition);
}
