import fs from 'node:fs';
import { readablePart } from './readablePart';
import { withTypedApostrophes } from './apostrophes';
import { cacheFile, digestOf, examplesDigest, moduleSource, readCached, writeCached } from './cacheFiles';
import { withEverydayBackstory } from './augment';
import { IntentClassifier, LabelledText, Ranking } from './classifier';
import { TRAINING_OPTIONS } from './training';
import { IntentFile, OUT_OF_SCOPE, trainingExamples } from './intents';
import { contentStems, sharedContentStems } from './normalize';
import { SpellingCorrector } from './spelling';
import { findQuestion, QuestionParts, questionParts, questionsJoinedInSentences, separateQuestions } from './question';
import { firstRuleThatApplies, READING_RULES, RuleInput } from './readingRules';
import { storyAfterScene, STORY_AFTER_SCENE_WEIGHT } from './storyAfterScene';
import { judgeScope, runnersUp, ScopeModel, ScopeModelData, ScopeReason, ScopeSignals, SCOPE_THRESHOLDS, ScopeThresholds } from './scope';
import type { Role } from '../domain/types';
import { sharesNearReading, VECTOR_VOTE, VectorVote } from './vectorVote';

/**
 * Below this probability the message is treated as outside the protocol. Chosen by k-fold
 * cross-validation over the project's own intent examples (`protocol-bot eval --cv`), never on
 * the evaluation set.
 */
export const OUT_OF_SCOPE_THRESHOLD = SCOPE_THRESHOLDS.minConfidence;
/** Below this probability the bot answers but says it is unsure and offers the Clerk. */
export const UNSURE_THRESHOLD = 0.25;

export interface IntentResult {
  intent: string;
  confidence: number;
  /** Answered, but not confidently: the reply says so and offers the Clerk. */
  uncertain: boolean;
  /** The most probable intents, best first (for a runner-up and diagnostics). */
  ranked: { label: string; probability: number }[];
  /** Why the message was judged out of scope, when it was. */
  scopeReason?: ScopeReason;
  /** Questions of the same message the protocol does not cover (the reply says so). */
  uncovered?: string[];
  /** Another question of the same message, about another topic the protocol covers. */
  also?: { intent: string; question: string }[];
}

/**
 * Greeting, thanks and help are whole messages of their own. Next to pasted text or a backstory,
 * "what should I do with this?" asks about that text, not how the bot works.
 */
const SMALL_TALK = new Set(['greeting', 'thanks', 'help']);
/** Backstory of at least this many words makes a message more than small talk. */
const SUBSTANTIAL_BACKSTORY = 8;

/** Whether a code unit is one `\s` matches (ECMAScript's WhiteSpace and LineTerminator). */
export function isRegExpSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/**
 * Whether `sentences.join(' ').split(/\s+/)` has at least `n` items, without building either: that
 * split has one item more than the joined text has runs of whitespace (an empty first or last
 * item stands for a run at an end), and each joining space is whitespace too.
 */
export function wordsAtLeast(sentences: readonly string[], n: number): boolean {
  let runs = 0;
  let inRun = false;
  for (let s = 0; s < sentences.length; s++) {
    if (s > 0 && !inRun) {
      runs++;
      inRun = true;
    }
    const sentence = sentences[s];
    for (let i = 0; i < sentence.length; i++) {
      if (!isRegExpSpace(sentence.charCodeAt(i))) inRun = false;
      else if (!inRun) {
        runs++;
        inRun = true;
      }
    }
    if (runs + 1 >= n) return true;
  }
  return runs + 1 >= n;
}

/** A probability for every label, best first. */
interface Reading {
  label: string;
  confidence: number;
  ranked: { label: string; probability: number }[];
  /** Every label's probability, in the classifier's label order. */
  readonly probabilities: readonly number[];
  probabilityOf(label: string): number;
}

/** Words that ask without saying about what: a question made only of these leans on its backstory. */
const GENERIC_ASKING = new Set(
  contentStems(
    `protocol protocols say says said actual actually allowed allow ok okay fine right rule rules supposed meant normal proper legal legally
     happen happens position stand anything something thing things situation case way know think here done do anyone someone please advise
     advice help really even still just now then though anyway entitled expect expected permitted appropriate acceptable process procedure
     correct wrong line over tell telling change give get go let make him her them it deal deals handle handles sort
     next step steps option options thought thoughts idea ideas view views opinion opinions`,
  ),
);

/**
 * How much the asking sentences count against the whole message when there is backstory or
 * quoted text: more the more topic words they carry of their own. A question with none ("Is
 * there anything in the protocol about this?", "Was I out of line?") points at its story and
 * counts for almost nothing: read alone, its one word "protocol" would make it a question about
 * the protocol itself.
 *
 * A story with three or more topic words of its own says what the message is about, and a short
 * question after it mostly leans on it ("I have an interest in the land sale. Can I still see
 * the papers?"): the question then counts for less. Chosen by cross-validation through the whole
 * engine (scripts/intent-engine-cv.js): on the examples told with a story 0.789 → 0.805, all
 * examples 0.833 → 0.837; the dev and validation sets no worse (docs/understanding.md).
 */
const QUESTION_WEIGHT = [0.05, 0.35, 0.5, 0.6];
const QUESTION_WEIGHT_AFTER_A_STORY = [0.05, 0.2, 0.35, 0.5];
/** Topic words a story needs before the question after it counts for less. */
const STORY_TOPIC_WORDS = 3;

/**
 * How many distinct topic words some sentences have, counted up to `atMost` (all the callers ask):
 * a loop over a short list rather than a set, stopping once there are enough.
 */
function topicWordCount(sentences: string[], atMost: number, known?: (stem: string) => boolean): number {
  const stems = sharedContentStems(sentences.join(' '));
  const topic: string[] = [];
  for (let i = 0; i < stems.length && topic.length < atMost; i++) {
    const stem = stems[i];
    // A word no example uses tells the classifier nothing: its reading of such a question is its prior, out of scope.
    if (!GENERIC_ASKING.has(stem) && !topic.includes(stem) && (known === undefined || known(stem))) topic.push(stem);
  }
  return topic.length;
}

export function questionWeight(asking: string[], story: string[] = [], known?: (stem: string) => boolean): number {
  const weights = story.length > 0 && topicWordCount(story, STORY_TOPIC_WORDS, known) >= STORY_TOPIC_WORDS ? QUESTION_WEIGHT_AFTER_A_STORY : QUESTION_WEIGHT;
  return weights[Math.min(topicWordCount(asking, 3, known), 3)];
}

/**
 * "Does the protocol cover / say anything about …": the asker names the protocol, but the topic is
 * what follows. Taken out when what follows has topic words of its own (at least two), so
 * "does the protocol say anything about talking to the press?" reads as the press; "does the
 * protocol cover every situation?" keeps its words and stays a question about the protocol.
 */
const PROTOCOL_FRAME =
  /\b(?:(?:does|do|will|would|what does|what do)\s+(?:the|our|this|your|a)\s+(?:member[- ]officer\s+)?(?:protocol|rules?|code)\s+(?:say|says|cover|covers|mention|deal with|address|have)(?:\s+(?:anything|much))?(?:\s+(?:about|on|regarding|re|for))?|(?:is there )?anything in (?:the|our|this|your) (?:member[- ]officer\s+)?(?:protocol|rules|code) (?:about|on|regarding|re|for)|what(?:'?s|\s+is) the (?:protocol|rule|position) (?:on|about|for|regarding|re))\b\s*([^.?!\n]*)/gi;

/** A word every way of PROTOCOL_FRAME's names the protocol by: without one, it cannot match (most messages; the test is far cheaper). */
const PROTOCOL_WORD = /protocol|rule|code|position/i;

export function withoutProtocolFrame(text: string): string {
  if (!PROTOCOL_WORD.test(text)) return text;
  return text.replace(PROTOCOL_FRAME, (whole, rest: string) => {
    const topicWords = new Set(contentStems(rest).filter((s) => !GENERIC_ASKING.has(s))).size;
    return topicWords >= 2 ? rest : whole;
  });
}

/** The message without the words that only hand over its quoted text ("Got this from a cllr:"): see `QuestionParts.framing`. */
export function withoutHandOver(message: string, parts: QuestionParts): string {
  let text = message;
  for (let i = 0; i < parts.framing.length; i++) text = text.replace(parts.framing[i], ' ');
  return text;
}

/**
 * Every result the engine returns has all of IntentResult's properties, in the same order
 * (undefined where absent): one object shape on the hot path, so V8's optimised code for
 * `classify` and its callers is not thrown away when a result of another shape comes by.
 */
function intentResult(
  intent: string,
  confidence: number,
  uncertain: boolean,
  ranked: IntentResult['ranked'],
  scopeReason: ScopeReason | undefined,
  uncovered?: string[],
  also?: { intent: string; question: string }[],
): IntentResult {
  return { intent, confidence, uncertain, ranked, scopeReason, uncovered, also };
}

/** The classifier's role feature: the Clerk is an officer for the purpose of reading a message. */
export const roleFeature = (role?: Role): string | undefined => (role === 'clerk' ? 'officer' : role);

export class IntentEngine {
  readonly intents: Map<string, IntentFile>;

  private readonly scopeThresholds: ScopeThresholds;

  private constructor(
    intents: IntentFile[],
    private readonly classifier: IntentClassifier,
    private readonly scope: ScopeModel,
    private readonly spelling: SpellingCorrector,
    private readonly thresholds = { outOfScope: OUT_OF_SCOPE_THRESHOLD, unsure: UNSURE_THRESHOLD },
  ) {
    this.intents = new Map(intents.map((i) => [i.id, i]));
    this.scopeThresholds = { ...SCOPE_THRESHOLDS, minConfidence: this.thresholds.outOfScope };
  }

  /**
   * Trains on the intents' examples, or loads the model a previous start trained on exactly the
   * same examples with exactly the same code (training takes seconds; loading, milliseconds).
   */
  static train(intents: IntentFile[], options: { cacheDir?: string; thresholds?: { outOfScope: number; unsure: number } } = {}): IntentEngine {
    const items = labelledExamples(intents);
    if (!options.cacheDir) return IntentEngine.trainOn(intents, items, options.thresholds);
    const classifier = trainCached(items, intents, options.cacheDir);
    const vocabulary = vocabularyCached(items, options.cacheDir);
    return new IntentEngine(intents, classifier, vocabulary.scope, vocabulary.spelling, options.thresholds).withVectorVote(items, options.cacheDir);
  }

  /**
   * An engine trained on these examples only (no cache): cross-validation through the whole
   * reading of a message (question, backstory, scope rules) trains one per fold.
   */
  static trainOn(intents: IntentFile[], items: LabelledText[], thresholds?: { outOfScope: number; unsure: number }): IntentEngine {
    const classifier = IntentClassifier.train(withEverydayBackstory(items, topicOf(intents)), TRAINING_OPTIONS);
    const vocabulary = buildVocabulary(items);
    return new IntentEngine(intents, classifier, vocabulary.scope, vocabulary.spelling, thresholds).withVectorVote(items);
  }

  /** Word vectors' nearest-examples vote over these examples, mixed into an unsure reading (with WORD_VECTORS=on and a usable table; src/nlu/vectorVote.ts). */
  private vote?: () => VectorVote | undefined;
  private withVectorVote(items: LabelledText[], cacheDir?: string): this {
    this.vote = VectorVote.later(items, cacheDir);
    return this;
  }

  /**
   * Builds the word vectors' vote now, not at the first unsure reading, and so saves it in the compiled cache (`train`
   * does this, so that a later process's first unsure reading only reads it back); nothing when the switch is off.
   */
  prepareVectorVote(): void {
    this.vote?.();
  }

  /** A reading below VECTOR_VOTE.below with the vectors' vote mixed in at VECTOR_VOTE.weight; labels `skip` leaves out stay at 0. */
  private voted(reading: Reading, text: string, skip?: (index: number) => boolean): Reading {
    // Only an unsure reading asks the vote: a confident one is left as it is (and costs nothing more).
    if (!this.vote || reading.confidence >= VECTOR_VOTE.below) return reading;
    const vote = this.vote(); // built on the first unsure reading
    if (!vote) return reading;
    let shares = vote.shares(text);
    // The vote helps a topic told in words its examples never use; it never argues for out of scope, where general
    // English senses mislead ("minutes" of a meeting lie near "days" and "hours").
    shares.delete(OUT_OF_SCOPE);
    // Nor does it carry an out-of-scope reading to a topic the classifier does not itself see near (a polite wrapper's words).
    if (reading.label === OUT_OF_SCOPE) shares = sharesNearReading(shares, reading.ranked);
    if (shares.size === 0) return reading;
    const labels = this.classifier.labels;
    const probabilities: number[] = [];
    for (let i = 0; i < labels.length; i++) probabilities.push(skip?.(i) ? 0 : (reading.probabilities[i] + VECTOR_VOTE.weight * (shares.get(labels[i]) ?? 0)) / (1 + VECTOR_VOTE.weight));
    return new Ranking(labels, this.classifier.labelIndex, probabilities, skip);
  }

  /** The message with misspelt words corrected against the examples' vocabulary (see spelling.ts). */
  correctSpelling(text: string): string {
    return this.spelling.correct(text);
  }

  classify(message: string, role?: Role): IntentResult {
    const text = this.spelling.correct(withTypedApostrophes(readablePart(message)));
    const parts = findQuestion(text);
    const questions = separateQuestions(parts);
    if (questions.length >= 2) return this.classifyQuestions(text, parts, questions, role);
    const joined = questionsJoinedInSentences(parts);
    return joined.length < 2 ? this.classifyParts(text, parts, role) : this.classifyQuestions(text, parts, joined, role, true);
  }

  /**
   * Two or more questions: each is judged on its own words; those the protocol does not cover
   * are named in the reply, the rest answered together. `onlyWhenUncovered`: questions joined inside a sentence, read
   * apart only when one is not covered. (Apart from `classify`, which runs for
   * every message: V8 optimises a function sooner the less of it goes unrun.)
   */
  private classifyQuestions(text: string, parts: QuestionParts, questions: string[], role?: Role, onlyWhenUncovered = false): IntentResult {
    const judged: { question: string; result: IntentResult }[] = [];
    for (const question of questions) judged.push({ question, result: this.classifyParts(question, findQuestion(question), role) });
    // Loops into array literals rather than filter/map: one elements kind for each array, empty or not.
    const covered: { question: string; result: IntentResult }[] = [];
    const uncovered: string[] = [];
    for (const j of judged) {
      if (j.result.intent !== OUT_OF_SCOPE) covered.push(j);
      else uncovered.push(j.question);
    }
    // Two questions joined in one sentence ("…, and what's…") are read apart only to name one the protocol does not
    // cover: when it covers both, the sentence read whole, as before, was the better reading (docs/messy-round34.md).
    if (covered.length === 0 || (onlyWhenUncovered && uncovered.length === 0)) return this.classifyParts(text, parts, role);
    const asking: string[] = [];
    for (const j of covered) asking.push(j.question);
    const covering = questionParts(asking, parts.backstory, parts.quoted, parts.hasContext, parts.pointedAt, parts.framing);
    let main = this.classifyParts(text, covering, role);
    if (main.intent === OUT_OF_SCOPE) {
      // Read whole, the question the protocol does not cover can outweigh the one it does ("What time
      // does the tip open on bank holidays? And can I ask the office to chase it?"): read without it.
      let coveredText = text;
      for (let i = 0; i < uncovered.length; i++) coveredText = coveredText.replace(uncovered[i], ' ');
      main = this.classifyParts(coveredText, covering, role);
      if (main.intent === OUT_OF_SCOPE) return main;
    }
    const also: { intent: string; question: string }[] = [];
    for (const j of covered) {
      if (j.result.intent !== main.intent && this.intents.get(j.result.intent)?.kind === 'topic' && !j.result.uncertain) also.push({ intent: j.result.intent, question: j.question });
    }
    return intentResult(main.intent, main.confidence, main.uncertain, main.ranked, main.scopeReason, uncovered.length > 0 ? uncovered : undefined, also.length > 0 ? also : undefined);
  }

  /** The question weighed above its backstory, then the scope decision. */
  private classifyParts(message: string, parts: QuestionParts, role?: Role): IntentResult {
    const text = withoutProtocolFrame(withoutHandOver(message, parts));
    const reading = parts.hasContext ? this.withContext(text, parts, role) : this.predict(text, role);
    const isTopic = this.isTopic;
    const others = runnersUp(reading.ranked, isTopic);
    const signals = this.signals(text, parts, reading.label, others);
    const runnerUp = others.length > 0 ? { label: others[0], confidence: reading.probabilityOf(others[0]) } : undefined;
    const judged = judgeScope(reading, runnerUp, signals, isTopic, this.scopeThresholds);
    // Rules that read who does what to whom, which a bag of words cannot (readingRules.ts): the first that applies decides.
    const input: RuleInput = { text, parts, role, reading, judged, isTopic, hasIntent: this.hasIntent, outOfScopeAlone: this.outOfScopeAlone };
    const rule = firstRuleThatApplies(READING_RULES, input);
    if (rule !== undefined) {
      const decision = rule.decides(input);
      if (decision.reason !== undefined) return intentResult(OUT_OF_SCOPE, reading.probabilityOf(OUT_OF_SCOPE), false, reading.ranked, decision.reason);
      if (decision.keepsCertainty) {
        const confidence = Math.min(1, judged.confidence + reading.probabilityOf(decision.intent));
        return intentResult(decision.intent, confidence, judged.label !== reading.label || judged.confidence < this.thresholds.unsure, reading.ranked, undefined);
      }
      return intentResult(decision.intent, reading.probabilityOf(decision.intent), true, reading.ranked, undefined);
    }
    if (judged.reason) {
      const confidence = reading.label === OUT_OF_SCOPE ? reading.confidence : reading.probabilityOf(OUT_OF_SCOPE);
      return intentResult(OUT_OF_SCOPE, confidence, false, reading.ranked, judged.reason);
    }
    // A topic that overtook a weak out-of-scope reading is always answered as unsure, with the Clerk offered.
    const uncertain = judged.label !== reading.label || judged.confidence < this.thresholds.unsure;
    return intentResult(judged.label, judged.confidence, uncertain, reading.ranked, undefined);
  }

  /**
   * The reading of a message with backstory or quoted text: its question weighed above the whole.
   * (`concat`, here and in `signals`, not an array spread: a spread is the iterator protocol, far
   * more for V8 to compile into `classifyParts`, which is optimised inside the bench's timed passes.)
   */
  private withContext(text: string, parts: QuestionParts, role?: Role): Reading {
    const asked = withoutProtocolFrame(parts.asking.join(' '));
    const substantial = parts.quoted.length > 0 || wordsAtLeast(parts.backstory, SUBSTANTIAL_BACKSTORY);
    const feature = roleFeature(role);
    const question = this.classifier.probabilities(asked, feature);
    const weight = questionWeight(parts.asking, parts.backstory.concat(parts.quoted), this.knows);
    const whole = this.wholeWithTheAct(this.classifier.probabilities(text, feature), parts, weight, feature);
    const mixed = this.mixed(question, whole, weight, substantial);
    return this.vote ? this.voted(mixed, text, substantial ? this.isSmallTalkAt : undefined) : mixed;
  }

  /**
   * The whole message's reading, mixed with the reading of its story after the scene when the question has no topic word
   * of its own (the lowest question weight) and the story sets a scene first (storyAfterScene.ts): a bare "was that ok?"
   * asks about the act the story tells, not the service it starts from.
   */
  private wholeWithTheAct(whole: readonly number[], parts: QuestionParts, weight: number, feature: string | undefined): readonly number[] {
    if (weight !== QUESTION_WEIGHT[0]) return whole;
    const act = storyAfterScene(parts);
    if (act === undefined) return whole;
    const acted = this.classifier.probabilities(act, feature);
    const mixed: number[] = [];
    for (let i = 0; i < whole.length; i++) mixed.push((1 - STORY_AFTER_SCENE_WEIGHT) * whole[i] + STORY_AFTER_SCENE_WEIGHT * acted[i]);
    return mixed;
  }

  /** The out-of-scope probability of some words read alone (a rule's test, see readingRules.ts): one function for the engine's life. */
  private readonly outOfScopeAlone = (words: string, role?: Role): number => this.predict(words, role).probabilityOf(OUT_OF_SCOPE);

  /** Whether the engine's intents include one: one function for the engine's life. */
  private readonly hasIntent = (label: string): boolean => this.intents.has(label);

  /** Whether any example uses a stem: one function for the engine's life. */
  private readonly knows = (stem: string): boolean => this.scope.knows(stem);

  /** Whether an intent is a topic of the protocol: one function for the engine's life, not a closure per message. */
  private readonly isTopic = (label: string): boolean => this.intents.get(label)?.kind === 'topic';

  /** Scope signals of the whole message, and of its question when it has backstory: the kinder of the two. */
  private signals(text: string, parts: QuestionParts, label: string, others: string[]): ScopeSignals {
    const whole = this.scope.signals(text, label, others);
    return parts.hasContext ? this.kinderSignals(whole, this.scope.signals(parts.asking.concat(parts.backstory).join(' '), label, others)) : whole;
  }

  /** Of the whole message's signals and its own words' (question and backstory), the kinder of each. */
  private kinderSignals(whole: ScopeSignals, own: ScopeSignals): ScopeSignals {
    let runnerUpCoverage: number[] | undefined;
    if (whole.runnerUpCoverage) {
      // A loop into an array literal rather than `map`: the same elements kind as ScopeModel.signals' arrays.
      runnerUpCoverage = [];
      for (let i = 0; i < whole.runnerUpCoverage.length; i++) runnerUpCoverage.push(Math.max(whole.runnerUpCoverage[i], own.runnerUpCoverage?.[i] ?? 0));
    }
    return {
      coverage: Math.max(whole.coverage, own.coverage),
      runnerUpCoverage,
      unknownShare: Math.min(whole.unknownShare, own.unknownShare),
      wordLike: whole.wordLike,
      contentWords: whole.contentWords,
      letterTokens: whole.letterTokens,
    };
  }

  /**
   * The model's reading of a text as it stands, with no spelling correction, question parsing or
   * scope decision: for reading what a protocol clause is about (src/answer/topicAffinity.ts).
   */
  readTopics(text: string): IntentResult['ranked'] {
    return this.predict(text).ranked;
  }

  private predict(text: string, role?: Role): Reading {
    const reading = this.classifier.predict(text, roleFeature(role));
    return this.vote ? this.voted(reading, text) : reading;
  }

  /**
   * weight × the question's reading + (1 − weight) × the whole message's, without small talk when
   * `withoutSmallTalk`. Label by label through the readings' probability arrays (the classifier's
   * label order), not a lookup by name for each: the same numbers, the same arithmetic.
   */
  private mixed(asked: readonly number[], all: readonly number[], weight: number, withoutSmallTalk: boolean): Reading {
    const labels = this.classifier.labels;
    const smallTalk = this.smallTalkAt;
    const probabilities: number[] = [];
    let total = 0;
    for (let i = 0; i < labels.length; i++) {
      const p = withoutSmallTalk && smallTalk[i] ? 0 : weight * asked[i] + (1 - weight) * all[i];
      probabilities.push(p);
      total += p;
    }
    total ||= 1;
    for (let i = 0; i < labels.length; i++) probabilities[i] /= total;
    // The five most probable, best first, ties in label order (as a stable sort would leave them).
    return new Ranking(labels, this.classifier.labelIndex, probabilities, withoutSmallTalk ? this.isSmallTalkAt : undefined);
  }

  private smallTalkAtInstance?: boolean[];
  /** Whether the label at each index of the classifier's labels is small talk (SMALL_TALK). */
  private get smallTalkAt(): boolean[] {
    return (this.smallTalkAtInstance ??= this.classifier.labels.map((label) => SMALL_TALK.has(label)));
  }

  /** `smallTalkAt` as the skip test `topLabels` takes: one function for the engine's life. */
  private readonly isSmallTalkAt = (index: number): boolean => this.smallTalkAt[index];
}

/** The code that shapes a model: a change to any of these files invalidates cached models. */
const MODEL_SOURCES = ['classifier', 'features', 'normalize', 'augment', 'wordClasses'];

/**
 * Where the model trained on these examples with this code is cached. The model learns the
 * examples with everyday backstories added (augment.ts, one of MODEL_SOURCES), which are made
 * from exactly the examples and which intents are topics: so those name it, and a start that
 * finds the model does not make the copies only to hash them (speed1).
 */
function modelFile(items: LabelledText[], intents: IntentFile[], cacheDir: string): string {
  const topics = intents.filter((i) => i.kind === 'topic').map((i) => i.id);
  return cacheFile(cacheDir, 'intent-model', digestOf([examplesDigest(items), JSON.stringify(topics), JSON.stringify(TRAINING_OPTIONS), ...MODEL_SOURCES.map(moduleSource)]), 'bin');
}

/** The intents' examples as the classifier learns them: text, intent and the asker's role feature. */
export function labelledExamples(intents: IntentFile[]): LabelledText[] {
  return trainingExamples(intents).map((e) => ({ text: e.text, label: e.intent, role: roleFeature(e.role) }));
}

/** Whether a label is one of these intents' protocol topics (not a convention such as thanks). */
export function topicOf(intents: IntentFile[]): (label: string) => boolean {
  return (label) => intents.some((i) => i.id === label && i.kind === 'topic');
}

/** For `doctor`: the cached model file for these intents, and whether it is there (else the next start trains). */
export function cachedModelStatus(intents: IntentFile[], cacheDir: string): { file: string; current: boolean } {
  const file = modelFile(labelledExamples(intents), intents, cacheDir);
  return { file, current: fs.existsSync(file) };
}

function trainCached(items: LabelledText[], intents: IntentFile[], cacheDir: string): IntentClassifier {
  const file = modelFile(items, intents, cacheDir);
  const cached = readCached(file, (bytes) => IntentClassifier.fromBinary(bytes));
  if (cached) return cached;
  const classifier = IntentClassifier.train(withEverydayBackstory(items, topicOf(intents)), TRAINING_OPTIONS);
  writeCached(file, classifier.toBinary());
  return classifier;
}

/** The examples' vocabulary the scope check and the spelling corrector read. */
interface Vocabulary {
  scope: ScopeModel;
  spelling: SpellingCorrector;
}

function buildVocabulary(items: LabelledText[]): Vocabulary {
  return { scope: new ScopeModel(items), spelling: new SpellingCorrector(items.map((i) => i.text)) };
}

/** The code that shapes the vocabulary: a change to any of these files invalidates the cached one. */
const VOCABULARY_SOURCES = ['scope', 'spelling', 'normalize'];

/**
 * The vocabulary built from exactly these examples with exactly this code, from the compiled
 * cache: stemming every example at each start took most of a second; reading it back, milliseconds.
 */
function vocabularyCached(items: LabelledText[], cacheDir: string): Vocabulary {
  const file = cacheFile(cacheDir, 'vocabulary', digestOf([examplesDigest(items), ...VOCABULARY_SOURCES.map(moduleSource)]), 'json');
  const cached = readCached(file, (bytes) => {
    const data = JSON.parse(bytes.toString('utf8')) as { format: number; scope: ScopeModelData; spelling: [string, number][] };
    if (data.format !== 1) throw new Error('unknown vocabulary format');
    return { scope: ScopeModel.fromData(data.scope), spelling: SpellingCorrector.fromWordCounts(data.spelling) };
  });
  if (cached) return cached;
  const built = buildVocabulary(items);
  writeCached(file, JSON.stringify({ format: 1, scope: built.scope.toData(), spelling: built.spelling.wordCounts() }));
  return built;
}
