/**
 * Finds the question in a message as people really write it: backstory first, the question
 * last (or the other way round), an email pasted in, two questions at once.
 *
 * The result separates
 * - `asking`: the asker's own sentences that ask (a question mark, "can I", "the actual
 *   question is", "please advise"), which the classifier weighs above the rest;
 * - `backstory`: the asker's other sentences, which still say what the question is about;
 * - `quoted`: text the asker pasted in (email lines starting with ">", everything after
 *   "On … wrote:" or a forwarded message's headers, and long passages in quotation marks):
 *   evidence of what happened, never the asker's question.
 */

export interface QuestionParts {
  /** The asker's sentences that ask, in order. */
  asking: string[];
  /** The asker's other sentences. */
  backstory: string[];
  /** Pasted text: quoted email, a forwarded message, a long quotation. */
  quoted: string[];
  /** True when the message is more than its question: backstory or quoted text to weigh lower. */
  hasContext: boolean;
  /** The sentence after "the actual question is" or "my question:", if the asker pointed at one. */
  pointedAt?: string;
  /**
   * The asker's words that only hand over the quoted text ("Got this from a cllr:", "A member
   * sent me that."), taken out of `asking` and `backstory`: who sent it is not what it is about.
   */
  framing: string[];
}

/**
 * Words that hand over pasted text: "got this from a cllr", "a member sent me that", "see
 * below". Removed only when the message does quote something. A sentence or a clause up to a
 * colon, comma or dash.
 */
const FRAMING = [
  /(?:^|(?<=[.!?:]\s))\s*(?:i(?:'ve| have)?\s+)?(?:just\s+)?(?:got|had|received|been sent|was sent)\s+(?:this|that|the following|the below|(?:an?|this|the)\s+(?:email|e-mail|message|msg|text|note|request|letter))\b[^.!?:\n]{0,60}?\bfrom\b[^.!?:,\n]{0,40}(?:[.!?:,\u2013\u2014-]+|$)/gi,
  /(?:^|(?<=[.!?:]\s))[^.!?:\n]{0,40}?\b(?:sent|forwarded|emailed|messaged|wrote|texted)\s+(?:me|us|the office)\s+(?:this|that|the following|the below)\b(?:\s+(?:this morning|today|yesterday|last night|earlier))?\s*(?:[.!?:,\u2013\u2014-]+|$)/gi,
  /\b(?:see (?:the )?(?:email |message )?below|(?:email|message) below)\s*[.!?:,\u2013\u2014-]*/gi,
];

/** The asker's own text without the words that only hand over quoted text, and those words. */
function withoutFraming(text: string): { text: string; framing: string[] } {
  const framing: string[] = [];
  let rest = text;
  for (const pattern of FRAMING) {
    rest = rest.replace(pattern, (found) => {
      framing.push(found.trim());
      return ' ';
    });
  }
  return { text: rest, framing };
}

/** A line that starts a reply's or a forward's quoted part: everything from it on is quoted. */
const QUOTE_STARTS = [
  /^\s*on\b.{3,200}\bwrote:\s*$/i,
  /^\s*-{2,}\s*(?:original|forwarded) message\s*-{2,}/i,
  /^\s*begin forwarded message:?/i,
  /^\s*from:\s.+/i,
];
/** Header lines of a pasted email, dropped wherever they are. */
const HEADER_LINE = /^\s*(?:from|sent|to|cc|date|subject):\s/i;
/** A passage in quotation marks at least this long is something someone else wrote. */
const LONG_QUOTATION = 25;

/** Words that open a question when a sentence starts with them. */
const QUESTION_OPENERS =
  /^(?:so\s+|but\s+|and\s+|also\s+|ok\s+|okay\s+|right\s+|quick one[:,-]?\s+|question[:,-]?\s+)?(?:can|could|may|might|should|shall|must|do|does|did|is|are|am|was|were|will|would|who|whom|what|when|where|why|how|which|whose|has|have|any|anyone|r|shld|wot|wat)\b/i;
/** Phrases that ask wherever they are in a sentence. */
const ASKING_PHRASES =
  /\b(?:please advise|advice (?:on|about|please)|wondering|i(?:'d| would) like to know|need to know|want to know|what'?s the (?:rule|position|process|procedure)|any (?:idea|ideas|advice|guidance)|help me|tell me)\b/i;
/**
 * A verb before its subject asks only where a clause opens ("…, but can I…", "so is it ok…"):
 * inside a statement it does not ("the rumour is that it's stress", "I know what do to").
 */
const ASKING_INVERSIONS =
  /(?:^|[,;:(\u2013\u2014-]\s*|\b(?:but|and|so|or|then|just)\s+)(?:can i|could i|may i|am i|do i|should i|is it (?:ok|okay|alright|allowed|fine|right|appropriate|acceptable)|are we|can we|do we|can they|can he|can she|is that|was that|what (?:do|does|should|can|are|is)|who (?:do|does|should|can|is)|how (?:do|does|should|can|quickly|long|soon))\b/i;
/**
 * A story and its question run together with a comma ("the clerk told me off at the meeting, who do i complain to"):
 * the last clause, when it opens as the asker's own question (a verb before "I", "we", "it", "that" or "this"; "who /
 * what / how / where" with "I" or "we"), is the asking part and the clause before it the story, as they would be after a
 * full stop. Not after a condition ("if the clerk is off, who do I ask?" is one question), not "who is" ("the clerk,
 * who is new, …" is a relative clause), not under pasted text (findQuestion), and only after a story naming one of the
 * council's people (COUNCIL_PERSON). The pattern reads the clause after the sentence's last comma (the question holds no
 * comma); the story is all before it, found by position: a pattern spanning both backtracked, costing seconds on a long
 * sentence (a 100 KB paste, with or without commas).
 */
const SPLICED_QUESTION =
  /^\s+((?:(?:so|but|and|then)\s+)?(?:(?:can|could|may|am|do|should|shall|must|would)\s+(?:i|we)|(?:is|was|are)\s+(?:it|that|this)|(?:who|what|how|where)\s+(?:do|should|can|would)\s+(?:i|we))\b[^,]*)$/i;
/** A line break, which a story on one line (before its spliced question) does not hold. */
const LINE_BREAK = /[\n\r\u2028\u2029]/;
const OPENS_WITH_CONDITION = /^\s*(?:if|when|whenever|where|while|whilst|although|though|since|because|as|once|after|before|unless|until|given|say|suppose|supposing)\b/i;
/**
 * One of the council's people, whom a story before a spliced question must name to be set apart from it: a story about a
 * neighbour or a bin round ("my neighbour's music is too loud every night, who do I complain to?") carries the message's
 * scope, which the question read on its own would lose.
 */
const COUNCIL_PERSON = /\b(?:clerk|rfo|officers?|staff|employees?|councillors?|cllrs?|members?|chair(?:man|woman)?|mayor|chief exec(?:utive)?|director|manager|assistant|admin)\b/i;
/** The story words a spliced question must follow to be split off (fewer are part of the question: "ok, can I…"). */
const SPLICED_STORY_WORDS = 4;

/** The text after its last colon, semicolon or dash: found by position, as a pattern anchored at the end would scan a long run again from each of its letters. */
function afterLastBreak(text: string): string {
  let start = text.length;
  while (start > 0 && !':;\u2013\u2014-'.includes(text[start - 1])) start--;
  return text.slice(start);
}

/** A sentence's story and its spliced question, or undefined when it is not one (see SPLICED_QUESTION). */
function splicedQuestion(sentence: string): [string, string] | undefined {
  const comma = sentence.lastIndexOf(',');
  if (comma < 0) return undefined;
  if (sentence.includes('?') && !/\?\W*$/.test(sentence)) return undefined;
  if (QUESTION_OPENERS.test(sentence) || OPENS_WITH_CONDITION.test(sentence)) return undefined;
  const story = sentence.slice(0, comma).trimEnd();
  const question = SPLICED_QUESTION.exec(sentence.slice(comma + 1))?.[1];
  if (question === undefined || story === '' || LINE_BREAK.test(story)) return undefined;
  if (wordsWithLetters(story) < SPLICED_STORY_WORDS || !COUNCIL_PERSON.test(story)) return undefined;
  // "Genuine question: if I think …, do I tell the clerk?": the condition opens the clause after a colon or a dash.
  if (OPENS_WITH_CONDITION.test(afterLastBreak(story))) return undefined;
  return [story, question];
}

/** The asker pointing at their question: the text after it is the question. */
const POINTER = /\b(?:the (?:actual|real|main) question(?: is| here is)?|my question(?: is)?|question is|what i(?:'m| am) asking is|what i want to know is|so my question|tl;?dr)\s*[:,-]?\s*/i;

/** Splits text into sentences at ., ! or ? followed by a space, after a run of emoji (chat's full stop), and at line breaks. */
function sentences(text: string): string[] {
  const pieces = text
    // A lookbehind for an emoji, a skin-tone modifier or a joiner: each stands alone in the class on purpose.
    // eslint-disable-next-line no-misleading-character-class
    .split(/\n+|(?<=[.!?])["'\u201d\u2019)]*\s+|(?<=[\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\uFE0F\u200D])\s+(?=[\p{L}])/u);
  return withText(pieces);
}

/**
 * The trimmed strings that have a letter or a digit. A loop filling a packed array, not
 * `map(...).filter(...)`: the arrays that reach `classifyParts` then all have one elements kind.
 */
function withText(pieces: string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i].trim();
    if (/[\p{L}\p{N}]/u.test(piece)) kept.push(piece);
  }
  return kept;
}

/** True when the asker's sentence asks something. */
export function asks(sentence: string): boolean {
  const plain = sentence.trim();
  // A question mark anywhere asks (one before trailing emoji included).
  if (plain.includes('?')) return true;
  return QUESTION_OPENERS.test(plain) || ASKING_PHRASES.test(plain) || ASKING_INVERSIONS.test(plain) || POINTER.test(plain);
}

/** Whether a line starts a reply's or a forward's quoted part (a loop: no closure per line). */
function startsQuote(line: string): boolean {
  for (let i = 0; i < QUOTE_STARTS.length; i++) if (QUOTE_STARTS[i].test(line)) return true;
  return false;
}

const hasLetterOrDigit = (line: string): boolean => /[\p{L}\p{N}]/u.test(line);

/**
 * A pasted email with the asker's words under it ("From: … Subject: … [the email] ⏎⏎ Can he ask
 * me that?"): with nothing of the asker's above the email, its last paragraph after a blank line
 * is the asker's, not the email's, and leaves `quoted`.
 */
function bottomPosted(lines: string[], quoteStart: number, quoted: string[]): string {
  let blank = -1;
  // The last blank line with text after it (trailing blank lines are no paragraph).
  let end = lines.length;
  while (end > quoteStart + 1 && !hasLetterOrDigit(lines[end - 1])) end--;
  for (let i = end - 1; i > quoteStart; i--) {
    if (!hasLetterOrDigit(lines[i])) {
      blank = i;
      break;
    }
  }
  if (blank < 0) return '';
  const tail: string[] = [];
  for (let i = blank + 1; i < end; i++) {
    if (/^\s*>/.test(lines[i]) || HEADER_LINE.test(lines[i]) || startsQuote(lines[i])) return '';
    tail.push(lines[i]);
  }
  // The tail's lines were the last ones pushed into `quoted`: take them back out.
  quoted.length = Math.max(0, quoted.length - tail.length - (lines.length - end));
  return tail.join('\n');
}

/** A quotation mark that may open or close a long quotation. */
const QUOTATION_MARK = /["\u201c\u201d]/;

/** The asker's text without its long passages in quotation marks (what someone else said), which go into `quoted`. */
function withoutLongQuotations(text: string, quoted: string[]): string {
  // Most messages have no quotation mark: one test, no replacement and no callback.
  if (!QUOTATION_MARK.test(text)) return text;
  return text.replace(/["\u201c\u201d]([^"\u201c\u201d]{1,4000})["\u201c\u201d]/g, (whole, inner: string) => {
    if (inner.trim().length < LONG_QUOTATION) return whole;
    quoted.push(inner.trim());
    return ' ';
  });
}

/** The text after "the actual question is" and the like, when the sentence points at its question and that has a letter. */
function pointedQuestion(sentence: string): string | undefined {
  const pointer = POINTER.exec(sentence);
  if (!pointer) return undefined;
  const rest = sentence.slice(pointer.index + pointer[0].length).trim();
  return /[\p{L}]/u.test(rest) ? rest : undefined;
}

/**
 * Splits a message into what it asks, its backstory and what it quotes.
 *
 * One function on purpose, the asker's own lines picked out in it: more bytecode than V8's
 * optimising compiler inlines (460 bytes), so that `IntentEngine.classify`, and
 * `Assistant.classify` through it, call it rather than compile a copy of it (and of everything
 * it inlines) into their own code; it is compiled once, on its own (docs/throughput.md, speed13).
 */
export function findQuestion(text: string): QuestionParts {
  const quoted: string[] = [];
  // The asker's own lines, joined; the quoted lines (see QUOTE_STARTS, HEADER_LINE) go into `quoted`.
  const own: string[] = [];
  let inQuote = false;
  /** Where the quoted lines of a header-started quotation begin in `quoted`, and the index in `lines` of the line that started it. */
  let quoteStart = -1;
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!inQuote && startsQuote(line)) {
      inQuote = true;
      quoteStart = i;
    }
    if (inQuote || /^\s*>/.test(line)) {
      const content = line.replace(/^[\s>]+/, '');
      if (!HEADER_LINE.test(content) && !startsQuote(content)) quoted.push(content);
      continue;
    }
    if (HEADER_LINE.test(line)) continue;
    own.push(line);
  }
  const ownLines = quoteStart >= 0 && !own.some(hasLetterOrDigit) ? bottomPosted(lines, quoteStart, quoted) : own.join('\n');
  const ownText = withoutLongQuotations(ownLines, quoted);
  const { text: asked, framing } = quoted.length > 0 ? withoutFraming(ownText) : { text: ownText, framing: [] };
  const asking: string[] = [];
  const backstory: string[] = [];
  let pointedAt: string | undefined;
  const said = sentences(asked);
  // Index loops here and below, not for-of: the iterator protocol is several times the code for V8 to compile, for no gain on an array.
  for (let i = 0; i < said.length; i++) {
    const sentence = said[i];
    const rest = pointedQuestion(sentence);
    // Under pasted text the asker's own clause before the comma hands it over ("Forwarding something I was sent, is this a
    // breach?"): no story to set apart.
    const spliced = rest === undefined && quoted.length === 0 ? splicedQuestion(sentence) : undefined;
    if (rest !== undefined) {
      pointedAt ??= rest;
      asking.push(rest);
    } else if (spliced !== undefined) {
      backstory.push(spliced[0]);
      asking.push(spliced[1]);
    } else (asks(sentence) ? asking : backstory).push(sentence);
  }
  // A message with no sentence that asks is itself the question ("tender documents for the pavilion").
  if (asking.length === 0 && backstory.length > 0) {
    // Moved one by one and the same array emptied (not a spread of `splice`): the lists keep their elements kind.
    for (let i = 0; i < backstory.length; i++) asking.push(backstory[i]);
    backstory.length = 0;
  }
  const quotedText = withText(quoted);
  return questionParts(asking, backstory, quotedText, backstory.length > 0 || quotedText.length > 0, pointedAt, framing);
}

/** QuestionParts with every property in the same order (one object shape for V8, whoever builds it: no spread copies). */
export function questionParts(
  asking: string[],
  backstory: string[],
  quoted: string[],
  hasContext: boolean,
  pointedAt: string | undefined,
  framing: string[],
): QuestionParts {
  return { asking, backstory, quoted, hasContext, pointedAt, framing };
}

/** Whether a word has a letter of any script: an ASCII letter settles it without the Unicode expression. */
function hasLetter(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i) | 32;
    if (code >= 97 && code <= 122) return true;
  }
  return /[\p{L}]/u.test(word);
}

/** How many of a sentence's space-separated words have a letter (a loop: no filtered copy). */
function wordsWithLetters(sentence: string): number {
  const words = sentence.split(/\s+/);
  let count = 0;
  for (let i = 0; i < words.length; i++) if (hasLetter(words[i])) count++;
  return count;
}

/**
 * Whether a sentence asks the way a question does: a question mark, or it opens like one ("can I…",
 * "who do I…", "…, but is it ok"). An asking phrase alone ("need to know numbers", "please advise")
 * asks about the question before it rather than a question of its own.
 */
function interrogative(sentence: string): boolean {
  return sentence.includes('?') || QUESTION_OPENERS.test(sentence.trim()) || ASKING_INVERSIONS.test(sentence);
}

/**
 * Where chat joins a second question to the first inside one sentence: ", and", ", also", ", plus", " + ", " & ",
 * " and also", " and separately", just before a question's opening word ("…before budget night, and what's the precept
 * this year?"). A bare comma is no joint: "…rings me at 10pm, is that allowed?" is a story and its question. Spaces are
 * counted up to three, so that a long run of them is not scanned again from each of its characters.
 */
const QUESTION_JOINT =
  /(?:,\s{0,3}(?:(?:and|plus)\s{1,3}(?:also\s{1,3}|separately\s{1,3})?|also\s{1,3}|separately\s{1,3})|\s{1,3}[+&]\s{1,3}|\s{1,3}and\s{1,3}(?:also|separately)\s{1,3})(?=(?:can|could|may|should|do|does|is|are|will|who|whos|what|whats|when|whens|where|wheres|how|which|any ?one)\b)/i;
/**
 * The fewest words each joined question must have to be read apart: a shorter one leans on the story before it ("Our
 * groundsman is leaving. Who takes his place, and is it the full council that appoints?"), and read alone it would be
 * named as a question the protocol does not cover.
 */
const JOINED_QUESTION_WORDS = 5;
/** Chat's question words run together with "is" ("whats the wifi code"), which QUESTION_OPENERS does not read. */
const RUN_TOGETHER_OPENER = /^(?:whats|whos|whens|wheres)\b/i;

/** Whether the part after a joint asks as a question does. */
function asksFurther(part: string): boolean {
  return interrogative(part) || RUN_TOGETHER_OPENER.test(part);
}

/**
 * The questions of a message whose sentences join two inside one (see joinedQuestions), when there are at least two and
 * some sentence does; otherwise none. Kept apart from separateQuestions: a joined question is set apart only when the
 * protocol does not cover it (engine.ts), as two covered questions in one sentence were read well as one.
 */
export function questionsJoinedInSentences(parts: QuestionParts): string[] {
  const questions: string[] = [];
  for (let i = 0; i < parts.asking.length; i++) questions.push(...joinedQuestions(parts.asking[i]));
  return questions.length > parts.asking.length ? questions : [];
}

/**
 * A sentence's questions when it joins two at a QUESTION_JOINT and each part asks as a question does, in
 * JOINED_QUESTION_WORDS words or more ("can I ask the RFO for the figures, and also does anyone know when the bins
 * go?"); otherwise the sentence whole.
 */
function joinedQuestions(sentence: string): string[] {
  const joint = QUESTION_JOINT.exec(sentence);
  if (joint === null) return [sentence];
  const first = sentence.slice(0, joint.index).trim();
  const second = sentence.slice(joint.index + joint[0].length).trim();
  if (wordsWithLetters(first) < JOINED_QUESTION_WORDS || wordsWithLetters(second) < JOINED_QUESTION_WORDS) return [sentence];
  if (!interrogative(first) || !asksFurther(second)) return [sentence];
  return [first, ...joinedQuestions(second)];
}

/**
 * The separate questions of a message that asks more than one thing, when there are at least two:
 * its asking sentences that ask as a question does. Short follow-ons ("or not?") and asking phrases
 * without a question of their own ("need to know numbers") join the one before.
 */
export function separateQuestions(parts: QuestionParts): string[] {
  const questions: string[] = [];
  for (let i = 0; i < parts.asking.length; i++) {
    const sentence = parts.asking[i];
    // Words counted only where they decide something: from the second asking sentence on (most messages have one).
    if (questions.length > 0 && (wordsWithLetters(sentence) < 4 || !interrogative(sentence))) questions[questions.length - 1] += ` ${sentence}`;
    else questions.push(sentence);
  }
  return questions.length >= 2 ? questions : [];
}
