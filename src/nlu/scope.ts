import { contentStems, sharedViews, tokenize, type TokenReading } from './normalize';
import { OUT_OF_SCOPE } from './intents';
import { RecentMemo } from './memo';

/**
 * Out-of-scope signals beyond the classifier's top probability. A softmax always picks some
 * intent, and a message about quorum or a lone "banana" can still give one intent most of the
 * probability. So the decision also asks:
 * - how much of the message do the words of the chosen intent's examples explain (`coverage`)?
 * - how many of its words has the model never seen in any example (`unknownShare`)?
 * - does it read as words at all (`wordLike`: known words, or letter sequences as probable as
 *   the examples' own)?
 * The thresholds are chosen by cross-validation over the project's own examples
 * (`protocol-bot eval --cv`), never on an evaluation set.
 */

export interface ScopeSignals {
  /**
   * Share of the message's content words that occur in examples of the predicted intent (1 if it
   * has none), each word weighted by how few intents use it: "council" explains nothing, "zoom" a lot.
   */
  coverage: number;
  /**
   * The same share for the runner-up topic intents, best first (at most two): a messy message the
   * classifier reads a little wrong is still explained by the intent it should have picked.
   */
  runnerUpCoverage?: number[];
  /** Share of the message's content words that occur in no example of any intent. */
  unknownShare: number;
  /** Share of its letter tokens that look like words. */
  wordLike: number;
  /** Number of content words (for "a single unrelated word"). */
  contentWords: number;
  /** Number of tokens with a letter in them. */
  letterTokens: number;
}

export interface ScopeThresholds {
  /** Below this top probability: out of scope. */
  minConfidence: number;
  /** Below this coverage (with confidence under `coverageConfidence`): out of scope. */
  minCoverage: number;
  coverageConfidence: number;
  /** How many of the most probable intents' vocabularies may explain the message (1: the top intent's only). */
  coverageRanks: number;
  /** Above this share of unknown words: out of scope. */
  maxUnknownShare: number;
  /** Below this share of word-like tokens: gibberish. */
  minWordLike: number;
  /**
   * An out-of-scope reading weaker than this yields to the first topic runner-up when that has at
   * least `runnerUpShare` of its probability and its examples' vocabulary explains at least
   * `runnerUpCoverage` of the message, and no less of it than the out-of-scope examples' vocabulary
   * does (0 turns it off).
   */
  weakOutOfScope: number;
  runnerUpShare: number;
  runnerUpCoverage: number;
}

/** Chosen by `protocol-bot eval --cv` (the table it prints); see docs/understanding.md. */
export const SCOPE_THRESHOLDS: ScopeThresholds = {
  minConfidence: 0.1,
  minCoverage: 0.2,
  coverageConfidence: 0.5,
  coverageRanks: 3,
  maxUnknownShare: 0.6,
  minWordLike: 0.5,
  weakOutOfScope: 0.4,
  runnerUpShare: 0.75,
  runnerUpCoverage: 0.2,
};

/** `fault_report`: a complaint about a thing, not a person (see faultReport.ts). `office_fault`: how to put a failed thing right (see officeFault.ts). `outside_body`: who decides another body's own affairs (see outsideDecision.ts). */
export type ScopeReason = 'no_words' | 'gibberish' | 'classified' | 'low_confidence' | 'unexplained' | 'unknown_words' | 'fault_report' | 'office_fault' | 'outside_body';

/** What the classifier said, as far as the scope decision needs it. */
export interface TopReading {
  label: string;
  confidence: number;
}

/** Letters-only log-probability model of character trigrams, for telling words from key-mashing. */
class LetterModel {
  constructor(
    readonly counts = new Map<string, number>(),
    readonly contexts = new Map<string, number>(),
  ) {}

  add(word: string): void {
    const padded = `^${word}$`;
    for (let i = 0; i + 3 <= padded.length; i++) {
      const tri = padded.slice(i, i + 3);
      this.counts.set(tri, (this.counts.get(tri) ?? 0) + 1);
      this.contexts.set(tri.slice(0, 2), (this.contexts.get(tri.slice(0, 2)) ?? 0) + 1);
    }
  }

  /** Mean log-probability per trigram, add-one smoothed over 28 symbols. */
  score(word: string): number {
    const padded = `^${word}$`;
    let total = 0;
    let n = 0;
    for (let i = 0; i + 3 <= padded.length; i++) {
      const tri = padded.slice(i, i + 3);
      total += Math.log(((this.counts.get(tri) ?? 0) + 1) / ((this.contexts.get(tri.slice(0, 2)) ?? 0) + 28));
      n++;
    }
    return n === 0 ? 0 : total / n;
  }
}

/** A word whose letters are less probable than this per trigram reads as key-mashing. */
const WORD_LIKE_SCORE = -3.2;

/** Made once: a regular expression literal in a loop is a new object each time round. */
const HAS_LETTER = /[a-z]/;
/** What `stemKind` and `tokenKind` tell of a stem or a token. */
const NO_LETTER = 0;
const KNOWN = 1;
const UNKNOWN = 2;
const WORD_LIKE = 1;
const NOT_WORD_LIKE = 2;

/**
 * A message needs this many content words before an unknown one is looked up as a typo: a single
 * unrelated word ("__proto__", one edit from "photo") stays unknown, and out of scope.
 */
const MIN_WORDS_FOR_TYPOS = 3;
/** How many distinct words of one text may be looked up as typos of known ones (see `nearKnown`). */
const MAX_NEAR_LOOKUPS = 300;

/** How many texts' words `ScopeModel.words` remembers. */
const RECENT_TEXTS = 16;

interface TextWords {
  /** Distinct content stems with a letter. */
  stems: string[];
  /** The use of each of `stems` the examples use (`known`), in the same order. */
  knownUses: StemUse[];
  /** How many of them no example uses. */
  unknown: number;
  letterTokens: number;
  wordLike: number;
}

/** What the scope check knows of one stem (see `ScopeModel.use`). */
interface StemUse {
  weight: number;
  /** Bit i of word i >>> 5 set when the intent numbered i (see `labelNumbers`) uses it. */
  usedBy: Uint32Array;
}

/**
 * What the scope check keeps on a token's shared reading (TokenReading.checked): the token's kind
 * (`tokenKind`), and for each of its content stems its kind before any typo lookup and its use
 * if the examples use it. Worked out the first time the token is met: reading a text then looks
 * nothing up by string but the typo lookups.
 */
interface TokenFacts {
  kind: number;
  stemKinds: number[];
  stemUses: (StemUse | undefined)[];
}

/** The fewest letters of a token normalize.ts reads as a known word for it to count as a word (see `ScopeModel.factsOf`). */
const MIN_READ_WORD = 4;

/** Whether a token has content stems and the examples use every one (a plain loop: run for every new token). */
function allKnown(stemKinds: number[]): boolean {
  if (stemKinds.length === 0) return false;
  for (let i = 0; i < stemKinds.length; i++) if (stemKinds[i] !== KNOWN) return false;
  return true;
}

/** Whether the intent numbered `n` (-1: none) is among a stem's `usedBy` bits. */
const usesLabel = (usedBy: Uint32Array, n: number): boolean => n >= 0 && (usedBy[n >>> 5] & (1 << (n & 31))) !== 0;

/** A built ScopeModel as plain JSON, for the compiled cache (see engine.ts). */
export interface ScopeModelData {
  byIntent: [string, string[]][];
  known: string[];
  knownWords: string[];
  letterCounts: [string, number][];
  letterContexts: [string, number][];
}

/**
 * The vocabulary of the project's examples, per intent and overall, and a letter model of them:
 * built from the training examples when the classifier is trained (stemming every example takes
 * most of a second), and kept in the compiled cache next to the model (`toData` / `fromData`).
 */
export class ScopeModel {
  private readonly byIntent = new Map<string, Set<string>>();
  private readonly known = new Set<string>();
  private readonly knownWords = new Set<string>();
  private letters = new LetterModel();
  /** Memos of pure functions of the model: see `use`, `words`, `stemKind` and `tokenKind`. */
  private readonly uses = new Map<string, StemUse>();
  private readonly recentWords = new RecentMemo<TextWords>(RECENT_TEXTS);
  private readonly stemKinds = new Map<string, number>();
  private readonly nearKnownStems = new Map<string, boolean>();
  private readonly tokenKinds = new Map<string, number>();

  /** Whether any example uses a content stem. */
  knows(stem: string): boolean {
    return this.known.has(stem);
  }

  constructor(examples: { text: string; label: string }[]) {
    for (const example of examples) {
      let vocabulary = this.byIntent.get(example.label);
      if (!vocabulary) this.byIntent.set(example.label, (vocabulary = new Set()));
      for (const stem of contentStems(example.text)) {
        vocabulary.add(stem);
        this.known.add(stem);
      }
      for (const token of tokenize(example.text)) {
        if (!/^[a-z]+$/.test(token) || this.knownWords.has(token)) continue;
        this.knownWords.add(token);
        this.letters.add(token);
      }
    }
  }

  toData(): ScopeModelData {
    return {
      byIntent: [...this.byIntent].map(([label, vocabulary]) => [label, [...vocabulary]]),
      known: [...this.known],
      knownWords: [...this.knownWords],
      letterCounts: [...this.letters.counts],
      letterContexts: [...this.letters.contexts],
    };
  }

  /** The model `toData` saved, exactly as it was built. */
  static fromData(data: ScopeModelData): ScopeModel {
    const model = new ScopeModel([]);
    for (const [label, vocabulary] of data.byIntent) model.byIntent.set(label, new Set(vocabulary));
    for (const stem of data.known) model.known.add(stem);
    for (const word of data.knownWords) model.knownWords.add(word);
    model.letters = new LetterModel(new Map(data.letterCounts), new Map(data.letterContexts));
    return model;
  }

  /**
   * How telling a word is, log(intents / intents using it) (a word no example uses is most
   * telling), and which intents' examples use it: worked out once per stem.
   */
  private use(stem: string): StemUse {
    let use = this.uses.get(stem);
    if (use === undefined) {
      const usedBy = new Uint32Array((this.byIntent.size + 31) >>> 5);
      let users = 0;
      let n = 0;
      for (const vocabulary of this.byIntent.values()) {
        if (vocabulary.has(stem)) {
          usedBy[n >>> 5] |= 1 << (n & 31);
          users++;
        }
        n++;
      }
      use = { weight: Math.log((this.byIntent.size + 1) / (users + 1)) + 0.1, usedBy };
      if (this.uses.size < 50_000) this.uses.set(stem, use);
    }
    return use;
  }

  /** The signals for the top intent `label`, and the coverage of each of `runnersUp` (topic intents, best first). */
  signals(text: string, label: string, runnersUp: readonly string[] = []): ScopeSignals {
    const { stems, knownUses, unknown, letterTokens, wordLike } = this.words(text);
    // Built for every message (twice with backstory): plain loops and one object literal, no
    // spread or mapped arrays, each sum adding the same weights in the same order.
    const numbers = this.labelNumbers;
    const top = numbers.get(label) ?? -1;
    const others = runnersUp.length;
    let otherNumbers: number[] | undefined;
    let otherCovered: number[] | undefined;
    if (others > 0) {
      otherNumbers = [];
      otherCovered = [];
      for (let i = 0; i < others; i++) {
        otherNumbers.push(numbers.get(runnersUp[i]) ?? -1);
        otherCovered.push(0);
      }
    }
    let total = 0;
    let covered = 0;
    for (let s = 0; s < knownUses.length; s++) {
      // A word no example uses (a name, a place, a rare word, a typo) is explained by no intent,
      // out of scope included: it counts in `unknownShare`, not here, where at the greatest weight it
      // made a story full of names look unexplained ("Cllr Pemberton rang Gillian at the Brackley Road
      // depot"), and rare words too ("members wear several hats"). Leaving out only names kept
      // cross-validated out-of-scope recall (0.858) but not those (docs/messy-round6.md).
      // (`knownUses` holds only the stems the examples use.)
      const { weight, usedBy } = knownUses[s];
      total += weight;
      if (usesLabel(usedBy, top)) covered += weight;
      for (let i = 0; i < others; i++) if (usesLabel(usedBy, otherNumbers![i])) otherCovered![i] += weight;
    }
    if (otherCovered) for (let i = 0; i < others; i++) otherCovered[i] = total === 0 ? 1 : otherCovered[i] / total;
    // runnerUpCoverage stays undefined, not absent, without runners-up: one shape for every message.
    return {
      coverage: total === 0 ? 1 : covered / total,
      runnerUpCoverage: otherCovered,
      unknownShare: stems.length === 0 ? 0 : unknown / stems.length,
      wordLike: letterTokens === 0 ? 0 : wordLike / letterTokens,
      contentWords: stems.length,
      letterTokens,
    };
  }

  private labelNumbersInstance?: Map<string, number>;
  /** Each intent's number, in `byIntent`'s order: the bit that stands for it in a stem's `usedBy`. */
  private get labelNumbers(): Map<string, number> {
    return (this.labelNumbersInstance ??= new Map([...this.byIntent.keys()].map((label, i) => [label, i])));
  }

  /**
   * What the signals read from the text whatever the intent, remembered for the last few texts:
   * one message is judged for its whole text and its question, often more than once.
   */
  private words(text: string): TextWords {
    return this.recentWords.get(text, this.readWordsOf);
  }

  /** `readWords` bound once for the engine's life, not a closure made for every text. */
  private readonly readWordsOf = (text: string): TextWords => this.readWords(text);

  private readWords(text: string): TextWords {
    const { readings, contentStems: all } = sharedViews(text);
    // Distinct, in order of first use; a short message is checked without allocating a Set.
    const seen = all.length > 32 ? new Set<string>() : undefined;
    const mayLookNear = all.length >= MIN_WORDS_FOR_TYPOS;
    const stems: string[] = [];
    const knownUses: StemUse[] = [];
    let unknown = 0;
    let lookups = 0;
    let letterTokens = 0;
    let wordLike = 0;
    for (let r = 0; r < readings.length; r++) {
      const reading = readings[r];
      const facts = reading.checkedBy === this ? (reading.checked as TokenFacts) : this.factsOf(reading);
      const tokenStems = reading.contentStems;
      for (let j = 0; j < tokenStems.length; j++) {
        const stem = tokenStems[j];
        if (seen ? seen.has(stem) : stems.includes(stem)) continue;
        let kind = facts.stemKinds[j];
        // Counted for every stem not seen before, as the typo lookups' limit always was.
        const mayLook = mayLookNear && lookups++ < MAX_NEAR_LOOKUPS;
        if (kind === NO_LETTER) continue;
        if (kind === UNKNOWN && mayLook) kind = this.nearKnownKind(stem);
        seen?.add(stem);
        stems.push(stem);
        if (kind === UNKNOWN) unknown++;
        const use = facts.stemUses[j];
        if (use !== undefined) knownUses.push(use);
      }
      if (facts.kind === NO_LETTER) continue;
      letterTokens++;
      if (facts.kind === WORD_LIKE) wordLike++;
    }
    return { stems, knownUses, unknown, letterTokens, wordLike };
  }

  /** A token's facts (TokenFacts), worked out and kept on its shared reading. */
  private factsOf(reading: TokenReading): TokenFacts {
    const stemKinds: number[] = [];
    const stemUses: (StemUse | undefined)[] = [];
    for (const stem of reading.contentStems) {
      stemKinds.push(this.stemKind(stem));
      stemUses.push(this.known.has(stem) ? this.use(stem) : undefined);
    }
    let kind = this.tokenKind(reading.token);
    // A misspelling normalize.ts reads as a word the examples use ("agnda", "clrk", "cmtee") is that word, not key-mashing,
    // though its letters are improbable: alone, it was gibberish while "agenda" was answered (docs/messy-round26.md). Four
    // letters or more: a short abbreviation alone ("wrt", "hrs") still asks nothing.
    if (kind === NOT_WORD_LIKE && reading.token.length >= MIN_READ_WORD && allKnown(stemKinds)) kind = WORD_LIKE;
    const facts: TokenFacts = { kind, stemKinds, stemUses };
    reading.checkedBy = this;
    reading.checked = facts;
    return facts;
  }

  /** Whether a stem has a letter and whether the examples use it: one lookup once worked out. */
  private stemKind(stem: string): number {
    let kind = this.stemKinds.get(stem);
    if (kind === undefined) {
      kind = !HAS_LETTER.test(stem) ? NO_LETTER : this.known.has(stem) ? KNOWN : UNKNOWN;
      if (this.stemKinds.size < 50_000) this.stemKinds.set(stem, kind);
    }
    return kind;
  }

  /**
   * An unknown stem's kind once looked up as a typo of a known one. In a message of one or two
   * words, or past the first few hundred of a long one (a pasted document, key-mashing), an
   * unknown word is not looked up (see `readWords`).
   */
  private nearKnownKind(stem: string): number {
    let near = this.nearKnownStems.get(stem);
    if (near === undefined) {
      near = this.nearKnown(stem);
      if (this.nearKnownStems.size < 50_000) this.nearKnownStems.set(stem, near);
    }
    return near ? KNOWN : UNKNOWN;
  }

  /**
   * Whether one edit (a letter dropped, added, changed, or two swapped) makes a stem of three
   * letters or more a known one: a typo or text-speak ("rulz", "stuf", "wat"), not an unknown word.
   * Before, "wat r the rulz on confidental stuf" was three words in four unknown, and out of scope.
   */
  private nearKnown(stem: string): boolean {
    if (stem.length < 3 || stem.length > 14 || !/^[a-z]+$/.test(stem)) return false;
    for (let i = 0; i <= stem.length; i++) {
      const head = stem.slice(0, i);
      const tail = stem.slice(i);
      if (tail && tail.length + head.length > 3 && this.known.has(head + tail.slice(1))) return true;
      if (tail.length > 1 && this.known.has(head + tail[1] + tail[0] + tail.slice(2))) return true;
      for (let c = 97; c <= 122; c++) {
        const letter = String.fromCharCode(c);
        if (tail && this.known.has(head + letter + tail.slice(1))) return true;
        if (this.known.has(head + letter + tail)) return true;
      }
    }
    return false;
  }

  /** Whether a token has a letter and whether it looks like a word: one lookup once worked out. */
  private tokenKind(token: string): number {
    let kind = this.tokenKinds.get(token);
    if (kind === undefined) {
      kind = !HAS_LETTER.test(token) ? NO_LETTER : this.knownWords.has(token) || this.looksLikeAWord(token) ? WORD_LIKE : NOT_WORD_LIKE;
      if (this.tokenKinds.size < 50_000) this.tokenKinds.set(token, kind);
    }
    return kind;
  }

  /** For a token no example uses: its letters, by their shape and the letter model. */
  private looksLikeAWord(token: string): boolean {
    const letters = token.replace(/[^a-z]/g, '');
    if (letters.length <= 3) return /[aeiouy]/.test(letters) || /\d/.test(token);
    // A run of one letter ("rrrr") or of consonants only ("qwrtp") is not a word.
    if (/(.)\1\1/.test(letters) || !/[aeiouy]/.test(letters)) return false;
    return this.letters.score(letters) >= WORD_LIKE_SCORE;
  }
}

/**
 * Why a message is out of scope, or undefined when the top reading stands. Conversation intents
 * (greeting, thanks, help…) are not judged by coverage: "hiya 👋" has little vocabulary to cover.
 */
export function outOfScopeReason(top: TopReading, signals: ScopeSignals, isTopic: boolean, thresholds: ScopeThresholds = SCOPE_THRESHOLDS): ScopeReason | undefined {
  if (signals.letterTokens === 0) return 'no_words';
  if (signals.wordLike < thresholds.minWordLike) return 'gibberish';
  if (top.label === OUT_OF_SCOPE) return 'classified';
  if (top.confidence < thresholds.minConfidence) return 'low_confidence';
  if (signals.unknownShare > thresholds.maxUnknownShare) return 'unknown_words';
  if (!isTopic) return undefined;
  let coverage = signals.coverage;
  const others = signals.runnerUpCoverage ?? [];
  for (let i = 0; i < Math.min(others.length, thresholds.coverageRanks - 1); i++) coverage = Math.max(coverage, others[i]);
  if (coverage < thresholds.minCoverage && top.confidence < thresholds.coverageConfidence) return 'unexplained';
  return undefined;
}

/** How many runner-up intents the scope check may ask to explain a message (see `ScopeThresholds.coverageRanks`). */
export const MAX_RUNNERS_UP = 2;

/** The topic intents after the top one among the most probable, best first, for `ScopeModel.signals`. */
export function runnersUp(ranked: readonly { label: string }[], isTopic: (label: string) => boolean): string[] {
  // A loop into an array literal (not slice/map/filter): its allocation site learns the elements
  // kind, so every array `signals` reads has one map, empty or not.
  const others: string[] = [];
  const end = Math.min(ranked.length, 1 + MAX_RUNNERS_UP);
  for (let i = 1; i < end; i++) if (isTopic(ranked[i].label)) others.push(ranked[i].label);
  return others;
}

/** The scope decision: the intent that stands (with its probability), or out of scope and why. */
export interface ScopeJudgement {
  label: string;
  confidence: number;
  reason?: ScopeReason;
}

/**
 * Whether a message was judged out of scope for want of evidence rather than for what it says: the classifier
 * read it out of scope, or its topic reading was too weak or explained too little of it. A story the classifier
 * cannot read ("I went to the depot and got two of the lads to come down") lands on any of the three by a hair,
 * so a reading rule that reads a topic into such a message asks this, not for one reason alone. (Not gibberish,
 * no words, unknown words, nor a rule's own reason.)
 */
export function judgedOutOfScopeForWantOfEvidence(judged: ScopeJudgement): boolean {
  return judged.reason === 'classified' || judged.reason === 'low_confidence' || judged.reason === 'unexplained';
}

/**
 * Whether a reading rule that reads a topic into a message may overrule how it was judged: out of scope for want of
 * evidence (above), or read as another topic under `below` that is not one the rule leaves standing (`keeps`).
 */
export function weakOrUnevidencedReading(judged: ScopeJudgement, keeps: (label: string) => boolean, below: number): boolean {
  return judgedOutOfScopeForWantOfEvidence(judged) || (!judged.reason && !keeps(judged.label) && judged.confidence < below);
}

/**
 * The top reading, judged by `outOfScopeReason`; but a weak out-of-scope reading with a topic
 * close behind it that explains the message is judged as that topic. A long messy in-scope
 * message (a story, typos, slang) spreads its probability thin, and the out-of-scope class, trained
 * on everyday words, can come first by a hair.
 */
export function judgeScope(
  top: TopReading,
  runnerUp: TopReading | undefined,
  signals: ScopeSignals,
  isTopic: (label: string) => boolean,
  thresholds: ScopeThresholds = SCOPE_THRESHOLDS,
): ScopeJudgement {
  if (top.label === OUT_OF_SCOPE && runnerUp !== undefined && yieldsTo(top, runnerUp, signals, isTopic, thresholds)) {
    return decided(top, runnerUp, yieldedSignals(signals), isTopic, thresholds);
  }
  return decided(top, top, signals, isTopic, thresholds);
}

/** Whether a weak out-of-scope reading gives way to the topic close behind it (see `judgeScope`). */
function yieldsTo(top: TopReading, runnerUp: TopReading, signals: ScopeSignals, isTopic: (label: string) => boolean, thresholds: ScopeThresholds): boolean {
  return (
    isTopic(runnerUp.label) &&
    top.confidence < thresholds.weakOutOfScope &&
    runnerUp.confidence >= thresholds.runnerUpShare * top.confidence &&
    // The topic's examples must explain the message at least as well as the out-of-scope ones do.
    (signals.runnerUpCoverage?.[0] ?? 0) >= Math.max(thresholds.runnerUpCoverage, signals.coverage)
  );
}

/** The signals as the runner-up that took over sees them: spelt out in ScopeSignals' order rather than spread (one shape for every signals object). */
function yieldedSignals(signals: ScopeSignals): ScopeSignals {
  return {
    coverage: signals.runnerUpCoverage?.[0] ?? 0,
    runnerUpCoverage: signals.runnerUpCoverage?.slice(1),
    unknownShare: signals.unknownShare,
    wordLike: signals.wordLike,
    contentWords: signals.contentWords,
    letterTokens: signals.letterTokens,
  };
}

/** The judgement on the reading that stands; every judgement has one shape (`reason` undefined when in scope). */
function decided(top: TopReading, judged: TopReading, signals: ScopeSignals, isTopic: (label: string) => boolean, thresholds: ScopeThresholds): ScopeJudgement {
  const reason = outOfScopeReason(judged, signals, isTopic(judged.label), thresholds);
  return reason ? { label: OUT_OF_SCOPE, confidence: top.confidence, reason } : { label: judged.label, confidence: judged.confidence, reason: undefined };
}
