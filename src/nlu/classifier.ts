import { charNgramKeys, countFeatures, DEFAULT_FEATURE_OPTIONS, FeatureCounts, FeatureOptions, featureParts, FeatureParts, wordKeys } from './features';
import { SimdScorer, simdScorer } from './wasmScores';
import type { TokenReading } from './normalize';

/**
 * Intent classifier: TF-IDF of word n-grams and character n-grams, fed to a multinomial
 * logistic regression (softmax) trained by SGD with L2 regularisation and class balancing.
 *
 * Chosen by measurement (see README, "Benchmarks"): on small, many-class intent corpora a
 * linear model over these features beats natural's Bayes and logistic classifiers and NLP.js,
 * while training in well under a second on the council intents and answering in microseconds.
 */

export interface LabelledText {
  text: string;
  label: string;
  role?: string;
}

export interface Prediction {
  label: string;
  /** Softmax probability of `label`. */
  confidence: number;
  /** The most probable labels, best first (at most `RANKED_LABELS`). */
  ranked: { label: string; probability: number }[];
  /** Every label's probability, in `labels`' order (for mixing two readings label by label without a lookup). */
  readonly probabilities: readonly number[];
  /** Probability of any label, ranked or not (0 for a label the model does not know). */
  probabilityOf(label: string): number;
}

/** How many labels a prediction ranks: enough for a runner-up, without sorting 150 classes. */
const RANKED_LABELS = 5;

/**
 * A prediction as the classifier (and the engine, mixing two) returns it: every label's
 * probability and the best few ranked, in plain fields, with `probabilityOf` a method rather than
 * a closure made for every prediction.
 */
export class Ranking implements Prediction {
  readonly label: string;
  readonly confidence: number;
  readonly ranked: { label: string; probability: number }[];

  constructor(
    labels: readonly string[],
    private readonly labelIndex: ReadonlyMap<string, number>,
    readonly probabilities: readonly number[],
    /** Labels (by index) left out of the ranking. */
    skip: ((index: number) => boolean) | undefined,
  ) {
    const top = topLabels(probabilities, RANKED_LABELS, skip);
    // A loop into an array literal rather than `map`: one elements kind for every reading's `ranked`.
    const ranked: { label: string; probability: number }[] = [];
    for (let i = 0; i < top.length; i++) ranked.push({ label: labels[top[i]], probability: probabilities[top[i]] });
    this.ranked = ranked;
    this.label = ranked[0].label;
    this.confidence = ranked[0].probability;
  }

  probabilityOf(label: string): number {
    const index = this.labelIndex.get(label);
    return index === undefined ? 0 : this.probabilities[index];
  }
}

/** Doubles enough for any model's labels, copied from to make a prediction's array in one allocation. */
const DOUBLES = new Array<number>(256).fill(0.5);
/** A plain array of `k` numbers, of doubles from the start (no change of its elements' kind when filled). */
const doubles = (k: number): number[] => (k <= DOUBLES.length ? DOUBLES.slice(0, k) : new Array<number>(k).fill(0.5));
/** Gradients smaller than this change nothing worth the time; skipping them makes many-class training fast. */
const NEGLIGIBLE_GRADIENT = 1e-4;

export interface ClassifierOptions extends FeatureOptions {
  epochs: number;
  learningRate: number;
  /** L2 regularisation strength per example. */
  l2: number;
  /** Drop character n-grams seen in fewer training texts than this (keeps the model small). */
  minCharDf: number;
  /** Weight each class by 1/frequency, so a large out-of-scope class does not swamp the rest. */
  balanceClasses: boolean;
  seed: number;
}

export const DEFAULT_CLASSIFIER_OPTIONS: ClassifierOptions = {
  ...DEFAULT_FEATURE_OPTIONS,
  epochs: 50,
  learningRate: 0.5,
  l2: 1e-5,
  minCharDf: 2,
  balanceClasses: true,
  seed: 7,
};

const SAVED_FORMAT = 1;
export interface SavedClassifier {
  format: number;
  labels: string[];
  features: string[];
  idf: string;
  weights: string;
  bias: string;
  options: ClassifierOptions;
}

const toBase64 = (array: Float32Array): string => Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64');
const fromBase64 = (text: string): Float32Array => {
  const bytes = Buffer.from(text, 'base64');
  // Copy into a fresh, aligned buffer: Buffer's pool offsets need not be multiples of 4.
  const out = new Float32Array(bytes.byteLength / 4);
  new Uint8Array(out.buffer).set(bytes);
  return out;
};

const BINARY_MAGIC = 'PBIC';
const align4 = (n: number): number => (n + 3) & ~3;
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** `count` little-endian float32s from `bytes` at `offset`: a view where possible, else a copy. */
function float32s(bytes: Buffer, offset: number, count: number): Float32Array {
  if (LITTLE_ENDIAN && (bytes.byteOffset + offset) % 4 === 0) return new Float32Array(bytes.buffer, bytes.byteOffset + offset, count);
  const out = new Float32Array(count);
  for (let i = 0; i < count; i++) out[i] = bytes.readFloatLE(offset + 4 * i);
  return out;
}

/** The first `length` entries of `indices` and `values` are the vector's non-zero features. */
interface SparseVector {
  indices: Int32Array;
  values: Float32Array;
  length: number;
}

/** Deterministic PRNG (mulberry32) so that training is reproducible. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Vocabulary {
  readonly index = new Map<string, number>();
  idf: Float32Array = new Float32Array(0);

  static build(documents: { words: FeatureCounts; chars: FeatureCounts; classes: FeatureCounts; role?: string }[], minCharDf: number): Vocabulary {
    const df = new Map<string, number>();
    for (const doc of documents) {
      for (const key of doc.words.keys()) df.set(key, (df.get(key) ?? 0) + 1);
      for (const key of doc.chars.keys()) df.set(key, (df.get(key) ?? 0) + 1);
      for (const key of doc.classes.keys()) df.set(key, (df.get(key) ?? 0) + 1);
      if (doc.role) df.set(doc.role, (df.get(doc.role) ?? 0) + 1);
    }
    const vocabulary = new Vocabulary();
    const idf: number[] = [];
    const n = documents.length;
    for (const [key, count] of df) {
      if (key.startsWith('c:') && count < minCharDf) continue;
      vocabulary.index.set(key, idf.length);
      idf.push(Math.log((1 + n) / (1 + count)) + 1);
    }
    vocabulary.idf = Float32Array.from(idf);
    return vocabulary;
  }

  get size(): number {
    return this.idf.length;
  }
}

export class IntentClassifier {
  private constructor(
    readonly labels: string[],
    private readonly vocabulary: Vocabulary,
    /** Feature-major weights: weights[feature * labels.length + label]. */
    private readonly weights: Float32Array,
    private readonly bias: Float32Array,
    private readonly options: ClassifierOptions,
  ) {}

  static train(items: LabelledText[], overrides: Partial<ClassifierOptions> = {}): IntentClassifier {
    if (items.length === 0) throw new Error('cannot train an intent classifier on no examples');
    const options = { ...DEFAULT_CLASSIFIER_OPTIONS, ...overrides };
    const labels = [...new Set(items.map((i) => i.label))].sort();
    const labelIndex = new Map(labels.map((l, i) => [l, i]));
    const parts = items.map((i) => featureParts(i.text, i.role, options));
    const vocabulary = Vocabulary.build(parts.map((p) => countFeatures(p, options)), options.minCharDf);
    const vectorizer = new Vectorizer(vocabulary, options);
    const vectors = parts.map((p) => vectorizer.vectorize(p, true));
    const targets = Int32Array.from(items.map((i) => labelIndex.get(i.label)!));

    const k = labels.length;
    const weights = new Float32Array(vocabulary.size * k);
    const bias = new Float32Array(k);
    const counts = new Float64Array(k);
    for (const t of targets) counts[t]++;
    const classWeight = Float64Array.from(counts, (c) => (options.balanceClasses ? items.length / (k * c) : 1));

    // SGD with the weights kept as scale * weights, so the L2 shrink is O(1) per step.
    let scale = 1;
    const next = random(options.seed);
    const order = Int32Array.from(items.keys());
    const logits = new Float64Array(k);
    let step = 0;
    const totalSteps = options.epochs * items.length;
    for (let epoch = 0; epoch < options.epochs; epoch++) {
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [order[i], order[j]] = [order[j], order[i]];
      }
      for (const n of order) {
        const x = vectors[n];
        const rate = options.learningRate * (1 - step / totalSteps) + 1e-3;
        step++;
        scoreInto(logits, x, weights, bias, k, scale);
        softmaxInPlace(logits);
        scale *= 1 - rate * options.l2;
        if (scale < 1e-6) {
          for (let w = 0; w < weights.length; w++) weights[w] *= scale;
          scale = 1;
        }
        const cw = classWeight[targets[n]];
        for (let c = 0; c < k; c++) {
          const gradient = (logits[c] - (c === targets[n] ? 1 : 0)) * cw;
          if (Math.abs(gradient) < NEGLIGIBLE_GRADIENT) continue;
          bias[c] -= rate * gradient;
          const g = (rate * gradient) / scale;
          for (let f = 0; f < x.length; f++) weights[x.indices[f] * k + c] -= g * x.values[f];
        }
      }
    }
    if (scale !== 1) for (let w = 0; w < weights.length; w++) weights[w] *= scale;
    return new IntentClassifier(labels, vocabulary, weights, bias, options);
  }

  private vectorizerInstance?: Vectorizer;
  private scoringWeightsInstance?: Float32Array;
  /**
   * The weights laid out once for prediction: each feature's row padded to whole blocks of
   * LANES labels, summed a block at a time in local variables (see `laneMajor`, `predictionScores`).
   * Used only where WebAssembly SIMD is missing.
   */
  private get scoringWeights(): Float32Array {
    return (this.scoringWeightsInstance ??= laneMajor(this.weights, this.labels.length));
  }
  private scorerInstance?: SimdScorer | null;
  /**
   * The dot product in WebAssembly SIMD (wasmScores.ts), the same sums to the last bit: the
   * weights laid out once in its memory, and the vectoriser writing each message's features
   * there from then on. Null where the runtime has no WebAssembly SIMD.
   */
  private get scorer(): SimdScorer | null {
    if (this.scorerInstance !== undefined) return this.scorerInstance;
    const k = this.labels.length;
    const features = this.vocabulary.size;
    const scorer = simdScorer(features, k, features + 1) ?? null;
    if (scorer) {
      for (let f = 0; f < features; f++) scorer.weights.set(this.weights.subarray(f * k, f * k + k), f * scorer.stride);
      this.vectorizer.writeInto(scorer.indices, scorer.values);
    }
    return (this.scorerInstance = scorer);
  }
  private get vectorizer(): Vectorizer {
    return (this.vectorizerInstance ??= new Vectorizer(this.vocabulary, this.options));
  }

  /** Reused by every prediction for its scores before they are copied out. */
  private logitsBuffer?: Float64Array;
  private predictions = 0;
  private labelIndexInstance?: Map<string, number>;
  /** Each label's position, for `probabilityOf` (called for every label when readings are mixed). */
  get labelIndex(): ReadonlyMap<string, number> {
    return (this.labelIndexInstance ??= new Map(this.labels.map((label, i) => [label, i])));
  }

  predict(text: string, role?: string): Prediction {
    return this.read(text, role, true) as Prediction;
  }

  /**
   * Every label's probability, in `labels`' order, unranked: for a reading that is only mixed with
   * another (src/nlu/engine.ts, a message's question and its whole text), never ranked itself.
   */
  probabilities(text: string, role?: string): readonly number[] {
    return this.read(text, role, false) as readonly number[];
  }

  /**
   * `predict` and `probabilities` in one function on purpose: larger than V8's optimising compiler
   * inlines (460 bytes of bytecode), so that it is compiled once, early (it runs for every
   * prediction), and not again into each per-message function that asks for a prediction, which
   * V8 compiles only after a few hundred messages.
   */
  private read(text: string, role: string | undefined, rank: boolean): Prediction | readonly number[] {
    const k = this.labels.length;
    const logits = (this.logitsBuffer ??= new Float64Array(k));
    // Laying the weights out costs more than a one-question `ask` saves: done once the model
    // has answered a few dozen messages, as a chat bot's does at once. All three sums are the same.
    // (The scorer is made before vectorising: from then on the vectoriser writes into its memory.)
    const scorer = this.predictions++ < LANE_MAJOR_AFTER ? undefined : this.scorer;
    const x = this.vectorizer.vectorize(featureParts(text, role, this.options), false);
    if (scorer === undefined) scoreInto(logits, x, this.weights, this.bias, k, 1);
    else if (scorer === null) predictionScores(logits, x, this.scoringWeights, this.bias, k);
    else {
      scorer.score(x.length);
      const { sums } = scorer;
      const bias = this.bias;
      for (let c = 0; c < k; c++) logits[c] = sums[c] + bias[c];
    }
    softmaxInPlace(logits);
    const scores = doubles(k);
    for (let c = 0; c < k; c++) scores[c] = logits[c];
    return rank ? new Ranking(this.labels, this.labelIndex, scores, undefined) : scores;
  }

  /** A plain-JSON snapshot, so a trained model can be cached and loaded in milliseconds. */
  toJSON(): SavedClassifier {
    return {
      format: SAVED_FORMAT,
      labels: this.labels,
      features: [...this.vocabulary.index.keys()],
      idf: toBase64(this.vocabulary.idf),
      weights: toBase64(this.weights),
      bias: toBase64(this.bias),
      options: this.options,
    };
  }

  static fromJSON(saved: SavedClassifier): IntentClassifier {
    if (saved.format !== SAVED_FORMAT) throw new Error(`unsupported saved classifier format ${String(saved.format)}`);
    const vocabulary = new Vocabulary();
    saved.features.forEach((key, i) => vocabulary.index.set(key, i));
    vocabulary.idf = fromBase64(saved.idf);
    const weights = fromBase64(saved.weights);
    if (weights.length !== saved.features.length * saved.labels.length) throw new Error('saved classifier is inconsistent');
    return new IntentClassifier(saved.labels, vocabulary, weights, fromBase64(saved.bias), saved.options);
  }

  /**
   * The compact form the model cache keeps: a JSON header (labels, feature names, options) and
   * the numbers as raw little-endian float32, so a start reads the weights without parsing them.
   */
  toBinary(): Buffer {
    const header = Buffer.from(
      JSON.stringify({ format: SAVED_FORMAT, labels: this.labels, features: [...this.vocabulary.index.keys()], options: this.options, sizes: [this.vocabulary.idf.length, this.weights.length, this.bias.length] }),
    );
    const start = align4(BINARY_MAGIC.length + 4 + header.length);
    const out = Buffer.alloc(start + 4 * (this.vocabulary.idf.length + this.weights.length + this.bias.length));
    out.write(BINARY_MAGIC, 0, 'latin1');
    out.writeUInt32LE(header.length, BINARY_MAGIC.length);
    header.copy(out, BINARY_MAGIC.length + 4);
    let at = start;
    for (const array of [this.vocabulary.idf, this.weights, this.bias]) {
      for (let i = 0; i < array.length; i++, at += 4) out.writeFloatLE(array[i], at);
    }
    return out;
  }

  /** Reads `toBinary()`'s output; throws on anything damaged or of another format. */
  static fromBinary(bytes: Buffer): IntentClassifier {
    if (bytes.length < BINARY_MAGIC.length + 4 || bytes.toString('latin1', 0, BINARY_MAGIC.length) !== BINARY_MAGIC) throw new Error('not a saved classifier');
    const headerLength = bytes.readUInt32LE(BINARY_MAGIC.length);
    const header = JSON.parse(bytes.toString('utf8', BINARY_MAGIC.length + 4, BINARY_MAGIC.length + 4 + headerLength)) as {
      format: number; labels: string[]; features: string[]; options: ClassifierOptions; sizes: [number, number, number];
    };
    if (header.format !== SAVED_FORMAT) throw new Error(`unsupported saved classifier format ${String(header.format)}`);
    const [idfSize, weightsSize, biasSize] = header.sizes;
    const start = align4(BINARY_MAGIC.length + 4 + headerLength);
    if (idfSize !== header.features.length || weightsSize !== idfSize * header.labels.length || biasSize !== header.labels.length || bytes.length !== start + 4 * (idfSize + weightsSize + biasSize)) {
      throw new Error('saved classifier is inconsistent');
    }
    const numbers = float32s(bytes, start, idfSize + weightsSize + biasSize);
    const vocabulary = new Vocabulary();
    header.features.forEach((key, i) => vocabulary.index.set(key, i));
    vocabulary.idf = numbers.subarray(0, idfSize);
    return new IntentClassifier(header.labels, vocabulary, numbers.subarray(idfSize, idfSize + weightsSize), numbers.subarray(idfSize + weightsSize), header.options);
  }

  /** Number of features kept, for reporting model size. */
  get featureCount(): number {
    return this.vocabulary.size;
  }
}

/**
 * The word block's vocabulary by stem: `w1:a`, `w2:a b` and `p:a>b` without building the
 * strings. Stems are numbered, so a bigram or pointing pair is one lookup of a small integer.
 */
interface WordIndex {
  /** Every stem the word block's features are made of, numbered from 0. */
  stemIds: Map<string, number>;
  /** The unigram feature of each numbered stem, or -1. */
  unigrams: Int32Array;
  /**
   * Bigram features by first stem: those of stem s are at bigramStart[s] up to bigramStart[s + 1],
   * their second stems in bigramSecond (ascending), their features in bigramFeature. A binary
   * search of a few entries, not a hash of the pair.
   */
  bigramStart: Int32Array;
  bigramSecond: Int32Array;
  bigramFeature: Int32Array;
  /** Pointing features (a few per message), keyed by `first × stems + second` (stem numbers). */
  pointing: Map<number, number>;
}

/** The bigram feature of stems `first` then `second` (numbers in the word index), or -1. */
function bigramFeature(words: WordIndex, first: number, second: number): number {
  const { bigramSecond } = words;
  let low = words.bigramStart[first];
  let high = words.bigramStart[first + 1];
  while (low < high) {
    const middle = (low + high) >>> 1;
    const found = bigramSecond[middle];
    if (found < second) low = middle + 1;
    else if (found > second) high = middle;
    else return words.bigramFeature[middle];
  }
  return -1;
}

/**
 * What the vectoriser keeps on a token's shared reading (TokenReading.owned), in one Int32Array so
 * that a token's numbers are one read from memory: `[n, the word index's number of each of its n
 * word stems (-1 for none), each stem's unigram feature (-1 for none), the feature numbers of its
 * canonical words' character n-grams, in order]`. Vectorising a message then looks nothing up by
 * string.
 */
type TokenIds = Int32Array;

/** Messages vectorised by string keys before the by-stem word index is built. */
const WORD_INDEX_AFTER = 32;

/** Words whose character n-grams the vectorizer remembers: enough for any council's vocabulary. */
const CACHED_WORDS = 50_000;

/**
 * Sublinear TF × IDF per block, blocks weighted, then L2-normalised as a whole.
 *
 * The hot path of `predict`: instead of maps of feature strings, each word's character n-grams
 * are looked up once and remembered as vocabulary indices, counts go into a reusable typed
 * array, and the vector is written into reusable buffers. Features keep their first-occurrence
 * order (words, then characters, then word classes, then role), so every sum runs in the same order as a plain
 * map-based version would and the probabilities are identical to the last bit.
 */
class Vectorizer {
  private readonly charIndices = new Map<string, Int32Array>();
  private readonly counts: Int32Array;
  private readonly order: Int32Array;
  private readonly raw: Float64Array;
  private scratch: SparseVector;

  constructor(
    private readonly vocabulary: Vocabulary,
    private readonly options: FeatureOptions,
  ) {
    const size = vocabulary.size;
    this.counts = new Int32Array(size);
    // A message has at most one entry per vocabulary feature.
    this.order = new Int32Array(size + 1);
    this.raw = new Float64Array(size + 1);
    this.scratch = { indices: new Int32Array(size + 1), values: new Float32Array(size + 1), length: 0 };
  }

  /** From now on, write the shared vector into these (as long as the vocabulary, plus one). */
  writeInto(indices: Int32Array, values: Float32Array): void {
    this.scratch = { indices, values, length: 0 };
  }

  /** `owned`: a fresh vector (kept by training); otherwise the shared buffers, valid until the next call. */
  vectorize(parts: FeatureParts, owned: boolean): SparseVector {
    const { counts, order, raw } = this;
    const index = this.vocabulary.index;
    let length = 0;
    // The by-stem index costs more to build than a one-question `ask` saves: built once the
    // model has vectorised a few dozen messages, as a chat bot's or training's does at once.
    const words = this.vectorized++ >= WORD_INDEX_AFTER ? this.wordIndex() : null;
    const { tokens } = parts;
    if (words) {
      // The same keys in the same order as wordKeys(), found by stem number without building them.
      // The unigrams are counted as the stems' numbers are gathered, token by token: the same order.
      const unigrams = this.options.wordNgrams >= 1;
      if (this.stemIdBuffer.length < parts.stems.length) this.stemIdBuffer = new Int32Array(parts.stems.length * 2);
      const ids = this.stemIdBuffer;
      const tokenIds = this.tokenIdsBuffer;
      let stems = 0;
      for (let t = 0; t < tokens.length; t++) {
        const packed = this.tokenIds(tokens[t], words);
        tokenIds[t] = packed;
        const n = packed[0];
        for (let k = 1; k <= n; k++) {
          ids[stems++] = packed[k];
          const i = packed[k + n];
          if (unigrams && i >= 0 && counts[i]++ === 0) order[length++] = i;
        }
      }
      const stemCount = words.unigrams.length;
      if (this.options.wordNgrams === 2) {
        for (let s = 0; s + 1 < stems; s++) {
          if (ids[s] < 0 || ids[s + 1] < 0) continue;
          const i = bigramFeature(words, ids[s], ids[s + 1]);
          if (i >= 0 && counts[i]++ === 0) order[length++] = i;
        }
      }
      const { pointingAt } = parts;
      for (let p = 0; p + 1 < pointingAt.length; p += 2) {
        const from = ids[pointingAt[p]];
        const to = ids[pointingAt[p + 1]];
        if (from < 0 || to < 0) continue;
        const i = words.pointing.get(from * stemCount + to);
        if (i !== undefined && counts[i]++ === 0) order[length++] = i;
      }
    } else {
      for (const key of wordKeys(parts, this.options)) {
        const i = index.get(key);
        if (i !== undefined && counts[i]++ === 0) order[length++] = i;
      }
    }
    const wordsEnd = length;
    if (words) {
      // Each token's words' n-grams, in order: the same features in the same order as word by word.
      const tokenIds = this.tokenIdsBuffer;
      for (let t = 0; t < tokens.length; t++) {
        const packed = tokenIds[t];
        for (let n = 1 + 2 * packed[0]; n < packed.length; n++) {
          const i = packed[n];
          if (counts[i]++ === 0) order[length++] = i;
        }
      }
    } else {
      for (const token of tokens) for (const word of token.words) {
        const indices = this.charIndicesOf(word);
        for (let n = 0; n < indices.length; n++) {
          const i = indices[n];
          if (counts[i]++ === 0) order[length++] = i;
        }
      }
    }
    const charsEnd = length;
    // The word classes the message names (none unless the options weigh them): a few per message at most.
    const { classes } = parts;
    for (let c = 0; c < classes.length; c++) {
      const i = this.smallIndexOf(classes[c]);
      if (i !== undefined && counts[i]++ === 0) order[length++] = i;
    }
    const classesEnd = length;
    const roleIndex = parts.role === undefined ? undefined : this.smallIndexOf(parts.role);
    // The role block is its own block: the same index can stand in it after the others.
    const roleAt = roleIndex === undefined ? -1 : length++;

    const idf = this.vocabulary.idf;
    // The word block (weight 1, and 1 × tf is tf exactly), the character block, the word classes, then the role:
    // the same values added to the norm in the same order as one loop over the vector.
    let norm = this.weighBlock(0, wordsEnd, 1, 0);
    norm = this.weighBlock(wordsEnd, charsEnd, this.options.charWeight, norm);
    norm = this.weighBlock(charsEnd, classesEnd, this.options.wordClassWeight ?? 0, norm);
    if (roleAt >= 0) {
      const value = (this.options.roleWeight ?? 1) * idf[roleIndex!];
      order[roleAt] = roleIndex!;
      raw[roleAt] = value;
      norm += value * value;
    }
    norm = Math.sqrt(norm) || 1;

    const out = owned ? { indices: new Int32Array(length), values: new Float32Array(length), length } : this.scratch;
    out.length = length;
    const { indices, values } = out;
    for (let f = 0; f < length; f++) {
      indices[f] = order[f];
      values[f] = raw[f] / norm;
    }
    return out;
  }

  /**
   * Weighs the features `order[from..to)` (one block of the vector) as weight × sublinear tf × idf into `raw`, clearing
   * each count once read (a feature stands once in a block), and returns `norm` plus their squares, added in order.
   */
  private weighBlock(from: number, to: number, weight: number, norm: number): number {
    const { counts, order, raw } = this;
    const idf = this.vocabulary.idf;
    for (let f = from; f < to; f++) {
      const i = order[f];
      const value = weight * sublinearTf(counts[i]) * idf[i];
      counts[i] = 0;
      raw[f] = value;
      norm += value * value;
    }
    return norm;
  }

  private wordIndexInstance?: WordIndex | null;
  private vectorized = 0;

  private readonly smallIndices = new Map<string, number | undefined>();
  /** A role's or a word class's feature index, from a small map rather than the whole vocabulary's. */
  private smallIndexOf(key: string): number | undefined {
    if (this.smallIndices.has(key)) return this.smallIndices.get(key);
    const i = this.vocabulary.index.get(key);
    if (this.smallIndices.size < 64) this.smallIndices.set(key, i);
    return i;
  }

  /** Reused for each message's stem numbers. */
  private stemIdBuffer = new Int32Array(64);

  /** Each token's ids for the message being vectorised (filled as its stems are numbered), reused. */
  private readonly tokenIdsBuffer: TokenIds[] = [];

  /** The token's feature numbers (see TokenIds), worked out once and kept on its shared reading. */
  private tokenIds(token: TokenReading, words: WordIndex): TokenIds {
    if (token.ownedBy === this) return token.owned as TokenIds;
    const n = token.wordStems.length;
    const chars = token.words.map((word) => this.charIndicesOf(word));
    const packed = new Int32Array(1 + 2 * n + chars.reduce((total, indices) => total + indices.length, 0));
    packed[0] = n;
    for (let k = 0; k < n; k++) {
      const id = words.stemIds.get(token.wordStems[k]) ?? -1;
      packed[1 + k] = id;
      packed[1 + n + k] = id < 0 ? -1 : words.unigrams[id];
    }
    let at = 1 + 2 * n;
    for (const indices of chars) {
      packed.set(indices, at);
      at += indices.length;
    }
    token.ownedBy = this;
    token.owned = packed;
    return packed;
  }

  /** The word block's vocabulary by stem (for 1–2-gram models; null for others, which use keys). */
  private wordIndex(): WordIndex | null {
    if (this.wordIndexInstance !== undefined) return this.wordIndexInstance;
    if (this.options.wordNgrams > 2) return (this.wordIndexInstance = null);
    const stemIds = new Map<string, number>();
    const idOf = (stem: string) => {
      let id = stemIds.get(stem);
      if (id === undefined) stemIds.set(stem, (id = stemIds.size));
      return id;
    };
    const unigrams: [number, number][] = [];
    const pairs: { map: 'bigrams' | 'pointing'; from: number; to: number; i: number }[] = [];
    for (const [key, i] of this.vocabulary.index) {
      if (key.startsWith('w1:')) unigrams.push([idOf(key.slice(3)), i]);
      else if (key.startsWith('w2:')) {
        const space = key.indexOf(' ', 3);
        pairs.push({ map: 'bigrams', from: idOf(key.slice(3, space)), to: idOf(key.slice(space + 1)), i });
      } else if (key.startsWith('p:')) {
        const arrow = key.indexOf('>', 2);
        pairs.push({ map: 'pointing', from: idOf(key.slice(2, arrow)), to: idOf(key.slice(arrow + 1)), i });
      }
    }
    const bigrams = pairs.filter((pair) => pair.map === 'bigrams').sort((a, b) => a.from - b.from || a.to - b.to);
    const bigramStart = new Int32Array(stemIds.size + 1);
    for (const pair of bigrams) bigramStart[pair.from + 1]++;
    for (let s = 0; s < stemIds.size; s++) bigramStart[s + 1] += bigramStart[s];
    const index: WordIndex = {
      stemIds,
      unigrams: new Int32Array(stemIds.size).fill(-1),
      bigramStart,
      bigramSecond: Int32Array.from(bigrams, (pair) => pair.to),
      bigramFeature: Int32Array.from(bigrams, (pair) => pair.i),
      pointing: new Map(),
    };
    for (const [id, i] of unigrams) index.unigrams[id] = i;
    for (const pair of pairs) if (pair.map === 'pointing') index.pointing.set(pair.from * stemIds.size + pair.to, pair.i);
    return (this.wordIndexInstance = index);
  }

  private charIndicesOf(word: string): Int32Array {
    let indices = this.charIndices.get(word);
    if (indices === undefined) {
      const found: number[] = [];
      for (const key of charNgramKeys(word, this.options)) {
        const i = this.vocabulary.index.get(key);
        if (i !== undefined) found.push(i);
      }
      indices = Int32Array.from(found);
      if (this.charIndices.size < CACHED_WORDS) this.charIndices.set(word, indices);
    }
    return indices;
  }
}

/**
 * The indices of the `n` highest scores, highest first; equal scores keep their order (as a
 * stable sort would), so the ranking is the one a sort of every label gives.
 */
export function topLabels(scores: ArrayLike<number>, n: number, skip?: (index: number) => boolean): number[] {
  const top: number[] = [];
  for (let c = 0; c < scores.length; c++) {
    if (skip?.(c)) continue;
    const score = scores[c];
    if (top.length === n && score <= scores[top[n - 1]]) continue;
    // Shift the lower ones down one place and put this one in.
    let at = top.length < n ? top.length : n - 1;
    if (top.length < n) top.push(c);
    while (at > 0 && scores[top[at - 1]] < score) {
      top[at] = top[at - 1];
      at--;
    }
    top[at] = c;
  }
  return top;
}

/** 1 + ln(count), looked up for the counts a message has (the same values Math.log gives). */
const SUBLINEAR_TF = Float64Array.from({ length: 256 }, (_, count) => 1 + Math.log(count));
const sublinearTf = (count: number): number => (count < 256 ? SUBLINEAR_TF[count] : 1 + Math.log(count));

/** Predictions scored on the weights as trained before they are laid out for speed (see `predict`). */
const LANE_MAJOR_AFTER = 32;

/** Labels scored together in `predictionScores`: one cache line of float32 weights each way round. */
const LANES = 8;

/**
 * `weights[feature * k + label]` with each feature's row padded with zeros to a whole number of
 * blocks of LANES labels: `[feature * stride + label]`, stride a multiple of LANES. A feature's
 * weights for every label are then one contiguous run (two cache lines for 31 labels), read from
 * memory once for the first block and from the cache for the others.
 */
function laneMajor(weights: Float32Array, k: number): Float32Array {
  const features = weights.length / k;
  const stride = Math.ceil(k / LANES) * LANES;
  const out = new Float32Array(features * stride);
  for (let f = 0; f < features; f++) out.set(weights.subarray(f * k, f * k + k), f * stride);
  return out;
}

/**
 * `scoreInto` for prediction (scale 1) on `laneMajor` weights, LANES labels at a time in local
 * sums: each label's sum still adds the features' products in the vector's order, then its bias,
 * so every score is the same to the last bit (float32 weights widen exactly), without storing
 * and reloading each label's sum for every feature.
 */
function predictionScores(out: Float64Array, x: SparseVector, weights: Float32Array, bias: Float32Array, k: number): void {
  const { indices, values, length } = x;
  const stride = Math.ceil(k / LANES) * LANES;
  for (let c = 0; c < k; c += LANES) {
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    let s4 = 0;
    let s5 = 0;
    let s6 = 0;
    let s7 = 0;
    for (let f = 0; f < length; f++) {
      const at = indices[f] * stride + c;
      const v = values[f];
      s0 += v * weights[at];
      s1 += v * weights[at + 1];
      s2 += v * weights[at + 2];
      s3 += v * weights[at + 3];
      s4 += v * weights[at + 4];
      s5 += v * weights[at + 5];
      s6 += v * weights[at + 6];
      s7 += v * weights[at + 7];
    }
    // A last block narrower than LANES leaves its padding's sums unused.
    const width = Math.min(LANES, k - c);
    out[c] = s0 + bias[c];
    if (width > 1) out[c + 1] = s1 + bias[c + 1];
    if (width > 2) out[c + 2] = s2 + bias[c + 2];
    if (width > 3) out[c + 3] = s3 + bias[c + 3];
    if (width > 4) out[c + 4] = s4 + bias[c + 4];
    if (width > 5) out[c + 5] = s5 + bias[c + 5];
    if (width > 6) out[c + 6] = s6 + bias[c + 6];
    if (width > 7) out[c + 7] = s7 + bias[c + 7];
  }
}

function scoreInto(out: Float64Array, x: SparseVector, weights: Float32Array | Float64Array, bias: Float32Array, k: number, scale: number): void {
  for (let c = 0; c < k; c++) out[c] = 0;
  for (let f = 0; f < x.length; f++) {
    const base = x.indices[f] * k;
    const v = x.values[f] * scale;
    for (let c = 0; c < k; c++) out[c] += v * weights[base + c];
  }
  for (let c = 0; c < k; c++) out[c] += bias[c];
}

function softmaxInPlace(values: Float64Array): void {
  let max = -Infinity;
  for (const v of values) if (v > max) max = v;
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    values[i] = Math.exp(values[i] - max);
    sum += values[i];
  }
  for (let i = 0; i < values.length; i++) values[i] /= sum;
}
