/**
 * What kind of answer a question wants, read from its wording, and the cues in a protocol
 * sentence that show it gives that kind of answer. General English patterns, not any council's.
 */

import { caseless, CaselessPattern, escapeRegExp } from '../nlu/caseless';

export type QuestionType = 'who' | 'when' | 'can' | 'will' | 'what_if' | 'how' | 'how_many' | 'fact' | 'other';

/** The asking part of a message: its last sentence with a question mark, else all of it. */
export function askingPart(text: string): string {
  const parts = text.split(/(?<=[.?!])\s+(?=["“(]?[A-Z0-9])|\n+/).filter((p) => p.includes('?'));
  return parts.length > 0 ? parts[parts.length - 1] : text;
}

/**
 * "Quick one from me as a fairly new member: Do officers have to stay neutral …?": a lead-in closed by a colon hides the
 * question's opening, which decides its type, so the chatty and plain forms of one question were read apart. Only a
 * lead-in of words (no numbers: not "Under 7.3:", "item 4:", "10:30"), not a heading ("Re:", "Subject:"), not a list's
 * lead-in ("Two questions: …"), and only before words that open a question; a quoted rule after a colon does not.
 */
const LEAD_IN = /^([^:?\d]{3,160}?):\s+(?=["“]?(?:who|whom|whose|what|when|where|which|why|how|can|could|may|might|must|should|shall|will|would|do|does|did|is|are|am|was|were|has|have|had|if)\b)(.*\?.*)$/i;
const NOT_LEAD_IN = /^\s*(?:re|fw|fwd|subject|ref|note|nb|ps|q|question \d*)\s*$|\b(?:two|three|four|several|a few|some|couple of|a number of|these|the following) (?:questions|queries|things|points|issues)\b|\b(?:questions|queries)\s*$/i;
export function withoutLeadIn(sentence: string): string {
  const lead = LEAD_IN.exec(sentence);
  return lead && lead[1].trim().split(/\s+/).length >= 2 && !NOT_LEAD_IN.test(lead[1]) ? lead[2] : sentence;
}

/** The asking sentence from where the question opens: past a chatty lead-in and a leading "and", "so", "hi" …. */
function questionOpening(asking: string): string {
  return withoutLeadIn(asking).replace(/^\s*(?:(?:and|but|so|ok|okay|also|then|sorry|hi|hello),?\s+)+/i, '');
}

const TYPES: [QuestionType, CaselessPattern][] = [
  ['how_many', caseless(/\bhow many\b|\bhow much\b|\bwhat number\b/i)],
  ['when', caseless(/\bwhen\b|\bhow (?:long|soon|quickly|often)\b|\bby when\b|\bdeadline\b|\bwhat time\b|\bhow many days\b|\bwithin what\b/i)],
  ['who', caseless(/\bwho(?:m|se)?\b|\bto whom\b|\bwhich (?:officer|person|committee|body|councillor|member|post)\b|\bwho(?:'s| is) responsible\b/i)],
  ['what_if', caseless(/\bwhat\b[^.?]*\bhappen|\bwhat (?:then|next)\b|\bwhat are the consequences\b|\bconsequences?\b|\bwhat if\b|\bhappen(?:s)? (?:next|then|if)\b/i)],
  ['can', caseless(/^\s*(?:can|could|may|might|must|should|shall|am|is|are|do|does|did|have|has|will|would)\b|\b(?:can|may|could|must|should) (?:i|we|they|he|she|councillors?|members?|officers?|the clerk|staff)\b|\ballowed\b|\bpermitted\b|\bentitled\b|\bokay to\b|\bok to\b|\bright to\b|\bobliged\b|\bhave to\b|\bneed to\b/i)],
  ['how', caseless(/\bhow (?:do|should|can|would|does|are|is)\b|\bwhat (?:should|do|must|can) (?:i|we)\b|\bwhat(?:'s| is) the (?:process|procedure|route|way)\b|\bwhere do i\b|\bwhat do i need\b/i)],
];

/** Words that make a yes/no question one of permission or obligation ("Is it OK to…", "Do I have to…"). */
const PERMISSION =
  /\b(?:allowed|permitted|permissible|entitled|obliged|required|supposed|meant to|expected to|ha(?:ve|s|d) to|needs? to|must|may|might|can|could|should|shall|ok|okay|alright|all right|acceptable|appropriate|proper|right to|able to|fine|wrong|forbidden|banned|prohibited|against the rules|a breach|breach)\b/;

/** How the asking sentence opens decides first: "Can I … when …?" asks whether, not when. */
const OPENING: [QuestionType, CaselessPattern][] = [
  // "i told the contractor to cut the pitch first, is that ok": a story closed by a tag question asks whether what it
  // tells is allowed, as "Is it OK to …?" does, whatever words the story holds ("the supplier who does our bins …");
  // typed without a question mark, the tag is the message's last words.
  ['can', caseless(/(?:^|[,;]|\s)\s*(?:is|would) (?:that|it|this) (?:be )?(?:ok|okay|alright|all right|fine|acceptable|appropriate)\s*[?!.]*\s*$/i)],
  ['how_many', caseless(/^\s*how (?:many|much)\b/i)],
  // "What can staff expect from councillors?" asks what, not whether they may.
  ['other', caseless(/^\s*what (?:\w+ ){1,4}expect\b/i)],
  ['when', caseless(/^\s*(?:when|how (?:long|soon|quickly|often)|by when)\b/i)],
  // "Where can I get advice?" wants a body or post to go to.
  ['who', caseless(/^\s*(?:who(?:m|se)?|to whom|which (?:officer|person|committee|body|councillor|member|post)|where (?:can|could|should|do|would|might) (?:i|we|they|he|she)\b(?! find))\b/i)],
  ['what_if', caseless(/^\s*what\b.*\bhappen|^\s*what if\b/i)],
  // "Will that be made public?", "Will officers advise us?": what the protocol says will happen, not a permission.
  ['will', caseless(/^\s*(?:will|is (?:it|that|this) going to)\b(?!.*\b(?:allowed|able|permitted|ok|okay|alright|fine)\b)/i)],
  // "Does this protocol cover co-opted members?", "Do I get the same access as the public?": a yes/no
  // question of fact, not of permission; a "may" or "must" in a sentence does not make it the answer.
  ['fact', caseless(new RegExp(`^\\s*(?:do|does|did|is|are|was|were|has|have|had|am)\\b(?!.*${PERMISSION.source})`, 'i'))],
  ['can', caseless(/^\s*(?:can|could|may|might|must|should|shall|am|is|are|do|does|did|have|has|will|would)\b/i)],
  ['how', caseless(/^\s*(?:how|what (?:should|do|must|can|am) (?:i|we)\b|what(?:'s| is)? (?:the )?(?:route|process|procedure|steps?|way)\b|where do)\b/i)],
  // "What are my options?", "What are the next steps?": a way forward, asked as "how".
  ['how', caseless(/^\s*what (?:are|is) (?:my|our|the) (?:options?|choices?|next steps?|way forward|routes?)\b/i)],
  // "What now?", "Where do I go from here?": the same, asked in two words.
  ['how', caseless(/^\s*what now\b|^\s*where (?:do|can|should) (?:i|we) go (?:from here|next)\b/i)],
  // "What's the right thing to do?", "What's best to do here?": the same, asked about the right course.
  ['how', caseless(/^\s*what(?:'s| is| would be)? (?:the )?(?:right|best|proper|correct|sensible) (?:thing |course |way )?(?:to do|of action)\b|^\s*what(?:'s| is) best to do\b/i)],
];

/** A yes/no question can still ask when, who or what follows ("Is there a deadline…?", "Is anyone told…?"). */
function specificType(asking: string): QuestionType | undefined {
  for (const [type, pattern] of TYPES) if (type !== 'can' && type !== 'how' && pattern.test(asking)) return type;
  return undefined;
}

export function questionType(text: string): QuestionType {
  const asking = askingPart(text);
  const opening = questionOpening(asking);
  for (const [type, pattern] of OPENING) if (pattern.test(opening)) return type === 'fact' ? specificType(asking) ?? type : type;
  // "If I report him, will it go against me?": the question opens after its condition.
  const afterCondition = /^\s*(?:if|when|once|after|before)\b[^,?]{3,120},\s*(.+)$/i.exec(opening);
  if (afterCondition) for (const [type, pattern] of OPENING) if (pattern.test(afterCondition[1])) return type;
  // "Between meetings, who takes the action…?", "As chair of planning, can I…?": so does one after a leading phrase.
  const afterPhrase = /^[^,?]{3,60},\s*(.+)$/.exec(opening);
  if (afterPhrase && !afterCondition) for (const [type, pattern] of OPENING) if (pattern.test(afterPhrase[1])) return type === 'fact' ? specificType(afterPhrase[1]) ?? type : type;
  for (const [type, pattern] of TYPES) if (pattern.test(asking)) return type;
  // A backstory can hide the asking words; try the whole message before giving up.
  for (const [type, pattern] of TYPES) if (type !== 'can' && pattern.test(text)) return type;
  return 'other';
}

/**
 * What a yes/no question of fact asks about, where its wording says so: whom the protocol applies to ("Does this
 * protocol cover co-opted members?", "Is this guide meant for agency staff?"), whom someone works for or answers to
 * ("Am I employed by the mayor?", "Am I answerable to the group leader?"), or what a post is responsible for ("Is the
 * Town Manager responsible for press releases?"). A fact question's type gives its sentences no cue (no form of
 * sentence answers "Is X Y?" as a modal answers "can I"); a sentence that states the fact asked about does.
 */
export type FactAsked = 'scope' | 'employer' | 'duty';
const FACT_ASKS: [FactAsked, CaselessPattern][] = [
  [
    'scope',
    caseless(/^(?=.*\b(?:protocol|guide|guidance|rules|document|code|policy|(?:this|it) (?:apply|applies|cover|covers)))(?=.*\b(?:appl(?:y|ies)|cover(?:s|ed)?|come under|meant for|intended for|written for|extend(?:s)? to)\b)/i),
  ],
  ['employer', caseless(/\bemploy(?:s|ed|er)?\b|\bwork(?:s|ing)? for\b|\b(?:accountable|answerable|responsible) to\b|\b(?:my|our|the|their|his|her) (?:boss|bosses)\b/i)],
  ['duty', caseless(/\b(?:responsible|accountable) for\b|\bin charge of\b|\bresponsibility\b/i)],
];
const FACT_CUES: Record<FactAsked, CaselessPattern> = {
  // The protocol's own scope ("This protocol applies to every councillor …", "It applies to all employees"), not a rule's
  // case ("… raised with the Clerk (if it applies to another member of staff)").
  scope:
    caseless(/(?<!\b(?:if|where|when|whether|unless) )\b(?:it|this (?:protocol|guide|code|document)|the (?:protocol|guide|code|document)) (?:also )?(?:appl(?:y|ies) to|covers|extends to)\b|\b(?:is|are) (?:meant|intended|written) for\b/i),
  // Not a bare "employer" ("the Council is a small employer"): whom staff are employed by or answer to.
  employer: caseless(/\bemployed by\b|\b(?:is|remains) the employer\b|\b(?:accountable|answerable|responsible) to\b/i),
  // A post's duty, not a share of one ("… share collective responsibility for decisions").
  duty: caseless(/\b(?:is|are) (?:also )?(?:responsible|accountable) for\b|\bin charge of\b|\bresponsibility of\b|\bresponsibility for\b[^.;]{0,80}\brests? with\b/i),
};

/** What a question of fact asks about (`FactAsked`), read from its asking sentence; undefined when it does not say. */
export function factAsked(text: string): FactAsked | undefined {
  const asking = askingPart(text);
  for (const [asked, pattern] of FACT_ASKS) if (pattern.test(asking)) return asked;
  return undefined;
}

/** 0..1: the sentence states the kind of fact the question asks about ("applies to", "employed by", "is responsible for"). */
export function factCue(asked: FactAsked, sentence: string): number {
  return FACT_CUES[asked].test(sentence) ? 1 : 0;
}

/** Posts and bodies a "who" answer names. */
const POST =
  /\b(?:(?:(?:deputy|assistant) (?:town |parish )?|town |parish )?clerk|chair(?:man|woman|person)?(?: of [a-z' ]{3,40})?|vice-?chair(?:man)?|(?:deputy |vice[- ])?(?:mayor|(?:political |party )?(?:group )?leader)|committee|sub-committee|panel|monitoring officer|chief executive|chief officers?|director|line manager|manager|senior officers?|proper officer|council as a whole|full council|responsible financial officer|head of|personnel|staff advisory|officer concerned|(?:appropriate|relevant|responsible|designated|named|nominated|duty) officers?|authorised signator(?:y|ies)|(?:county |national )?association|ombudsman|auditor|police|standards (?:board|committee))\b/i;
const AGENT =
  /\b(?:determined|decided|made|heard|appointed|authorised|approved|dealt with|considered|resolved|signed) by\b|(?<!\bconsultation )\b(?:with|to) (?:the|their|his|her|his\/her|its) (?:[A-Z][a-z]+ ){0,4}(?:Clerk|Chair(?:man|woman|person)?|Committee|Officer|Executive|Manager|Director|Council|Mayor)\b|\b(?:accountable|answerable|report(?:s|ing)?) to\b|\b(?:tell|inform|notify|contact|consult|approach|ask|speak to|talk to|go to|refer (?:it|them|the matter) to) (?:the|their|his|her|its) (?:[A-Z][a-z]+ |[A-Z][a-z]+-)?(?:Clerk|Chair(?:man|woman|person)?|Committee|Officer|Executive|Manager|Director|Mayor|Council)\b|\bis responsible\b|\battention of (?:the |their |his |her )?[A-Z]|\bwho (?:takes|will|decides)\b|(?<!\bno )\b(?:authority|powers?) to\b/;
// A time of day or a span of the week ("9.00am to 4.30pm", "Monday to Friday") answers "What time can I ring …?"; "outside
// office hours" names no time ("When will they get back to me?" is not answered by it).
const TIME =
  caseless(/\b\d{1,2}(?:[.:]\d{2})?\s?(?:am|pm)\b|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s? to (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b(?:\d+|one|two|three|five|seven|ten|fourteen|twenty|thirty)\s+(?:working |calendar |clear )?(?:days?|weeks?|months?|hours?|years?)\b|\bwithin (?:(?:a|the|\d+|[a-z]+) ){0,3}(?:days?|weeks?|months?|hours?|years?|time|period|deadline)\b|\buntil\b|\bas soon as\b|\bbefore\b|\bafter\b|\bprior to\b|\bin advance\b|\btimely\b|\beach time\b|\bevery (?:(?:[a-z]+|\d+) ){0,2}(?:days?|weeks?|months?|quarters?|years?|meetings?|times?|occasions?)\b|\bannually\b|\bat least\b|\brun-up\b|\bperiod\b|\bpromptly\b|\bimmediately\b|\bat (?:the|its|their) (?:next|earliest)\b|\bwhen\b/i);
const TIME_SPAN = caseless(/\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen|fifteen|twenty|twenty-one|twenty-eight|thirty)\s+(?:working |calendar |clear )?(?:days?|weeks?|months?|hours?|years?)\b|\bwithin (?:(?:a|the|\d+|[a-z]+) ){0,3}(?:days?|weeks?|months?|hours?|years?)\b/i);
/**
 * A sentence giving a word's meaning, as a protocol's glossary does: '"Member" means a town councillor', '"working day"
 * means any day …', "… is defined as …", "In this protocol, officer means …". Not "This means that …", which explains.
 */
const DEFINITION = caseless(/["\u201c][^"\u201d]{1,40}["\u201d] (?:means|includes|refers to)\b|\b(?:is|are) defined as\b|\bmeans (?:a|an|any|the|every|all|each|someone|anyone|a person)\b/i);
const MODAL =
  caseless(/\b(?:may|must(?: not)?|should(?: not)?|shall(?: not)?|cannot|can not|can|is not entitled|are not entitled|(?:is|are) entitled|(?:is|are) not (?:authorised|obliged|permitted|allowed)|(?:is|are) (?:authorised|obliged|permitted|allowed)|right (?:to|of)|not (?:to|be)|never|no (?:legal )?power|has no authority|only|precluded|prohibited|(?:is|are) not)\b/i);
/**
 * A permission, prohibition or obligation outright ("may", "must not", "cannot", "not authorised",
 * "No such meetings should…", "must notify", "should be avoided"): a stronger "can I" / "do I need to"
 * answer than a bare "should".
 */
const DEONTIC =
  caseless(/\bno (?:[a-z]+ ){0,3}(?:should|may|shall|must|can|will)\b|\b(?:should|must|is to|are to) be avoided\b|\b(?:must(?! be)|(?:is|are) required to|need not|(?:can|may|shall|must) only)\b|\b(?:may(?! be)|must not|should not|shall not|cannot|can not|not (?:authorised|obliged|permitted|allowed|entitled)|(?:is|are) (?:authorised|obliged|permitted|allowed|entitled)|right (?:to|of)|never|no (?:legal )?power|has no authority|precluded|prohibited)\b|^(?:please )?(?:do not|don't)\b/i);
/**
 * The same in the impersonal drafting some protocols use throughout: "It is not acceptable for a councillor to …"
 * (the adjective followed at once by "for" or "that": in "it is not required to be in the public domain" the "it" is
 * the information, and "It is permissible and sensible for Members to seek …" describes more than it rules),
 * "It would be improper for …", "It is a councillor's duty to …", "There is no right for a councillor to …", "it is
 * open to the councillor to ask …", and "is to" as "must" ("Requests … are to be made to the Clerk", "The councillor is
 * to leave the room"; not "The purpose … is to set out").
 */
const IMPERSONAL_DEONTIC =
  caseless(/\bit (?:is|would be) (?:not |also |therefore |never )?(?:(?:(?:un|in|im)?(?:acceptable|appropriate|proper)|permissible|permitted|wrong|required)(?= (?:for|that)\b)|a condition|(?:the|a|an?\s[a-z]+'s) (?:duty|responsibility|requirement))\b|\bthere is (?:therefore )?(?:no |a )?(?:right|duty|requirement|obligation|circumstance in which)\b|\b(?:is|are) (?:not )?free to\b|\bopen to (?:the|a|an|any) (?:[a-z-]+ ){1,3}?to [a-z]|(?<!\b(?:purpose|aim|aims|intention|role|object|objective|idea|plan|point|task|job|function) )\b(?:is|are) to (?:be [a-z]+(?:ed|en|wn|ne|t)|refer|inform|tell|leave|report|declare|raise|return|give|make|keep|notify|seek|ask|consult|withdraw)\b/i);
/**
 * A power denied as something its subject lacks, with no modal: "No individual councillor has authority to make a
 * decision …", "has no greater power than any other councillor to …", "Councillors … have no authority to direct …".
 * "Can the chairman …?" is answered by such a sentence as by "may not" (answers56; DEONTIC had only "has no authority").
 * Not a duty held ("Officers have a duty to …"): counted as a rule it answered "can I …?" questions the text is silent on.
 */
const HELD_POWER = caseless(/\bno (?:[a-z]+ ){0,3}?(?:has|have) (?:the |any )?(?:authority|power|right)\b|\b(?:has|have) no (?:[a-z]+ ){0,2}?(?:authority|powers?|right)\b/i);
/**
 * A rule stated in the plain present or future, with no modal, as protocols written in a council's own voice put them:
 * "Our staff do not accept gifts …", "We do not investigate … ourselves", "Staff will not take instructions from …".
 * Not in a leading condition ("If the informal approach does not resolve it, …") and not a verb that describes rather
 * than rules ("This protocol does not replace the Code", "does not prevent", "does not follow").
 */
const PRESENT_RULE =
  caseless(/(?<!\b(?:if|where|when|whether|unless|that)\b[^,.;:]{0,80})\b(?:do|does) not (?!(?:follow|prevent|replace|contain|settle|resolve|work|have|mean|apply|affect|matter|necessarily|automatically|normally|otherwise)\b)[a-z]+/i);
/**
 * The cue PRESENT_RULE gives a "can I" question: that of a bare "should". At 1 (as "must not") the pairs were the same,
 * but on a protocol written this way every "can I" question met some "do not" sentence and got it as its answer where
 * the text says nothing of the matter (docs/answers.md, eighteenth round).
 */
export const CUES = { presentRule: 0.6, statedDuty: 1, ownDuty: 1 };

/**
 * "Do officers have to stay neutral …?", "Are councillors required to …?", "Must the clerk …?", "Is the clerk expected to
 * …?": a question of duty, not of permission ("Can I …?", "Am I allowed to …?"), and whose duty it asks, read from the words
 * between its opening and its "have to" (answers58). The whole message is typed "can" as a permission question is; what
 * differs is the sentences that answer it: a protocol often states a party's duty with no modal at all ("The Clerk serves
 * the Council as a whole and stays politically neutral", "Officers will: • …", "Officers have a duty to present …").
 */
const DUTY_ASKED = [
  /^\s*(?:do|does|did)\s+([^?,;]{1,40}?)\s+(?:(?:still|really|actually|always|even|also|ever)\s+)?(?:have|has|need) to\b/i,
  /^\s*(?:is|are|am)\s+([^?,;]{1,40}?)\s+(?:(?:still|really|actually|always|even|also)\s+)?(?:required|obliged|expected|supposed|meant|bound|duty[- ]bound|under (?:a|any) (?:duty|obligation)) to\b/i,
  /^\s*(?:has|have)\s+([^?,;]{1,40}?)\s+got to\b/i,
  /^\s*must\s+(i|we|(?:the |a |an |our |all |any |every |each )?(?:[a-z-]+ ){0,2}?(?:officers?|staff|employees?|clerk|councillors?|members?|chair(?:man|woman|person)?|mayor))\b/i,
];

/** The asking sentence's opening, after the asker's own word for their role ("As the clerk, must I …?"). */
function dutyOpening(text: string): string {
  return questionOpening(askingPart(text)).replace(/^\s*as (?:an? |the )?(?:[a-z-]+ ){0,2}?(?:officer|clerk|employee|member of staff|councillor|member|chair(?:man|woman)?),\s*/i, '');
}

/**
 * A duty question read: whose duty it asks about ("officers", "the clerk", "I") and what it asks be done, the words after its
 * "have to" ("answer", "take it to the clerk", "stay out of party politics"; empty when it names no act: "Do I have to?").
 * The act is read for the asker's own duty (answers60): a plain statement of the asker's side's conduct answers "Do I have
 * to answer?" only when its act is the one asked. Undefined when the message asks no duty (DUTY_ASKED).
 */
export function dutyQuestion(text: string): { whose: string; act: string } | undefined {
  const opening = dutyOpening(text);
  for (const pattern of DUTY_ASKED) {
    const asked = pattern.exec(opening);
    if (asked) return { whose: asked[1].trim(), act: opening.slice(asked.index + asked[0].length).replace(/[?.!].*$/s, '').trim() };
  }
  return undefined;
}

/** Whose duty a duty question asks about, or undefined when it is not one (dutyQuestion). */
export function dutyAsked(text: string): string | undefined {
  return dutyQuestion(text)?.whose;
}

/**
 * A sentence stating a party's conduct as a rule with no modal, or with a bare "should": its subject (a party, after a
 * leading phrase at most) then a present or future verb of conduct ("Officers serve …", "The Clerk will: …", "Our staff
 * give …", "Employees remain …", "Officers have a duty to …", "In advising Members, Officers should …"). Asked "Do
 * officers have to …?", such a sentence about officers answers as "Officers must …" would. Not a negation ("Staff will not
 * take instructions …", "Staff do not attend …"): a prohibition stated so keeps PRESENT_RULE's and MODAL's lower cue, as
 * for every "can" question (at 1 it beat the duty's own sentence on shared words). Not a party in a longer
 * subject ("Members of the Leadership Team must …", "Officers' reports …"). A pronoun ("They set out …") is read with the side
 * the sentence carries from the one before.
 */
const STATED_CONDUCT = caseless(
  /^(?:[-\u2022\u00b7]\s*)?(?:[^,;:.]{3,80},\s*)?(?:(?:the|our|all|every|each|an?|its|their|council|town|parish)\s+)*(?:[a-z'-]+\s+){0,2}?(?:officers?|staff|employees?|clerk|councillors?|members?|chair(?:man|woman|person)?|mayor|they|he|she)\s+(?:(?:always|also|normally|generally|will always|at all times)\s+)?(?:(?:will|shall|should)\b(?! not\b| be able)|(?:are|is|remains?|stays?|serves?|acts?|gives?|provides?|keeps?|takes?|treats?|attends?|works?|advises?|supports?|carr(?:y|ies)|prepares?|sets?|publish(?:es)?|presents?|maintains?|respects?|follows?|ensures?|deals?|manages?|puts?|sends?|tells?|informs?|owes?|behaves?|implements?|directs?|answers?|replies|reply|responds?|declares?|registers?|records?|reports?)\b|ha(?:s|ve) a (?:[a-z]+ ){0,3}?duty\b)/i,
);

/** Whether the sentence states its subject's conduct as a rule (STATED_CONDUCT); whose conduct it is, the caller reads. */
export function statesConduct(sentence: string): boolean {
  return STATED_CONDUCT.test(sentence.replace(/^\(?[0-9]+(?:\.[0-9]+)*[.)]?\s+|^\([a-z]\)\s+/i, ''));
}
/** What follows: "will then", "may lead to", "disciplinary" (strong); "decide", "consider" (weaker). */
// A cost that falls on someone or a claim refused ("may be recharged to him", "will not be paid") is a consequence too.
const CONSEQUENCE = caseless(/\b(?:will then|then|recharg\w*|(?:be|is|are) (?:held )?(?:personally )?liable|(?:meet|bear|pay) the cost|(?:will|shall) not be (?:paid|reimbursed|refunded|accepted|considered)|(?:may|will|can) (?:lead|result)|lead to|result(?:s|ing)? in|disciplinary|investigat\w*|sanction\w*|referred|remov(?:e|ed|al)\b[^.;]{0,40}\bfrom (?:(?:any|all|one|each|some) of )?(?:its |the |their |a |an |any |all )?(?:committees?|sub-committees?|working groups?|office|post|positions?))\b/i);
/**
 * A sentence whose leading condition is a breach ("Where a Member appears to have breached this protocol, the Mayor will
 * first speak to the Member informally", "If an employee fails to follow this protocol, …") says what follows a breach,
 * whatever words its main clause uses: it answers "what happens if I break the rules?" as "may lead to" does.
 */
const BREACH_CONDITION = caseless(/^(?:[-\u2022]\s*)?(?:if|where|when|should|in the event that)\b[^,;:]{0,100}?\b(?:breach(?:es|ed)|br(?:eaks?|oken|oke)|fails? to (?:comply|follow|observe|keep)|(?:does|do|did) not (?:comply|follow|observe|keep))\b[^,;:]{0,100},/i);
/** Whether a sentence opens with a breach as its condition (BREACH_CONDITION): it sets out the case its consequence is for. */
export function breachCondition(sentence: string): boolean {
  return BREACH_CONDITION.test(sentence);
}
const CONSEQUENCE_WEAK = caseless(/\b(?:decide\w*|consider\w*|action|complaint|report\w*|remedy|will be)\b/i);
const PROCEDURE =
  caseless(/\b(?:should|must|through|via|in writing|request|contact|raise|inform|refer|notify|apply|ask|approach|take up|lodge|submit|seek|obtain|take (?:it|them|this|that|the (?:matter|concern|complaint)) (?:to|up with)|tell (?:the|your|their|a|an)|(?:talk|speak) to (?:the|your|their|a|an))\b/i);
/** What the protocol says will be done: "will be recorded", "shall be", "is to be". */
const FUTURE = caseless(/\b(?:will|shall|(?:is|are) to be)\b/i);
const NUMBER = caseless(/\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\b/i);

/** A post's name as compared between a question and a sentence: "the Town Clerk" and "clerk" are one post. */
function postName(match: string): string {
  return match.toLowerCase().replace(/\s+/g, ' ').trim().replace(/\b(?:town|parish) (?=clerk)/, '').replace(/s$/, '');
}

/** Every post or body a text names ("clerk", "chief executive", "chair of the staffing committee"). */
export function postsNamed(text: string): string[] {
  return [...text.matchAll(new RegExp(POST.source, 'gi'))].map((m) => postName(m[0]));
}

/**
 * The posts a sentence gives as its answer: those of its main clause, after a leading condition
 * ("If the complaint is against the Chief Executive personally, it must be lodged … with the
 * Monitoring Officer" answers with the Monitoring Officer, not the Chief Executive).
 */
export function answeringPosts(sentence: string): string[] {
  const main = sentence.replace(/^(?:[-•]\s*)?(?:if|where|when|whilst|while|should|in the (?:case|event) of)\b(?:[^,;:]{1,160},|[^,;:]{1,160}?\bthen\b)\s*/i, '');
  return postsNamed(main);
}

/**
 * The posts named in a sentence's conditions ("If your concern is about the Parish Manager, …", "…, or, if it
 * concerns the Town Clerk, with the Chair …", "If the councillor concerned is the Chair of the Council, …"):
 * the case the sentence's rule is for.
 */
export function conditionPosts(sentence: string): string[] {
  const subjectCase = CASE_SUBJECT.exec(sentence);
  return [...sentence.matchAll(CASE_CONDITION)].flatMap((m) => postsNamed(m[1])).concat(subjectCase ? postsNamed(subjectCase[1]) : []);
}
/**
 * A case stated as the sentence's subject rather than a condition: "A complaint about the Head of Paid Service, the Monitoring
 * Officer or the Chief Finance Officer shall be made in writing to the Leader", "A concern about the Clerk must be put in writing
 * to …". The posts up to the verb are whom the rule is for.
 */
const CASE_SUBJECT =
  /^(?:[-•]\s*)?(?:an?|any)\s+(?:(?:formal|written)\s+)?(?:complaints?|concerns?|grievances?|allegations?)\s+(?:about|against|concerning|regarding|relating to)\s+((?:the|a|an)\s+[^;:.()]{2,120}?)\s+(?:shall|must|should|is|are|will|may|goes|go)\b/i;
/** A condition that says whom the case is about: "if the concern is about X", "if it concerns X", "if you are X", "if the relationship is with X". */
const CASE_CONDITION =
  /\b(?:if|where)\b[^,;.:()]{0,60}?\b(?:(?:is|are) (?:about|against|with)|concerns?|concerning|relates? to|(?:is|are)(?= (?:the|a|an|your|their)\b))\s+((?:the|a|an|your|their)\s+[^,;.:()]{2,60})/gi;

/**
 * Whether the question speaks of a post that one of these conditions names: asked about the Parish Manager,
 * "If your concern is about the Parish Manager, take it to …" is the rule for that case, not the general one.
 */
export function namesConditionPost(question: string, posts: readonly string[]): boolean {
  if (posts.length === 0) return false;
  // A post the asker tells, asks or goes to ("can we tell the clerk …?", "I raised it with the clerk") is not whom the case is about
  // (but "my problem is with the clerk" is).
  const text = question.toLowerCase().replace(/\s+/g, ' ').replace(/\b(?:tell|telling|told|ask|asking|asked|inform|informed|contact|contacted|email|emailed|ring|rang|phone|phoned|to|(?<!\b(?:is|are|was|were|problem|issue|concern|complaint|gripe) )with) (?:the|my|our|a|an) (?:(?:town|parish|deputy|vice) )?[a-z'-]+(?: of the [a-z'-]+(?: committee| panel)?)?/g, '');
  // "the deputy clerk" is not the Clerk.
  return posts.some((post) => new RegExp(`(?<!\\b(?:deputy|vice|assistant) |vice-)\\b${escapeRegExp(post)}`).test(text));
}

/** 0..1: how much the sentence looks like the kind of answer the question wants. */
export function typeCue(type: QuestionType, sentence: string): number {
  switch (type) {
    case 'who':
      // A post that acts ("determined by the Town Clerk", "raised with the Chair") answers best.
      return POST.test(sentence) ? (AGENT.test(sentence) || IMPERSONAL_AGENT.test(sentence) ? 1 : 0.6) : 0;
    case 'when':
      return TIME.test(sentence) ? 1 : 0;
    case 'how_many':
      return NUMBER.test(sentence) ? 1 : 0;
    case 'can':
      return DEONTIC.test(sentence) || IMPERSONAL_DEONTIC.test(sentence) || HELD_POWER.test(sentence) ? 1 : MODAL.test(sentence) ? 0.6 : PRESENT_RULE.test(sentence) ? CUES.presentRule : 0;
    case 'will':
      return FUTURE.test(sentence) ? 1 : MODAL.test(sentence) ? 0.5 : 0;
    case 'what_if':
      return CONSEQUENCE.test(sentence) || BREACH_CONDITION.test(sentence) ? 1 : CONSEQUENCE_WEAK.test(sentence) ? 0.6 : 0;
    case 'how':
      return PROCEDURE.test(sentence) ? 1 : 0;
    default:
      return 0;
  }
}

/**
 * "What counts as a working day?", "What does 'officer' mean in the protocol?", "What is meant by a member?": the meaning a
 * protocol gives a word, which a glossary sentence states ('"Officer" means any person employed …'). Whatever its type
 * ("What counts as a need to know?" also asks whether one may), the glossary sentence is one of its answers.
 */
const ASKS_DEFINITION = caseless(/^\s*(?:what|who) (?:counts|count|qualifies|qualify) as\b|^\s*what (?:does|do) (?:the (?:word|term|phrase) )?["'\u2018\u201c]?[a-z][a-z' -]{0,40}?["'\u2019\u201d]? (?:mean|refer to)\b|^\s*what is meant by\b|^\s*what(?:'s| is) the (?:definition|meaning) of\b|^\s*how (?:does|do) (?:the|this) (?:protocol|code|guide|document) define\b/i);

export function asksDefinition(text: string): boolean {
  return ASKS_DEFINITION.test(questionOpening(askingPart(text)));
}

/** 0..1: the sentence gives a word's meaning (DEFINITION). */
export function definitionCue(sentence: string): number {
  return DEFINITION.test(sentence) ? 1 : 0;
}

/**
 * "How long …?", "How soon …?", "How quickly …?", "Within what time …?": a span of time, which "within five working days"
 * gives and "at its next meeting" or "before the meeting" (a 'when' cue as well) does not. Not "When was it reviewed?".
 */
const ASKS_SPAN = caseless(/\bhow (?:long|soon|quickly)\b|\bwithin what\b|\bhow many (?:working )?days\b/i);
export function asksSpan(text: string): boolean {
  return ASKS_SPAN.test(askingPart(text));
}

/** The share of the 'when' cue a sentence keeps for a span question when it names a time but no span. */
export const SPANLESS_TIME = 0.6;
/** Whether a sentence names a span of time ("within five working days", "28 days", "within a week"). */
export function spanCue(sentence: string): boolean {
  return TIME_SPAN.test(sentence);
}

/**
 * A message that tells of a setback ("the clerk refused", "I'm not happy with what she did", "having a
 * word hasn't worked") and asks what now ("what can I do?", "what are my options?", "can I challenge
 * that?") wants the next step the protocol offers, not the rule that was applied to them. Also read (answers50): a
 * request "knocked back" or that someone "declined to give", a matter that "wasn't resolved / isn't sorted", "nothing
 * changed", "no outcome"; and asking who or what is beyond the one who said no ("who else", "anyone else", "over her
 * head", "take it higher", "overrule", "looked at again", "be reviewed", "is that the end of it", "what happens next").
 * "Declined" alone is not a setback: "I declined the tickets" tells of a gift refused by the asker.
 */
const SETBACK =
  caseless(/\b(?:refus\w*|turn(?:s|ed)? (?:\w+ )?down|won'?t (?:let|give|show)|said no|says? i can'?t|can'?t have|(?:not|isn'?t|wasn'?t|am not|i'?m not) (?:happy|satisfied)|unhappy with|dissatisfied|has(?:n'?t| not) (?:worked|helped|been (?:resolved|sorted|dealt with))|did(?:n'?t| not) (?:work|help|resolve)|(?:nothing|no one|nobody) (?:has )?(?:happened|done|replied|got back)|(?:has|have|had)(?:n'?t| not) (?:come|got|gotten|been|written|emailed|rung) back|never (?:came|got|come) back|ignor\w+ (?:me|my)|still (?:not|no|waiting|happening|going on|(?:at it|doing it|[a-z]+ing (?:me|us|at me|at us|to me|to us)))|(?:it|he|she|they|that) (?:carried|carries|kept|keeps) on|did(?:n'?t| not) stop|has(?:n'?t| not) stopped|got nowhere|knocked (?:\w+ )?back|declined (?:my|our|to (?:give|let|show|release|hand|provide|send))|(?:was|is|has|could|can)(?:n'?t| not)(?: been| be)? (?:resolved|sorted)|cannot be (?:resolved|sorted)|nothing (?:has )?changed|no outcome|still nothing|no (?:answer|reply|response)|heard nothing|(?:not|haven'?t|hasn'?t|never) (?:heard|had) (?:back|anything|a reply|an answer|a response))\b/i);
const NEXT_STEP =
  caseless(/\bwhat (?:can|could|should) (?:i|we) do\b|\b(?:anything|something) (?:else )?(?:i|we) can do\b|\boptions?\b|\bchallenge\b|\bappeal\b|\bwhat (?:now|next|then)\b|\bwhere (?:do|can|could|does|should) (?:i|we|it|this|that|things) go (?:from here|next|now)\b|\b(?:anyone|anybody|someone|somebody) (?:else |above (?:him|her|them) |higher(?: up)? )?(?:i|we) (?:can|could) (?:go|turn|take it|appeal|complain) to\b|\bnext step\b|\btake (?:it|this|that|things) (?:further|higher)\b|\bhappens? next\b|\b(?:who|anyone|anybody|someone|somebody) else\b|\bover (?:his|her|their|the clerk'?s) head\b|\boverrule\b|\b(?:looked at|considered|decided) again\b|\bbe reviewed\b|\bwho reviews\b|\bthe end of (?:it|the matter)\b|\bany (?:way|route|recourse)\b|\b(?:where|who) (?:do|can|should|could) (?:i|we) (?:take|go|turn|send)\b[^?.]{0,40}\bnow\b/i);

/** The message tells of a setback ("the clerk refused", "got nowhere", "talking to him didn't work"), whatever it asks. */
export function toldSetback(text: string): boolean {
  return SETBACK.test(text);
}

/**
 * A sentence written for after a first step has failed: its condition names the setback ("If the Clerk refuses a request,
 * …", "A member whose request for a document has been refused may …", "If an informal approach does not resolve the
 * concern, …", "If you have heard nothing after ten working days, …"). It shares the words of the first step's question
 * (the request, the concern, the email) and so can beat the first step ("Requests should be made to the Town Clerk").
 * Only the condition counts: "An employee who is asked to take sides may decline" states a rule, not a setback.
 */
const FAILURE = String.raw`(?:refus(?:es|ed|al)|declines?|declined|turn(?:s|ed) (?:\w+ )?down|not satisfied with the (?:response|outcome|answer|reply|decision|result)|remains? (?:dissatisfied|unhappy)|(?:does|do|did) not (?:resolve|settle|work)|fails? to (?:resolve|settle)|cannot be (?:resolved|settled)|(?:is|are|has|have) not (?:been )?(?:resolved|settled)|heard nothing|(?:no|not had an?) (?:reply|response|answer)|not (?:received|had|got) (?:a|an|any) (?:reply|response|answer))`;
const LATER_CONDITION = caseless(new RegExp(String.raw`^(?:if|where|when|once|should|unless)\b[^,;]{0,120}?\b${FAILURE}\b`, 'i'));
const LATER_ASKER = caseless(/^an? [a-z]+(?: [a-z]+)? (?:who|whose)\b[^,;]{0,80}?\b(?:(?:is|are|was|were|has been|have been) (?:refused|turned down|declined)|(?:is|are) not satisfied|remains? (?:dissatisfied|unhappy))\b/i);
/** "You may then ask the Chair …" after such a sentence is the same later step. */
const THEN_STEP = caseless(/^(?:\S+\s+){0,3}then\b/i);

export function laterStepCue(sentence: string, before?: string): boolean {
  const text = sentence.replace(/^\(?[0-9]+(?:\.[0-9]+)*[.)]?\s+|^\([a-z]\)\s+/i, '');
  return LATER_CONDITION.test(text) || LATER_ASKER.test(text) || (before !== undefined && THEN_STEP.test(text) && laterStepCue(before));
}

/**
 * A message that asks how to go about something and tells of no setback, real or supposed ("what if she refuses?", "can
 * I appeal?", "can it go higher?"), asks the first step, not the later one.
 */
const SUPPOSED_SETBACK =
  caseless(/\b(?:allowed|entitled|able|permitted) to (?:say no|refuse|decline|turn (?:\w+ )?down)\b|\b(?:can|could|may) (?:the \w+|he|she|they) (?:say no|refuse|decline|turn (?:\w+ )?down)\b|\b(?:if|what if|suppose|supposing|in case|otherwise)\b[^.?!]{0,80}\b(?:not|no|never|\w+n'?t|refus\w*|declin\w*|turn\w* (?:\w+ )?down|fail\w*|ignor\w*|unhappy|dissatisfied)\b|\b(?:escalat\w*|appeal\w*|review\w*|reconsider\w*|further|higher up|go over (?:his|her|their) head|above (?:him|her|them))\b/i);

export function asksFirstStep(text: string): boolean {
  return !SETBACK.test(text) && !NEXT_STEP.test(text) && !SUPPOSED_SETBACK.test(text);
}

export function asksForNextStep(text: string): boolean {
  return SETBACK.test(text) && NEXT_STEP.test(text);
}

/**
 * 0..1: the sentence offers a next step after a setback: it names the setback itself ("A member whose
 * request … has been refused may ask …", "Where an informal approach does not resolve the matter …",
 * "is not satisfied with the response", "has had no substantive reply") or a review or appeal.
 */
const REMEDY_CONDITION = caseless(/\b(?:(?:is|are|been|was|were|who is) refused|refusal|declines?|declined|not satisfied|dissatisfied|(?:does|do|did) not (?:resolve|settle)|fail(?:s|ed)? to (?:resolve|settle)|cannot be resolved|not (?:been )?resolved|unresolved|remains? unhappy|heard nothing|not (?:received|had|got) (?:a|an|any) (?:(?:substantive|satisfactory|full|proper|adequate|written|further) )?(?:reply|response|answer)|(?:no|not had an?) (?:(?:substantive|satisfactory|full|proper|adequate|written|further) )?(?:reply|response|answer) (?:is |has been |was )?(?:received|given)?)\b/i);
const REMEDY_STEP = caseless(/\b(?:review (?:the|that|this|its) (?:decision|refusal)|look (?:at|into) (?:the|that|this|its) (?:decision|refusal) again|reconsider|appeal\w*|(?:may|can) (?:refer|escalate|ask (?:for|the) [a-z ]{0,40}review)|escalat\w*|formal complaint)\b/i);

export function remedyCue(sentence: string): number {
  return REMEDY_CONDITION.test(sentence) ? 1 : REMEDY_STEP.test(sentence) ? 0.6 : 0;
}

/**
 * A message that tells of being wronged by someone ("a councillor has been rude to me", "the chairman bullied me", "the
 * way a member of staff treated me", "I have a grievance") and asks what to do or whom to go to wants the route the
 * protocol gives for it ("… should tell the Clerk", "Members should contact the Monitoring Officer"), not the general
 * rule of conduct that was broken ("Councillors and staff will treat one another with courtesy …"), which shares its words.
 */
const MISTREATED =
  caseless(/\b(?:(?:rude|abusive|unpleasant|aggressive|hostile|nasty|offensive|insulting|threatening|horrible|patronising|condescending|out of order|short|snappy) (?:to|with|towards) (?:me|us)|(?:shouted|shouting|swore|swearing|yelled|yelling|snapped|had a go|screamed) at (?:me|us)|(?:bullied|bullying|harassed|harassing|threatened|insulted|belittled|humiliated|intimidated|abused|pressured|pressurised|pressuring|victimised) (?:me|us)|treated (?:me|us)\b|(?:sent|wrote|emailed) (?:me|us) (?:an? )?(?:abusive|rude|nasty|offensive|threatening)|(?:i|we)(?: have| had|'ve) (?:got )?a grievance)/i);
const ASKS_ROUTE =
  caseless(/\bwhat (?:can|could|should|do|must) (?:i|we) do\b|\bwhat(?:'s| is)? (?:the |my )?(?:route|steps?|options?|process|procedure|right thing|best thing|proper thing)\b|\bwhat route\b|\bwho (?:do|should|can|would|must) (?:i|we) (?:tell|report|go|speak|talk|complain|turn|contact)\b|\b(?:where|how) (?:do|should|can|would) (?:i|we) (?:take|go|turn|report|raise|complain)\b|\bwhat now\b/i);

export function asksRouteAfterMistreatment(text: string): boolean {
  return MISTREATED.test(text) && ASKS_ROUTE.test(askingPart(text));
}

/** A sentence that sends the matter to a post: "… should tell the Clerk", "Members should contact the Monitoring officer", "raises it with the Clerk". */
const ROUTE_TO_POST = new RegExp(
  `(?<!\\b(?:not|never|no)\\s+(?:\\w+\\s+)?)\\b(?:tell|tells|inform|informs|notify|contact|contacts|consult|approach|speak to|talk to|go(?:es)? to|complain to|(?:report|refer|pass|send|bring|take)s? (?:it |this |that |the (?:matter|concern|complaint) )?(?:to|up with)|rais(?:e|es|ed|ing) (?:it |this |that |the (?:matter|concern|complaint) |them )?with|lodged? (?:it |the complaint )?with)\\s+(?:the |their |your |his |her |a |an )?(?:[A-Z][a-z-]+ ){0,3}(?:${POST.source})`,
  'i',
);
export function routeCue(sentence: string): number {
  return ROUTE_TO_POST.test(sentence) ? 1 : 0;
}

/**
 * A message asking whether a member may direct staff's work ("Can a councillor tell me to stop and do his report
 * instead?", "The chairman rings with a list of jobs for me. Do I have to do them?", "Does he get to decide what I
 * work on?", "can I just tell the officers what to prioritise?") wants the line of authority the protocol draws
 * ("Officers work to the instructions of their senior officers, not individual Councillors", "They are not responsible
 * to … any individual Member", "Their priorities are set by the Parish Manager"), which often has no modal and few of
 * the message's words, and so loses to a nearer courtesy rule ("Members should avoid overfamiliarity with officers").
 */
const DIRECTING_WORK =
  caseless(/\b(?:tell|tells|telling|make|makes|order|orders|ordering|instruct|instructs|instructing|direct|directs|directing)\s+(?:me|us|staff|officers?|employees?|the (?:[a-z-]+ ){0,2}(?:staff|officers?|clerk|caretaker|groundsm[ae]n|lengthsman|assistant|office|team|employees?)|(?:an?|any) (?:[a-z-]+ )?(?:officer|employee|member of staff))\s+(?:to|what|which|how)\b|\b(?:give|gives|giving|gave|hand|hands|handing|send|sends|sending)\s+(?:me|us|staff|officers?|the (?:[a-z-]+ )?(?:staff|officers?|clerk|caretaker|groundsm[ae]n|office|team))\s+(?:[a-z]+ )?(?:jobs?|tasks?|work|errands?|orders|instructions|a (?:list|pile) of)\b|\b(?:my|our|their|staff's|the office's) (?:work )?(?:priorities|workload)\b|\bset (?:my|our|their|the office's|staff's) (?:work )?(?:priorities|tasks|workload)\b|\bprioriti[sz]e\b|\bdecide what (?:i|we|staff|the office|officers) (?:work on|do)\b|\bwhat (?:i|we) (?:work on|do first)\b|\bdo what (?:he|she|they|the [a-z]+) (?:says|tells|wants)\b|\ba list of jobs\b|\bthe order (?:the office|staff|officers|we) \w+/i);
/** Who might direct: a member, named, or the asker when a councillor. */
const DIRECTOR = caseless(/\b(?:chair(?:man|woman|person)?|vice[- ]?chair|(?:deputy )?mayor|cllrs?|councillors?|members?|(?:council |group )?leader)\b/i);
const DIRECTED_TYPES: ReadonlySet<QuestionType> = new Set(['can', 'fact', 'will', 'other']);

export function asksWhetherMemberMayDirect(text: string, role?: string): boolean {
  if (!DIRECTED_TYPES.has(questionType(text))) return false;
  if (!DIRECTING_WORK.test(text)) return false;
  return DIRECTOR.test(text) || role === 'councillor';
}

/**
 * A sentence drawing the line of authority over staff's work: whom they take instructions from or answer to, who sets
 * their priorities, that no individual member may instruct them, that requests for work go through the Clerk. Not
 * "accountable to the electorate" (a member's), "under the direction of the Council" (a role) or letters that "give
 * instructions on behalf of the Council".
 */
const LINE_OF_AUTHORITY =
  caseless(/\b(?:instruct(?:s|ed|ing|ions?)?|directions)\b(?! on (?:its |the Council's )?behalf)|\b(?:their|own|work) priorities\b|\bpriority (?:of|over)\b|\b(?:responsible|answerable|accountable)(?:,? through [^,.;]{1,40},)? to (?!(?:the )?(?:electorate|people|public|community))|\bunder the (?:overall )?management of\b|\b(?:not|no)(?: by)?(?: any)?(?: one)? individual (?:councillor|member)s?\b|\bhow their time is used\b|\brequests?\b[^.;]{0,60}\b(?:through|to) the (?:[A-Z][a-z]+ )?(?:Clerk|Manager|Proper Officer)\b/i);

export function authorityCue(sentence: string): number {
  return LINE_OF_AUTHORITY.test(sentence) ? 1 : 0;
}

/**
 * "Who decides …?", "Who puts the agenda together?", "Who chairs the meetings …?": the question asks who does
 * something, so the answer is the post that does it, not one the asker is sent to ("Who do I tell?", "Who are
 * officers responsible to?", which a post reached through "with / to the …" answers).
 */
export function asksWhoActs(text: string): boolean {
  const asking = askingPart(text).trim();
  if (/\b(?:to|with|from|for|about|by)\s*\?*\s*$/i.test(asking)) return false;
  // "Who deals with / handles / hears / looks into it?" asks where a matter goes: "… raised with the Clerk" answers.
  if (/\bwho (?:deals|handles|hears|takes|looks|receives|investigates|gets|sorts|picks|follows)\b/i.test(asking)) return false;
  return /(?:^|, )(?:(?:and|so|but|then) )?(?:who|which (?:officer|person|committee|body|post))\s+(?!(?:do|does|did|should|shall|can|could|would|will|must|may|might|am|are)\s+(?:i|we|you|they|one)\b|(?:do|does|did|should|shall|can|could|would|will|must|may|might|am)\s*\?)[a-z]/i.test(asking);
}

/** A post that does the act: the subject of the sentence's main clause ("The Clerk prepares …"), or its agent ("… are set by the Parish Manager"). */
const AGENT_BY = new RegExp(`\\b[a-z]+(?:ed|en|t|wn|ne) by (?:the |their |its |his |her |a |an )?(?:[A-Z][a-z]+ ){0,3}${POST.source}`, 'i');
/**
 * A post given the act in the impersonal style: "It is for the Parish Clerk to decide …", "it is the duty of the Clerk
 * to …", "It is open to the Council to remove …", "Responsibility for … rests with the Parish Clerk", "… is a matter
 * for the Personnel Committee".
 */
const IMPERSONAL_AGENT = new RegExp(
  `\\bit is (?:also |then )?(?:for|open to|the (?:duty|role|responsibility|job|task|function) of) (?:the |a |an )?(?:[A-Z][a-z-]+ ){0,3}(?:${POST.source})|\\b(?:rests?|lies?|remains?) (?:solely |entirely )?with (?:the |a |an )?(?:[A-Z][a-z-]+ ){0,3}(?:${POST.source})|\\bis a matter for (?:the |a |an )?(?:[A-Z][a-z-]+ ){0,3}(?:${POST.source})`,
  'i',
);
/** `POST` in any case, compiled once (without the g flag, so `exec` keeps no state between calls). */
const POST_ANY_CASE = new RegExp(POST.source, 'i');
const POST_WHO_ACTS = caseless(new RegExp(`${POST.source},? who (?:will |shall |may |must |then |alone )?(?!is\\b|are\\b|has\\b|have\\b|was\\b)[a-z]+`, 'i'));
export function postActs(sentence: string): boolean {
  // "… it is the Officer, not the Chairman, who takes the action"; "… made to the Clerk, who will decide …".
  if (AGENT_BY.test(sentence) || /\bit is (?:the|a|an) [^.;]{0,60}\bwho\b/i.test(sentence) || POST_WHO_ACTS.test(sentence) || IMPERSONAL_AGENT.test(sentence)) return true;
  // "… a committee … with devolved authority to resolve such matters": a body given the power to act.
  if (/(?<!\bno )\b(?:authority|powers?) to\b/i.test(sentence) && POST.test(sentence)) return true;
  const main = sentence.replace(/^(?:[-•]\s*)?(?:if|where|when|whilst|while|should|in the (?:case|event) of)\b(?:[^,;:]{1,160},|[^,;:]{1,160}?\bthen\b)\s*/i, '');
  // The subject: a post among the first few words, with no preposition before it ("… with the Clerk" is whom one goes to).
  const post = POST_ANY_CASE.exec(main.split(/\s+/).slice(0, 6).join(' '));
  // (The post's name can run on into its verb, "the Chair of the Council cannot", so the negation is looked for from its start.)
  if (post === null || /^[^,;]{0,60}?\b(?:ha(?:s|ve) no|cannot|can not|(?:may|must|should|shall|is|are|does|do) not)\b/i.test(main.slice(post.index))) return false;
  return !/\b(?:to|with|for|from|about|on|in|at|of|by|through|tell|inform|notify|contact|ask|consult|approach)\b/i.test(main.slice(0, post.index));
}

/**
 * A message asking what the other side owes the asker, not what the asker must do: what they may expect or are entitled
 * to ("Can I expect officers to keep me up to date?", "Am I entitled to advice from the clerk?"), whether they will be
 * served ("Should I be told …?", "When should I hear back?", "how long before I hear …?", answers51), or a failure to answer them ("the clerk hasn't replied to my
 * emails … what can I do"). The sentence that answers it is about the other side's conduct towards the asker's side
 * ("Officers will do their best to give timely responses to Members' enquiries"), not a rule for the asker (select.ts sideCue).
 */
const OWED_ASKED = caseless(
  /\b(?:expect(?:ed)?|entitled to|count on|rely on|owed?)\b|\b(?:be|get|been|being) (?:told|informed|kept (?:informed|up to date|in the loop)|consulted|updated|notified|copied in|invited|a (?:reply|response|answer))\b|\bhear back\b|\b(?:before|until|till|when (?:will|would|should|do|can)) (?:i|we) (?:hear|get (?:a reply|an answer|a response|anything back))\b|\bhear (?:anything|something)\b|\b(?:hasn'?t|hasnt|has not|haven'?t|havent|have not|never|not|didn'?t|didnt) (?:yet )?(?:replied|answered|responded|got back|acknowledged)\b/i,
);
export function asksWhatIsOwed(text: string): boolean {
  return OWED_ASKED.test(text);
}
