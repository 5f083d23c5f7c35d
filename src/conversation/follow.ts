import { createHash } from 'node:crypto';
import type { IntentResult } from '../nlu/engine';
import { OUT_OF_SCOPE_THRESHOLD, UNSURE_THRESHOLD } from '../nlu/engine';
import { OUT_OF_SCOPE } from '../nlu/intents';
import type { Role } from '../queue/types';
import { asThreadRef, RememberedClause, Slots, ThreadContext, ThreadRef } from './context';
import { movesIn } from './moves';
import { carrySlots, extractSlots, SUBJECT_WORDS } from './slots';
import { ContextStore, MemoryContextStore } from './store';
import { readTurn, TurnForm } from './turn';

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
/** Below this dependence a turn is read on its own: the thread changes nothing. */
const MIN_DEPENDENCE = 0.2;
/** How much the clauses the thread last cited count, at most, when ranking a follow-up's. */
export const CLAUSE_PRIOR_WEIGHT = 0.6;
/** Conversation intents a turn can confidently be on its own ("thanks", "hello"). */
const SELF_CONTAINED = new Set(['greeting', 'thanks', 'help', 'request_status']);
const SELF_CONTAINED_CONFIDENCE = 0.5;

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
  /** The thread's slots after this turn. */
  slots: Slots;
  /** The asker cleared the thread ("start again", "/new"). */
  reset: boolean;
  /** The asker accepted what the last answer offered to file ("ok, file it"). */
  accepted?: ThreadContext['offer'];
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

  read(previous: ThreadContext | undefined, text: string, standalone: IntentResult): ThreadReading {
    const form = readTurn(text);
    const ownSlots = extractSlots(text);
    const alone: ThreadReading = { result: standalone, followUp: false, clauseQuery: text, slots: ownSlots, reset: form.reset, form };
    if (form.reset) return { ...alone, slots: {} };
    if (form.accepts && previous?.offer) return { ...alone, result: previous.topic ? fromDistribution(previous.topic.distribution) : standalone, followUp: true, slots: previous.slots, accepted: previous.offer };
    const topic = previous?.topic;
    const top = standalone.ranked[0];
    const selfContained = SELF_CONTAINED.has(standalone.intent) && (top?.probability ?? 0) >= SELF_CONTAINED_CONFIDENCE;
    if (!topic || form.dependence < MIN_DEPENDENCE || selfContained) return alone;

    const w = WEIGHT * form.dependence;
    const labels = new Set([...standalone.ranked.map((r) => r.label), ...Object.keys(topic.distribution)]);
    const own = withUnlisted(new Map(standalone.ranked.map((r) => [r.label, r.probability])));
    const thread = withUnlisted(new Map(Object.entries(topic.distribution)));
    const k = Math.max(labels.size, this.intentCount);
    const combined = [...labels].map((label) => ({
      label,
      score: own(label) * Math.pow((1 - TOPIC_SHIFT) * thread(label) + TOPIC_SHIFT / k, w),
    }));
    const total = combined.reduce((sum, c) => sum + c.score, 0);
    const ranked = combined.map((c) => ({ label: c.label, probability: c.score / total })).sort((a, b) => b.probability - a.probability).slice(0, 5);
    const result = decide(ranked);

    const sameTopic = result.intent === topic.intent;
    // Slots belong to a topic: a follow-up on it keeps those it does not change; a new topic starts afresh.
    const slots = sameTopic ? carrySlots(previous!.slots, ownSlots) : ownSlots;
    const extra = movesIn(text).map((m) => m.terms);
    if (!ownSlots.about && slots.about) extra.push(SUBJECT_WORDS[slots.about]);
    const best = Math.max(...topic.clauses.map((c) => c.score), 1e-9);
    const clausePrior = sameTopic ? new Map(topic.clauses.map((c) => [c.ref, (CLAUSE_PRIOR_WEIGHT * w * c.score) / best])) : undefined;
    return { result, followUp: true, clauseQuery: [text, ...extra].join(' '), clausePrior, slots, reset: false, form };
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
          distribution: Object.fromEntries(answered.result.ranked.map((r) => [r.label, Math.round(r.probability * 1000) / 1000])),
          clauses: answered.clauses,
          ...(answered.answer ? { answer: answered.answer } : {}),
        }
      : previous?.topic;
    const context: ThreadContext = {
      council: answered.council,
      role: answered.role,
      turns: (previous?.turns ?? 0) + 1,
      topic,
      // A turn off the protocol (thanks, out of scope) leaves the thread's slots as they were.
      slots: answered.topical ? reading.slots : previous?.slots ?? {},
      // An accepted offer is used up; a turn off the protocol ("thanks") leaves the offer open.
      offer: reading.accepted ? undefined : answered.offer ?? (answered.topical ? undefined : previous?.offer),
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

/**
 * Threads are stored under a hash of the channel's key, so the store holds no Slack channel,
 * Teams conversation or user id: nothing in it names or points to a person.
 */
export const storeKey = (threadKey: string): string => createHash('sha256').update(threadKey).digest('base64url').slice(0, 22);

/**
 * A ranking lists only the likeliest intents; any other is less likely than the last listed, so
 * it is given half that (not zero, which would let one side veto what the other is sure of).
 */
function withUnlisted(listed: Map<string, number>): (label: string) => number {
  const unlisted = Math.min(...listed.values(), 1) / 2;
  return (label) => listed.get(label) ?? unlisted;
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

function fromDistribution(distribution: Record<string, number>): IntentResult {
  const ranked = Object.entries(distribution)
    .map(([label, probability]) => ({ label, probability }))
    .sort((a, b) => b.probability - a.probability);
  return decide(ranked);
}
