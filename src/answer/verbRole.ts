import { stem } from '../nlu/normalize';
import { IRREGULAR_FORMS } from './synonyms';

/**
 * The role a verb the asker asks about plays in a protocol sentence (answers57, docs/answers.md). "Who should I tell?"
 * asks of the asker's own act; "The Clerk handles enquiries from the press" is that act by a post, "may be dealt with
 * under the disciplinary procedure" done to a person, "as the law allows" an aside. A sentence sharing the question's
 * one verb only in such a role has not matched what was asked, however rare the word.
 */
export type VerbRole = 'own' | 'other' | 'unknown';
export type AskerSide = 'councillor' | 'officer';

/** Words between the asker and the act asked about ("Can I *just* ask", "Am I *allowed to* answer", "do I *need to* say"). */
const NOT_THE_ACT = new Set(
  'have has had to need needs just also still really actually be get go allowed able supposed meant want wanted then now ever even it them him her this that so going got should do am ok okay please simply first'.split(
    ' ',
  ),
);
/** The asker as subject, then up to four words: the first word not in NOT_THE_ACT is the act asked about. */
const ASKER_THEN = /\b(?:i|we)\s+((?:[a-z]+\s+){0,3}[a-z]+)/gi;
/** The asker acted on ("Can I be reported …?"): the verb is not the asker's act. */
const ASKER_PASSIVE = /\b(?:i|we)\s+(?:\w+\s+)?be\s+[a-z]+/i;

/** Stems of the verbs the asking sentence has the asker do ("Who do I *ask*?", "Can I *give* them a quote?"). */
export function askerVerbStems(asking: string): string[] {
  if (ASKER_PASSIVE.test(asking)) return [];
  const out = new Set<string>();
  for (const match of asking.matchAll(ASKER_THEN)) {
    // "If I ask an officer for advice, will …?": the asker's act in a condition is not what is asked.
    if (/\b(?:if|when|whenever|once|after|before|until|unless)\s+$/i.test(asking.slice(0, match.index))) continue;
    const words = match[1].toLowerCase().split(/\s+/);
    const act = words.find((w) => !NOT_THE_ACT.has(w));
    // "Am I employed by the mayor?", "Who am I accountable to?": what the asker is, not an act ("Am I allowed to answer?" is one).
    if (act === words[0] && /\b(?:am|are|was|were)\s+$/i.test(asking.slice(0, match.index))) continue;
    if (act) out.add(stem(IRREGULAR_FORMS.get(act) ?? act));
  }
  return [...out];
}

const GENERIC_SIDE: Record<AskerSide, RegExp> = {
  councillor: /\b(?:councillors?|members?|cllrs?)\b(?! of (?:the )?(?:staff|public))/i,
  officer: /\b(?:officers?|employees?|staff|members? of staff|workers?)\b/i,
};
/** A particular post or body (its act is not the asker's, who asks as a councillor or an officer at large). */
const POST_OR_BODY =
  /\b(?:clerk|chair(?:man|person)?|vice-chair(?:man)?|mayor|leader|chief executive|director|head of|manager|proper officer|monitoring officer|committee|panel|council|group|cabinet|author|secretary)\b/i;
/** The reader addressed, or the asker: the asker's own act. */
const READER = /\b(?:you|your|i|we)\b/i;
/** A pronoun whose side the sentence does not say here: not read. */
const PRONOUN = /\b(?:they|he|she|it|who|which|this|these|those|either|neither|each)\s*$/i;
/** A modal (and "is to", "are entitled to", …), with adverbs, then optionally a verb and "to", just before the act. */
const MODAL_BEFORE =
  /\s(?:must|may|should|shall|will|can|cannot|could|would|might|need|(?:is|are) (?:to|entitled to|expected to|able to|free to|required to))(?:\s+(?:not|then|also|only|first|still|normally|always|never|politely|however|now|not normally))*\s+(?:[a-z]+\s+to\s+)?$/i;
/** The act in the passive: "be / been / is / are (adverb) <act>". */
const PASSIVE_BEFORE = /\b(?:be|been|being|is|are|was|were)\s+(?:[a-z]+ly\s+|not\s+)?$/i;
/** An aside or condition opening the part of the sentence the act is in ("as the law allows", "If members decide …"). */
const ASIDE_OPENING = /^(?:\(?e\.g\.?|\(?for example|if|where|when|whenever|unless|as|than|although|while|whilst|whether)\b/i;

/** An aside opened a few words before the act, within its part of the sentence ("… as private as the law allows"). */
const ASIDE_JUST_BEFORE = /\s(?:as|than|unless|whether)\s+(?:[a-z']+\s+){1,3}$/i;

/**
 * The role of the verb `verbStem` in `sentence` for an asker of side `side`: 'other' when every time the sentence uses it,
 * it is another's act (a post's or a body's), done to a person, or in an aside; 'own' when once at least
 * it is the asker's side's act, the reader's, or an instruction; 'unknown' when not read (a pronoun's act, no doer found).
 */
export function verbRoleIn(sentence: string, verbStem: string, side: AskerSide | undefined): VerbRole {
  let seen = false;
  let unknown = false;
  for (const match of sentence.matchAll(/[A-Za-z]+/g)) {
    const word = match[0].toLowerCase();
    if (stem(word) !== verbStem && stem(IRREGULAR_FORMS.get(word) ?? word) !== verbStem) continue;
    seen = true;
    const role = occurrenceRole(sentence, match.index, match.index + word.length, side);
    if (role === 'own') return 'own';
    if (role === 'unknown') unknown = true;
  }
  return !seen || unknown ? 'unknown' : 'other';
}

function occurrenceRole(sentence: string, at: number, end: number, side: AskerSide | undefined): VerbRole {
  const left = sentence.slice(0, at);
  // "the actions taken by the Clerk", "information provided by the Council": a participle with its agent.
  // …the asker's own act when the agent is the asker's side ("must only be used by the Member", "shall not be asked by a Member").
  const agent = /^\s+by\s+((?:[A-Za-z'-]+\s+){0,3}[A-Za-z'-]+)/i.exec(sentence.slice(end));
  if (agent) return doerRole(agent[1].split(/\s+(?:for|to|in|on|at|with|under|about|from|as|and|or)\s+/i)[0], side);
  // The part of the sentence the act is in, from the last break before it.
  const breakAt = Math.max(left.lastIndexOf(','), left.lastIndexOf(';'), left.lastIndexOf(':'), left.lastIndexOf('('), left.lastIndexOf('•'));
  const part = left.slice(breakAt + 1).trim();
  if (ASIDE_OPENING.test(part) || ASIDE_JUST_BEFORE.test(` ${part} `)) return 'other';
  // An instruction to the reader: "…, tell the Parish Manager", "Ask the Clerk first".
  if (part === '' || /^(?:please|always|first|instead|then)$/i.test(part)) return 'own';
  if (PASSIVE_BEFORE.test(left)) {
    // Done to a person ("A member of staff who does not follow this guide may be dealt with …") is not the asker's act;
    // done to a thing ("Gifts … may be kept") is the rule on the thing the asker would act on.
    const subject = subjectBefore(left.replace(PASSIVE_BEFORE, '').replace(/\s+(?:must|may|should|shall|will|can|cannot|could|would|might)(?:\s+not)?\s*$/i, ''));
    return GENERIC_SIDE.councillor.test(subject) || GENERIC_SIDE.officer.test(subject) || POST_OR_BODY.test(subject) ? 'other' : 'unknown';
  }
  // "…, who will look into the matter and tell the Member …": a second verb of the same doer.
  const coordinated = /\s(?:must|may|should|shall|will|can|cannot|could|would|might)\s[^,;:]*\sand\s+$/i.exec(left);
  const modal = MODAL_BEFORE.exec(left) ?? coordinated;
  const doer = modal ? subjectBefore(left.slice(0, modal.index)) : presentTenseDoer(left, sentence.slice(at, end));
  return doerRole(doer, side);
}

/** The role of an act done by `doer` (a few words naming who acts) for an asker of side `side`. */
function doerRole(doer: string | undefined, side: AskerSide | undefined): VerbRole {
  if (doer === undefined || doer === '' || PRONOUN.test(doer)) return 'unknown';
  if (READER.test(doer)) return 'own';
  const generic = side && GENERIC_SIDE[side].test(doer) && !POST_OR_BODY.test(doer.replace(GENERIC_SIDE[side], ''));
  if (generic) return 'own';
  // The other side's own act ("An officer who feels pressured should tell the Clerk" to a councillor) is left to the side
  // cue (select.ts WEIGHTS.otherSide), which already weighs it: read here too, it lost officers' questions the protocol
  // answers only with the councillors' rule (docs/answers.md, answers57).
  if (side && GENERIC_SIDE[side === 'officer' ? 'councillor' : 'officer'].test(doer)) return 'unknown';
  return POST_OR_BODY.test(doer) ? 'other' : 'unknown';
}

/**
 * Who does the act whose modal `left` ends before: the head of the subject before it, or, when a relative clause comes
 * between ("A councillor who is involved in a dispute … must tell"), the words before its "who", or for a relative
 * clause's own verb ("… to the Parish Clerk, who will decide"), the words it is about.
 */
function subjectBefore(left: string): string {
  const text = left.trimEnd();
  // "… to the Parish Clerk, who will decide": the relative's antecedent acts.
  const antecedent = /([^,;:]*?),?\s+who$/i.exec(text);
  if (antecedent) return antecedent[1].trim().split(/\s+/).slice(-4).join(' ');
  const who = /\b(?:who|whose)\b/i.exec(text);
  const upTo = who ? text.slice(0, who.index) : text;
  const breakAt = Math.max(upTo.lastIndexOf(','), upTo.lastIndexOf(';'), upTo.lastIndexOf(':'));
  // The head of the subject, its first words: "Anything worth more than £25 that is offered to a councillor …" is a thing.
  return upTo.slice(breakAt + 1).trim().split(/\s+/).slice(0, 4).join(' ');
}

/** "The Clerk handles …": the doer of a verb in the present third person, the words just before it. */
function presentTenseDoer(left: string, word: string): string | undefined {
  if (!/[^s]s$/i.test(word)) return undefined;
  return left.trim().split(/\s+/).slice(-4).join(' ');
}
