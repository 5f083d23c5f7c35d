import type { Clause } from '../protocols/parse';
import type { ClauseTopics, IntentReading } from './topicAffinity';

/**
 * A topic the council's protocol has no clause on (issue #10, answers69). "The local paper called me, what should I
 * do?" asked of a protocol with no word on the press is read, rightly, as media relations; the answer stage then picks
 * the best of what it has, a sentence sharing a word or two ("Officers cannot respond to public comment from Members",
 * a consultative exercise), and quotes it as the answer. Better to say that the protocol gives no direct answer.
 *
 * Whether the protocol covers the topic is read by the intent classifier itself, as topicAffinity.ts reads an
 * ingested protocol: the chance that the message's topic and a clause's are the same (Σ over intents of both
 * probabilities, the message's whole reading, so a doubtful one spreads its weight). When even the closest clause of
 * the protocol falls under `maxAffinity`, no clause is on what the message asks, and the quoted sentence is a guess.
 * Words alone cannot tell: such guesses share as many words with the message as many right answers do (a right answer
 * often shares only the protocol's word for the message's, docs/answers-round69.md).
 */
export const UNCOVERED = { maxAffinity: 0.05 };

/**
 * Whether the answer found is one the protocol cannot give: no clause of the protocol is on the message's topic, and
 * the quoted text is not either. The clauses are read first: their readings are made once per protocol and cached by
 * ClauseTopics, so most answers (a protocol with a clause on the topic) cost no classification; the quoted text is
 * read only when none is.
 */
export function answersUncoveredTopic(topics: ClauseTopics, clauses: Clause[], reading: IntentReading, quoted: { heading?: string; text: string }): boolean {
  if (UNCOVERED.maxAffinity <= 0 || reading.length === 0) return false;
  if (topics.closestClauseAffinity(clauses, reading) >= UNCOVERED.maxAffinity) return false;
  return topics.textAffinity(`${quoted.heading ?? ''}. ${quoted.text}`, reading) < UNCOVERED.maxAffinity;
}
