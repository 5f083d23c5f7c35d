import { createHash } from 'node:crypto';
import type { IntentResult } from '../nlu/engine';
import { OUT_OF_SCOPE_THRESHOLD, UNSURE_THRESHOLD } from '../nlu/engine';
import { OUT_OF_SCOPE } from '../nlu/intents';
import type { Role } from '../domain/types';
import { asThreadRef, RememberedClause, Slots, Subject, ThreadContext, ThreadRef } from './context';
import { asksOfADecisionMade, movesIn, withoutDecidingWords } from './moves';
import { carrySlots, extractSlots, SUBJECT_WORDS } from './slots';
import { ContextStore, MemoryContextStore } from './store';
import { afterAcknowledgement, asMeant, declinesOffer, readTurn, TurnForm } from './turn';
import { offerTaken, RememberedOffer } from './offers';
import { standsFor } from './referent';
import { mistreatsTheAsker } from './party';
import type { OfferedAction } from '../assistant/reply';

/**
 * The thread is a prior over the next turn's intent: the topic continues, or with probability
 * TOPIC_SHIFT it moves anywhere. The turn's own reading is weighed against that prior,
 *   p(intent) ∝ p_turn(intent) · prior(intent)^w,   prior = (1 − TOPIC_SHIFT)·p_thread + TOPIC_SHIFT/K,
 * with w = WEIGHT · dependence (readTurn): a short elliptical turn ("and for officers?") keeps
 * the thread's topic unless its own words clearly point elsewhere ("and if it's a grievance
 * about my pay?"), and a complete question (dependence near 0) is read on its own.
 * Constants chosen on test/eval/dialogues-validation.jsonl (the project's own conversations).
 */
const WEIGHT = 2;
const TOPIC_SHIFT = 0.2;
/** How much of the thread's belief about its topic a follow-up on the same topic keeps. */
const TOPIC_MEMORY = 0.5;
/** Below this dependence a turn is read on its own: the thread changes nothing. */
const MIN_DEPENDENCE = 0.2;
/** A turn's own reading this unsure (or out of scope) is weak: if the turn points back, it leans at least WEAK_CONTINUATION. */
const WEAK_READING = 0.5;
const WEAK_CONTINUATION = 0.4;
/** …if it is short: a long message has a subject of its own, however unsure its reading. */
const WEAK_CONTINUATION_WORDS = 4;
/**
 * A thread whose belief in any one topic is below this was unsure what it is about (a first turn the
 * classifier could not place well): a follow-up whose own reading is not weak (WEAK_READING) is read on its own.
 * Chosen on the design dialogue sets (docs/conversation.md, follow16).
 */
const WEAK_THREAD = 0.4;
/**
 * A correction with a topic of its own ("not passing things on, I mean …") after a thread less sure than this of its topic is
 * read on its own: the asker says the reading before was wrong. A sure thread keeps slot corrections ("sorry, it was the
 * chairman, not Cllr Price") on its topic. Any value from 0.5 to 0.8 gave the same figures on the design sets (follow19).
 */
const UNSURE_THREAD_CORRECTED = 0.6;
/** How much the clauses the thread last cited count, at most, when ranking a follow-up's. */
export const CLAUSE_PRIOR_WEIGHT = 0.6;
/** Conversation intents a turn can confidently be on its own ("thanks", "hello"). */
const SELF_CONTAINED = new Set(['greeting', 'thanks', 'help', 'request_status']);
const SELF_CONTAINED_CONFIDENCE = 0.5;
/** …or this sure, for a turn that opens as a continuation ("so where should he be sending that sort of request?" is not about my requests). */
const CONTINUED_SELF_CONTAINED_CONFIDENCE = 0.8;
/** Self-contained readings that a turn opening as a continuation is not ("and hello" is not a thing people type). */
const CONTINUED_NOT_SELF_CONTAINED = new Set(['greeting', 'help']);
const ADDRESSES_THE_BOT = /\b(?:you|bot|this (?:app|tool|thing))\b/;
/** Readings that say what a turn is not (about the protocol) rather than what it is about. */
const NOT_A_TOPIC = [OUT_OF_SCOPE, 'greeting', 'help'];
/**
 * A question of its own after a continuing opener (TurnForm.asksItsOwn: "and who decides on the grants anyway?" after
 * a request for the grant forms) is read on its own when its own reading is a topic this sure and not the thread's: the
 * thread's thing is only where the question starts, and the thread's topic does not answer who decides, pays or chairs.
 * Chosen on the design dialogue sets (docs/conversation.md, follow21).
 */
const OWN_QUESTION_READING = 0.5;
/**
 * A condition that sets up a case of its own (TurnForm.posesItsOwnCase: "and if a councillor bullies me, what then?" after
 * what councillors and officers can expect of each other) is read on its own when its own reading is another topic this
 * sure: what happens in that case is the turn's question, however sure the thread is of its own topic.
 * Chosen on the design dialogue sets (docs/conversation.md, follow28).
 */
const OWN_CASE_READING = 0.8;
/**
 * A condition that names a party (TurnForm.caseParty) and reads alone as a complaint this surely is a complaint of its own
 * after a thread on something else. Chosen on the design dialogue sets (follow30).
 */
const PARTY_COMPLAINT_READING = 0.5;
/** Readings that are no topic of the protocol's: a question of its own read so still leans on its thread. */
const NO_OWN_TOPIC = new Set([...NOT_A_TOPIC, ...SELF_CONTAINED, 'ask_the_clerk']);

/** A turn read in the light of its thread. */
export interface ThreadReading {
  /** The intent as the thread makes it (the turn's own reading when it stands alone). */
  result: IntentResult;
  /** Whether the earlier turns shaped this reading. */
  followUp: boolean;
  /** What to rank clauses with: the turn, plus the next step it asks for and carried slots. */
  clauseQuery: string;
  /** Clauses the thread cited before, with a bonus for each, for a follow-up on the same topic. */
  clausePrior?: Map<string, number>;
  /** A follow-up on the same topic asking for the next step ("what if she says no?"): the last answer's sentence is not the answer again. */
  nextStep?: boolean;
  /** A follow-up on the same topic asking for someone or something other than what was just quoted ("who else?", "instead"). */
  otherThanQuoted?: boolean;
  /**
   * A follow-up asking for someone or something else, on the thread's topic or not: "so who do I ask instead?" after a turn
   * about the chair asks past every answer the conversation has given, not only the last (follow25).
   */
  pastQuoted?: boolean;
  /** A follow-up on the same topic asking for another option ("what else can I do?"): the reply says when there is none (follow28). */
  anotherOption?: boolean;
  /**
   * The thread's belief as this turn moved it to another side or party ("and if it's the mayor I want to complain about?"
   * after a complaint about an officer): what the thread remembers of its topic in place of its belief before, so the next
   * turn does not drift back to the side the asker has left (follow30).
   */
  movedBelief?: Record<string, number>;
  /** The question the turn asks in full, when it only carries on the last one for someone else (for the Clerk's form). */
  question?: string;
  /** The thread's slots after this turn. */
  slots: Slots;
  /** The capacity, other than the asker's own, the thread is asked in after this turn (ThreadContext.capacity). */
  capacity?: Role;
  /** Whom the turn's "she", "he" or "they" stands for: the one person the thread named (follow22). */
  referent?: Subject;
  /** The asker cleared the thread ("start again", "/new"). */
  reset: boolean;
  /** The asker accepted what the last answer offered to file ("ok, file it"). */
  accepted?: ThreadContext['offer'];
  /** The asker turned down what the last answer offered to file ("no thanks", "not now"): nothing to answer (uat17). */
  declined?: boolean;
  /** …and, when that was to pass a question to the Clerk, the question offered. */
  acceptedQuestion?: ThreadContext['offeredQuestion'];
  /** …and, when that was to file a document request, what the offer filled its form with. */
  acceptedDocuments?: ThreadContext['offeredDocuments'];
  /** …or, when it was a further question's offer, that offer's form as the reply offered it. */
  acceptedAction?: OfferedAction;
  /** A bare "yes" to a reply that offered more than one form: the offers to ask the asker to choose from. */
  choosing?: RememberedOffer[];
  form: TurnForm;
}

/** What the assistant answered, to remember for the next turn. */
export interface AnsweredTurn {
  council: string;
  role?: Role;
  result: IntentResult;
  /** The intent is about the protocol (not a greeting, thanks or out of scope). */
  topical: boolean;
  clauses: RememberedClause[];
  /** The sentence quoted as the answer, and the question type it answered. */
  answer?: NonNullable<ThreadContext['topic']>['answer'];
  offer?: ThreadContext['offer'];
  /** The question an offer to pass it to the Clerk is for. */
  offeredQuestion?: ThreadContext['offeredQuestion'];
  /** What an offer to file a document request fills its form with. */
  offeredDocuments?: ThreadContext['offeredDocuments'];
  /** Every question's offer (the first's is `offer`). */
  offers?: RememberedOffer[];
}

/**
 * Threads and what each remembers: reads a new turn in the light of the last ones and
 * remembers the answer. One per assistant; the store decides where contexts live.
 */
export class Conversations {
  constructor(
    readonly store: ContextStore = new MemoryContextStore(),
    private readonly now: () => number = Date.now,
    /** How many intents there are (the uniform part of the prior). */
    private readonly intentCount = 31,
  ) {}

  /** The thread's context: its own, or the running conversation it continues if recent enough. */
  load(thread: string | ThreadRef, council: string): ThreadContext | undefined {
    const ref = asThreadRef(thread);
    const own = this.store.get(storeKey(ref.key));
    const context = own ?? (ref.continues ? this.recent(ref.continues.key, ref.continues.withinMs) : undefined);
    // A thread about another council's protocol cannot lend its clauses to this one.
    return context && context.council === council ? context : undefined;
  }

  forget(thread: string | ThreadRef): void {
    const ref = asThreadRef(thread);
    this.store.delete(storeKey(ref.key));
    if (ref.continues) this.store.delete(storeKey(ref.continues.key));
  }

  /**
   * `reread` classifies a part of the turn on its own: a turn that thanks before it asks ("thanks - and
   * what about the reserves?") is read as its question, whose reading the thanks would swamp.
   */
  read(previous: ThreadContext | undefined, whole: string, wholeReading: IntentResult, reread?: (text: string) => IntentResult): ThreadReading {
    const acknowledged = previous?.topic && reread ? afterAcknowledgement(whole) : undefined;
    // "sorry, I meant the meeting room, not the projector": what the asker did not mean is no evidence of what they did.
    const question = previous?.topic && reread ? asMeant(acknowledged ?? whole) ?? acknowledged : undefined;
    const text = question ?? whole;
    const standalone = question !== undefined ? reread!(question) : wholeReading;
    const form = readTurn(text);
    const ownSlots = extractSlots(text);
    // "who do I complain to if she says no?" after "can I ask the clerk to print leaflets?": "she" is the one person the
    // thread named, whatever topic the turn moves to; the complaint it is offered is about her.
    const referent = previous ? standsFor(text, previous.slots.person) : undefined;
    const withReferent = (slots: Slots): Slots => (referent ? { ...slots, about: referent, person: referent } : slots);
    // The capacity the thread is asked in after this turn; a turn read on its own keeps it only if it points back (follow27).
    const capacity = previous ? capacityIn(form, previous) : undefined;
    const alone: ThreadReading = { result: standalone, followUp: false, clauseQuery: text, slots: withReferent(ownSlots), reset: form.reset, form, ...(referent ? { referent } : {}), ...(capacity && form.refersBack ? { capacity } : {}) };
    if (form.reset) return { ...alone, slots: {} };
    // A reply to two questions offered a form for each: "the second one" takes that one, a bare "yes" asks which.
    // (After a reply to one question a turn accepts its offer as it always did: "request the minutes of the
    // planning meeting" there names other documents, a new question, not a pick.)
    const taken = previous?.offers?.some((offer) => offer.asOffered) ? offerTaken(text, form, previous.offers) : undefined;
    if (taken === 'which') return { ...alone, result: previous!.topic ? offeredTopic(previous!.topic) : standalone, followUp: true, slots: previous!.slots, choosing: previous!.offers };
    const picked = taken === undefined ? undefined : previous!.offers![taken];
    if (picked && (picked.asOffered || !(picked.question === 0 && picked.kind === previous!.offer))) {
      // An offer of a reply to two questions: its form as it was offered, filled from its question's own words.
      const acceptedAction: OfferedAction = { kind: picked.kind, label: picked.label, prefill: picked.prefill ?? {} };
      return { ...alone, result: { intent: picked.intent, confidence: 1, uncertain: false, ranked: [{ label: picked.intent, probability: 1 }] }, followUp: true, slots: previous!.slots, accepted: picked.kind, acceptedAction };
    }
    // The offer came with the last answer: accepting it is about that answer's topic, whatever else the thread half-believes.
    if ((picked || form.accepts) && previous?.offer) {
      const acceptedQuestion = previous.offer === 'question' ? previous.offeredQuestion : undefined;
      const acceptedDocuments = previous.offer === 'document_request' ? previous.offeredDocuments : undefined;
      return {
        ...alone,
        result: previous.topic ? offeredTopic(previous.topic) : standalone,
        followUp: true,
        slots: previous.slots,
        accepted: previous.offer,
        ...(acceptedQuestion ? { acceptedQuestion } : {}),
        ...(acceptedDocuments ? { acceptedDocuments } : {}),
      };
    }
    // "no thanks" to the offer: the offer is closed and nothing is answered, in every channel (the console alone did this).
    // Read as it reads alone ("no thanks" is thanks): it asks nothing of the topic, which the thread keeps.
    if (previous?.offer && declinesOffer(text)) return { ...alone, followUp: true, slots: previous.slots, declined: true };
    const topic = previous?.topic;
    const top = standalone.ranked[0];
    // "so what are my options?" opens as a continuation: it asks about the thread's subject, not how to use the bot.
    // "can you give me the exact wording?" asks about the last answer, however it addresses the bot.
    // So does "what are my options?": in a thread, the options are the thread's situation's.
    // So does "is there anyone else then?" or "anybody else?" after an answer: asking for someone other than the one quoted
    // presupposes that answer, however confidently its few words read as a hello on their own (follow26).
    const moves = movesIn(text);
    const asksForAnother = moves.some((m) => m.name === 'alternative');
    const asksTheThread = CONTINUED_NOT_SELF_CONTAINED.has(standalone.intent) && (form.asksAboutAnswer || form.asksForOptions || asksForAnother || (form.continues && !ADDRESSES_THE_BOT.test(text.toLowerCase())));
    const selfContained = SELF_CONTAINED.has(standalone.intent) && (top?.probability ?? 0) >= (form.continues ? CONTINUED_SELF_CONTAINED_CONFIDENCE : SELF_CONTAINED_CONFIDENCE) && !asksTheThread;
    // A turn that points back and cannot be placed on its own ("do I need to let anyone know first?",
    // "will somebody tell me the outcome?") is a continuation even when it has words of its own.
    const weakAlone = standalone.intent === OUT_OF_SCOPE || (top?.probability ?? 0) < WEAK_READING;
    // So does a longer one whose subject is a pronoun with nothing in the turn to stand for ("can they refuse
    // if the developer says it's commercially sensitive?"): who "they" are is the thread's.
    // "who decides whether it goes to the monitoring officer?" after a complaint: who decides, or whether a decision can be
    // challenged, is a step of the thread's matter, which the classifier reads as decisions and agendas from the frame's
    // words alone ("decides", "decision"). Pointing back, it leans on its thread like a turn weak alone (follow31).
    // Unless what is decided is itself the agenda's ("and who decides what goes on the agenda for it?"): the turn read without
    // the frame's words is still about decisions and agendas.
    // "can that decision be challenged?", "is the monitoring officer's view final?": a decision already made is the thread's,
    // however the turn names it without a pronoun (follow32).
    const decidingStep = moves.some((m) => DECIDING_STEPS.has(m.name));
    const whatIsDecided = decidingStep && topic !== undefined && topic.intent !== DECISIONS && reread !== undefined ? reread(withoutDecidingWords(text)) : undefined;
    const decidesTheThreads =
      (form.refersBack || asksOfADecisionMade(text) || standalone.intent === DECISIONS) && topic !== undefined && topic.intent !== DECISIONS && decidingStep && whatIsDecided?.intent !== DECISIONS;
    // Its own reading being the frame's ("who decides what happens to her?" read as decisions and agendas) says nothing of
    // the turn's topic: such a turn is as weak alone as one the classifier cannot place (follow32).
    const framesReading = decidesTheThreads && standalone.intent === DECISIONS;
    const dependence = (form.refersBack || decidesTheThreads) && (weakAlone || decidesTheThreads) && (form.contentWords <= WEAK_CONTINUATION_WORDS || form.pronounSubject || decidesTheThreads) ? Math.max(form.dependence, WEAK_CONTINUATION) : form.dependence;
    // Out of scope on its own and pointing nowhere ("is the clerk in on Tuesday?"): short, but about
    // something of its own; the thread cannot make it a question about the protocol.
    // "who pays for the room hire?" after booking a room for a surgery: who pays presupposes the cost the thread raised,
    // however the classifier reads its few words alone (follow31).
    const asksWhoPays = moves.some((m) => m.name === 'payment');
    const ownSubjectOffProtocol = standalone.intent === OUT_OF_SCOPE && !form.refersBack && !asksWhoPays && !decidesTheThreads;
    // "Is the office open on bank holidays?" (out of scope, offered to the Clerk), then "what about the caretaker?":
    // the same question of someone else, still not one the protocol answers. A turn that names only people or a
    // place says no more than that; read alone, "the caretaker" reads as a complaint. (One with no words of its
    // own, "who can I raise that with?", asks the next step of the thread's subject, and is read as before.)
    // So does one naming only a thing that, read alone, is itself off the protocol ("and the bowls club?" after "is the
    // sports hall open on bank holidays?"), even inside a thread whose topic, two turns back, was the protocol's.
    const namesAnotherThing = form.namesOnlyAThing && standalone.intent === OUT_OF_SCOPE;
    if (previous?.offProtocol && !selfContained && dependence >= MIN_DEPENDENCE && form.refersBack && (form.namesOnlyPeople || form.namesOnlyVenue || namesAnotherThing)) {
      // Passed to the Clerk, "what about the caretaker?" means nothing without the question it carries on.
      const asked = previous.offeredQuestion ? `${previous.offeredQuestion.text} ${whole}` : undefined;
      // A thing it names is off the protocol by its own reading, which says which (out of scope, or one for the Clerk).
      return { ...alone, result: namesAnotherThing ? standalone : offProtocolReading(previous.offProtocol), followUp: true, ...(asked ? { question: asked } : {}) };
    }
    if (!topic || dependence < MIN_DEPENDENCE || selfContained || ownSubjectOffProtocol) return alone;
    // "and who decides on the grants anyway?" after a request for the grant forms: the opener joins the conversation, but
    // who decides, pays or chairs is a question of its own, which its own reading places on another topic.
    // "and who signs them off?" after asking for the quotes: "them" is the thread's thing, the question its own.
    const asksItsOwn = form.asksItsOwn || form.asksItsOwnWithPronoun;
    // Not a "who decides" whose own reading is the frame's and that decides a question of the thread's matter ("who decides
    // how long she gets?" after a late reply): "and who decides on them anyway?" decides the thread's things themselves, a
    // question of its own (follow32).
    const decidesItsOwnThing = !DECIDES_A_QUESTION.test(text.toLowerCase());
    if (asksItsOwn && (!framesReading || decidesItsOwnThing) && !NO_OWN_TOPIC.has(standalone.intent) && standalone.intent !== topic.intent && (top?.probability ?? 0) >= OWN_QUESTION_READING) return alone;
    // "and if a councillor bullies me, what then?": the condition names its own case, which its own reading places surely.
    if (form.posesItsOwnCase && !NO_OWN_TOPIC.has(standalone.intent) && standalone.intent !== topic.intent && (top?.probability ?? 0) >= OWN_CASE_READING) return alone;
    // "and if it's a councillor who's the problem?" after an officer's problem with a colleague: a condition that names a party
    // and that, read alone, complains about someone is a complaint of its own when the thread is no complaint (follow30).
    if (form.caseParty !== undefined && COMPLAINT_INTENTS.has(standalone.intent) && !COMPLAINT_INTENTS.has(topic.intent) && (top?.probability ?? 0) >= PARTY_COMPLAINT_READING) return alone;
    // "I didn't say a member, I said the leader of the majority group" after a first turn read as instructing officers at
    // 0.27: a thread that never knew its topic has no belief to lend, and the turn's own words say plainly what it asks.
    if (!weakAlone && !framesReading && !NOT_A_TOPIC.includes(standalone.intent) && threadConfidence(topic) < WEAK_THREAD) return alone;
    // "replying to their emails I mean" after a first turn read as personal relationships at 0.47: a correction says the
    // reading before it was wrong, so a thread that was not sure of it lends it nothing against what the correction says.
    if (form.corrects && !weakAlone && !framesReading && !NOT_A_TOPIC.includes(standalone.intent) && standalone.intent !== topic.intent && !form.namesOnlyPeople && !form.namesOnlyVenue && !form.namesAsker && threadConfidence(topic) < UNSURE_THREAD_CORRECTED) return alone;

    const w = WEIGHT * dependence;
    // "and who decides whether the contract gets renewed?" read whole as decisions and agendas: its own words are what is
    // decided, which the classifier reads without the frame's (follow32).
    const ownReading = framesReading && form.topicWords > 0 && whatIsDecided !== undefined ? whatIsDecided : standalone;
    const labels = new Set([...ownReading.ranked.map((r) => r.label), ...Object.keys(topic.distribution)]);
    // "Out of scope" (or a greeting, or a plea for help) on its own partly means "too little to tell",
    // which is what a turn that points back to its thread is: the more it leans, the less that reading
    // counts against the thread's topic. A short question that points nowhere ("when is the clerk on
    // holiday?") keeps its own reading.
    const ownListed = new Map(ownReading.ranked.map((r) => [r.label, r.probability]));
    const ownUnlisted = unlistedShare(ownListed);
    // A "who decides" turn on another thread: the frame's reading is no evidence of the thread's matter, so decisions and
    // agendas weighs no more than an unlisted topic (follow31).
    if (decidesTheThreads && ownListed.has(DECISIONS)) ownListed.set(DECISIONS, ownUnlisted);
    // "and who pays for the repairs when something fails the inspection?" after asking for the inspection reports: the words
    // the classifier reads as the thread's topic name what is paid for, which the thread has already placed; the question
    // asked of it is who pays (follow31).
    if (asksWhoPays && topic.intent !== FINANCE) {
      const thing = ownListed.get(topic.intent);
      if (thing !== undefined) {
        ownListed.delete(topic.intent);
        ownListed.set(FINANCE, (ownListed.get(FINANCE) ?? 0) + thing);
      }
    }
    if (form.refersBack) {
      for (const label of NOT_A_TOPIC) {
        const p = ownListed.get(label);
        if (p !== undefined) ownListed.set(label, Math.max(ownUnlisted, p * (1 - dependence)));
      }
    }
    // A turn that names no topic of its own ("who decides?", "who decides what happens next?", "who do I talk to if it
    // carries on?") is read by the classifier from the words of its question frame alone, and those
    // are spread over many topics: how sure that reading is says little about the turn's topic. The
    // more the turn leans on its thread, the flatter its own reading (p^(1 − dependence)).
    // A turn that names only people ("officers?", "sorry, I meant the clerk") is read the same way: whom
    // it names is a slot of the thread's topic (or moves a topic with two sides to the other side, below).
    const flatten = form.topicWords === 0 || form.namesOnlyPeople || form.namesOnlyVenue || form.asksAs !== undefined || form.namesAsker || form.reverses || form.addsToQuestion ? 1 - dependence : 1;
    if (flatten < 1) for (const [label, p] of ownListed) ownListed.set(label, Math.pow(p, flatten));
    const own = withUnlisted(ownListed, Math.pow(ownUnlisted, flatten));
    // The thread speaks for topics, never for "out of scope": a follow-up the classifier cannot place
    // on its own ("will I hear what happened?") is not made less placeable by the turn before it.
    const threadTopics = new Map(Object.entries(topic.distribution).filter(([label]) => label !== OUT_OF_SCOPE));
    // "and mine?" from a councillor after the officers' role asks for the councillors'.
    // "what if it was the other way round?" after an officer's complaint about a councillor asks about a councillor's about an officer.
    // "no, I meant who the councillors answer to" after the officers' role: a correction naming one side turns the topic to it.
    // The asker's side as this thread has asked it so far: their own, or the capacity an earlier follow-up took on.
    const askedAs = previous!.capacity ?? previous!.role;
    const correctedSide = form.corrects && ownSlots.about && SIDE_PEOPLE.has(ownSlots.about) ? ownSlots.about : undefined;
    const askerSide: Subject | undefined = askedAs ? (askedAs === 'councillor' ? 'councillor' : 'officer') : undefined;
    // "and if it's the mayor I want to complain about?" after a complaint about an officer: the case is about a councillor now;
    // "and if an officer wants to complain about me?": about the asker (follow30). A chair in a role's thread asks the chair's.
    const party = form.caseParty === 'asker' ? askerSide : form.caseParty;
    const partyIsChair = party === 'chair' || party === 'vice_chair';
    const chairOfARole = partyIsChair && ROLES.includes(topic.intent);
    const namedSide = form.namesOnlyPeople ? ownSlots.about : correctedSide ? correctedSide : form.namesAsker ? askerSide : form.reverses ? otherSide(topic.intent) : party && !chairOfARole ? party : undefined;
    // "what if I were asking as a member of staff?" after a councillor's complaint: the complaint is now about a councillor.
    // "is it the same for the chairman?" after the clerk's and the councillors' roles asks the chair's: chairs and committees.
    const sided = form.asksAs ? towardsCapacity(threadTopics, form.asksAs) : namedSide ? towardsSide(threadTopics, namedSide) : form.namesOnlyChair || chairOfARole ? towardsChair(threadTopics) : threadTopics;
    // "and if the clerk is rude to me when I chase it up, what then?" after response times: someone mistreating the asker
    // is the step to the complaint route, about whom the condition names, else whom the thread was about (follow31).
    const mistreated = mistreatsTheAsker(text.toLowerCase().replace(/[\u2018\u2019]/g, "'"));
    const complainedAbout = mistreated && form.caseParty !== undefined && form.caseParty !== 'asker' ? form.caseParty : previous!.slots.about;
    const recourse = moves.some((m) => m.name === 'recourse') || mistreated ? towardsComplaint(sided, topic.intent, complainedAbout, askedAs, previous!.capacity !== undefined) : sided;
    // "who pays if it gets damaged?" after borrowing the gazebo: who pays for the thread's thing is the council's money (follow31).
    const threadBelief = asksWhoPays ? towardsFinance(recourse) : recourse;
    // The side or complaint route a turn moves the thread to may be one neither reading listed ("and mine?" after the officers' role).
    for (const label of threadBelief.keys()) labels.add(label);
    const thread = withUnlisted(threadBelief);
    const k = Math.max(labels.size, this.intentCount);
    const combined = [...labels].map((label) => ({
      label,
      score: own(label) * Math.pow((1 - TOPIC_SHIFT) * thread(label) + TOPIC_SHIFT / k, w),
    }));
    // A greeting never points back: "is there anyone I can take it to?" is not a hello, however the
    // classifier reads a short turn without the protocol's words (a confident hello is self-contained above).
    if (form.refersBack) for (const c of combined) if (c.label === 'greeting') c.score = 0;
    const total = combined.reduce((sum, c) => sum + c.score, 0);
    const ranked = combined.map((c) => ({ label: c.label, probability: c.score / total })).sort((a, b) => b.probability - a.probability).slice(0, 5);
    const result = decide(ranked);

    const sameTopic = result.intent === topic.intent;
    // Slots belong to a topic: a follow-up on it keeps those it does not change; a new topic starts afresh.
    const slots = sameTopic ? carrySlots(previous!.slots, ownSlots) : ownSlots;
    const extra = moves.map((m) => m.terms);
    if (!ownSlots.about && slots.about) extra.push(SUBJECT_WORDS[slots.about]);
    const best = Math.max(...topic.clauses.map((c) => c.score), 1e-9);
    const clausePrior = sameTopic ? new Map(topic.clauses.map((c) => [c.ref, (CLAUSE_PRIOR_WEIGHT * w * c.score) / best])) : undefined;
    // "and if I'm an officer?" after a councillor's answer: the sentence given was the other side's rule, so it is not the
    // answer again unless no other cited sentence does nearly as well (follow25).
    const otherCapacity = form.asksAs !== undefined && askedAs !== undefined && OFFICER_SIDE.has(form.asksAs) !== (askedAs !== 'councillor');
    const movedBelief = sided !== threadTopics ? { movedBelief: Object.fromEntries(sided) } : {};
    return { result, followUp: true, ...movedBelief, clauseQuery: [text, ...extra].join(' '), clausePrior, nextStep: sameTopic && (moves.length > 0 || otherCapacity), otherThanQuoted: sameTopic && asksForAnother, pastQuoted: asksForAnother, ...(sameTopic && form.asksForAnotherOption ? { anotherOption: true } : {}), slots: withReferent(slots), reset: false, form, ...(referent ? { referent } : {}), ...(capacity ? { capacity } : {}) };
  }

  remember(thread: string | ThreadRef, previous: ThreadContext | undefined, reading: ThreadReading, answered: AnsweredTurn): void {
    const ref = asThreadRef(thread);
    if (reading.reset) {
      this.forget(ref);
      return;
    }
    const topic = answered.topical
      ? {
          intent: answered.result.intent,
          distribution: rememberedDistribution(answered.result, reading.followUp ? previous?.topic : undefined, reading.movedBelief),
          clauses: answered.clauses,
          ...(answered.answer ? { answer: answered.answer } : {}),
          ...quotedSoFar(reading.followUp ? previous?.topic : undefined, answered.answer?.text),
        }
      : previous?.topic;
    // An accepted offer is used up, and so is one turned down; a turn off the protocol ("thanks") leaves the offer open.
    const closed = reading.accepted || reading.declined;
    const offer = closed ? undefined : answered.offer ?? (answered.topical ? undefined : previous?.offer);
    // The question goes with its offer: kept while "yes please" can still accept it, and no longer.
    const offeredQuestion = offer !== 'question' ? undefined : answered.offer ? answered.offeredQuestion : previous?.offeredQuestion;
    const offeredDocuments = offer !== 'document_request' ? undefined : answered.offer ? answered.offeredDocuments : previous?.offeredDocuments;
    // Every question's offer, on the same terms: used up when one is accepted, kept by a turn off the protocol
    // (and by the question which one), replaced by a reply that offers anything.
    const offers = closed ? undefined : answered.offers?.length ? answered.offers : answered.topical ? undefined : previous?.offers;
    const offProtocol =
      OFF_PROTOCOL.has(answered.result.intent) && answered.offer === 'question'
        ? { intent: answered.result.intent, confidence: answered.result.confidence }
        : answered.topical
          ? undefined
          : previous?.offProtocol;
    const context: ThreadContext = {
      council: answered.council,
      role: answered.role,
      turns: (previous?.turns ?? 0) + 1,
      topic,
      // A turn off the protocol (thanks, out of scope) leaves the thread's slots as they were, but for whom it named:
      // "thanks, the clerk sorted it" then "can I complain about her anyway?" — she is the Clerk.
      slots: answered.topical ? reading.slots : withPersonOf(previous?.slots ?? {}, reading.slots),
      // A turn off the protocol ("thanks") leaves the capacity the thread is asked in as it was; a question of its own drops it.
      ...(answered.topical ? (reading.capacity ? { capacity: reading.capacity } : {}) : previous?.capacity ? { capacity: previous.capacity } : {}),
      offer,
      ...(offeredQuestion ? { offeredQuestion } : {}),
      ...(offeredDocuments ? { offeredDocuments } : {}),
      ...(offers ? { offers } : {}),
      ...(offProtocol ? { offProtocol } : {}),
      updatedAt: this.now(),
    };
    this.store.set(storeKey(ref.key), context);
    if (ref.continues) this.store.set(storeKey(ref.continues.key), context);
  }

  private recent(key: string, withinMs: number): ThreadContext | undefined {
    const context = this.store.get(storeKey(key));
    return context && this.now() - context.updatedAt <= withinMs ? context : undefined;
  }
}

/** The slots with the person a turn named, or with none if it named several; a turn that named no one changes nothing. */
function withPersonOf(slots: Slots, turn: Slots): Slots {
  if (turn.about === undefined) return slots;
  const { person: _before, ...rest } = slots;
  return turn.person ? { ...rest, person: turn.person } : rest;
}

const COMPLAINT_INTENTS = new Set(['complaint_about_officer', 'complaint_about_councillor', 'protocol_breaches']);
/** Topics whose protocols settle a disagreement inside the topic (who determines a disputed request), not by complaint. */
const DISPUTED_WITHIN = new Set(['document_access']);
/** How much of the thread's prior moves to the complaint route when a turn asks where to take a problem. */
const RECOURSE_SHIFT = 0.5;

/**
 * "Who can I go to if he keeps on doing this?" after a topic that is not itself a complaint: the
 * next step is the complaint route, about whom the thread has been talking (a councillor, or an
 * officer or the Clerk; else the other side from the asker).
 */
function towardsComplaint(thread: Map<string, number>, topicIntent: string, about: Subject | undefined, askedAs: Role | undefined, tookCapacity: boolean): Map<string, number> {
  if (COMPLAINT_INTENTS.has(topicIntent) || DISPUTED_WITHIN.has(topicIntent)) return thread;
  // "can I tell an officer to rewrite her report?", "and if I'm the officer?", "who do I complain to then?": the officer the
  // thread was about is now the asker, so the complaint is about the other side.
  const aboutTheAsker = tookCapacity && about !== undefined && OFFICER_SIDE.has(about) === (askedAs !== 'councillor');
  const againstOfficer = aboutTheAsker ? askedAs === 'councillor' : about === 'officer' || about === 'clerk' || (about === undefined && askedAs === 'councillor');
  const target = againstOfficer ? 'complaint_about_officer' : 'complaint_about_councillor';
  const shifted = new Map([...thread].map(([label, p]) => [label, (1 - RECOURSE_SHIFT) * p]));
  shifted.set(target, (shifted.get(target) ?? 0) + RECOURSE_SHIFT);
  return shifted;
}

const FINANCE = 'finance_and_contracts';
const DECISIONS = 'decisions_and_agendas';
/** Next steps that ask who decides the thread's matter, or whether its decision stands (moves.ts). */
const DECIDING_STEPS = new Set(['decider', 'challenge']);
/** A decider asked of a question ("who decides whether …", "… what happens to her?"), not of a thing ("who decides on them?"). */
const DECIDES_A_QUESTION = /\b(?:decides?|rules? on|approves?|okays?|sets?)\s+(?:whether|if|what|how|when|which|who|where)\b/;
/** How much of the thread's prior moves to the council's money when a turn asks who pays for the thread's thing. */
const PAYMENT_SHIFT = 0.5;

/** The thread's belief with PAYMENT_SHIFT of it moved to finance: the thread's thing is what is paid for. */
function towardsFinance(thread: Map<string, number>): Map<string, number> {
  if ((thread.get(FINANCE) ?? 0) >= PAYMENT_SHIFT) return thread;
  const shifted = new Map([...thread].map(([label, p]) => [label, (1 - PAYMENT_SHIFT) * p]));
  shifted.set(FINANCE, (shifted.get(FINANCE) ?? 0) + PAYMENT_SHIFT);
  return shifted;
}

/**
 * Topics that come in two sides, one about councillors and one about officers: "and officers?"
 * after "what is a councillor's role?" asks the same question of the other side.
 */
const SIDES: [councillorSide: string, officerSide: string][] = [
  ['roles_of_councillors', 'roles_of_officers'],
  ['complaint_about_councillor', 'complaint_about_officer'],
];
const OFFICER_SIDE = new Set<Subject>(['officer', 'clerk']);
/** The people a two-sided topic is about; a chair has a topic of their own (chairs and committees). */
const SIDE_PEOPLE = new Set<Subject>(['officer', 'clerk', 'councillor']);

/** The side opposite a two-sided topic's ("councillor" for the officers' role), if it has two. */
function otherSide(intent: string): Subject | undefined {
  for (const [councillorSide, officerSide] of SIDES) {
    if (intent === councillorSide) return 'officer';
    if (intent === officerSide) return 'councillor';
  }
  return undefined;
}

/** The thread's belief with each two-sided topic moved to the side of whom the turn names. */
function towardsSide(thread: Map<string, number>, about: Subject): Map<string, number> {
  const moved = new Map(thread);
  for (const [councillorSide, officerSide] of SIDES) {
    const [from, to] = OFFICER_SIDE.has(about) ? [councillorSide, officerSide] : [officerSide, councillorSide];
    const p = moved.get(from);
    if (p === undefined) continue;
    moved.delete(from);
    moved.set(to, (moved.get(to) ?? 0) + p);
  }
  return moved;
}

/** The topic a role's question turns to when it names the chair: the protocols say what chairs do under chairs and committees. */
const ROLES = ['roles_of_councillors', 'roles_of_officers'];
const CHAIRS = 'chairs_and_committees';

/** The thread's belief with a role's share moved to the chair's ("and the vice-chair?" after "what are councillors for?"). */
function towardsChair(thread: Map<string, number>): Map<string, number> {
  const moved = new Map(thread);
  for (const role of ROLES) {
    const p = moved.get(role);
    if (p === undefined) continue;
    moved.delete(role);
    moved.set(CHAIRS, (moved.get(CHAIRS) ?? 0) + p);
  }
  return moved;
}

/**
 * The thread's belief with the asker in another capacity: a role is the asker's own side's, a
 * complaint is about the other side ("what if I were asking as an officer?" after a councillor's complaint).
 */
function towardsCapacity(thread: Map<string, number>, capacity: Subject): Map<string, number> {
  const officer = OFFICER_SIDE.has(capacity);
  const moved = new Map(thread);
  for (const [councillorSide, officerSide] of SIDES) {
    const ownSide = councillorSide.startsWith('roles_');
    const to = officer === ownSide ? officerSide : councillorSide;
    const from = to === officerSide ? councillorSide : officerSide;
    const p = moved.get(from);
    if (p === undefined) continue;
    moved.delete(from);
    moved.set(to, (moved.get(to) ?? 0) + p);
  }
  return moved;
}

/** The role a capacity is asked in: the Clerk's is the Clerk's, any other officer's an officer's, a chair's a councillor's. */
function roleOf(capacity: Subject): Role {
  return capacity === 'clerk' ? 'clerk' : capacity === 'officer' ? 'officer' : 'councillor';
}

/**
 * The capacity a follow-up leaves its thread asked in, when not the asker's own: the one the turn takes on ("and if I'm an
 * officer?"), else the one the thread was already in. Asking again in one's own capacity ("and as a councillor?") ends it.
 */
function capacityIn(form: TurnForm, previous: ThreadContext): Role | undefined {
  const capacity = form.asksAs !== undefined ? roleOf(form.asksAs) : previous.capacity;
  return capacity !== previous.role ? capacity : undefined;
}

/**
 * The role a turn in this thread is read in, by the classifier and the answer: the capacity an earlier follow-up took on
 * ("and if I'm an officer?", then "how do I complain then?" is an officer's complaint), else the asker's own (follow27).
 * A turn the thread then reads on its own, a question of its own, is read again in the asker's own role.
 */
export function roleInThread(previous: ThreadContext | undefined, text: string, role: Role | undefined): Role | undefined {
  if (!previous?.topic) return role;
  const asksAs = readTurn(text).asksAs;
  return asksAs !== undefined ? roleOf(asksAs) : previous.capacity ?? role;
}

/**
 * The sentences a follow-up's answer should not quote again: for one asking for someone or something other than what was
 * quoted ("who should I ask instead?"), every sentence quoted so far in the conversation; for another next step ("what if
 * she says no?"), the last answer's, whose rule the turn has already been given.
 */
export function sentencesToAvoid(reading: Pick<ThreadReading, 'nextStep' | 'pastQuoted'>, previous: ThreadContext | undefined): string[] | undefined {
  const last = previous?.topic?.answer?.text;
  if (reading.pastQuoted) return previous?.topic?.quoted ?? (last ? [last] : undefined);
  return reading.nextStep && last ? [last] : undefined;
}

/** How many sentences quoted in a conversation it remembers: enough for a thread of a few turns, and no more. */
const QUOTED_KEPT = 4;

/**
 * The sentences quoted so far in a conversation, with this turn's: a follow-up adds to its thread's (an older thread
 * remembers only its last answer's), a new question starts afresh.
 */
function quotedSoFar(before: ThreadContext['topic'] | undefined, sentence: string | undefined): { quoted?: string[] } {
  const earlier = before?.quoted ?? (before?.answer ? [before.answer.text] : []);
  const quoted = (sentence === undefined ? earlier : [...earlier.filter((s) => s !== sentence), sentence]).slice(-QUOTED_KEPT);
  return quoted.length > 0 ? { quoted } : {};
}

/** Readings of a question the protocol does not answer but the Clerk may: a follow-up that names only someone else carries them on. */
const OFF_PROTOCOL = new Set([OUT_OF_SCOPE, 'ask_the_clerk']);

/** A follow-up read as the off-protocol question before it. */
function offProtocolReading({ intent, confidence }: NonNullable<ThreadContext['offProtocol']>): IntentResult {
  return { intent, confidence, uncertain: false, ranked: [{ label: intent, probability: confidence }] };
}

/** The reading of a turn that accepts an offer: the offering answer's topic first, then what else the thread believed. */
function offeredTopic(topic: NonNullable<ThreadContext['topic']>): IntentResult {
  const ranked = Object.entries(topic.distribution)
    .map(([label, probability]) => ({ label, probability }))
    .sort((a, b) => Number(b.label === topic.intent) - Number(a.label === topic.intent) || b.probability - a.probability);
  const confidence = ranked[0]?.label === topic.intent ? ranked[0].probability : 1;
  return { intent: topic.intent, confidence, uncertain: false, ranked: ranked.length > 0 ? ranked : [{ label: topic.intent, probability: 1 }] };
}

/**
 * What the thread believes its topic is after a turn. A follow-up adds its reading to what the
 * thread already believed instead of replacing it: one short turn's runner-up ("who decides
 * that?" leaning to appointments) must not become the next turn's prior and pull the conversation
 * off its subject a step at a time, and a turn that strays for a moment ("is there a time limit?"
 * read as response times) leaves the conversation's subject within reach of the next one.
 */
function rememberedDistribution(result: IntentResult, topicBefore: ThreadContext['topic'], movedBelief?: Record<string, number>): Record<string, number> {
  // A turn that moved the thread to another side leaves it believing that side, not the one it left.
  const before = topicBefore && movedBelief ? { ...topicBefore, distribution: movedBelief } : topicBefore;
  const now = new Map(result.ranked.map((r) => [r.label, r.probability]));
  const merged = new Map(now);
  if (before) {
    merged.clear();
    for (const label of new Set([...now.keys(), ...Object.keys(before.distribution)])) {
      merged.set(label, TOPIC_MEMORY * (before.distribution[label] ?? 0) + (1 - TOPIC_MEMORY) * (now.get(label) ?? 0));
    }
  }
  const top = [...merged].sort((a, b) => b[1] - a[1]).slice(0, 5);
  return Object.fromEntries(top.map(([label, p]) => [label, Math.round(p * 1000) / 1000]));
}

/**
 * Threads are stored under a hash of the channel's key, so the store holds no Slack channel,
 * Teams conversation or user id: nothing in it names or points to a person.
 */
export const storeKey = (threadKey: string): string => createHash('sha256').update(threadKey).digest('base64url').slice(0, 22);

/**
 * A ranking lists only the likeliest intents; any other is less likely than the last listed, so
 * it is given half that (not zero, which would let one side veto what the other is sure of).
 */
function withUnlisted(listed: Map<string, number>, unlisted = unlistedShare(listed)): (label: string) => number {
  return (label) => listed.get(label) ?? unlisted;
}

const unlistedShare = (listed: Map<string, number>): number => Math.min(...listed.values(), 1) / 2;

/** How sure the thread is of its likeliest topic (out of scope is no topic). */
function threadConfidence(topic: NonNullable<ThreadContext['topic']>): number {
  return Math.max(0, ...Object.entries(topic.distribution).filter(([label]) => label !== OUT_OF_SCOPE).map(([, p]) => p));
}

/** The intent a combined ranking gives, with the engine's thresholds for out of scope and unsure. */
function decide(ranked: { label: string; probability: number }[]): IntentResult {
  const top = ranked[0];
  if (top.label === OUT_OF_SCOPE || top.probability < OUT_OF_SCOPE_THRESHOLD) {
    const oos = ranked.find((r) => r.label === OUT_OF_SCOPE)?.probability ?? 0;
    return { intent: OUT_OF_SCOPE, confidence: oos, uncertain: false, ranked };
  }
  return { intent: top.label, confidence: top.probability, uncertain: top.probability < UNSURE_THRESHOLD, ranked };
}
