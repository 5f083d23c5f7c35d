import { caseless, CaselessPattern, escapeRegExp } from '../nlu/caseless';
import type { Clause } from '../protocols/parse';
import type { Role } from '../domain/types';
import { canonicalWords, contentStems, stem, STOPWORDS } from '../nlu/normalize';
import { listLayout, splitSentences, SentenceUnit } from './sentences';
import { withoutChatter } from '../nlu/chatter';
import { DefinedPost, definedPosts, withDefinedTerms } from './definedTerms';
import { answeringPosts, askingPart, asksDefinition, asksFirstStep, asksSpan, breachCondition, definitionCue, SPANLESS_TIME, spanCue, asksForNextStep, asksRouteAfterMistreatment, asksWhatIsOwed, asksWhetherMemberMayDirect, asksWhoActs, authorityCue, dutyAsked, dutyQuestion, factAsked, factCue, FactAsked, laterStepCue, postActs, conditionPosts, namesConditionPost, postsNamed, questionType, QuestionType, remedyCue, routeCue, statesConduct, typeCue, CUES } from './questionType';
import { IRREGULAR_FORMS, protocolWordsFor } from './synonyms';
import { kindWordsFor } from './thingKinds';
import { asksToGoDirect, directContactCue } from './directContact';
import { leansOnBefore } from './leaning';
import { meetsCase } from './caseMet';
import { askerVerbStems, verbRoleIn } from './verbRole';

/** The sentence (rarely two adjacent ones) that answers, verbatim from clause `ref`. */
export interface Answer {
  ref: string;
  text: string;
  /**
   * When `text` is a lead-in with a long list, the part of it that answers: the lead-in and the one item the question
   * is about, each a verbatim slice of `text`. The reply's first line reads these; `text` stays the whole unit.
   */
  focus?: AnswerFocus;
}

/** The lead-in (which opens `Answer.text`) and the item that answers, with where the item lies in `text`. */
export interface AnswerFocus {
  leadIn: string;
  item: string;
  /** Offset of `item` in `Answer.text`. */
  itemAt: number;
}

/** A clause the answer may come from, with how strongly clause ranking already favours it (0..1). */
export interface CandidateClause {
  clause: Clause;
  prior: number;
  /** A prior for each of the clause's sentences (splitSentences order), where they differ; else `prior` for all. */
  unitPriors?: number[];
}

export interface AnswerContext {
  /** The intent's vocabulary, weighted (ClauseSelector.expansion). */
  vocabulary?: Map<string, number>;
  /** How much one stem of the question counts (ClauseSelector.termWeight). */
  termWeight?: (stem: string) => number;
  /** Only sentences passing this may answer (route proposal asks for a particular subject); the clause is the sentence's own. */
  sentenceFilter?: (sentence: string, clause: Clause) => boolean;
  /** Overrides MIN_ANSWER_SCORE (route proposal has no clause ranking to lend a prior). */
  minScore?: number;
  /** In a thread, the sentence the turn before was answered with and its question type ("and the clerk?" asks the same). */
  previous?: PreviousTurn;
  /**
   * For a message asking whom its complaint goes to, the sentence src/answer/routes.ts proposes from the protocol's own text
   * for that kind of complaint (src/answer/complaintRoute.ts): a cue of WEIGHTS.proposedRoute for the sentence(s) it quotes.
   */
  routeSentence?: string;
  /** The post or body that route sends the complaint to ("Line Manager"): in a list, the item naming it is the one asked about. */
  routeRecipient?: string;
  /**
   * The route was asked as "what do I do?" by a message the classifier read as a complaint (src/answer/complaintRoute.ts):
   * it asks whom to take it to, so the question is typed "who" (the sentence naming the post to go to answers it).
   */
  routeAskedAsWhatToDo?: boolean;
  /** Sees every candidate sentence's features and label-free score (offline ranker experiments). */
  onScored?: (rows: ScoredSentence[]) => void;
}

/** The answer of the turn before in a thread: the protocol's sentence, and what kind of question it answered. */
export interface PreviousTurn {
  text: string;
  type: QuestionType;
}

/** One candidate sentence's features, in the order of FEATURE_NAMES, for offline experiments. */
export interface ScoredSentence {
  ref: string;
  text: string;
  features: number[];
  score: number;
}
/** lexical, vocabulary and focus relative to the best candidate; cue, prior, side, fragment and remedy as in WEIGHTS (remedy 0 unless the message asks for a next step); coverage absolute (WEIGHTS.coverage). */
export const FEATURE_NAMES = ['lexical', 'vocabulary', 'type', 'prior', 'role', 'fragment', 'focus', 'remedy', 'coverage'] as const;

export interface ScoredAnswer extends Answer {
  score: number;
  /** The question type read from the message, for explaining a choice. */
  type: QuestionType;
}

/**
 * Weights of the sentence score. Chosen on the project's own question→sentence set
 * (test/eval/answers-validation.jsonl), never on the evaluation sets; see docs/answers.md.
 */
export const WEIGHTS = {
  /** BM25 of the sentence against the question, relative to the best candidate. */
  lexical: 1.0,
  /** The intent's vocabulary (keywords and its clauses elsewhere), relative to the best. */
  vocabulary: 0.3,
  /** The sentence has the kind of content the question type wants (a post for "who", ...). */
  type: 0.7,
  /** Clause ranking's view of the sentence's clause. */
  prior: 0.8,
  /** The sentence speaks about the asker's own side (officers to an officer). */
  role: 0.3,
  /** Share of the side weight taken from a sentence about the other side only. */
  otherSide: 0.5,
  /**
   * The share of the side weight a sentence about the other side only takes (as WEIGHTS.otherSide) when the asker asks of
   * their own act ("Can I reply?", "what do I say?"): the other side's rule on the same matter is then the wrong rule, not
   * merely about someone else (answers68). Questions about a party keep WEIGHTS.otherSide. Like the later step, it only
   * chooses between sentences: as a cue in the score it took 103 bench answers to none.
   */
  otherSideOwnAct: 1,
  /** Share of the side cue a sentence naming neither side takes from the clause's sentence before it that names one. */
  carriedSide: 1,
  /**
   * Share of the side cue a sentence naming neither side takes when it is a rule in the passive on the thing or act the
   * question is about ("Papers marked confidential should be returned to the Town Clerk …", "every offer … must be reported
   * to the Clerk"): it binds whoever holds the thing, so it answers the side asked about as a rule naming that side does.
   */
  thingRule: 1,
  /**
   * Share of the side cue taken by a sentence about the other side's conduct towards the asker's side ("Officers will do
   * their best to give timely responses to Members' enquiries" to a councillor): what the other side owes the asker
   * answers the asker as a rule of their own does, so it is not counted against as what *they* must do.
   */
  owedSide: 1,
  /** Much shorter than a full sentence: a heading-like fragment or a bare lead-in. */
  fragment: -0.4,
  /** The sentence before, read as context of a sentence's words (share of its BM25). */
  context: 0.2,
  /** The same for a sentence that points back to the one before ("An Officer shall not attend such a meeting"). */
  anaphora: 0.8,
  /**
   * Share of the "who" cue kept by a sentence whose answer is only posts the question already
   * names: asked who hears a complaint about the Chief Executive, "… lodged with the Chief
   * Executive" is the wrong rule of the clause.
   */
  knownPost: 0.3,
  /** The "who" cue of a sentence whose post is told or asked, not acting, when the question asks who acts ("Who decides …?"). */
  postTold: 0.6,
  /**
   * The type cue of a yes/no question of fact for a sentence that states the kind of fact it asks about (`factAsked`:
   * whom the protocol applies to, whom someone is employed by or answers to, what a post is responsible for).
   */
  factAsked: 1,
  /**
   * The remedy cue kept by a sentence that names a setback when the next one offers the step ("If the Clerk declines …,
   * you will be told why. You may then ask the Chair to look at the decision again"): the step, not the scene, answers.
   */
  stepAfterSetback: 0.6,
  /** Share of the next sentence's better cue a sentence takes when the next gives its rule (see choose). */
  pair: 0.5,
  /**
   * A sentence offering the next step after a setback ("may ask … to review the refusal"), when the message tells of one
   * and asks what now. 1, not 0.5 (answers50): at 0.5 the entitlement a refused request shares its words with ("entitled
   * to see any document …") still beat the step. 0.7 to 2 all gain design pairs and lose none (docs/answers.md,
   * answers50); 1.5 gains one pair more, of this round's own, and is not taken: a cue heavier than the words would cost
   * more wherever a message is misread as asking what now.
   */
  remedy: 1,
  /** A sentence that sends the matter to a post, when the message tells of being wronged and asks what to do (questionType.ts asksRouteAfterMistreatment). */
  route: 0.7,
  /**
   * Taken from a sentence written for after a first step has failed ("If the Clerk refuses a request, …", "If you have
   * heard nothing after ten working days, …") when the message tells of no setback and asks the first step. Like the
   * carried side, it only chooses between sentences: whether any answers is decided without it.
   */
  laterStep: 0.5,
  /** The sentence the route proposer finds for the kind of complaint a "who do I complain to?" message asks about (AnswerContext.routeSentence). */
  proposedRoute: 0.5,
  /** A sentence drawing the line of authority over staff's work, when the message asks whether a member may direct it (questionType.ts asksWhetherMemberMayDirect). */
  authority: 1,
  /** A sentence saying whom members may approach or whether staff are reached directly, when the message asks if a member may go to one of the staff directly (directContact.ts). */
  directContact: 1,
  /** A sentence whose condition names a post the question speaks of ("If your concern is about the Parish Manager, …"). */
  condition: 0.3,
  /**
   * Share of its weight kept, in one sentence, by a verb the asker asks of their own act ("Who should I *tell*?") when the
   * sentence has it only as another's act, done to a person or in an aside (src/answer/verbRole.ts, answers57). With the
   * relative scale read before the discount, 0.5 gained the most pairs and lost none (docs/answers.md, answers57).
   */
  offRoleVerb: 0.5,
  /** Share kept by the words that frame a question rather than say what it is about ("do I need to", "let … know"). */
  frame: 0.25,
  /** The asking sentence's own words, relative to the best candidate, when a backstory comes before it. */
  focus: 0.3,
  /**
   * Share of the question's words (weighted by idf) that the sentence itself contains, not relative to the
   * best. Recorded for scripts/answer-ranker-cv.js; at 0.3 it cost answers-dev two rows, at 0.15 one, so 0.
   */
  coverage: 0,
  /** Extra weight of the asking sentence's words when a backstory comes before it. */
  asking: 2,
  /** The words of the sentence that answered the turn before, for an elliptical follow-up. */
  previous: 0.3,
  /** Formal words added for an everyday one in the question (src/answer/synonyms.ts). */
  synonym: 0.5,
  /**
   * The protocol's words for the kind of a thing a story names in everyday words (src/answer/thingKinds.ts: "a case of
   * wine" is a gift or hospitality). As the everyday words' 0.5; at 0.3 it gained two pairs fewer (docs/answers.md, answers37).
   */
  kind: 0.5,
  /**
   * When above 0, BM25 is scaled as x / (x + saturation) instead of relative to the best
   * candidate. Tried on both sets (docs/answers.md); relative scaling generalised better.
   */
  saturation: 0,
};
/**
 * Below this, no sentence answers well enough: the reply says it found relevant clauses but no
 * direct answer. Measured on the project's own set; see docs/answers.md.
 */
export const MIN_ANSWER_SCORE = 1.7;
/** Nor does a sentence sharing next to nothing with the question (raw BM25), however its clause ranks. */
export const MIN_LEXICAL = 0.5;
/**
 * …lowered to `lexical` for a sentence that has the kind of answer the question asks for (its type cue in full) in the
 * clause ranking favours most (`prior`): "Cllr Dorn shouted at me … Who can I go to?" shares only a common word or two
 * with "An Officer who feels that a Member has … bullied … should tell the Clerk" (shouting is not bullying in words), yet
 * the post it names is what was asked. Not for "can": nearly every rule has a "can" cue, so it says little (answers63).
 */
export const CUED_LEXICAL = { lexical: 0.2, prior: 0.9 };
/**
 * A "can I …?" question answered by a sentence with no permission, prohibition or duty in it needs this share of
 * the question's words (weighted by idf) in the sentence itself; else no direct answer. See docs/answers.md.
 */
export const MIN_RULELESS_COVERAGE = 0.3;
/**
 * A lead-in-and-list answer longer than `minLength` characters, with at least `minItems` items, leads the reply with its
 * lead-in and the one item that answers, when that item scores at least `margin` above every other (see focusOf).
 */
export const FOCUS = { minLength: 300, minItems: 3, margin: 0.05 };
/** A neighbour scoring this close to the best is quoted with it ("… The Clerk will then decide …"). */
const NEIGHBOUR_RATIO = 0.85;
/** A next sentence opening the case the message is about is quoted with the chosen rule when it scores this share of it (answers62). */
export const CASE_RATIO = { value: 0.6 };
/**
 * A "can I" answer that grants ("The Council can provide … printing and photocopying …") is quoted on to the sentence of
 * its clause that limits the grant ("They should not be used for private purposes …"), when that sentence comes at most
 * `reach` sentences after it: a yes that leaves out its limit misleads. 0 turns it off (docs/answers.md, answers34).
 */
export const LIMIT = { reach: 2 };
/** A sentence that grants: "may", "can", "is entitled / able / welcome / free to" (not "may not", "can only", "may be …"). */
const GRANTS = /\b(?:may(?! not\b| be\b| only\b)|can(?!not\b| not\b| only\b| be\b)|(?:is|are) (?:entitled|able|welcome|free) to)\b/i;
/**
 * A sentence that limits or forbids: "must not", "may not", "should not", "only", "no right", "not entitled", "except",
 * "unless", and a modal denied by its subject ("None of these may be used for …", "No room may be booked …").
 */
const LIMITS = /\b(?:must not|shall not|may not|should not|cannot|can not|will not|(?:is|are|be) not (?:entitled|permitted|allowed|to be|lent|provided)|no (?:general )?right|has no|only|except|unless|never|not be used)\b|\b(?:none of (?:these|them|those|this|it)(?: [a-z]+)?|no [a-z]+) (?:may|can|shall|should|must|is to|are to)\b/i;

interface Bag {
  tf: Map<string, number>;
  length: number;
}
interface IndexedUnit extends SentenceUnit, Bag {
  /** For a lead-in with its list: the lead-in, then each item, scored apart. */
  parts?: Bag[];
  /**
   * What does not depend on the question, worked out once: the cue for each question type (each read the
   * first time a question of that type scores the sentence, `cueIn`: reading every type for every sentence
   * of a protocol when the index is built cost a one-question `ask` about 12 ms),
   */
  cues: Partial<Record<QuestionType | `fact:${FactAsked}`, number>>;
  /** whose conduct the sentence is about, */
  sides: Record<'councillor' | 'officer', boolean>;
  /**
   * For a sentence that names neither side itself ("They must not allow …", "Papers marked confidential should be
   * returned …", "Examples include shouting …"), the sides of the nearest sentence before it in the clause that names
   * one: a clause goes on about whom it began with. Read only for the side cue (WEIGHTS.carriedSide), never as the
   * sentence's own side (pairing and the fact cue read `sides`).
   */
  carriedSides?: Record<'councillor' | 'officer', boolean>;
  /**
   * Its sides with its subject's posts counted as their kind, as a question's named party is read (sideNamed): "The RFO
   * reports to …", "The Groundsman takes …" are about officers. Read only for a question about a named party ("Who is the RFO
   * answerable to?"): asked in the first person ("Can I tell the groundsman …?"), a rule for a particular post is not the asker's.
   */
  postSides: Record<'councillor' | 'officer', boolean>;
  /**
   * For a sentence naming neither side whose main clause is a rule in the passive on a thing ("Personal data held by the
   * Council may only be used for …", "Any concern about work in progress should be passed to …"): the stem of the thing's
   * head noun (data, concern) and of the act the rule puts on it (use, pass). Unset when its subject is a pronoun
   * (CARRIES_SIDE's case) or names a side.
   */
  thingRule?: { head: string; act: string[]; holder?: 'councillor' | 'officer' };
  /** The sides the clause named before a thing rule, if any: the rule is read for a side the clause has not left. */
  thingSides?: Record<'councillor' | 'officer', boolean>;
  /**
   * The sides it names after its subject's verb: in a sentence about one side's conduct, whom that conduct is towards
   * ("Officers will keep all Members fully informed", "Members will endeavour to give timely responses to enquiries from Officers").
   */
  towards: Record<'councillor' | 'officer', boolean>;
  /** The sides it says are to be served, in the passive ("the local Members should be notified at the outset", "A Member shall be informed …"). */
  served: Record<'councillor' | 'officer', boolean>;
  /** For a sentence of what its subject is owed ("All Councillors can expect: …", "Officers can expect from Councillors: …"), the sides its subject names. */
  expects?: Record<'councillor' | 'officer', boolean>;
  /** and 1 for a fragment (a few words, or a lead-in with no list). */
  fragment: number;
  /** The posts its main clause names (the answer to a "who" question), normalised. */
  posts: string[];
  /** The posts its conditions name ("If the concern is about the Clerk, …"): the case its rule is for. */
  conditionPosts: string[];
  /** Its condition names a failed first step: a later step (questionType.ts laterStepCue). */
  laterStep?: boolean;
  /** 0..1: it offers a next step after a setback (questionType.ts remedyCue). */
  remedy: number;
  /** 1 when it sends the matter to a post (questionType.ts routeCue), read the first time a wronged asker's question scores it. */
  route?: number;
  /** 1 when it draws the line of authority over staff's work (questionType.ts authorityCue), read the first time such a question scores it. */
  authority?: number;
  /**
   * A post does the sentence's act: its subject ("The Clerk prepares …") or agent ("… set by the Parish Manager").
   * Read the first time a "who acts" question scores the sentence (`actsIn`), not for every sentence when the
   * index is built: over a whole protocol that reading cost a one-question `ask` about 16 ms.
   */
  postActs?: boolean;
  /** It states its subject's conduct as a rule, modal or not (questionType.ts statesConduct): read the first time a duty question scores it. */
  statesConduct?: boolean;
  /** It is itself a question (a question-and-answer protocol's heading): read as context, never an answer. */
  asks: boolean;
  /** True when it points back to the sentence before ("such a meeting", "This …"): it inherits more of its words. */
  refersBack: boolean;
  /** Whether an asker's verb (by stem and asker's side) is only another's act here (verbRole.ts), read once per pair. */
  offRole?: Map<string, boolean>;
}

interface CouncilUnits {
  /** Each clause's sentences, by the clause itself: a number a protocol prints twice is two clauses. */
  byClause: Map<Clause, IndexedUnit[]>;
  /**
   * A question-and-answer clause's question ("May a councillor ask staff for help?"), which the parser makes its
   * heading: read as the context of every sentence under it, never quoted as an answer.
   */
  questionOf: Map<Clause, Bag>;
  idf: Map<string, number>;
  df: Map<string, number>;
  count: number;
  avgLength: number;
}

/** The unit's cue for a question type (`IndexedUnit.cues`), read once and remembered on the unit. */
function cueIn(unit: IndexedUnit, type: QuestionType): number {
  return (unit.cues[type] ??= typeCue(type, unit.text));
}

/** The unit's cue for what a question of fact asks about (`factCue`), remembered on the unit likewise. */
function factCueIn(unit: IndexedUnit, asked: FactAsked): number {
  return (unit.cues[`fact:${asked}`] ??= factCue(asked, unit.text));
}

/** Whether a post does the unit's act (`IndexedUnit.postActs`), read once and remembered on the unit. */
function actsIn(unit: IndexedUnit): boolean {
  return (unit.postActs ??= postActs(unit.text));
}

const SIDE: Record<'councillor' | 'officer', CaselessPattern> = {
  councillor: caseless(/\b(?:councillors?|members?|chair(?:man)?s?|mayor|leader)\b/i),
  officer: caseless(/\b(?:officers?|employees?|staff|clerk|chief executive)\b/i),
};
/**
 * A rule later in a sentence that binds a side, whatever the sentence opens with: "Employees are engaged by
 * the Council …, and accordingly no Member, whether or not …, shall direct …", "…, and a Member who is related
 * to a candidate shall disclose …". The side's word then a modal (a short aside between them allowed), not in the
 * passive ("all the Councillors should be invited" says what others should do), nor a side inside a phrase ("the behaviour of
 * a member of staff should be raised …", "councillors and staff should …").
 */
const RULE_FOR: Record<'councillor' | 'officer', CaselessPattern> = {
  councillor: caseless(/(?<!\b(?:of|with|by|to|for|about|from|on|at|towards?|and|or) )\b(?:no|any|every|each|a|an|the) (?:individual )?(?:councillors?|members?)\b(?:, [^,]{1,80},| who [^,;]{1,80})? (?:must|shall|should|may|cannot)\b(?! (?:not )?be [a-z]+(?:ed|en)\b)/i),
  officer: caseless(/(?<!\b(?:of|with|by|to|for|about|from|on|at|towards?|and|or) )\b(?:no|any|every|each|an?|the) (?:individual )?(?:officers?|employees?|members? of staff)\b(?:, [^,]{1,80},| who [^,;]{1,80})? (?:must|shall|should|may|cannot)\b(?! (?:not )?be [a-z]+(?:ed|en)\b)/i),
};
/**
 * A rule in the impersonal style binds the side it names after "for" or "open to": "It is not acceptable for a
 * councillor to give instructions …", "it is open to the councillor to ask …", "There is no right for a councillor
 * to see …", "It would be improper for such a councillor to take part …", "It is a councillor's duty to keep …",
 * "It is expected that a councillor who … will declare it". Some protocols are drafted almost wholly this way, and
 * their sentences' grammatical subject is only "It" or "There".
 */
const IMPERSONAL_RULE_FOR: Record<'councillor' | 'officer', CaselessPattern> = {
  councillor: caseless(/\b(?:it (?:is|would be)|there is)\b[^.;:]{0,50}?\b(?:for|open to) (?:(?:a|an|the|any|each|every|no|such|such an?|individual) )*(?:councillors?|members?)\b(?: of the council)? to [a-z]|\bit is (?:a|the|each|every) (?:councillor|member)'s (?:duty|responsibility)\b|\bit is (?:expected|required) that (?:(?:a|an|the|any|each|every|all) )?(?:councillors?|members?)\b/i),
  officer: caseless(/\b(?:it (?:is|would be)|there is)\b[^.;:]{0,50}?\b(?:for|open to) (?:(?:a|an|the|any|each|every|no|such|such an?|individual) )*(?:officers?|employees?|members? of staff|staff)\b to [a-z]|\bit is (?:a|the|each|every) (?:officer|employee)'s (?:duty|responsibility)\b|\bit is (?:expected|required) that (?:(?:a|an|the|any|each|every|all) )?(?:officers?|employees?|staff|members? of staff)\b/i),
};
/**
 * Words that frame a question ("Do I *need* to…", "Am I *allowed*…", "who should I *let know*")
 * and say little about what it asks; in a protocol they are ordinary content words ("need to
 * know"), so a question's frame would otherwise pull in unrelated sentences.
 */
const FRAME_STEMS = new Set(
  ['need', 'want', 'let', 'know', 'allowed', 'able', 'supposed', 'meant', 'fine', 'okay', 'ok', 'go', 'take', 'make', 'actually', 'really', 'anyone', 'someone', 'anything', 'sure', 'think', 'thing'].map(stem),
);
/**
 * Whether a sentence's own subject is the side ("The Clerk …", "A councillor who …"; a pronoun with the side carried from
 * the sentence before), not a side its rule is for ("Councillors should contact officers …" is no rule of the officers').
 */
function subjectIsSide(unit: IndexedUnit, side: 'councillor' | 'officer'): boolean {
  const subject = subjectOf(unit.text.replace(STAFF_AS_THING, ''));
  const other = side === 'officer' ? 'councillor' : 'officer';
  if (/^(?:they|he|she)\b/i.test(subject)) return unit.carriedSides?.[side] === true && !unit.carriedSides[other];
  return SIDE[side].test(subject) && !SIDE[other].test(subject);
}
/** A party named after a preposition ("from the clerk", "to the assistant clerk"): not whom the question asks about. */
const PARTY_AFTER_PREPOSITION = /\b(?:from|to|with|by|for|about|at|of|on) (?:the|a|an|my|our|your|their|his|her) [\w'-]+(?: [\w'-]+)?/gi;
/** Words naming a party, not an act: "Do I have to tell the clerk?" asks the telling, and every sentence names the clerk. */
const PARTY_STEMS = new Set(['officer', 'staff', 'employee', 'clerk', 'councillor', 'member', 'chair', 'chairman', 'mayor', 'council', 'anyone', 'someone'].map(stem));
/** A rule for its subject in a bare "should" or "shall" (not "should not", already a rule; not "should be able", which describes). */
const OWN_RULE_MODAL = /\b(?:should|shall)\b(?! not\b| be able\b)/i;
/** A sentence that continues the one before: "such a meeting", "This means…", "They should…", "In that case", "You may then …". */
/** A sentence that offers what may be done once the sentence before has happened ("You may then ask the Chair …"). */
const THEN_OFFERED = /\b(?:may|can) then\b/i;
const REFERS_BACK = /(?<!\bas )\bsuch (?!as\b)(?:an? )?[a-z]+|^(?:this|these|that|those|they|he|she|in that case|in such cases?|if so)\b|^it\b(?! is| was| would| will be| may be| should be)|\bthe above\b|^(?:[A-Za-z-]+ ){1,4}(?:may|will|should|must|can|shall|could) then\b/i;
/** "staff" naming a resource ("staff time", "staff resources"), not the people: no side. */
const STAFF_AS_THING = /\bstaff (?=(?:time|resources?|costs?)\b)/gi;
/**
 * A rule in the passive: a modal (or "is/are to") then "be" and a participle, "must only be used", "should not be
 * presented", "are not to be taken", "shall be kept". The words before it are the thing the rule is on.
 */
const PASSIVE_RULE = /\b(?:must|should|shall|may(?= not| only| never)|(?:is|are) (?=(?:not |only )?to be\b))(?: not| only| never| always| also)?(?: to)? be (?:[a-z]+ly )?([a-z]+(?:ed|en|wn|ld|nt|de|ne|pt|ght|id|ut|ft|et))\b/i;
/** Where a thing's head noun ends: a comma, a preposition, a relative word or a participle ("Papers marked …", "data held by …"). */
const THING_MODIFIER = /,|\s(?:of|for|to|from|about|on|in|at|by|with|over|under|which|that|who|whose|where|when|whether|including|such as|[a-z]+ed|given|held|kept|sent|made|taken|shown|told|put|paid|left)\b/i;
/** The asker as the subject of the asking sentence ("Can I …", "Do I have to …", "how do we …"). */
const ASKER_ACTS = /\b(?:i|we)\b(?!')/i;
/** A thing given to a side ("Information given to a Councillor", "papers provided to members"): that side holds it. */
const HOLDER = /\b(?:given|provided|supplied|sent|passed|circulated|issued|offered|made available)\s+to\s+(?:(?:a|an|the|any|each|every|all|individual)\s+)*(councillors?|members?|officers?|employees?|staff)\b(?! of (?:the )?(?:staff|public))/i;
/** A verb of the story: the word before an object pronoun ("offered me", "sent us", "gave him"). */
const STORY_VERB = /\b([a-z]+)\s+(?=(?:me|us|him|her|them)\b)/gi;
/** The words after the asker that say what the asker does ("can I *use the*", "do I *have to report*"). */
const ASKER_VERBS = /\b(?:i|we)\s+((?:[a-z]+\s+){0,2}[a-z]+)/gi;
/** The asker acted on, in the passive ("Can I be reported …?", "Will I be told …?"). */
const ASKER_ACTED_ON = /\b(?:i|we)\s+(?:\w+\s+)?be\s+[a-z]+(?:ed|en|wn|ld|nt|pt|ght|id|ut)\b/i;
/** A leading subordinate clause, before the main clause's subject. */
const LEADING_CLAUSE = /^(?:if|where|when|whenever|whilst|while|once|after|before|unless|until|although|as long as|during|in the (?:case|event) of)\b/i;
/** A thing-rule's subject that is a pronoun or points back: the clause's side reaches it another way (CARRIES_SIDE), or not at all. */
const POINTING_SUBJECT = /^(?:it|they|these|this|those|that|he|she|such|any such)\b/i;
/** A sentence whose subject is a pronoun for whom the clause spoke of before ("They must not allow …", "He/she represents …"). */
const CARRIES_SIDE = /^(?:they|he|she|he\/she|s\/he)\b/i;
/** A sentence that opens a new case rather than carrying on the one before. */
const CONDITION_OPENING = /^(?:if|where|when|whilst|while|in the (?:case|event) of|should)\b/i;
/**
 * A rule the permission cues do not read: an instruction to the reader ("… and do not raise it in a meeting"), or the
 * "will" a protocol rules with ("Staff will not take instructions from an individual councillor", "Members will
 * endeavour to give timely responses …"; not the "will then" of what follows a step).
 */
const UNMODAL_RULE = /\b(?:do not|don't|never|won't|(?:is|are) not to)\b|\bwill\b(?!\s+then\b)/i;
/**
 * An instruction to the reader in the imperative, at the start of a sentence or after the condition that opens it:
 * "If you are unhappy with a member of staff, talk to the Parish Manager in private", "… tell the Parish Manager".
 * It rules as "you should" does; the verbs are those of taking a matter to someone.
 */
const IMPERATIVE_RULE = /(?:^|[,;:]\s+)(?:please\s+|always\s+|first\s+|instead\s+)?(?:talk|speak|tell|ask|send|take|refer|contact|raise|report|pass|inform|write to|e-?mail|consult|go)\s+(?:to|it|them|this|him|her|the|your|a|an|any)\b/i;
/**
 * A sentence whose first word points back to the one before, or sets itself against it ("However, officers
 * should not …"): it is quoted with that one, since alone it reads as the whole rule.
 */
const OPENS_WITH_REFERENCE = /^(?:this|these|that|those|they|such|however|but|nevertheless|nonetheless|conversely|it (?!is\b|was\b|would\b|will be\b|may be\b|should be\b))\b/i;
/** A sentence that is itself a question: it ends with a question mark (and any closing quotes or bracket). */
const ASKS = /\?["'”’)]*\s*$/;
/** A follow-up with at most this many content words leans on the turn before for its frame. */
const ELLIPTICAL_WORDS = 4;
const K1 = 1.2;
const B = 0.75;

/**
 * Chooses the sentence that answers a question among the sentences of candidate clauses: BM25 of
 * each sentence against the question (idf over the whole protocol's sentences), the intent's
 * vocabulary at a lower weight, the question type's cues, the clause's prior rank, and the
 * asker's side. Needs nothing but the protocol text, so it works on a protocol just ingested.
 */
export class AnswerSelector {
  private readonly cache = new WeakMap<Clause[], CouncilUnits>();
  private readonly definitions = new WeakMap<Clause[], DefinedPost[]>();

  /** The posts the protocol's own definitions rename, read once per protocol. */
  private definedPosts(protocolClauses: Clause[]): DefinedPost[] {
    let posts = this.definitions.get(protocolClauses);
    if (!posts) this.definitions.set(protocolClauses, (posts = definedPosts(protocolClauses)));
    return posts;
  }

  choose(protocolClauses: Clause[], message: string, role: Role | undefined, candidates: CandidateClause[], context: AnswerContext = {}): ScoredAnswer | null {
    if (candidates.length === 0) return null;
    // "the Chief Executive" asked of a text that says "the Head of Paid Service" throughout: read with the protocol's own term.
    const question = withDefinedTerms(message, this.definedPosts(protocolClauses));
    const vocabulary = context.vocabulary ?? new Map<string, number>();
    const termWeight = context.termWeight ?? (() => 1);
    const units = this.units(protocolClauses);
    const asking = askingPart(question);
    const own = questionType(question);
    // An elliptical follow-up ("what about the mayor?") asks what the turn before asked, of something else.
    // …and "what do I do?" about a complaint, with the route proposed, asks whom to take it to.
    const type = context.routeAskedAsWhatToDo ? 'who' : own === 'other' && context.previous ? context.previous.type : own;
    // The asking sentence counts double: the backstory says what it is about, the question what is wanted.
    const query = new Map<string, number>();
    const add = (stem: string, weight: number) => query.set(stem, (query.get(stem) ?? 0) + weight * termWeight(stem) * (FRAME_STEMS.has(stem) ? WEIGHTS.frame : 1));
    for (const s of queryStems(withoutChatter(question))) add(s, 1);
    // …unless it says nothing itself ("Am I allowed to?"): then the backstory is the question.
    const askingStems = asking !== question ? queryStems(withoutChatter(asking)) : [];
    if (askingStems.length >= 2) for (const s of askingStems) add(s, WEIGHTS.asking);
    // The asking sentence alone: after a backstory, the sentence that answers shares its words, not only the backstory's.
    const focus = new Map<string, number>();
    if (askingStems.length >= 1) for (const s of askingStems) if (!FRAME_STEMS.has(s)) focus.set(s, (focus.get(s) ?? 0) + termWeight(s));
    // The message's own words, before the protocol's words for them are added: a thing rule must be on a thing it names itself.
    const ownWords = new Set(query.keys());
    // …or, asked whether the asker may or must ("Can I use …", "Do I have to report it?"), the act it puts on the thing is
    // the asker's own act in the asking sentence: the words just after "I", not the story's ("A member sent me …") nor the
    // asker's being acted on ("Can I be reported …?").
    const askerActs = ASKER_ACTS.test(asking) && !ASKER_ACTED_ON.test(asking);
    // "If a complaint is against the Chief Officer, the complaint must be lodged …" is the exception for that post's case: read
    // for the side only when the message names the post (the condition cue's case), not over the rule for every case.
    const otherPostsCase = (unit: IndexedUnit) => unit.conditionPosts.length > 0 && !namesConditionPost(question, unit.conditionPosts);
    // The thing is named by a noun of the message: "offered" in "A builder offered me tickets" is what happened, not the thing.
    const storyVerbs = new Set([...question.matchAll(STORY_VERB)].flatMap((m) => queryStems(m[1])));
    const thingWords = new Set([...ownWords].filter((s) => !storyVerbs.has(s)));
    const askedActs = new Set(type === 'can' ? [...asking.matchAll(ASKER_VERBS)].flatMap((m) => queryStems(m[1])) : []);
    // The asker's own act ("Who should I tell?"): a sentence that has the verb only as another's act keeps a share of it.
    const askerVerbs = WEIGHTS.offRoleVerb < 1 ? askerVerbStems(asking).filter((v) => query.has(v)) : [];
    const askerOwnSide = askerSide(question, role);
    const offRoleIn = (unit: IndexedUnit, verb: string) => {
      const key = `${verb}:${askerOwnSide ?? ''}`;
      let off = (unit.offRole ??= new Map()).get(key);
      if (off === undefined) unit.offRole.set(key, (off = verbRoleIn(unit.text, verb, askerOwnSide) === 'other'));
      return off;
    };
    /** The query as it counts for one sentence: an asker's verb used there only as another's act keeps WEIGHTS.offRoleVerb. */
    const queryFor = (unit: IndexedUnit, weights: Map<string, number>) => {
      const off = askerVerbs.filter((v) => weights.has(v) && unit.tf.has(v) && offRoleIn(unit, v));
      if (off.length === 0) return weights;
      const read = new Map(weights);
      for (const v of off) read.set(v, (read.get(v) ?? 0) * WEIGHTS.offRoleVerb);
      return read;
    };
    for (const formal of protocolWordsFor(question)) for (const s of queryStems(formal)) if (!query.has(s)) add(s, WEIGHTS.synonym);
    // …and the kind of a thing the story names ("a case of wine" is a gift): protocols name kinds, people name things.
    for (const formal of kindWordsFor(question)) for (const s of queryStems(formal)) if (!query.has(s)) add(s, WEIGHTS.kind);
    // …and the sentence that answered it lends its words as the question's frame, at a lower weight.
    if (context.previous && askingStems.length + queryStems(question).length <= ELLIPTICAL_WORDS) {
      for (const s of new Set(queryStems(context.previous.text))) if (!query.has(s)) add(s, WEIGHTS.previous);
    }
    const side = sideAskedAbout(question, asking, role, type);
    // "Who is the RFO answerable to?": the side is a party the question asks about, not the asker, so a sentence whose subject
    // is that kind of post (IndexedUnit.postSides) is about it. Not a party met only after a preposition ("How long will it
    // take to get the contract from the clerk?" asks of the contract), nor a question in the first person.
    const askedOfNamedParty =
      side !== undefined && !/\b(?:i|me|my|we|us|our)\b/i.test(firstPersonInFull(asking)) && sideNamed(asking.replace(PARTY_AFTER_PREPOSITION, '')) === side;
    // "Can I reply?", "what do I say?": the asker asks of their own act (WEIGHTS.otherSideOwnAct).
    const askerOwnAct = side !== undefined && side === askerSide(question, role) && /\b(?:i|me|my|we|us|our)\b/i.test(firstPersonInFull(asking));
    // "Do officers have to stay neutral …?": a sentence stating that side's conduct with no modal answers it as "must" does.
    const duty = type === 'can' && CUES.statedDuty > 0 ? dutyQuestion(question) : undefined;
    const dutyOf = duty?.whose;
    // …of a party the question names: "Do I have to answer?" is the asker's own duty, which a rule for the asker states.
    const dutySide = dutyOf !== undefined && !/^(?:i|we)$/i.test(dutyOf) ? side : undefined;
    // "Do I have to answer?", "Must I tell anyone?" (answers60): a rule for the asker's side answers as "must" does when it is
    // a "should" or "shall" for that side, or a plain statement of that side's conduct whose act is the one asked ("The Clerk
    // attends every meeting" for "Do I have to go to every meeting?"); not any plain statement about the side ("Councillors are
    // elected by …" does not answer "Do I have to answer?").
    const ownDutySide = dutyOf !== undefined && dutySide === undefined && CUES.ownDuty > 0 ? side : undefined;
    // The act asked is the predicate's verb ("stay" in "stay out of party politics"), not its object: "Councillors treat as
    // confidential any paper …" shares "paper" with "Do I have to keep quiet about the confidential paper?" but not the act.
    // It is matched as a verb's form ("answers", "answered"), not by stem: "Councillors are … answerable to the people" is not
    // an answer given.
    const dutyWord = ownDutySide ? canonicalWords(duty?.act ?? '').find((w) => w.length > 1 && !STOPWORDS.has(w) && !PARTY_STEMS.has(stem(w))) : undefined;
    const dutyAct = dutyWord === undefined ? undefined : stem(dutyWord);
    const actForm = dutyWord === undefined ? undefined : new RegExp(`\\b${dutyWord.replace(/e$/, '')}(?:e|es|s|ed|d|ing)?\\b`, 'i');
    // An act named only by a frame word ("let anyone know", "take it to the clerk", or none: "Do I have to?") leaves the act to
    // the sentence, and any "should" for the side may answer; a named act ("report it") wants a sentence of that act ("An
    // officer who feels bullied should tell the Clerk" does not answer "Do I have to report a gift?").
    const openAct = dutyAct === undefined || FRAME_STEMS.has(dutyAct);
    const ownDutyOf = (unit: IndexedUnit) => {
      if (ownDutySide === undefined || !subjectIsSide(unit, ownDutySide)) return false;
      const actShared = !openAct && actForm !== undefined && actForm.test(unit.text);
      return (OWN_RULE_MODAL.test(unit.text) && (openAct || actShared)) || (actShared && (unit.statesConduct ??= statesConduct(unit.text)));
    };
    // "Can I expect officers to keep me informed?": the other side's conduct towards the asker's side answers it. Only when
    // the side asked about is the asker's own ("After I complain about an officer, will I be told …?" asks of the officer).
    const owed = side !== undefined && side === askerSide(question, role) && WEIGHTS.owedSide > 0 && asksWhatIsOwed(question);
    // "The clerk refused … What can I do?" wants the next step, not the rule applied.
    const nextStep = asksForNextStep(question);
    // The message tells of a failed first step, supposes one or asks what comes next: a later step's case is its own.
    const setbackTold = !asksFirstStep(question);
    // "A councillor has been rude to me. What should I do?" wants the route, as a setback wants the next step.
    const wronged = !nextStep && WEIGHTS.route > 0 && asksRouteAfterMistreatment(question);
    // "Can a councillor tell me to drop my work and do his?" wants who directs staff, as a wronged asker wants the route.
    const directed = !nextStep && !wronged && WEIGHTS.authority > 0 && asksWhetherMemberMayDirect(question, role);
    // "Can I talk to the finance officer directly?" wants whom a member may approach, or that requests go through a post.
    const goingDirect = !nextStep && !wronged && !directed && WEIGHTS.directContact > 0 && asksToGoDirect(question);
    const remedyOf = (unit: IndexedUnit) =>
      nextStep ? unit.remedy : wronged ? (unit.route ??= routeCue(unit.text)) : directed ? (unit.authority ??= authorityCue(unit.text)) : goingDirect ? directContactCue(unit.text) : 0;
    // "How do I get hold of the quotes?" asks the first step: "A member whose request … has been refused may …" is for later.
    const firstStep = WEIGHTS.laterStep > 0 && !nextStep && asksFirstStep(question);
    const remedyWeight = nextStep ? WEIGHTS.remedy : wronged ? WEIGHTS.route : directed ? WEIGHTS.authority : goingDirect ? WEIGHTS.directContact : 0;
    // "Who" wants a post the question does not already name; so does a next step after a setback: "I told
    // the clerk and nothing came of it. What can I do?" is not answered by "… should be raised with the Clerk".
    const known = type === 'who' || nextStep ? new Set(postsNamed(question)) : undefined;
    // "Who decides …?" wants the post that acts, not one that is told or asked ("… must notify the Town Clerk").
    const whoActs = type === 'who' && asksWhoActs(question);
    // "Am I employed by the mayor?", "Does this protocol cover co-opted members?": a sentence stating that kind of fact.
    const asked = (type === 'fact' || type === 'other') && WEIGHTS.factAsked > 0 ? factAsked(question) : undefined;
    // …of the side the question is about ("Are councillors accountable to …?" is not answered by "Employees are accountable
    // to the Town Clerk"), and for a post's duty, of the post it names when both name one ("Is the mayor responsible for
    // …?" is not answered by "The Town Manager … is responsible for all press releases").
    // Asked of one's own employer ("Is the mayor my employer?"), the side is the asker's, not the post's the question names.
    const askedPosts = asked === 'duty' ? postsNamed(asking) : [];
    const factSide = asked === 'employer' && role && /\b(?:i|me|my)\b/i.test(asking) ? (role === 'councillor' ? 'councillor' : 'officer') : side;
    const factCueOf = (unit: IndexedUnit, kind: FactAsked) =>
      (factSide && !unit.sides[factSide] && unit.sides[factSide === 'officer' ? 'councillor' : 'officer']) ||
      (askedPosts.length > 0 && unit.posts.length > 0 && !unit.posts.some((p) => askedPosts.includes(p)))
        ? 0
        : factCueIn(unit, kind);
    // "What counts as a working day?": the glossary sentence giving the word's meaning answers, whatever else does.
    const defining = asksDefinition(question);
    // '"Councillor" includes a co-opted councillor and the Chairman of the Council' tells what a word means: it answers a
    // question asking that ("What counts as …?") or whether someone is within a word ("Does 'member' include …?", a fact
    // question), never "What does the vice-chair do when the chair is away?", however many words it shares (answers53).
    const glossaryOnly = (unit: IndexedUnit) => !defining && type !== 'fact' && type !== 'other' && definitionCue(unit.text) > 0;
    const typeCueOf = (unit: IndexedUnit) => {
      const cue =
        whoActs && cueIn(unit, 'who') > 0 ? (actsIn(unit) ? 1 : Math.min(cueIn(unit, 'who'), WEIGHTS.postTold)) : asked ? WEIGHTS.factAsked * factCueOf(unit, asked) : cueIn(unit, type);
      const stated =
        dutySide && (unit.sides[dutySide] || unit.carriedSides?.[dutySide]) && (unit.statesConduct ??= statesConduct(unit.text))
          ? Math.max(cue, CUES.statedDuty)
          : ownDutyOf(unit)
            ? Math.max(cue, CUES.ownDuty)
            : cue;
      return defining ? Math.max(stated, definitionCue(unit.text)) : stated;
    };
    // "How long will it take?" wants a span ("within five working days"), not any time word ("at its next meeting"), when
    // a candidate names one; when none does, a time word ("a timely response") is the best the protocol gives. The span
    // chooses between sentences, as `later` does: whether any sentence answers is decided without it.
    const span =
      type === 'when' && asksSpan(question) && candidates.some(({ clause }) => (units.byClause.get(clause) ?? []).some((u) => !u.asks && spanCue(u.text)));
    const spanLossOf = (unit: IndexedUnit) => (span && !spanCue(unit.text) ? -(1 - SPANLESS_TIME) * WEIGHTS.type * typeCueOf(unit) : 0);
    // The proposed route is the protocol's rule for the kind; a message naming the post an exception is written for ("If
    // the concern is about the Mayor, …") wants the exception, and the route lends no cue.
    const routeSentence = context.routeSentence && WEIGHTS.proposedRoute > 0 ? flat(context.routeSentence) : undefined;
    const inRoute = (unit: IndexedUnit) => routeSentence !== undefined && routeSentence.includes(flat(unit.text));
    // A post the route itself is for ("A complaint about the Town Clerk must be made … to the Chair") makes no exception to
    // it: "where it concerns the Town Clerk" in a duty to tell (uat22, Fernleigh) took the cue from the Clerk's own route.
    // Read once per post for this question, not once per sentence naming it: each reading compiles a pattern.
    const routeAbout = new Map<string, boolean>();
    const routeIsAbout = (post: string) => {
      let about = routeAbout.get(post);
      if (about === undefined) {
        about = routeSentence !== undefined && new RegExp(`\\b(?:about|against|concerning|regarding|relating to) (?:the )?(?:[A-Za-z-]+ )?${escapeRegExp(post)}\\b`, 'i').test(routeSentence);
        routeAbout.set(post, about);
      }
      return about;
    };
    const exceptionNamed =
      routeSentence !== undefined &&
      candidates.some(({ clause }) => (units.byClause.get(clause) ?? []).some((u) => !inRoute(u) && namesConditionPost(question, u.conditionPosts.filter((post) => !routeIsAbout(post)))));
    const proposedRouteOf = (unit: IndexedUnit) => (!exceptionNamed && inRoute(unit) ? WEIGHTS.proposedRoute : 0);
    // Asked what the asker is owed ("Can I expect …?", "what can I do" after no reply), what the protocol says the other side
    // will do for the asker's side ("Officers will do their best to give timely responses …") is the kind of answer asked, as
    // for "will …?".
    const owedCueOf = (unit: IndexedUnit) => (owed && side && owedTo(unit, side) ? Math.max(typeCueOf(unit), cueIn(unit, 'will')) : typeCueOf(unit));
    const cueOf = (unit: IndexedUnit) => (known && unit.posts.length > 0 && unit.posts.every((p) => known.has(p)) ? WEIGHTS.knownPost : 1) * owedCueOf(unit);

    // `glossary`: a definition where the question asks no meaning (glossaryOnly): scored, so the other candidates' relative
    // words keep their scale, but never chosen.
    const scored: { clause: Clause; unit: IndexedUnit; glossary: boolean; lexical: number; fullLexical: number; vocab: number; focus: number; fullFocus: number; rest: number; prior: number; roleCue: number; carried: number; later: number; spanLoss: number; ownActOther: number; coverage: number }[] = [];
    // Coverage costs a pass over the question per sentence: only when it counts or is being recorded.
    const withCoverage = WEIGHTS.coverage !== 0 || context.onScored !== undefined;
    for (const { clause, prior: clausePrior, unitPriors } of candidates) {
      const clauseUnits = units.byClause.get(clause) ?? [];
      for (const unit of clauseUnits) {
        if (context.sentenceFilter && !context.sentenceFilter(unit.text, clause)) continue;
        // A question in the protocol ("Can a councillor give a member of staff a job to do?", a heading of a
        // question-and-answer guide) states no rule: it frames the sentences after it, and never answers.
        if (unit.asks) continue;
        // A sentence is read with the one before it, at a lower weight ("Members should contact the
        // Monitoring officer" follows "In the case of a grievance, …").
        const before = unit.index > 0 ? clauseUnits[unit.index - 1] : undefined;
        const prior = unitPriors?.[unit.index] ?? clausePrior;
        // A question-and-answer clause's question is its heading: the first answer sentence is read with it as with the
        // sentence before, and every later one with it as context, as well as with its own sentence before.
        const heading = units.questionOf.get(clause);
        const around =
          (before ? (unit.refersBack ? WEIGHTS.anaphora : WEIGHTS.context) * unitScore(units, before, query) : 0) +
          (heading ? (before ? WEIGHTS.context : unit.refersBack ? WEIGHTS.anaphora : WEIGHTS.context) * bm25(units, heading, query) : 0);
        const ownQuery = queryFor(unit, query);
        const lexical = unitScore(units, unit, ownQuery) + around;
        const fullLexical = ownQuery === query ? lexical : unitScore(units, unit, query) + around;
        const vocab = unitScore(units, unit, vocabulary);
        // About the asker's side: +1; about the other side only (what *they* must do): a share of −1; naming neither, the clause's side before it.
        const ownSide = side ? sideCue(askedOfNamedParty ? { ...unit, sides: unit.postSides } : unit, side, owed) : 0;
        // The rest of the own-act share (WEIGHTS.otherSideOwnAct) for the other side's rule: it only chooses between sentences.
        // …and "All Councillors can expect: …" to a councillor asking of their own act: what the asker's side is owed is no
        // rule for the asker's act, so it loses the side it took. Not an entitlement ("A councillor is entitled to see …"),
        // which answers "Can I see …?".
        const ownActOther = !(askerActs && askerOwnAct && !owed)
          ? 0
          : ownSide === -WEIGHTS.otherSide
            ? -WEIGHTS.role * Math.max(0, WEIGHTS.otherSideOwnAct - WEIGHTS.otherSide)
            : ownSide === 1 && unit.expects?.[side] === true && !unit.expects[side === 'officer' ? 'councillor' : 'officer'] && /\bexpect\b/i.test(unit.text)
              ? -WEIGHTS.role * WEIGHTS.otherSideOwnAct
              : 0;
        const carried =
          side && !ownSide && unit.carriedSides
            ? WEIGHTS.carriedSide * sideCue({ sides: unit.carriedSides, towards: unit.towards, served: unit.served, expects: undefined }, side, owed)
            : side && !ownSide && askerActs && thingAsked(unit, side, thingWords, askedActs) && !otherPostsCase(unit)
              ? WEIGHTS.thingRule
              : 0;
        const roleCue = ownSide + carried;
        const rest =
          WEIGHTS.type * cueOf(unit) + WEIGHTS.prior * prior + WEIGHTS.role * roleCue + WEIGHTS.fragment * unit.fragment + remedyWeight * remedyOf(unit) +
          (WEIGHTS.condition > 0 && namesConditionPost(question, unit.conditionPosts) ? WEIGHTS.condition : 0) +
          proposedRouteOf(unit);
        const ownFocus = focus.size > 0 ? queryFor(unit, focus) : focus;
        const focused = focus.size > 0 ? unitScore(units, unit, ownFocus) : 0;
        const fullFocus = ownFocus === focus ? focused : unitScore(units, unit, focus);
        scored.push({ clause, unit, glossary: glossaryOnly(unit), lexical, fullLexical, vocab, focus: focused, fullFocus, rest, prior, roleCue, carried: WEIGHTS.role * carried, later: firstStep && unit.laterStep ? -WEIGHTS.laterStep : 0, spanLoss: spanLossOf(unit), ownActOther, coverage: withCoverage ? coverageOf(units, unit, query) : 0 });
      }
    }
    if (scored.length === 0) return null;
    const maxLexical = Math.max(...scored.map((s) => s.fullLexical));
    const maxVocab = Math.max(...scored.map((s) => s.vocab));
    if (!(maxLexical > 0)) return null; // nothing in any candidate shares a word with the question
    const scale = (x: number, max: number) => (WEIGHTS.saturation > 0 ? x / (x + WEIGHTS.saturation) : max > 0 ? x / max : 0);
    const maxFocus = Math.max(...scored.map((s) => s.fullFocus));
    const total = (s: (typeof scored)[number]) => WEIGHTS.lexical * scale(s.lexical, maxLexical) + WEIGHTS.vocabulary * scale(s.vocab, maxVocab) + WEIGHTS.focus * scale(s.focus, maxFocus) + WEIGHTS.coverage * s.coverage + s.rest;
    context.onScored?.(
      scored.map((s) => ({
        ref: s.clause.ref,
        text: s.clause.text.slice(s.unit.start, s.unit.end),
        features: [scale(s.lexical, maxLexical), scale(s.vocab, maxVocab), cueOf(s.unit), s.prior, s.roleCue, s.unit.fragment, scale(s.focus, maxFocus), remedyOf(s.unit), s.coverage],
        score: total(s),
      })),
    );
    type Row = (typeof scored)[number];
    // The best sentence, with or without the cues that only choose between sentences: the side a sentence takes from its
    // clause (`carried`), the later step's (`later`), a spanless time's for a how-long question (`spanLoss`) and the other
    // side's rule to an asker asking of their own act (`ownActOther`).
    const pick = (withChoosingCues: boolean, withGlossary = false) => {
      const value = (s: Row) => total(s) + (withChoosingCues ? s.later + s.spanLoss + s.ownActOther : -s.carried);
      const eligible = withGlossary ? scored : scored.filter((s) => !s.glossary);
      let best = eligible[0] ?? scored[0];
      let score = value(best);
      for (const s of eligible) if (value(s) > score) [best, score] = [s, value(s)];
      // A sentence that sets out whom it is about, and the next that gives the rule without a subject of
      // its own ("Where a councillor appears to have breached this protocol, the Chair may speak to them
      // informally. A serious or repeated breach may be reported…"), answer together: the pair is read
      // as the first with a share of the second's better cue.
      let pairedNext: Row | undefined;
      for (let i = 0; i + 1 < scored.length; i++) {
        // Candidates are scored in clause order, so the next sentence is the next row.
        const [s, n] = [scored[i], scored[i + 1]];
        if (s.glossary || n.clause !== s.clause || n.unit.index !== s.unit.index + 1 || n.unit.sides.councillor || n.unit.sides.officer || CONDITION_OPENING.test(n.unit.text) || s.unit.parts || n.unit.parts) continue;
        const paired = value(s) + WEIGHTS.pair * WEIGHTS.type * (cueOf(n.unit) - cueOf(s.unit));
        if (cueOf(n.unit) > cueOf(s.unit) && paired > score) [best, score, pairedNext] = [s, paired, n];
      }
      // The same pair when the first sentence's condition is a breach: that condition makes it a consequence (its cue is
      // no lower than the next's), but it still only sets out the case, and the next sentence goes on to the rest of it.
      if (!pairedNext && type === 'what_if' && breachCondition(best.unit.text)) {
        const n = scored[scored.indexOf(best) + 1];
        if (n && n.clause === best.clause && n.unit.index === best.unit.index + 1 && !n.unit.sides.councillor && !n.unit.sides.officer && !CONDITION_OPENING.test(n.unit.text) && !best.unit.parts && !n.unit.parts && cueOf(n.unit) > 0) pairedNext = n;
      }
      return { best, score, pairedNext };
    };
    // A sentence that leans on the one before ("This can range from…", "However, …", "Any offer over that value …", "You
    // must then …", src/answer/leaning.ts) cannot be read alone: the sentence before it is quoted with it. Whether any
    // sentence answers reads only the sentence before one that opens by pointing back (`opening`), as it did before
    // leaning.ts: quoting the wider set is for reading, and lifted "If an officer believes that a Member may be in breach
    // …, they should inform the Clerk" over the rule check for "I play golf with the clerk. Should I declare that?".
    const sentenceBefore = (best: Row, opening = false) => {
      const leans = opening ? OPENS_WITH_REFERENCE.test(best.unit.text) : leansOnBefore(best.unit.text);
      const before = leans && best.unit.index > 0 ? units.byClause.get(best.clause)?.[best.unit.index - 1] : undefined;
      return before && !before.parts && !before.asks ? before : undefined;
    };
    const lexicalFloor = (best: Row) => (type !== 'can' && best.prior >= CUED_LEXICAL.prior && cueOf(best.unit) >= 1 ? CUED_LEXICAL.lexical : MIN_LEXICAL);
    const answers = ({ best, score, pairedNext }: ReturnType<typeof pick>) => {
      if (score < (context.minScore ?? MIN_ANSWER_SCORE) || best.lexical < lexicalFloor(best)) return false;
      // "Can I hold a ward surgery in the council chamber?" met only by a sentence that states no rule and shares
      // little more than the topic word ("He/she represents the Council in the ward, …"): the protocol does not
      // answer it, and saying so (with the clauses and the Clerk) is better than a role description.
      const before = sentenceBefore(best, true);
      const quoted = [best.unit, ...(pairedNext ? [pairedNext.unit] : []), ...(before ? [before] : [])];
      // A line of authority ("Our staff take instructions from the Clerk, and from no individual councillor") is the rule
      // a question about a member directing staff asks for, modal or not.
      const statesRule = quoted.some((unit) => cueOf(unit) > 0 || UNMODAL_RULE.test(unit.text) || IMPERATIVE_RULE.test(unit.text) || (directed && remedyOf(unit) > 0));
      return !(type === 'can' && !statesRule && coverageOf(units, best.unit, focus.size > 0 ? focus : query) < MIN_RULELESS_COVERAGE);
    };
    // Whether any sentence answers is decided without the side taken from the clause: it chooses between sentences, but
    // lifted "They are not responsible to any one political party …" over the threshold for a question about buying lights.
    // …nor by passing over a definition: whether the protocol answers at all is read with every sentence, as before (else a
    // definition that fell short lifted a rule for the other side over the threshold); the answer is then the best sentence
    // that is not a definition, if it answers too.
    const any = pick(false, true);
    if (!answers(any)) return null;
    const plain = any.best.glossary ? pick(false) : any;
    if (plain !== any && (plain.best.glossary || !answers(plain))) return null;
    const chosen = scored.some((s) => s.carried !== 0 || s.later !== 0 || s.spanLoss !== 0 || s.ownActOther !== 0) ? pick(true) : plain;
    const { best, score, pairedNext } = chosen !== plain && answers(chosen) ? chosen : plain;

    // Two adjacent sentences when the next one carries on and scores nearly as well.
    const next = scored.find((s) => s.clause === best.clause && s.unit.index === best.unit.index + 1);
    let end = pairedNext ? pairedNext.unit.end : best.unit.end;
    const carriesOn = next && leansOnBefore(next.unit.text);
    // …when it scores nearly as well, or gives what the question asks and the best does not ("what happens next?").
    if (next && carriesOn && (total(next) >= NEIGHBOUR_RATIO * score || cueOf(next.unit) > cueOf(best.unit))) end = next.unit.end;
    // …and when it opens the case the message is about ("If informal resolution fails, …" for "what happens if informal
    // resolution of my concern fails?"): the rule before it alone answers another case (caseMet.ts).
    else if (next && !carriesOn && !next.glossary && !next.unit.parts && !best.unit.parts && end === best.unit.end && total(next) >= CASE_RATIO.value * score && meetsCase(question, next.unit, best.unit.text, setbackTold)) end = next.unit.end;
    if (type === 'can') end = Math.max(end, limitOfGrant(units.byClause.get(best.clause) ?? [], best.unit)?.end ?? end);
    // …and when that sentence leans too ("… must declare it. This must be done in writing … The councillor must then …"),
    // the one it leans on: the quote starts where the chain of leaning sentences does (two back at most).
    const leanedOn = sentenceBefore(best);
    const chainStart = leanedOn && leansOnBefore(leanedOn.text) && leanedOn.index > 0 ? units.byClause.get(best.clause)?.[leanedOn.index - 1] : undefined;
    const start = (chainStart && !chainStart.parts && !chainStart.asks ? chainStart : leanedOn)?.start ?? best.unit.start;
    const text = best.clause.text.slice(start, end);
    // A lead-in with a long list (bulleted, or enumerated on one line) answers as a whole, but the first line reads only the
    // item the question is about (focusOf finds no list in any other unit).
    const narrowed = start === best.unit.start && end === best.unit.end ? (routeItemOf(text, context.routeRecipient) ?? focusOf(units, text, query, vocabulary, focus)) : undefined;
    return { ref: best.clause.ref, text, ...(narrowed ? { focus: narrowed } : {}), score: Math.round(score * 1000) / 1000, type };
  }

  private units(clauses: Clause[]): CouncilUnits {
    let built = this.cache.get(clauses);
    if (built) return built;
    const byClause = new Map<Clause, IndexedUnit[]>();
    const questionOf = new Map<Clause, Bag>();
    const df = new Map<string, number>();
    let count = 0;
    let totalLength = 0;
    for (const clause of clauses) {
      if (clause.heading && ASKS.test(clause.heading) && !clause.text.startsWith(clause.heading)) {
        // The question is the protocol's text too: it counts in the sentence statistics as a sentence of its clause.
        const question = bag(clause.heading);
        for (const s of question.tf.keys()) df.set(s, (df.get(s) ?? 0) + 1);
        count++;
        totalLength += question.length;
        questionOf.set(clause, question);
      }
      const list = splitSentences(clause.text).map((unit): IndexedUnit => {
        const whole = bag(unit.text);
        for (const s of whole.tf.keys()) df.set(s, (df.get(s) ?? 0) + 1);
        count++;
        totalLength += whole.length;
        const lines = unit.text.split('\n');
        // "Council stationery, equipment and staff time are provided …": staff time is a thing the Council provides, not the staff side.
        const subject = subjectOf(unit.text.replace(STAFF_AS_THING, ''));
        const postSubject = canonicalWords(subject).join(' ');
        const words = unit.text.split(/\s+/).length;
        const precomputed = {
          cues: {},
          sides: {
            councillor: SIDE.councillor.test(subject) || RULE_FOR.councillor.test(unit.text) || IMPERSONAL_RULE_FOR.councillor.test(unit.text),
            officer: SIDE.officer.test(subject) || RULE_FOR.officer.test(unit.text) || IMPERSONAL_RULE_FOR.officer.test(unit.text),
          },
          postSides: { councillor: false, officer: false },
          towards: { councillor: false, officer: false },
          served: { councillor: SERVED.councillor.test(unit.text), officer: SERVED.officer.test(unit.text) },
          fragment: words < 6 || (/:\s*$/.test(unit.text) && lines.length === 1) ? 1 : 0,
          refersBack: REFERS_BACK.test(unit.text),
          remedy: remedyCue(unit.text),
          asks: ASKS.test(unit.text),
          posts: answeringPosts(unit.text),
          conditionPosts: conditionPosts(unit.text),
        };
        const predicate = predicateOf(unit.text);
        precomputed.towards = { councillor: SIDE.councillor.test(predicate), officer: SIDE.officer.test(predicate) };
        precomputed.postSides = { councillor: precomputed.sides.councillor || SIDE.councillor.test(postSubject), officer: precomputed.sides.officer || SIDE.officer.test(postSubject) };
        const owedSubject = owedSubjectOf(unit.text);
        const expects = owedSubject === undefined ? undefined : { councillor: SIDE.councillor.test(owedSubject), officer: SIDE.officer.test(owedSubject) };
        return lines.length > 1 ? { ...unit, ...whole, ...precomputed, expects, parts: lines.map(bag) } : { ...unit, ...whole, ...precomputed, expects };
      });
      // "If the Clerk declines …, you will be told why. You may then ask the Chair to look at the decision again": the
      // sentence that names the setback sets the scene, and the next one, which offers the step, is the next step. A step
      // offered in words the remedy cue does not know ("The councillor may then ask the Chair to look at the request
      // again") is still the step when it carries on from the scene with "may / can then": without this the scene took
      // the whole cue, and at WEIGHTS.remedy 1 (answers50) it was quoted instead of the step.
      for (let i = 0; i + 1 < list.length; i++) {
        const stepOffered = list[i + 1].remedy > 0 || (list[i + 1].refersBack && THEN_OFFERED.test(list[i + 1].text));
        if (list[i].remedy === 1 && stepOffered && list[i + 1].remedy < 1 && WEIGHTS.stepAfterSetback > 0) {
          list[i + 1].remedy = 1;
          list[i].remedy = WEIGHTS.stepAfterSetback;
        }
      }
      for (let i = 0; i < list.length; i++) list[i].laterStep = laterStepCue(list[i].text, i > 0 ? list[i - 1].text : undefined);
      // "Officers are employed by the Council as a whole. They must not …": the second sentence is still about officers.
      let named: IndexedUnit | undefined;
      for (const unit of list) {
        if (unit.sides.councillor || unit.sides.officer) named = unit;
        else if (named && (CARRIES_SIDE.test(unit.text) || pointingPassiveRule(unit.text))) unit.carriedSides = named.sides;
        else if (!unit.parts) {
          const thing = thingRuleOf(unit.text);
          if (thing) [unit.thingRule, unit.thingSides] = [thing, named?.sides];
        }
      }
      byClause.set(clause, list);
    }
    built = { byClause, questionOf, idf: new Map(), df, count, avgLength: totalLength / Math.max(1, count) };
    this.cache.set(clauses, built);
    return built;
  }
}

const flat = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * The sentence of the clause that limits what `grant` grants, within LIMIT.reach sentences after it: one that points back
 * to it ("They should not be used …", "These must not …") or shares a content word with it ("Members may request … such
 * information …" / "Where information is requested on behalf of a third party, it will only be provided if: …"). None when
 * `grant` itself already states a limit, or grants nothing.
 */
function limitOfGrant(clauseUnits: IndexedUnit[], grant: IndexedUnit): IndexedUnit | undefined {
  if (LIMIT.reach <= 0 || grant.parts || !GRANTS.test(grant.text) || LIMITS.test(grant.text)) return undefined;
  for (const unit of clauseUnits.slice(grant.index + 1, grant.index + 1 + LIMIT.reach)) {
    if (unit.asks || !LIMITS.test(unit.text)) continue;
    if (OPENS_WITH_REFERENCE.test(unit.text) || [...unit.tf.keys()].some((s) => grant.tf.has(s) && !SIDE_STEMS.has(s))) return unit;
  }
  return undefined;
}
/**
 * The stems of the thing a passive rule is on and of what it says is done to it ("Papers marked confidential should be
 * returned …": paper, mark, confidential, return), or undefined when the sentence is no such rule, or its thing names a side or is a pronoun.
 */
function thingRuleOf(text: string): { head: string; act: string[]; holder?: 'councillor' | 'officer' } | undefined {
  const rule = PASSIVE_RULE.exec(text);
  if (!rule) return undefined;
  // "… may be accepted, but every offer, whether accepted or not, must be reported": the thing is the rule's own clause's.
  const before = text.slice(0, rule.index).split(/[;:]\s+|,\s+(?:but|and|so)\s+/).pop()!.trim();
  // "Where confidential information is provided, it must not be divulged …", "Whenever a public meeting is organised …, all
  // the Councillors should be invited": the thing follows the leading condition.
  const leading = LEADING_CLAUSE.test(before) && before.includes(',');
  let thing = leading ? before.slice(before.lastIndexOf(',') + 1).trim() : before;
  // "If the complaint is against the Chief Executive personally, it must be lodged …": "it" is the condition's subject.
  if (leading && /^(?:it|they)$/i.test(thing)) thing = before.replace(LEADING_CLAUSE, '').split(/\s(?:is|are|was|were|has|have|had|will|would|can|cannot|may|must|should|concerns?|relates?)\b/i)[0].trim();
  // "Decisions by party political groups are not Council decisions and should not be presented …": a second predicate of a
  // sentence about something else, not a rule whose subject is the thing.
  const finite = /\b(?:is|are|was|were|has|have)\b/i.exec(thing);
  if (/\band$/i.test(thing) || (finite && !/\b(?:that|which|who|whom|whose|where|when)\b/i.test(thing.slice(0, finite.index)))) return undefined;
  // "Any written reply to a Member … should not be copied": a side in a phrase of the thing does not make it that side's sentence.
  const subject = subjectOf(thing);
  if (!thing || POINTING_SUBJECT.test(thing) || SIDE.councillor.test(subject) || SIDE.officer.test(subject)) return undefined;
  // The head noun: the last word before the thing's first modifier ("Any offer over that value", "Papers marked confidential",
  // "Personal data held by the Council"), not an adjective before it ("Close personal familiarity").
  const headPhrase = thing.split(THING_MODIFIER)[0].trim();
  const head = contentStems(headPhrase.split(/\s+/).pop() ?? '').filter((s) => !SIDE_STEMS.has(s))[0];
  if (!head) return undefined;
  // "Information given to a Councillor must only be used …": a thing given to one side is that side's to use.
  const holder = HOLDER.exec(thing);
  return { head, act: [...contentStems(rule[1]), ...baseForms(rule[1])], ...(holder ? { holder: SIDE.councillor.test(holder[1]) ? ('councillor' as const) : ('officer' as const) } : {}) };
}

/**
 * A rule in the passive whose subject is "it" or "they" ("If the concern is about the Town Clerk, it should be raised with
 * …", "If there is any doubt …, it should be politely declined"): it names no one, and binds whoever the clause was
 * speaking to, as "They must not …" does (CARRIES_SIDE). Not "These / This …": "These should not be used for private
 * purposes" took the side and won over other clauses' answers (answers51, docs/answers.md).
 */
function pointingPassiveRule(text: string): boolean {
  const rule = PASSIVE_RULE.exec(text);
  if (!rule) return false;
  const before = text.slice(0, rule.index).split(/[;:]\s+|,\s+(?:but|and|so)\s+/).pop()!.trim();
  const subject = LEADING_CLAUSE.test(before) && before.includes(',') ? before.slice(before.lastIndexOf(',') + 1).trim() : before;
  return /^(?:it|they)$/i.test(subject);
}

/**
 * A thing rule (`IndexedUnit.thingRule`) read for the side asked about: its thing or act is one the question names, and
 * the clause before it did not speak of the other side only ("The Clerk may take urgent action … Any such action must be
 * reported …" is the Clerk's rule).
 */
function thingAsked(unit: IndexedUnit, side: 'councillor' | 'officer', words: Set<string>, acts: Set<string>): boolean {
  if (WEIGHTS.thingRule === 0 || !unit.thingRule || (unit.thingSides && !unit.thingSides[side]) || (unit.thingRule.holder && unit.thingRule.holder !== side)) return false;
  return words.has(unit.thingRule.head) || unit.thingRule.act.some((s) => acts.has(s));
}

/** Words naming a side or the council, which nearly every sentence shares: no sign that two sentences speak of one thing. */
const SIDE_STEMS = new Set(['council', 'councillor', 'councillors', 'member', 'members', 'officer', 'officers', 'staff', 'employee', 'employees', 'clerk'].map(stem));

/**
 * "Their job is to give advice …": a post's job in the sense of its role, where a message's "jobs" are tasks ("my list of
 * jobs", "emailing my staff with jobs"). The idiom's "job" is not counted as the word.
 */
const ROLE_JOB = /\b(their|his|her|his\/her|whose|its|the clerk's|an officer's) job is to\b/gi;

function bag(text: string): Bag {
  const read = text.replace(ROLE_JOB, '$1 is to');
  const stems = [...contentStems(read), ...baseForms(read)];
  const tf = new Map<string, number>();
  for (const s of stems) tf.set(s, (tf.get(s) ?? 0) + 1);
  return { tf, length: stems.length };
}

/**
 * The item of a long lead-in-and-list answer that the question is about, scored as sentences are on the question's words,
 * the intent's vocabulary and the asking sentence's words, each relative to the best item, with its lead-in. Not on the
 * question type's cue: the lead-in holds the list's modal ("Members should:"), and an item's own "cannot" or "never"
 * says nothing of whether it is the one asked about. Undefined when the answer is short enough to read whole, when no item shares a word with the
 * question, or when two items score the same: the whole list is then the answer's line, as before.
 */
function focusOf(units: CouncilUnits, text: string, query: Map<string, number>, vocabulary: Map<string, number>, asked: Map<string, number>): AnswerFocus | undefined {
  if (text.length <= FOCUS.minLength) return undefined;
  const layout = listLayout(text);
  if (!layout || layout.items.length < FOCUS.minItems) return undefined;
  const bags = layout.items.map((span) => bag(text.slice(span.start, span.end)));
  // A word most items share ("Officers" in a list of what councillors can expect from officers) tells none of them apart.
  const common = (stem: string) => bags.filter((b) => b.tf.has(stem)).length * 2 > bags.length;
  const apart = (weights: Map<string, number>) => new Map([...weights].filter(([stem]) => !common(stem)));
  const [words, vocab, askedWords] = [apart(query), apart(vocabulary), apart(asked)];
  const rows = layout.items.map((span, i) => {
    const item = bags[i];
    return { span, lexical: bm25(units, item, words), vocab: bm25(units, item, vocab), asked: askedWords.size > 0 ? bm25(units, item, askedWords) : 0 };
  });
  const max = (pick: (row: (typeof rows)[number]) => number) => Math.max(0, ...rows.map(pick));
  const [maxLexical, maxVocab, maxAsked] = [max((r) => r.lexical), max((r) => r.vocab), max((r) => r.asked)];
  // No word of the question tells the items apart: the intent's vocabulary may ("information" for a request to see a report).
  if (!(maxLexical > 0) && !(maxVocab > 0)) return undefined;
  const rel = (x: number, m: number) => (m > 0 ? x / m : 0);
  const scored = rows
    .map((r) => ({ span: r.span, score: WEIGHTS.lexical * rel(r.lexical, maxLexical) + WEIGHTS.vocabulary * rel(r.vocab, maxVocab) + WEIGHTS.focus * rel(r.asked, maxAsked) }))
    .sort((a, b) => b.score - a.score);
  if (scored.length > 1 && scored[0].score - scored[1].score < FOCUS.margin) return undefined;
  const { span } = scored[0];
  return { leadIn: text.slice(layout.leadIn.start, layout.leadIn.end), item: text.slice(span.start, span.end), itemAt: span.start };
}

/**
 * The item of a long lead-in-and-list answer that names the post a "who do I complain to?" message is sent to (the route's
 * recipient): the story's words ("in front of the public") must not choose another item of the route's own list ("Ensure
 * that any criticism is not … overheard by the public") over the one that answers whom ("Take up the concern with the
 * Officer or Line Manager privately"). Undefined unless exactly one item names it, or where focusOf would read the whole.
 */
function routeItemOf(text: string, recipient: string | undefined): AnswerFocus | undefined {
  if (!recipient || text.length <= FOCUS.minLength) return undefined;
  const layout = listLayout(text);
  if (!layout || layout.items.length < FOCUS.minItems) return undefined;
  const named = recipient.toLowerCase();
  const naming = layout.items.filter((span) => text.slice(span.start, span.end).toLowerCase().includes(named));
  if (naming.length !== 1) return undefined;
  const [span] = naming;
  return { leadIn: text.slice(layout.leadIn.start, layout.leadIn.end), item: text.slice(span.start, span.end), itemAt: span.start };
}

/** A list is scored as its lead-in plus its best item, so a long list does not win on length. */
function unitScore(units: CouncilUnits, unit: IndexedUnit, query: Map<string, number>): number {
  if (!unit.parts) return bm25(units, unit, query);
  const [leadIn, ...items] = unit.parts;
  return bm25(units, leadIn, query) + Math.max(0, ...items.map((item) => bm25(units, item, query)));
}

/**
 * +1 for a sentence about the side asked about, a share of +1 for one about the other side's conduct towards it when the
 * message asks what the other side owes the asker (`owed`, questionType.ts asksWhatIsOwed), a share of −1 for one about the other side only (what *they* must do), else 0.
 */
function sideCue(unit: Pick<IndexedUnit, 'sides' | 'towards' | 'served' | 'expects'>, side: 'councillor' | 'officer', owed: boolean): number {
  const { sides } = unit;
  const other = sides[side === 'officer' ? 'councillor' : 'officer'];
  // Asked what the asker is owed, a sentence of what its subject is owed ("Officers can expect from Councillors: …") is about that subject's due.
  if (owed && unit.expects && (unit.expects.councillor || unit.expects.officer) && !(unit.expects.councillor && unit.expects.officer)) return unit.expects[side] ? 1 : -WEIGHTS.otherSide;
  return sides[side] ? 1 : owed && owedTo(unit, side) ? WEIGHTS.owedSide : other ? -WEIGHTS.otherSide : 0;
}

/** A sentence not about the side itself that says what the other side owes it: their conduct towards it, or it served in the passive. */
function owedTo(unit: Pick<IndexedUnit, 'sides' | 'towards' | 'served'>, side: 'councillor' | 'officer'): boolean {
  return !unit.sides[side] && ((unit.sides[side === 'officer' ? 'councillor' : 'officer'] && unit.towards[side]) || unit.served[side]);
}

/** A verb or modal that can end a sentence's subject ("Officers *will* …", "Staff *are* …", "The Clerk *has* …"). */
const MAIN_VERB = /\b(?:will|shall|should|must|may|might|can(?:not)?|could|would|are|is|have|has|aim|need|work)\b/i;
/**
 * A side that is to be served, in the passive: "the local Members should be notified at the outset", "all the Members
 * representing the Wards affected should as a matter of course be invited", "A Member shall be informed by the Town
 * Manager …". Not a duty put on them ("Members will be expected to declare …").
 */
const SERVED: Record<'councillor' | 'officer', CaselessPattern> = {
  councillor: caseless(/\b(?:councillors?|members?)\b(?! of (?:the )?(?:staff|public))(?: [a-z(),-]+){0,6}? (?:should|must|will|shall|need to|are to|is to)(?: (?:as a matter of course|always|also|normally|then|promptly|fully))? be (?:(?:fully|promptly|properly|kept) )?(?!(?:expected|required|obliged|asked|prepared|able|aware|careful|mindful|given to understand)\b)[a-z]+(?:ed|en|wn|ld|nt)\b/i),
  officer: caseless(/\b(?:officers?|employees?|staff|members? of staff|clerk)\b(?: [a-z(),-]+){0,6}? (?:should|must|will|shall|need to|are to|is to)(?: (?:as a matter of course|always|also|normally|then|promptly|fully))? be (?:(?:fully|promptly|properly|kept) )?(?!(?:expected|required|obliged|asked|prepared|able|aware|careful|mindful|given to understand)\b)[a-z]+(?:ed|en|wn|ld|nt)\b/i),
};
/** A predicate whose subject is owed something ("… can *expect* from officers", "… are *entitled to* …"). */
const OWED_SUBJECT = /^\s*(?:reasonably |also )?(?:expect|be entitled|entitled|receive|rely|count on)\b/i;
/** A modal that begins a main clause's predicate after a relative clause ("An Officer who believes a Member may have acted … *should* raise …"). */
const MAIN_MODAL = /\b(?:will|shall|should|must|cannot)\b/i;

/** The subject of a sentence of what its subject is owed ("All Councillors can expect: …"), else undefined. */
function owedSubjectOf(sentence: string): string | undefined {
  const verb = MAIN_VERB.exec(sentence);
  return verb && OWED_SUBJECT.test(sentence.slice(verb.index + verb[0].length)) ? sentence.slice(0, verb.index) : undefined;
}

/**
 * What a sentence says after its subject's verb: whom the subject's conduct is towards. A relative clause in the subject
 * ("An Officer who believes a Member may have acted …") is part of who acts, so the predicate then starts at the main modal.
 */
function predicateOf(sentence: string): string {
  const text = sentence.replace(/\bmembers? of (?:the )?(?:staff|public)\b/gi, (m) => (/staff/i.test(m) ? 'staff' : 'residents'));
  const verb = MAIN_VERB.exec(text);
  if (!verb) return '';
  const after = text.slice(verb.index + verb[0].length);
  // "All Councillors can expect: … from Officers", "Members are entitled to …": the subject is who is owed, not whose conduct it is.
  if (OWED_SUBJECT.test(after)) return '';
  if (!/\b(?:who|whose|which)\b/i.test(text.slice(0, verb.index))) return after;
  const main = MAIN_MODAL.exec(after);
  return main ? after.slice(main.index + main[0].length) : '';
}

/**
 * Whose conduct the question is about, for preferring sentences about that side: the asker's
 * own side when they ask about themselves ("can I", "what should I do"), else the side the
 * asking sentence names ("will officers…", "are councillors meant to…").
 */
export function sideAskedAbout(question: string, asking: string, role: Role | undefined, type: QuestionType = questionType(question)): 'councillor' | 'officer' | undefined {
  // "im on the interview panel, is that ok", "after ive reported it": people type the first person contracted, often
  // without the apostrophe, and the asker is still "I" ("I am on the panel", "after I've reported it").
  question = firstPersonInFull(question);
  asking = firstPersonInFull(asking);
  // "Will …?" asks what the protocol says will be done, and who does it is rarely the asker: "After I complain
  // about an officer, will I be told what was done?" is answered by what the officer will do. So the side is
  // the one the question names, unless what will happen happens to the asker ("will it count against me?"),
  // which a protocol says of the asker's side ("An employee who raises a concern … will not suffer detriment").
  if (type === 'will' && !/\bwill\b.*\b(?:me|us)\b/i.test(asking)) {
    // "The clerk drafted the minutes. If I object, will she change them?": she is whom the message spoke of.
    return sideNamed(asking) ?? (/\b(?:they|he|she)\b/i.test(asking) ? sideNamed(question.slice(0, question.length - asking.length)) : undefined);
  }
  const own = askerSide(question, role);
  // "The clerk refused to give me the report, what now?": after a setback, the next step is the asker's, whoever refused.
  if (asksForNextStep(question)) return own;
  if (/\b(?:i|we)\b/i.test(asking) && /\b(?:can|may|could|should|must|do|am|are|shall|might|would|have|need|want) (?:i|we)\b|\b(?:i|we) (?:need|have|must|should|want|can|may|am)\b|\bmy own\b/i.test(asking)) return own;
  // "Is it OK to ring the deputy clerk…?" asks whether the asker may: the clerk is who is rung.
  if (/^\s*(?:so |but |and )?(?:is it|would it be|it's|is that) (?:ok|okay|alright|all right|fine|acceptable|appropriate|wrong|allowed|permitted|possible)\b(?: for (?:me|us))? to\b/i.test(asking)) return own;
  // "Is the chief exec allowed to stop me talking to a director?" asks whether the asker may: the post named would stop it.
  if (/\b(?:stop|stops|prevent|prevents|ban|bans|bar|bars|forbid|forbids) (?:me|us)\b/i.test(asking)) return own;
  // "If I raise a concern about a councillor, could it count against me?" is about the asker, not the councillor named.
  // (A "he" inside the condition is the one reported, "If I report a councillor for how he treats me, …"; one after it asks about him.)
  const condition = /\b(?:if|when|once|after) (?:i|we)\b[^,]*,?/i.exec(asking);
  if (condition && !/\b(?:they|he|she)\b/i.test(asking.slice(condition.index + condition[0].length))) return own;
  const named = sideNamed;
  // "Do officers have to stay neutral when councillors disagree?": whose duty it asks is the side, not every side it names.
  const dutySubject = dutyAsked(asking);
  const dutySide = dutySubject === undefined ? undefined : named(dutySubject);
  if (dutySide) return dutySide;
  const inAsking = named(asking);
  if (inAsking) return inAsking;
  // "Are they meant to…", "Can she put…", "What happens to him?": whoever the message spoke of before.
  if (/\b(?:they|he|she|him|them)\b/i.test(asking)) return named(question.slice(0, question.length - asking.length));
  return /\b(?:i|me|my|we|us|our)\b/i.test(asking) ? own : undefined;
}

/**
 * The first person contracted as people type it, often without the apostrophe, read as the side reading's patterns read
 * it written out: "im"/"i'm" as "i am" (as "I am on the panel" is), "ive" as "i've" (an "I", but not "I have [to]":
 * "documents I've asked for" is not an obligation of the asker's).
 */
function firstPersonInFull(text: string): string {
  return text.replace(/\bi(?:['’]m|m)\b/gi, 'i am').replace(/\bive\b/gi, "i've");
}

/** The asker's own side: "As an officer, …" / "I'm the clerk": the message's own word outranks the role it came with. */
export function askerSide(question: string, role: Role | undefined): 'councillor' | 'officer' | undefined {
  const said = /\b(?:as|i'?m|i am) (?:an? |the )?(?:(officer|clerk|employee|member of staff|staff member)|(councillor|member|chair(?:man)?))\b/i.exec(question);
  return said ? (said[1] ? 'officer' : 'councillor') : role === undefined ? undefined : role === 'councillor' ? 'councillor' : 'officer';
}

/**
 * The one side a question's text names ("officers", "the clerk"; "a councillor"), or none when it names both or
 * neither. People named by job count as their kind ("the caretaker", "the office assistant" are officers).
 */
function sideNamed(text: string): 'councillor' | 'officer' | undefined {
  const read = canonicalWords(text).join(' ');
  const councillor = SIDE.councillor.test(read);
  const officer = SIDE.officer.test(read);
  return councillor && !officer ? 'councillor' : officer && !councillor ? 'officer' : undefined;
}

/** Share of the question's words (weighted by idf) the sentence itself contains. */
function coverageOf(units: CouncilUnits, unit: IndexedUnit, query: Map<string, number>): number {
  let mass = 0;
  let covered = 0;
  for (const [term, weight] of query) {
    const w = weight * idfOf(units, term);
    mass += w;
    if (unit.tf.has(term)) covered += w;
  }
  return mass > 0 ? covered / mass : 0;
}

function idfOf(units: CouncilUnits, term: string): number {
  let idf = units.idf.get(term);
  if (idf === undefined) {
    const df = units.df.get(term) ?? 0;
    units.idf.set(term, (idf = Math.log(1 + (units.count - df + 0.5) / (df + 0.5))));
  }
  return idf;
}

function bm25(units: CouncilUnits, unit: Bag, query: Map<string, number>): number {
  let score = 0;
  for (const [term, weight] of query) {
    const tf = unit.tf.get(term);
    if (!tf) continue;
    let idf = units.idf.get(term);
    if (idf === undefined) {
      const df = units.df.get(term) ?? 0;
      units.idf.set(term, (idf = Math.log(1 + (units.count - df + 0.5) / (df + 0.5))));
    }
    score += weight * idf * ((tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * unit.length) / units.avgLength)));
  }
  return score;
}

/**
 * The question's content stems, each person named by job also read as the kind of person it is
 * ("the groundsman" also as "officer"), since protocols speak of officers, not groundsmen.
 */
function queryStems(text: string): string[] {
  const stems = canonicalWords(text)
    .flatMap((w) => w.split('-'))
    .filter((w) => w.length > 1 && !STOPWORDS.has(w))
    .map(stem);
  return [...stems, ...baseForms(text)];
}

/** The base form's stem of each irregular verb form in a text (synonyms.ts IRREGULAR_FORMS). */
function baseForms(text: string): string[] {
  const out: string[] = [];
  for (const word of text.toLowerCase().match(/[a-z]+/g) ?? []) {
    const base = IRREGULAR_FORMS.get(word);
    if (base) out.push(stem(base));
  }
  return out;
}

/** A leading condition that says whom the case is about ("If the concern is about the Clerk, …", "If the councillor concerned is the Mayor, or if …, …"). */
const CASE_OPENING = /^(?:[-•]\s*)?(?:if|where) [^,;]{0,60}\b(?:concerned (?:is|are)|(?:is|are) about|concerns|(?:is|are) against|relates? to)\b[^,;]{0,60},(?:\s*or (?:if|where) [^,;]{0,80},)?\s*/i;

/** A subject that is an act, then its doer: "An alleged breach (of this Protocol) by an Officer", "Any complaint by residents". */
const NOMINAL_DOER =
  /^(?:an?|any|every|each)\s+(?:(?:alleged|suspected|serious|repeated|formal|further)\s+)*(?:breach(?:es)?|complaints?|concerns?|allegations?|failures?|requests?)(?:\s+of\s+(?:this|the)\s+[A-Za-z]+)?\s+by\s+((?:an?|any|the)\s+[A-Za-z]+|residents|staff)\b/i;

/** Who a sentence is about: its opening words, or those after a leading "If"/"Where"/"When". */
export function subjectOf(sentence: string): string {
  const opening = sentence
    .replace(/^(?:[-•]\s*)?in the (?:case|event) of [^,]{1,60},\s*/i, '')
    // "If the councillor concerned is the Mayor, or if you are the Manager, tell …": a case, not who acts.
    .replace(CASE_OPENING, '')
    // "…, tell the Vice-Chair of the HR Panel": an instruction to the reader, whose side the condition said.
    .replace(/^(?:tell|ask|take|talk|speak|contact|go|send|raise|refer|write|report|pass|give)\b.*$/is, '')
    .replace(/^(?:[-•]\s*)?(?:if|where|when|whilst|while|although|in addition,|however,)\s+/i, '')
    // "A member of staff" is an officer, "members of the public" neither side.
    .replace(/\bmembers? of (?:the )?(?:staff|public)\b/gi, (m) => (/staff/i.test(m) ? 'staff' : 'residents'));
  // "An alleged breach of this Protocol by a Member shall be reported …", "A complaint by a member of the public …": a
  // nominal subject whose doer follows "by" is a rule about that doer's act, so it is that doer's side (or neither).
  const doer = NOMINAL_DOER.exec(opening);
  if (doer) return doer[1];
  // The subject ends where a preposition begins its modifier: "Any request for Officer support" is about a request.
  return opening.split(/\s+/).slice(0, 5).join(' ').replace(/^(\S+(?: \S+)?) (?:for|to|from|as|about|on) .*$/i, '$1');
}
