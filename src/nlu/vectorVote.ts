import type { LabelledText } from './classifier';
import { cacheFile, digestOf, examplesDigest, moduleSource, readCached, writeCached } from './cacheFiles';
import { WordVectors, wordVectors, wordVectorsLater } from './vectors';

/**
 * A nearest-examples vote by meaning: each training example is the idf-weighted mean of its words' vectors; a message's
 * k nearest examples by cosine vote for their intents, each with its similarity. It reads words the examples never use
 * ("poorly" lies near "sick"), which the bag-of-words classifier cannot. The engine mixes it into an unsure reading
 * when WORD_VECTORS=on (IntentEngine.voted; off by default); docs/word-vectors.md has the measurements.
 */
export class VectorVote {
  private constructor(
    private readonly vectors: WordVectors,
    private readonly idf: Map<number, number>,
    private readonly defaultIdf: number,
    /** Every example's mean vector, one after another (`dimensions` numbers each). */
    private readonly means: Float32Array,
    private readonly labels: string[],
  ) {}

  /**
   * The vote over these examples, built on its first use: the engine asks it only for an unsure reading, so a start and a
   * message read with confidence pay nothing for it (building it read the table and every example's words: about 0.2 s
   * and 14 MB at every start, docs/word-vectors.md "vec4"). Undefined when the switch is off.
   */
  static later(items: readonly LabelledText[], cacheDir?: string): (() => VectorVote | undefined) | undefined {
    const table = wordVectorsLater();
    if (!table) return undefined;
    let vote: { built?: VectorVote } | undefined;
    return () => (vote ??= { built: VectorVote.cachedOver(items, table(), cacheDir) }).built;
  }

  /**
   * The vote over these examples from the compiled cache, when it holds one for exactly these examples, this table and
   * this code; otherwise built, and saved for the next process (building it reads every example's words, most of the
   * time the first unsure reading took).
   */
  private static cachedOver(items: readonly LabelledText[], vectors: WordVectors | null, cacheDir: string | undefined): VectorVote | undefined {
    if (!vectors || !cacheDir) return VectorVote.over(items, vectors);
    const file = cacheFile(cacheDir, 'vector-vote', digestOf([examplesDigest(items), vectors.digest, ...VOTE_SOURCES.map(moduleSource)]), 'bin');
    const cached = readCached(file, (bytes) => VectorVote.fromBinary(bytes, vectors));
    if (cached) return cached;
    const built = VectorVote.over(items, vectors);
    if (built) writeCached(file, built.toBinary());
    return built;
  }

  /** The vote's own data (not the table's) as bytes: a JSON header (labels, idf), then the means as float32. */
  toBinary(): Buffer {
    const header = Buffer.from(JSON.stringify({ format: 1, dimensions: this.vectors.dimensions, defaultIdf: this.defaultIdf, labels: this.labels, idf: [...this.idf] }), 'utf8');
    const padded = (header.length + 3) & ~3;
    const out = Buffer.alloc(4 + padded + this.means.byteLength);
    out.writeUInt32LE(header.length, 0);
    header.copy(out, 4);
    Buffer.from(this.means.buffer, this.means.byteOffset, this.means.byteLength).copy(out, 4 + padded);
    return out;
  }

  /** A vote saved by toBinary over the same table; throws on anything else (the cache then builds it again). */
  static fromBinary(bytes: Buffer, vectors: WordVectors): VectorVote {
    const length = bytes.readUInt32LE(0);
    const header = JSON.parse(bytes.subarray(4, 4 + length).toString('utf8')) as { format: number; dimensions: number; defaultIdf: number; labels: string[]; idf: [number, number][] };
    const from = 4 + ((length + 3) & ~3);
    if (header.format !== 1 || header.dimensions !== vectors.dimensions) throw new Error('not a vote over this table');
    if (bytes.length - from !== header.labels.length * header.dimensions * 4) throw new Error('the means are cut short');
    // A view on the file's bytes when they sit on a 4-byte boundary (a file read whole has its own buffer from offset 0,
    // and toBinary pads the header): no 1.6 MB copy at the first unsure reading. A copy otherwise, with the same values.
    const count = header.labels.length * header.dimensions;
    const at = bytes.byteOffset + from;
    const means = at % 4 === 0 ? new Float32Array(bytes.buffer, at, count) : new Float32Array(count);
    if (means.buffer !== bytes.buffer) new Uint8Array(means.buffer).set(bytes.subarray(from));
    return new VectorVote(vectors, new Map(header.idf), header.defaultIdf, means, header.labels);
  }

  /** A vote over these examples; undefined when vectors are off or the table was never built. */
  static over(items: readonly LabelledText[], vectors: WordVectors | null = wordVectors()): VectorVote | undefined {
    if (!vectors) return undefined;
    const df = new Map<number, number>();
    const idsOf = items.map((item) => vectors.contentIds(item.text));
    for (const ids of idsOf) for (const id of ids) df.set(id, (df.get(id) ?? 0) + 1);
    const idf = new Map<number, number>();
    for (const [id, n] of df) idf.set(id, Math.log(1 + items.length / (n + 1)));
    const defaultIdf = Math.log(1 + items.length);
    const dims = vectors.dimensions;
    const kept: number[] = [];
    const means = new Float32Array(items.length * dims);
    for (let i = 0; i < items.length; i++) {
      const mean = meanOf(vectors, idf, defaultIdf, idsOf[i]);
      if (!mean) continue;
      means.set(mean, kept.length * dims);
      kept.push(i);
    }
    return new VectorVote(vectors, idf, defaultIdf, means.slice(0, kept.length * dims), kept.map((i) => items[i].label));
  }

  /** Each intent's share of the k nearest examples' similarity (shares sum to 1); empty when no word has a vector. */
  shares(text: string, k = VECTOR_VOTE.k): Map<string, number> {
    const out = new Map<string, number>();
    const mean = meanOf(this.vectors, this.idf, this.defaultIdf, this.vectors.contentIds(text));
    if (!mean) return out;
    const dims = this.vectors.dimensions;
    // The k best kept in a small sorted list: no sort of every example's similarity.
    const best: { s: number; i: number }[] = [];
    for (let i = 0, at = 0; i < this.labels.length; i++, at += dims) {
      let s = 0;
      for (let d = 0; d < dims; d++) s += mean[d] * this.means[at + d];
      if (best.length === k && s <= best[k - 1].s) continue;
      let j = best.length < k ? best.length : k - 1;
      while (j > 0 && best[j - 1].s < s) j--;
      best.splice(j, 0, { s, i });
      if (best.length > k) best.pop();
    }
    let mass = 0;
    for (const b of best) mass += Math.max(0, b.s);
    if (mass === 0) return out;
    for (const b of best) out.set(this.labels[b.i], (out.get(this.labels[b.i]) ?? 0) + Math.max(0, b.s) / mass);
    return out;
  }
}

/** The code that shapes a saved vote (vectors.ts reads a text's words, normalize.ts holds the stopwords): a change to any of these files invalidates it. */
const VOTE_SOURCES = ['vectorVote', 'vectors', 'normalize'];

/** The idf-weighted mean of some words' unit vectors, unit length; undefined for none. */
function meanOf(vectors: WordVectors, idf: Map<number, number>, defaultIdf: number, ids: number[]): Float32Array | undefined {
  if (ids.length === 0) return undefined;
  const dims = vectors.dimensions;
  const out = new Float32Array(dims);
  for (const id of ids) vectors.addUnit(id, idf.get(id) ?? defaultIdf, out);
  let norm = 0;
  for (let d = 0; d < dims; d++) norm += out[d] * out[d];
  if (norm === 0) return undefined;
  norm = Math.sqrt(norm);
  for (let d = 0; d < dims; d++) out[d] /= norm;
  return out;
}

/**
 * The vote's shares kept where the classifier's own reading is out of scope: only for the topics the classifier itself
 * ranks among its first `near` readings. Voting nothing for out of scope still dilutes it (the engine mixes
 * `(p + w·share) / (1 + w)`), so without this a polite wrapper round an out-of-scope ask ("… Quick one from me: tell me a
 * joke. Thanks in advance …") was carried to whatever topic the wrapper's words lie near; a topic the classifier already
 * weighs second or third may still win ("summarise the main roles of officers"). docs/word-vectors.md, vec3's section.
 */
export function sharesNearReading(shares: Map<string, number>, ranked: readonly { label: string }[], near = VECTOR_VOTE.nearWhenOutOfScope): Map<string, number> {
  const kept = new Map<string, number>();
  for (let i = 0; i < ranked.length && i < near; i++) {
    const share = shares.get(ranked[i].label);
    if (share !== undefined) kept.set(ranked[i].label, share);
  }
  return kept;
}

/**
 * How many nearest examples vote, the vote's weight against the classifier's probabilities, and the classifier's top
 * probability below which it is asked (at or above, the reading stands). Chosen by the engine's hash-fold CV and the
 * design rows (docs/word-vectors.md): k 7 and weight 0.3 after the fact; voting on every reading lost out-of-scope recall. `nearWhenOutOfScope`: how many of the classifier's readings the vote may
 * choose between when its best is out of scope (sharesNearReading; three as embed2 measured it for every reading, not tuned).
 */
export const VECTOR_VOTE = { k: 7, weight: 0.3, below: 0.3, nearWhenOutOfScope: 3 };
