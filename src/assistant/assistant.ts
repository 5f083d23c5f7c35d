import type { Config } from '../config';
import { companionTopic } from '../answer/companionTopic';
import { complaintRouteAsked } from '../answer/complaintRoute';
import { readablePart } from '../nlu/readablePart';
import { readPostTitles, withoutPostReading } from '../nlu/councilPosts';
import { staffPostTitles } from '../protocols/postTitles';
import { publicationTitles } from '../protocols/publicationTitles';
import { readPublicationTitles, withoutPublicationReading } from '../nlu/councilPublications';
import { withTypedApostrophes } from '../nlu/apostrophes';
import { IntentEngine, IntentResult } from '../nlu/engine';
import { IntentFile, loadIntents, OUT_OF_SCOPE } from '../nlu/intents';
import { clauseName, type Protocol, ProtocolLibrary } from '../protocols/library';
import type { Clause } from '../protocols/parse';
import { ClauseSelector } from '../protocols/select';
import { byScore, clauseList, type ScoredClause } from '../protocols/search';
import { preloadStems } from '../nlu/stemDictionary';
import type { ClerkRequest, Person, RequestStatus, Role } from '../queue/types';
import { documentsAskedIn } from './documentsAsked';
import { AnsweredClauses, answerWithClauses, toCited } from '../answer/compose';
import { coveredSentence, type CoveredSentence, mayBeCovered } from '../answer/coveredOutOfScope';
import { ClauseTopics } from '../answer/topicAffinity';
import { type CoveredReading, readByCoveringClause } from '../answer/coveredTopic';
import { AnswerSelector } from '../answer/select';
import { answerLine, NO_DIRECT_ANSWER, NO_ONE_ELSE, ONLY_ROUTE } from '../answer/wording';
import { questionType } from '../answer/questionType';
import { AlsoAnswered, Answer, Asker, CitedClause, OfferedAction, Reply, RequestLine } from './reply';
import { ALSO_NO_DIRECT_ANSWER, ALSO_NOTHING_MAPPED, alsoAskedLead, asksApart, shortQuestion, whichOffer, withoutFurtherQuestions } from './alsoAsked';
import { Conversations, roleInThread, sentencesToAvoid, ThreadReading } from '../conversation/follow';
import type { Subject, ThreadContext, ThreadRef } from '../conversation/context';
import { acceptedOffer, complaintAbout } from '../conversation/accept';
import { personBefore } from '../conversation/referent';
import type { RememberedOffer } from '../conversation/offers';

/** The two things the assistant needs from the Clerk queue. */
export interface AssistantQueue {
  list(filter: { status?: RequestStatus | 'open'; requesterId?: string; council?: string }, viewer: Person): ClerkRequest[];
  recordUnanswered(entry: { userId: string; council: string; text: string; intent: string; confidence: number }): void;
}

export interface AnswerOptions {
  council?: string;
  /** Keep out-of-scope and unsure messages for the Clerk's review (default true). */
  record?: boolean;
  /** The conversation the message is a turn of; without it the message stands alone. */
  thread?: string | ThreadRef;
}

/** A message read (in its thread, if it has one) and the clauses chosen for it. */
export interface ReadMessage {
  result: IntentResult;
  clauses: CitedClause[];
  /** The sentence that answers, or null (see src/answer). */
  answer: Answer | null;
  /** How the thread shaped the reading; absent for a message outside any thread. */
  reading?: ThreadReading;
  previous?: ThreadContext;
}

/**
 * Who a complaint is about, for pre-filling the form: the intent says officer or councillor, but
 * a complaint naming the Clerk, by that word or the council's title for the post (Tewkesbury's
 * Chief Executive), and not a deputy or assistant, is routed differently.
 */
function complaintSubject(about: IntentFile['complaint_about'], text: string, clerkTitle: string): IntentFile['complaint_about'] {
  const title = clerkTitle.toLowerCase().replace(/^(?:town|parish) /, '').replace(/[^a-z ]/g, '');
  const namesTheClerk = new RegExp(`(?<!deputy |assistant )\\b(?:town |parish )?(?:clerk|${title})\\b`, 'i');
  return about === 'officer' && namesTheClerk.test(text) ? 'clerk' : about;
}

type PreviousAnswer = NonNullable<ThreadContext['topic']>['answer'];

/** The texts whose words a start stems in advance (src/nlu/stemDictionary.ts): every protocol and intent. */
function* wordsToStem(library: ProtocolLibrary, intents: IntentFile[]): Iterable<string> {
  for (const id of library.ids()) {
    let clauses: Clause[] = [];
    try {
      clauses = library.get(id).clauses;
    } catch {
      // A protocol that cannot be read is reported when it is asked about, not by every start.
    }
    for (const clause of clauses) yield `${clause.heading} ${clause.text}`;
  }
  for (const intent of intents) yield* [intent.summary, ...intent.keywords, ...intent.examples.map((e) => (typeof e === 'string' ? e : e.text))];
}

/**
 * What the thread keeps of a reply's offers: each question's first form, in the order of the questions,
 * with the question it was offered for (`questions[0]` the first, then each further one). Only a reply
 * to more than one question keeps the questions' words and the forms' prefills, to name and fill them;
 * a reply to one keeps none (the thread keeps no message text but an open offer's question).
 */
function rememberedOffers(actions: OfferedAction[], questions: { intent: string; asked: string }[]): RememberedOffer[] {
  const offers: RememberedOffer[] = [];
  const apart = questions.length > 1;
  for (const action of actions) {
    const question = action.forQuestion ?? 0;
    if (action.kind === 'my_requests' || offers.some((o) => o.question === question) || !questions[question]) continue;
    const { intent, asked } = questions[question];
    offers.push({ kind: action.kind, question, intent, label: action.label, ...(apart ? { asked, prefill: action.prefill, asOffered: true } : {}) });
  }
  return offers;
}

/** A remembered offer as the button that offers it again. */
const offeredAgain = (offer: RememberedOffer): OfferedAction => ({ kind: offer.kind, label: offer.label, ...(offer.question > 0 ? { forQuestion: offer.question } : {}), prefill: offer.prefill ?? {} });

/** A runner-up intent at least this close to the winner also contributes clauses. */
const RUNNER_UP_RATIO = 0.5;
/** …and one at least this close lends the answer candidates (src/answer/compose.ts). */
const ANSWER_RUNNER_UP_RATIO = 0.3;
/** …and one at least this close has its best clause cited, third (index 2) at the latest. */
const RUNNER_UP_PLACE_RATIO = 0.4;
const RUNNER_UP_PLACE = 2;
/**
 * A rescored clause, built as the selector builds its own: a copy made by spreading gets another
 * hidden class, and a list mixing the two sends V8's optimised merge back to the interpreter.
 */
const scoredClause = (clause: ScoredClause['clause'], score: number): ScoredClause => ({ clause, score });
/** Where a clause stands in a list, or -1: a loop, where `findIndex` or `some` would build a closure per call. */
function indexOfRef(list: ScoredClause[], ref: string): number {
  for (let i = 0; i < list.length; i++) if (list[i].clause.ref === ref) return i;
  return -1;
}
/**
 * A close second reading keeps one of the first three places for its best clause: when the
 * classifier hesitates between two topics, the reply quotes a rule of each. (Its own function: the
 * merge, run for every message, stays small for V8, which optimises a function sooner the less of
 * it goes unrun.)
 */
function hedged(chosen: ScoredClause[], primary: ScoredClause[], runnerUp: ScoredClause[], limit: number): void {
  const first = primary.length > 0 ? primary[0].clause.ref : undefined;
  let hedge: ScoredClause | undefined;
  for (let i = 0; i < runnerUp.length; i++) {
    if (runnerUp[i].clause.ref !== first) {
      hedge = runnerUp[i];
      break;
    }
  }
  if (!hedge) return;
  const at = indexOfRef(chosen, hedge.clause.ref);
  if (at >= 0 && at <= RUNNER_UP_PLACE) return;
  if (at >= 0) chosen.splice(at, 1);
  chosen.splice(Math.min(RUNNER_UP_PLACE, chosen.length), 0, hedge);
  if (chosen.length > limit) chosen.length = limit;
}
const toCitedClause = ({ clause, score }: ScoredClause): CitedClause => ({
  council: clause.council,
  ref: clause.ref,
  heading: clause.heading,
  text: clause.text,
  score: Math.round(score * 1000) / 1000,
});

const UNSURE_NOTICE =
  "I'm not sure I've understood. These are the closest parts of the protocol; if they don't answer your question, I can pass it to the {clerk}.";
const NOT_COVERED = 'You also asked: "{question}". {council}\'s protocol doesn\'t cover that; I can pass it to the {clerk}.';
const NOTHING_MAPPED =
  "{council}'s protocol doesn't say anything specific about this. I can pass your question to the {clerk}.";
const NOTHING_ASKED = "I didn't catch a question there. Ask me anything about {council}'s Member/Officer protocol, or ask what I can help with.";
/** A bare reply word: with no offer to accept or refuse, it asks nothing. */
const BARE_REPLY = /^(?:yes|yeah|yep|yup|no|nope|nah|ok|okay|k|sure|fine|right|alright)[\s.!]*$/i;
/**
 * A message that asks nothing ("yes" when nothing was offered, "👍", a keyboard mash): out of scope,
 * but with no question in it to pass to the Clerk, so none is offered.
 */
const asksNothing = (text: string, { result, reading }: Pick<ReadMessage, 'result' | 'reading'>): boolean =>
  !reading?.accepted && result.intent === OUT_OF_SCOPE && (result.scopeReason === 'no_words' || result.scopeReason === 'gibberish' || BARE_REPLY.test(text.trim()));
const STARTED_AGAIN = "Starting again: I've set aside what we were talking about. What would you like to ask about {council}'s protocol?";
const OPENING_FORM = "Here is the form, filled in from what we've discussed; check it and send it when you're ready.";
/** "no thanks" to an offer to file: nothing is sent, and nothing answered again (uat17: the console's "All right." for every channel). */
const DECLINED = 'All right: nothing has been sent to the {clerk}.';
/** How many clauses a further question of the message quotes beside those already quoted for the first. */
const ALSO_CLAUSES = 2;
/** How many of a topic's clauses a follow-up re-ranks with the thread's earlier ones. */
const FOLLOW_UP_CANDIDATES = 8;

/**
 * The one brain behind every channel: classifies a message, picks the clauses of the asker's
 * council to quote, and says what it can file for them. Knows nothing of Slack or Teams.
 */
export class Assistant {
  readonly defaultCouncil: string;
  private readonly answers = new AnswerSelector();
  /** What each clause is about, read by the same classifier (src/answer/topicAffinity.ts); the selector's when it has one. */
  private readonly topics: ClauseTopics;

  constructor(
    readonly library: ProtocolLibrary,
    readonly engine: IntentEngine,
    private readonly selector: ClauseSelector,
    defaultCouncil: string,
    private readonly queue?: AssistantQueue,
    /** Threads' contexts (follow-up questions); in memory unless given another store. */
    readonly conversations: Conversations = new Conversations(),
  ) {
    library.get(defaultCouncil); // fail at start-up, naming the known councils, not on first message
    this.defaultCouncil = defaultCouncil;
    this.topics = selector.topics ?? new ClauseTopics((text) => this.engine.readTopics(text));
  }

  static create(deps: {
    config: Pick<Config, 'COUNCIL' | 'INTENTS_DIR' | 'MODEL_CACHE_DIR'>;
    library: ProtocolLibrary;
    queue?: AssistantQueue;
    intents?: IntentFile[];
    conversations?: Conversations;
  }): Assistant {
    const intents = deps.intents ?? loadIntents(deps.config.INTENTS_DIR, { cacheDir: deps.config.MODEL_CACHE_DIR });
    const engine = IntentEngine.train(intents, { cacheDir: deps.config.MODEL_CACHE_DIR });
    if (deps.config.MODEL_CACHE_DIR) preloadStems(deps.config.MODEL_CACHE_DIR, () => wordsToStem(deps.library, intents));
    const conversations = deps.conversations ?? new Conversations(undefined, undefined, engine.intents.size);
    const topics = new ClauseTopics((text) => engine.readTopics(text));
    return new Assistant(deps.library, engine, new ClauseSelector(deps.library, engine.intents, deps.config.MODEL_CACHE_DIR, topics), deps.config.COUNCIL, deps.queue, conversations);
  }

  councilName(id: string): string {
    return this.library.get(id).council.name;
  }

  classify(text: string, role?: Role): IntentResult {
    return this.engine.classify(text, role);
  }

  /** Each protocol's own post titles (src/protocols/postTitles.ts), read once per text the library holds. */
  private readonly postTitles = new WeakMap<Protocol, string[]>();
  /** Each protocol's own publication titles (src/protocols/publicationTitles.ts), read once per text the library holds. */
  private readonly publicationTitles = new WeakMap<Protocol, string[]>();

  /** Whether an intent is a topic of the protocol (not a convention such as thanks). */
  private readonly isTopic = (label: string): boolean => this.engine.intents.get(label)?.kind === 'topic';

  /**
   * Classifies a message as its council's protocol names the posts and its publications: "the Parish Steward" reads as a
   * member of staff (src/nlu/councilPosts.ts), "the Mossgate Messenger" as the press (src/nlu/councilPublications.ts); on a
   * protocol no intent maps, a message read out of scope that one of its sentences plainly meets takes that clause's topic
   * (src/answer/coveredTopic.ts). The further questions the reply quotes back keep the asker's own words.
   */
  classifyIn(council: string, text: string, role?: Role): IntentResult {
    const protocol = this.library.get(council);
    let titles = this.postTitles.get(protocol);
    if (!titles) this.postTitles.set(protocol, (titles = staffPostTitles(protocol.clauses)));
    let publications = this.publicationTitles.get(protocol);
    if (!publications) this.publicationTitles.set(protocol, (publications = publicationTitles(protocol.clauses)));
    const read = readPublicationTitles(readPostTitles(text, titles), publications);
    const covered = (result: IntentResult) => (this.selector.isCurated(council) ? result : readByCoveringClause(result, protocol.clauses, text, (clauses) => this.topics.of(clauses), this.isTopic));
    if (read === text) return covered(this.classify(text, role));
    const result = covered(this.classify(read, role));
    const asTyped = (part: string) => withoutPublicationReading(withoutPostReading(part, titles), publications);
    return {
      ...result,
      ...(result.uncovered ? { uncovered: result.uncovered.map(asTyped) } : {}),
      ...(result.also ? { also: result.also.map((other) => ({ ...other, question: asTyped(other.question) })) } : {}),
    };
  }

  /**
   * Clauses to cite for an already-classified message (used by `classify` and `answer`): the
   * intent's best clause first, then the best of the rest of its clauses and, when the reading
   * was close, those of the runner-up intent, weighted by how close it came.
   */
  clausesFor(council: string, result: IntentResult, text: string, limit = 3, prior?: Map<string, number>): CitedClause[] {
    return this.mergeReadings(this.readings(council, result, text, limit, prior), limit);
  }

  /** The intent's clauses, best first, and a close runner-up intent's, scored relative to the winner. */
  private readings(council: string, result: IntentResult, text: string, limit: number, prior?: Map<string, number>): { primary: ScoredClause[]; runnerUp: ScoredClause[]; ratio: number } {
    // Every list here comes from `clauseList()` or the selector (which fills the same kind of list),
    // never `[]` or `map`: a list of another elements kind deoptimised mergeReadings.
    if (result.intent === OUT_OF_SCOPE) return { primary: clauseList(), runnerUp: clauseList(), ratio: 0 };
    // A follow-up on the same topic weighs the clauses its thread cited alongside its own words.
    const primary = prior ? this.withPrior(this.selector.select(council, result.intent, text, FOLLOW_UP_CANDIDATES), prior) : this.selector.select(council, result.intent, text, limit);
    // By index, not `const [top, second] =`: destructuring runs the iterator protocol, several times the code for V8 to compile.
    const top = result.ranked[0];
    const second = result.ranked[1];
    const close = second && second.label !== OUT_OF_SCOPE && top.label === result.intent && second.probability >= ANSWER_RUNNER_UP_RATIO * top.probability ? second : undefined;
    // A topic that claims the same question (src/answer/companionTopic.ts) counts as a runner-up close enough for a place.
    const companion = companionTopic(result.intent, text);
    const byCompanion = companion !== undefined && (!close || close.probability < RUNNER_UP_PLACE_RATIO * top.probability);
    const runnerUp = byCompanion ? companion : close?.label;
    if (!runnerUp) return { primary, runnerUp: clauseList(), ratio: 0 };
    const ratio = byCompanion ? RUNNER_UP_PLACE_RATIO : close!.probability / top.probability;
    const selected = this.selector.select(council, runnerUp, text, limit);
    const weighed = clauseList();
    for (let i = 0; i < selected.length; i++) weighed.push(scoredClause(selected[i].clause, selected[i].score * ratio));
    return { primary, runnerUp: weighed, ratio };
  }

  /** The selector's clauses with the thread's earlier scores added, best first (a follow-up). */
  private withPrior(selected: ScoredClause[], prior: Map<string, number>): ScoredClause[] {
    const rescored = clauseList();
    for (let i = 0; i < selected.length; i++) rescored.push(scoredClause(selected[i].clause, selected[i].score + (prior.get(selected[i].clause.ref) ?? 0)));
    return rescored.sort((a, b) => b.score - a.score);
  }

  /**
   * Clauses to cite: the intent's best clause first, then the best of the rest of its clauses and,
   * when the reading was close, those of the runner-up intent, weighted by how close it came.
   */
  private mergeReadings({ primary, runnerUp, ratio }: { primary: ScoredClause[]; runnerUp: ScoredClause[]; ratio: number }, limit: number): CitedClause[] {
    // Built by index, not by spreading or iterating: an empty `[]` is another kind of array than a
    // list of clauses, and meeting both sent V8's optimised code for this back to the interpreter.
    const rest = clauseList();
    for (let i = 1; i < primary.length; i++) rest.push(primary[i]);
    if (ratio >= RUNNER_UP_RATIO) for (let i = 0; i < runnerUp.length; i++) rest.push(runnerUp[i]);
    byScore(rest);
    const chosen = clauseList();
    if (primary.length > 0) chosen.push(primary[0]);
    for (let i = 0; i < rest.length; i++) {
      if (chosen.length >= limit) break;
      if (indexOfRef(chosen, rest[i].clause.ref) < 0) chosen.push(rest[i]);
    }
    if (ratio >= RUNNER_UP_PLACE_RATIO) hedged(chosen, primary, runnerUp, limit);
    return chosen.map(toCitedClause);
  }

  /**
   * Classifies a message, picks its clauses and the sentence that answers; in a thread, reads it
   * as a turn of the conversation (only looks: `answer` and `readTurn` remember the turn for the next).
   */
  read(message: string, options: { council: string; role?: Role; thread?: string | ThreadRef }): ReadMessage {
    const text = withTypedApostrophes(readablePart(message));
    if (options.thread === undefined) {
      const standalone = this.classifyIn(options.council, text, options.role);
      return { result: standalone, ...this.cite(options.council, standalone, text, options.role) };
    }
    const previous = this.conversations.load(options.thread, options.council);
    // After "and if I'm an officer?" the thread's follow-ups are asked as an officer; a question of its own, as the asker.
    const inThread = roleInThread(previous, text, options.role);
    const readIn = (role: Role | undefined) => {
      const standalone = this.classifyIn(options.council, text, role);
      return { role, reading: this.conversations.read(previous, text, standalone, (part) => this.classifyIn(options.council, part, role)) };
    };
    const first = readIn(inThread);
    const { role, reading } = inThread !== options.role && !first.reading.followUp && !first.reading.form.refersBack ? readIn(options.role) : first;
    // "ok, file it" re-cites the thread's clauses as they were; a follow-up ranks with the thread's words and clauses.
    const cited =
      reading.accepted && previous?.topic
        ? this.cite(options.council, reading.result, '', role, new Map(previous.topic.clauses.map((c) => [c.ref, c.score])))
        : this.cite(options.council, reading.result, reading.clauseQuery, role, reading.clausePrior, reading.clausePrior ? previous?.topic?.answer : undefined, sentencesToAvoid(reading, previous), reading.otherThanQuoted);
    return { result: reading.result, ...cited, reading, previous };
  }

  /** The sentence that answers and the clauses to quote, the answering clause first (src/answer). */
  cite(council: string, result: IntentResult, text: string, role?: Role, prior?: Map<string, number>, previousAnswer?: PreviousAnswer, avoid?: readonly string[], otherThanQuoted?: boolean): AnsweredClauses {
    const intent = this.engine.intents.get(result.intent);
    // Read as out of scope, yet the council's own protocol (one ingested, with rules the shipped ones lack) may have the sentence.
    if (result.intent === OUT_OF_SCOPE) return this.coveredAnyway(council, result, text);
    // Read by the clause that meets it: answered by that clause's sentence, as when it stays out of scope.
    const coveredBy = (result as CoveredReading).coveredBy;
    if (coveredBy) return this.coveredAnswer(council, coveredBy);
    const readings = this.readings(council, result, text, 5, prior);
    const ranked = this.mergeReadings(readings, 5);
    if (!intent) return { answer: null, clauses: ranked.slice(0, 3) };
    // The answer's candidates keep the two readings apart, so a runner-up's clauses cannot push the intent's own out.
    const own = readings.primary.map(toCitedClause);
    const runnerUp = readings.runnerUp.length > 0 ? { ranked: readings.runnerUp.map(toCitedClause), ratio: readings.ratio } : undefined;
    return answerWithClauses({ library: this.library, selector: this.selector, answers: this.answers, topics: this.topics }, { council, intent, text, role, ranked, own, runnerUp, previous: previousAnswer, reading: result.ranked, avoid, otherThanQuoted });
  }

  /** An out-of-scope message's answer: none, unless one sentence of the protocol plainly meets it (src/answer/coveredOutOfScope.ts). */
  private coveredAnyway(council: string, result: IntentResult, text: string): AnsweredClauses {
    const clauses = this.library.get(council).clauses;
    const found = text && mayBeCovered(result.scopeReason) ? coveredSentence(clauses, text) : null;
    return found ? this.coveredAnswer(council, found) : { answer: null, clauses: [] };
  }

  /** The sentence that plainly meets a message, quoted as its answer with its clause. */
  private coveredAnswer(council: string, found: CoveredSentence): AnsweredClauses {
    const clause = this.library.get(council).clauses.find((c) => c.ref === found.ref);
    if (!clause) return { answer: null, clauses: [] };
    return { answer: { ref: found.ref, text: found.text }, clauses: [toCited(clause, found.coverage)] };
  }

  answer(message: string, asker: Asker, options: AnswerOptions = {}): Reply {
    // A long paste is read by its opening and end (src/nlu/readablePart.ts); a form it fills gets that part too.
    const text = readablePart(message);
    const councilId = options.council ?? this.defaultCouncil;
    const council = this.library.get(councilId).council;
    const fill = (template: string) => template.replaceAll('{council}', council.name).replaceAll('{clerk}', council.clerkTitle);

    const { result, clauses, answer, reading, previous } = this.read(text, { council: councilId, role: asker.role, thread: options.thread });
    const intent = this.engine.intents.get(result.intent);
    const nothingAsked = asksNothing(text, { result, reading });
    if (reading?.reset) {
      this.conversations.forget(options.thread!);
      return { intent: 'greeting', confidence: 1, uncertain: false, council: { id: council.id, name: council.name, clerkTitle: council.clerkTitle }, summary: fill(STARTED_AGAIN), clauses: [], actions: [] };
    }
    if (reading?.choosing) {
      // "yes" to a reply that offered a form for each question: ask which, the offers still open (and on buttons).
      const choice: Reply = {
        intent: result.intent,
        confidence: 1,
        uncertain: false,
        council: { id: council.id, name: council.name, clerkTitle: council.clerkTitle },
        summary: whichOffer(reading.choosing, council.clerkTitle),
        answer: null,
        clauses: [],
        actions: reading.choosing.map(offeredAgain),
        followUp: true,
        asksWhich: true,
      };
      this.remember(options.thread!, councilId, asker.role, reading, previous, choice, text);
      return choice;
    }
    // Out of scope to the model, but a sentence of the council's protocol meets it: quoted, and unsure (coveredAnyway).
    const coveredAnyway = result.intent === OUT_OF_SCOPE && answer !== null;
    // "what else can I do?" answered by the sentence already quoted: the protocol sets out that one route. Said so, quoting it
    // once, with the Clerk offered (no answer, so the question is offered), not quoted again as if it were another (follow28).
    const onlyRoute = reading?.anotherOption && answer && previous?.topic?.answer?.text === answer.text ? answer : null;
    const reply: Reply = {
      intent: result.intent,
      confidence: Math.round(result.confidence * 1000) / 1000,
      // Only a reading of the protocol can be unsure; a greeting or thanks is simply answered.
      uncertain: (result.uncertain && intent?.kind === 'topic') || coveredAnyway,
      council: { id: council.id, name: council.name, clerkTitle: council.clerkTitle, version: council.version ?? 1, ...(council.adopted ? { adopted: council.adopted } : {}) },
      // A topic reply leads with the protocol's own sentence, never a summary that could state a rule the
      // quoted text does not (or speak to the wrong side); conversation replies keep the bot's words.
      summary: intent?.kind === 'topic' ? (onlyRoute ? fill(ONLY_ROUTE).replace('{answer}', answerLine(onlyRoute)) : answer ? answerLine(answer) : reading?.otherThanQuoted ? fill(NO_ONE_ELSE) : clauses.length > 0 ? fill(NO_DIRECT_ANSWER) : '') : coveredAnyway ? answerLine(answer) : nothingAsked ? fill(NOTHING_ASKED) : intent ? fill(intent.summary) : '',
      answer: onlyRoute ? null : answer,
      clauses,
      actions: [],
    };

    if (intent?.kind === 'topic' && clauses.length === 0) {
      reply.notice = fill(NOTHING_MAPPED);
      reply.uncertain = true;
    } else if (reply.uncertain) {
      reply.notice = fill(UNSURE_NOTICE);
    }
    // A second question in the same message: answered on its own line when the protocol covers it, named when not.
    const asked = result.also ? this.engine.correctSpelling(text) : text;
    const further = (result.also ?? []).filter((other) => asksApart(other.question, asked));
    const also = further.map((other) => this.answerAlso(councilId, other, asker.role, reply.clauses, fill));
    if (also.length > 0) reply.also = also;
    const uncovered = (result.uncovered ?? []).map((question) => fill(NOT_COVERED.replace('{question}', shortQuestion(question))));
    if (uncovered.length > 0) reply.notice = [reply.notice, ...uncovered].filter(Boolean).join(' ');
    if (result.intent === 'request_status') reply.requests = this.requestsOf(asker);
    // A follow-up's form is pre-filled from the thread: its documents, whom it is about.
    const slots = reading?.followUp ? reading.slots : undefined;
    const subjectText = slots?.about === 'clerk' ? `${text} clerk` : text;
    // With further questions, the first's form is filled from its own words (the whole message still goes to the Clerk).
    const own = also.length > 0 ? withoutFurtherQuestions(text, further.map((other) => other.question)) : text;
    const handoffText = own && own !== text ? own : undefined;
    reply.actions = nothingAsked
      ? []
      : this.offeredActions(intent, reply, text, council.clerkTitle, { subject: slots?.document ?? (handoffText && documentsAskedIn(handoffText)), subjectText: slots?.about === 'clerk' ? subjectText : handoffText ?? subjectText, question: reading?.question, about: reading?.referent });
    // Each further question's own hand-off after the first's, one of each kind, marked with its question's place.
    // The thread remembers the first's as its offer, and each question's first form as the offers "yes" and "the second one" take.
    const firstOffers = reply.actions.slice();
    also.forEach((other, i) => {
      // "… Also who do I complain to if she says no?": whom "she" is, the message said before the question.
      const about = personBefore(asked, other.question);
      const offered = this.offeredActions(this.engine.intents.get(other.intent), { ...reply, intent: other.intent, uncertain: false, summary: other.summary, answer: other.answer, clauses: other.clauses }, other.question, council.clerkTitle, about ? { about } : {});
      for (const action of offered) if (!reply.actions.some((a) => a.kind === action.kind)) reply.actions.push({ ...action, forQuestion: i + 1 });
    });
    const offers = rememberedOffers(reply.actions, [{ intent: reply.intent, asked: shortQuestion(own) }, ...also.map((other) => ({ intent: other.intent, asked: other.question }))]);
    if (reading?.followUp) reply.followUp = true;
    if (reading?.declined) Object.assign(reply, { summary: fill(DECLINED), answer: null, clauses: [], notice: undefined, uncertain: false, actions: [], also: undefined });
    if (reading?.accepted) {
      const accepted = reading.acceptedAction ?? acceptedOffer(reading.accepted, reading.slots, intent, council.clerkTitle, reading.acceptedQuestion, reading.acceptedDocuments);
      Object.assign(reply, { summary: OPENING_FORM, answer: null, notice: undefined, uncertain: false, actions: [accepted], open: accepted, also: undefined });
    }
    if (options.thread !== undefined && reading) this.remember(options.thread, councilId, asker.role, reading, previous, reading.accepted || reading.declined ? reply : { ...reply, actions: firstOffers, ...(onlyRoute ? { answer: onlyRoute } : {}) }, text, reading.declined ? undefined : offers);
    if ((options.record ?? true) && this.queue && !nothingAsked && (result.intent === OUT_OF_SCOPE || reply.uncertain)) {
      this.queue.recordUnanswered({ userId: asker.id, council: council.id, text, intent: result.intent, confidence: result.confidence });
    }
    return reply;
  }

  /**
   * A further question of the message, answered as the first is: read on its own words, for the
   * asker's role, by the same clause and answer stages (`cite`). Its clauses leave out those
   * already quoted, so the reply quotes each clause once.
   */
  private answerAlso(council: string, other: { intent: string; question: string }, role: Role | undefined, quoted: CitedClause[], fill: (template: string) => string): AlsoAnswered {
    const own = this.classifyIn(council, other.question, role);
    // The engine judged the question on its own already; its reading is kept if a second look differs.
    const reading = own.intent === other.intent ? own : { ...own, intent: other.intent, uncertain: false, ranked: [{ label: other.intent, probability: 1 }] };
    const { answer, clauses } = this.cite(council, reading, other.question, role);
    const unquoted = clauses.filter((c) => !quoted.some((q) => q.ref === c.ref)).slice(0, ALSO_CLAUSES);
    const summary = answer ? answerLine(answer) : fill(clauses.length > 0 ? ALSO_NO_DIRECT_ANSWER : ALSO_NOTHING_MAPPED);
    return { question: shortQuestion(other.question), intent: other.intent, lead: alsoAskedLead(other.question), summary, answer, clauses: unquoted };
  }

  /**
   * `read` for a turn of a thread outside a chat (`classify`): reads it in its thread and
   * remembers it, as `answer` does, without composing a reply for anyone.
   */
  readTurn(text: string, options: { council: string; role?: Role; thread: string | ThreadRef }): ReadMessage {
    const read = this.read(text, options);
    const reply = this.answerShape(read, options.council, text);
    this.remember(options.thread, options.council, options.role, read.reading!, read.previous, { ...reply, answer: read.answer }, text);
    return { ...read, result: { ...read.result, intent: reply.intent } };
  }

  /** Just enough of a reply to know what it would offer (for `readTurn`). */
  private answerShape(read: ReadMessage, councilId: string, text: string): Reply {
    const council = this.library.get(councilId).council;
    const intent = this.engine.intents.get(read.result.intent);
    const reply: Reply = {
      intent: read.reading?.reset ? 'greeting' : read.result.intent,
      confidence: read.result.confidence,
      uncertain: read.result.uncertain && intent?.kind === 'topic',
      council: { id: council.id, name: council.name, clerkTitle: council.clerkTitle },
      summary: '',
      clauses: read.clauses,
      actions: [],
    };
    reply.actions = asksNothing(text, read) ? [] : this.offeredActions(intent, reply, text, council.clerkTitle);
    if (read.reading?.accepted) reply.open = read.reading.acceptedAction ?? reply.actions[0];
    return reply;
  }

  /** `offers`: every question's offer (`rememberedOffers`); without it, the reply's first offer is the only one. */
  private remember(thread: string | ThreadRef, council: string, role: Role | undefined, reading: ThreadReading, previous: ThreadContext | undefined, reply: Reply, text: string, offers?: RememberedOffer[]): void {
    if (reading.reset) return this.conversations.forget(thread);
    const intent = this.engine.intents.get(reply.intent);
    // An elliptical follow-up ("and the clerk?") asks what the turn before asked.
    const own = questionType(text);
    const type = own === 'other' && reading.followUp ? previous?.topic?.answer?.type ?? own : own;
    // Asking which offer "yes" meant makes no offer of its own: the ones it asks about stay open.
    const offered = reading.accepted || reading.choosing ? undefined : reply.actions.find((a) => a.kind !== 'my_requests');
    // The question "yes please" would pass to the Clerk, kept with the offer in the thread's memory (never logged).
    const { question, botAnswer } = offered?.kind === 'question' ? offered.prefill : {};
    this.conversations.remember(thread, previous, reading, {
      council,
      role,
      result: { ...reading.result, intent: reply.intent },
      topical: intent?.kind === 'topic' && !reading.accepted && !reading.choosing && !reading.declined,
      clauses: reply.clauses.map(({ ref, score }) => ({ ref, score })),
      answer: reply.answer ? { ref: reply.answer.ref, text: reply.answer.text, type } : undefined,
      offer: offered?.kind as ThreadContext['offer'],
      offeredQuestion: question ? { text: question, ...(botAnswer ? { botAnswer } : {}) } : undefined,
      // What "yes please" fills a document request with: what this offer's button carries (never logged).
      offeredDocuments: offered?.kind === 'document_request' ? offered.prefill.subject : undefined,
      // A first question may offer nothing and a second a form: the thread keeps that form all the same.
      offers: reading.accepted || reading.choosing ? undefined : offers ?? (offered ? rememberedOffers([offered], [{ intent: reply.intent, asked: '' }]) : undefined),
    });
  }

  private requestsOf(asker: Asker): RequestLine[] {
    if (!this.queue) return [];
    return this.queue.list({ requesterId: asker.id }, { userId: asker.id, name: asker.name, role: asker.role }).map((r) => ({ id: r.id, kind: r.kind, subject: r.subject, status: r.status, overdue: r.overdue }));
  }

  private offeredActions(intent: IntentFile | undefined, reply: Reply, text: string, clerkTitle: string, fromThread: { subject?: string; subjectText?: string; question?: string; about?: Subject } = {}): OfferedAction[] {
    const actions: OfferedAction[] = [];
    const handoff = intent?.handoff ?? 'question';
    if (handoff === 'document_request') {
      // The form's "what" from the sentence that asks, not the greeting or introduction before it (documentsAsked.ts).
      actions.push({ kind: 'document_request', label: 'Request these documents', prefill: { subject: fromThread.subject ?? documentsAskedIn(text) } });
    } else if (handoff === 'complaint') {
      // Whom the complaint's "she" or "he" stands for, when the conversation named only one person; else as the question says.
      // A message asking whom to complain to names whom it is about ("another councillor was rude to me"): that reading
      // (src/answer/complaintRoute.ts, the one the answer follows) before the intent's, which says only officer or councillor.
      const asked = fromThread.about ? null : complaintRouteAsked(fromThread.subjectText ?? text, undefined, true)?.about;
      const about = fromThread.about ? complaintAbout(fromThread.about) : (asked ?? complaintSubject(intent?.complaint_about, fromThread.subjectText ?? text, clerkTitle));
      actions.push({ kind: 'complaint', label: 'Make a complaint', prefill: { about } });
    }
    if (handoff === 'question' || reply.uncertain || (intent?.kind === 'topic' && !reply.answer)) {
      const botAnswer = reply.clauses.length > 0 ? `${reply.summary} (${reply.clauses.map(clauseName).join(', ')})` : undefined;
      actions.push({ kind: 'question', label: `Ask the ${clerkTitle}`, prefill: { question: fromThread.question ?? text, botAnswer } });
    }
    if (reply.intent === 'request_status') actions.push({ kind: 'my_requests', label: 'My requests', prefill: {} });
    return actions;
  }
}
