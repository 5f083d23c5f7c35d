import type { QuestionParts } from './question';

/**
 * A question with no topic words of its own ("was that ok?", "thoughts?") asks about what its story says was done. In a
 * story of three sentences or more the first one mostly sets the scene ("The leisure centre has been short-staffed all
 * summer.", "Went to the depot because the verges hadn't been cut for six weeks"), and the service words of that scene
 * pull the whole message's reading away from the act that follows ("One of the councillors started telling my team to
 * open the second pool."). A shorter story is not split: its first sentence is half of it and often the topic itself
 * ("My husband has applied to be the caretaker. I said nothing. Was that ok?" has two).
 */
export const STORY_SENTENCES_WITH_A_SCENE = 3;

/**
 * How much the reading of the story after its scene counts against the whole message's, for such a question. Measured
 * on messy-probe-68 (design, docs/messy-round37.md): 0.25 and 0.5 both 51 → 53 of 60, no other design set moving at
 * 0.25; at 0.5 one clause-probe row loses a clause, at 0.75 messy-validation loses a row.
 */
export const STORY_AFTER_SCENE_WEIGHT = 0.25;

/**
 * The asker's story after its opening sentence, when the message is such a story: three or more story sentences of the
 * asker's own and no pasted text (a quoted email is evidence, not a scene, and its weighing is question.ts's).
 * Otherwise undefined. Whether the question is bare is the caller's (engine.ts reads it from its topic words).
 */
export function storyAfterScene(parts: QuestionParts): string | undefined {
  if (parts.quoted.length > 0 || parts.backstory.length < STORY_SENTENCES_WITH_A_SCENE) return undefined;
  return parts.backstory.slice(1).join(' ');
}
