import type { Reply } from './reply';

/**
 * What one 👍/👎 under a reply rates, shared by every channel: each question the reply answered from
 * the protocol, with its intent and the clauses its answer rests on. A reply to two questions rates
 * both (the button does not say which answer helped or not), each stored as its own feedback row so
 * a row's clauses are always its intent's.
 */
export interface RatedAnswer {
  intent: string;
  /** `council:ref` of each clause the answer quoted (the answering clause first for a further question). */
  clauseRefs: string[];
}

const refOf = (clause: { council: string; ref: string }): string => `${clause.council}:${clause.ref}`;

/**
 * The first question's answer (its quoted clauses, as before), then each further question's: its own
 * clauses, with its answering clause first even when that clause was quoted for the first question
 * (a further question's clauses leave out the ones quoted above).
 */
export function ratedAnswers(reply: Pick<Reply, 'intent' | 'council' | 'clauses' | 'also'>): RatedAnswer[] {
  const rated: RatedAnswer[] = [{ intent: reply.intent, clauseRefs: reply.clauses.map(refOf) }];
  for (const also of reply.also ?? []) {
    const answering = also.answer ? (also.clauses.find((c) => c.ref === also.answer!.ref) ?? reply.clauses.find((c) => c.ref === also.answer!.ref)) : undefined;
    const own = also.clauses.filter((c) => c !== answering);
    rated.push({ intent: also.intent, clauseRefs: [...(answering ? [answering] : []), ...own].map(refOf) });
  }
  return rated;
}

/** Whether the reply quoted the protocol for any of its questions, and so can be rated. */
export const canBeRated = (reply: Pick<Reply, 'intent' | 'council' | 'clauses' | 'also'>): boolean => ratedAnswers(reply).some((rated) => rated.clauseRefs.length > 0);
