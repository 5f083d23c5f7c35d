import type { Role } from '../domain/types';
import type { QuestionType } from '../answer/questionType';
import type { RememberedOffer } from './offers';

/** Who a turn is about, as far as the protocol distinguishes people. */
export type Subject = 'officer' | 'clerk' | 'councillor' | 'chair' | 'vice_chair';

/** What a turn names beyond its topic; a follow-up keeps the ones it does not change. */
export interface Slots {
  about?: Subject;
  /**
   * The one person the turn named, when it named only one (of any kind: "can I ask the clerk to …?"): whom a later "she",
   * "he" or "they" can only stand for (follow22). Absent when it named none, or several ("can a councillor ask the clerk …").
   */
  person?: Subject;
  /** The documents asked about, as a short phrase ("the tender documents for the pavilion"). */
  document?: string;
  /** The committee or meeting named ("the planning committee"). */
  meeting?: string;
}

/** One cited clause and how strongly it was ranked (the scores the clause selector gave). */
export interface RememberedClause {
  ref: string;
  score: number;
}

/**
 * The question the last answer offered to pass to the Clerk, as the asker wrote it, with the answer
 * the bot gave: what "yes please" fills the question form with. Kept only while that offer is open.
 */
export interface OfferedQuestion {
  text: string;
  botAnswer?: string;
}

/**
 * The least a thread needs to understand its next turn: no names, and no message text but the
 * short document and meeting phrases and, while the offer to pass it to the Clerk is open, the
 * question offered, so "ok, file it" can pre-fill the form; they live in memory only, are never
 * logged, and go with the thread (see docs/conversation.md).
 */
export interface ThreadContext {
  council: string;
  role?: Role;
  /** Turns answered in this thread since it started (or was cleared). */
  turns: number;
  /** The reading of the last turn about the protocol: its intent and how likely each was. */
  topic?: {
    intent: string;
    distribution: Record<string, number>;
    clauses: RememberedClause[];
    /**
     * The sentence the last answer quoted (the protocol's words, never the asker's) and what kind
     * of question it answered, so "what about the clerk?" is asked the same way of another post.
     */
    answer?: { ref: string; text: string; type: QuestionType };
    /**
     * The sentences quoted in this conversation's follow-ups so far, the last answer's included (the protocol's words,
     * at most QUOTED_KEPT, latest last): "who should I ask instead?" two turns after an answer must not get it back.
     */
    quoted?: string[];
  };
  slots: Slots;
  /**
   * The capacity the asker took on in a follow-up ("and if I'm an officer?" from a councillor), when not their own: the
   * thread's later follow-ups are read as asked in it ("how do I complain then?" is an officer's), until a question of its
   * own starts afresh (follow27).
   */
  capacity?: Role;
  /** What the last answer offered to file for the asker (accepted by "ok, file it"). */
  offer?: 'document_request' | 'complaint' | 'question';
  /** With an offer to pass a question to the Clerk: that question (never logged, gone with the offer). */
  offeredQuestion?: OfferedQuestion;
  /**
   * With an offer to file a document request: what its form's "What documents…" is filled with, as the offer's
   * button fills it (the sentences that ask, or the thread's documents); never logged, gone with the offer.
   */
  offeredDocuments?: string;
  /**
   * Every question's offer the last reply made, one per question that offered a form (a reply to two
   * questions offers one for each): "yes" takes the only one or asks which, "the second one" picks
   * (src/conversation/offers.ts). `offer` above is the first question's, as before. Memory only.
   */
  offers?: RememberedOffer[];
  /**
   * The last question was off the protocol (out of scope, or one for the Clerk) and was offered to the
   * Clerk: its reading, which a follow-up naming only someone or somewhere else ("what about the
   * caretaker?") carries on. A turn about the protocol clears it.
   */
  offProtocol?: { intent: string; confidence: number };
  /** Epoch milliseconds of the last turn. */
  updatedAt: number;
}

/**
 * Which conversation a message belongs to. `key` is the channel's own thread (a Slack
 * thread_ts, a Teams conversation, a console session). `continues` names a running
 * conversation the message may carry on without being in the same thread (a DM whose messages
 * are not threaded), if its last turn was within `withinMs`.
 */
export interface ThreadRef {
  key: string;
  continues?: { key: string; withinMs: number };
}

export const asThreadRef = (thread: string | ThreadRef): ThreadRef => (typeof thread === 'string' ? { key: thread } : thread);
