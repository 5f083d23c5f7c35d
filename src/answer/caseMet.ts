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

/**
 * A rule for some of its subject only, in a relative clause: "A councillor who receives such a request must …", "A Member
 * who is unsure whether … should …", "Officers who are contacted at home … may …". The clause is the case; a comma before
 * "who" ("The Clerk, who …") describes and restricts nothing.
 */
const CASE_SUBJECT = /^(?:(?:an?|any|every|each)\s+)?(?:[\w'-]+\s+){1,4}?who\s+(.+?)\s+(?:must|shall|should|may|will|can|cannot|could)\b/i;
/**
 * Verbs too light to say which case a condition is: "A councillor who wishes to give references …" is not met by "can I give
 * them a quote?".
 */
const LIGHT_STEMS = new Set(['give', 'get', 'make', 'take', 'go', 'wish', 'like', 'know', 'let', 'keep', 'put', 'see'].map(stem));

/** A condition that points back to the sentence before for its case ("such a request", "this information"). */
const POINTS_BACK = /\bsuch\b(?! as\b)|\b(?:this|these|those)\s+(?!is\b|are\b)[a-z]+/i;
/**
 * A case that is the asker's side ("If you are a member of staff and …", "If you are a councillor, …"): met by an asker of
 * that side, whatever else the condition says.
 */
const ASKER_SIDE_CASE: Record<'councillor' | 'officer', RegExp> = {
  councillor: /\byou are (?:a|an|the) (?:councillor|member of the council|member)\b(?! of staff)/i,
  officer: /\byou are (?:a|an|the) (?:member of staff|officer|employee|clerk)\b/i,
};

/** The content stems of the case a sentence opens (its condition, or its subject's relative clause); undefined when it opens none. */
export function caseStems(text: string): string[] | undefined {
  const condition = CASE_OPENING.test(text) ? CONDITION.exec(text)?.[1] : CASE_SUBJECT.exec(text)?.[1];
  // "A councillor who receives such a request …": the case is the one the sentence before names, which this does not read.
  if (condition === undefined || POINTS_BACK.test(condition)) return undefined;
  return contentStems(condition).filter((s) => !CASELESS_STEMS.has(s) && !LIGHT_STEMS.has(s));
}

/**
 * Whether a message leaves unmet the case a sentence is written for (answers66): the sentence opens a case, and the message
 * names neither a post of its condition nor any word of it. "Is it a problem if councillors and staff get too pally?" is
 * not the case of "A councillor or officer who has a close personal relationship …, must declare it"; the clause's rule
 * for everyone ("Close personal familiarity … can damage the trust …") is what it asks.
 */
export function leavesCaseUnmet(
  askedStems: ReadonlySet<string>,
  message: string,
  sentence: { text: string; caseStems?: readonly string[]; conditionPosts: readonly string[] },
  askerSide: 'councillor' | 'officer' | undefined,
): boolean {
  if (sentence.caseStems === undefined || sentence.caseStems.length === 0) return false;
  if (askerSide !== undefined && ASKER_SIDE_CASE[askerSide].test(sentence.text)) return false;
  if (namesConditionPost(message, sentence.conditionPosts)) return false;
  return !sentence.caseStems.some((s) => askedStems.has(s));
}
