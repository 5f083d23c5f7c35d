import { contentStems, stem } from '../nlu/normalize';
import { namesConditionPost } from './questionType';

/**
 * A sentence that opens a case of its own ("If informal resolution fails, …", "Where the grievance is about the Clerk,
 * …", "In a genuine emergency …, a councillor may …"): the exception to, or the next step after, the rule before it.
 */
const CASE_OPENING = /^(?:if|where|when|whilst|while|should|unless|in the (?:case|event) of|in (?:a|an|any) [^,]{1,60},)/i;
/** Its condition: the words up to the first comma or "then" ("If the complaint is against a Political Group Leader then …"). */
const CONDITION = /^(.*?)(?:,|\bthen\b)/i;
/**
 * Words a condition shares with a message without saying which case it is: the parties (whose case is read from the posts a
 * condition names, namesConditionPost) and the verbs of asking ("If … a councillor asks you to …" for "am I allowed to ask …").
 */
const CASELESS_STEMS = new Set(
  ['officer', 'officers', 'staff', 'employee', 'clerk', 'councillor', 'member', 'chair', 'chairman', 'mayor', 'council', 'manager', 'ask', 'tell', 'want', 'need', 'request'].map(stem),
);
/** Two words of one family ("confidence", "confidential") are one word here: the chosen rule already says it. */
const FAMILY = 6;
const family = (s: string): string => s.slice(0, FAMILY);

/**
 * Whether a message meets the case a sentence opens, so that the sentence belongs in the answer beside the rule chosen
 * before it (answers62): the post its condition names is the one the message is about ("i am the parish manager …" and
 * "… or if you are the Parish Manager, …"), the message tells of the setback its later step is for (`laterStep`, read by
 * questionType.ts), or the condition shares a word with the message that the chosen rule does not ("emergency like
 * flooding" and "In a genuine emergency …, such as flooding"; "if informal resolution … fails" and "If informal resolution
 * fails, …"). A rule quoted without the exception or the next step that the message itself is about answers the wrong case.
 */
export function meetsCase(
  message: string,
  sentence: { text: string; conditionPosts: readonly string[]; laterStep?: boolean },
  chosen: string,
  setbackTold: boolean,
): boolean {
  // A later step opens its case whatever its first words ("A councillor who is refused information may ask …").
  if (sentence.laterStep && setbackTold) return true;
  if (!CASE_OPENING.test(sentence.text)) return false;
  if (namesConditionPost(message, sentence.conditionPosts)) return true;
  const condition = CONDITION.exec(sentence.text)?.[1];
  if (condition === undefined) return false;
  const asked = new Set(contentStems(message));
  const chosenFamilies = new Set(contentStems(chosen).map(family));
  return contentStems(condition).some((s) => asked.has(s) && !CASELESS_STEMS.has(s) && !chosenFamilies.has(family(s)));
}
