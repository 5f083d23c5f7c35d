#!/usr/bin/env node
// @ts-check
/**
 * `node scripts/vectors-intent-cv.js` (after `npm run build`; the table is data/vectors). NOTE: the engine's own reading now includes
 * the vote when WORD_VECTORS=on (run it with the switch set as you mean to measure); embed1's figures in docs/word-vectors.md were taken with the engine's vote off:
 * would word vectors help the intent classifier? The same 5 hash folds as `node scripts/intent-engine-cv.js --hash-folds`;
 * each held-out example is read by the whole engine (as `classify` does) and by votes of word vectors: the k training
 * examples whose idf-weighted mean word vector is nearest by cosine, each voting its similarity (k = 3, 7, 15, 31), and
 * each intent's centroid through a softmax. Printed, from one pass: the engine alone, each vote alone, and each vote
 * blended after the fact: the engine's ranked probabilities plus λ times the vote's shares, when no scope reason decided
 * (docs/word-vectors.md; the blend inside the engine, measured with intent-engine-cv.js, differs a little).
 */
const path = require('node:path');
const { performance } = require('node:perf_hooks');
const root = path.join(__dirname, '..');
const { loadIntents, OUT_OF_SCOPE } = require(path.join(root, 'dist/src/nlu/intents'));
const { IntentEngine, labelledExamples } = require(path.join(root, 'dist/src/nlu/engine'));
const { wordVectors } = require(path.join(root, 'dist/src/nlu/vectors'));

const folds = 5;
const vectors = wordVectors();
if (!vectors) throw new Error('no word vectors: unset WORD_VECTORS (or set it to on); the table is data/vectors (docs/word-vectors.md)');
const intents = loadIntents(path.join(root, 'intents'));
/** @type {{text: string, label: string, role?: string}[]} */
const items = labelledExamples(intents);
const hashFold = (/** @type {string} */ text) => {
  let h = 2166136261 >>> 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0;
  return h % folds;
};
const dims = vectors.dimensions;

/** idf of each word row over some texts. */
function idfOver(/** @type {string[]} */ texts) {
  const df = new Map();
  for (const t of texts) for (const id of vectors.contentIds(t)) df.set(id, (df.get(id) ?? 0) + 1);
  return (/** @type {number} */ id) => Math.log(1 + texts.length / ((df.get(id) ?? 0) + 1));
}
/** A text's idf-weighted mean of unit word vectors, unit length; null when no word has a vector. */
function meanOf(/** @type {string} */ text, /** @type {(id: number) => number} */ idf) {
  const ids = vectors.contentIds(text);
  if (ids.length === 0) return null;
  const out = new Float32Array(dims);
  for (const id of ids) {
    const v = vectors.mean([id]);
    const w = idf(id);
    for (let d = 0; d < dims; d++) out[d] += w * v[d];
  }
  const n = Math.hypot(...out);
  if (n === 0) return null;
  for (let d = 0; d < dims; d++) out[d] /= n;
  return out;
}
const dot = (/** @type {Float32Array} */ a, /** @type {Float32Array} */ b) => {
  let s = 0;
  for (let d = 0; d < dims; d++) s += a[d] * b[d];
  return s;
};

const KS = [3, 7, 15, 31];
/** @type {{label: string, engine: any, votes: Record<string, Map<string, number>>, nearest: number}[]} */
const rows = [];
let voteMs = 0;
for (let fold = 0; fold < folds; fold++) {
  const train = items.filter((i) => hashFold(i.text) !== fold);
  const engine = IntentEngine.trainOn(intents, train);
  const idf = idfOver(train.map((t) => t.text));
  const trained = train.map((t) => ({ label: t.label, v: meanOf(t.text, idf) })).filter((t) => t.v !== null);
  /** Each intent's centroid: the mean of its examples' mean vectors, unit length. */
  const centroids = new Map();
  for (const t of trained) {
    const c = centroids.get(t.label) ?? new Float32Array(dims);
    for (let d = 0; d < dims; d++) c[d] += /** @type {Float32Array} */ (t.v)[d];
    centroids.set(t.label, c);
  }
  for (const c of centroids.values()) {
    const n = Math.hypot(...c);
    for (let d = 0; d < dims; d++) c[d] /= n;
  }
  for (const item of items.filter((i) => hashFold(i.text) === fold)) {
    const result = engine.classify(item.text, item.role);
    const started = performance.now();
    const v = meanOf(item.text, idf);
    /** @type {Record<string, Map<string, number>>} */
    const votes = {};
    let nearest = 0;
    if (v) {
      const sims = trained.map((t) => ({ label: t.label, s: dot(v, /** @type {Float32Array} */ (t.v)) })).sort((a, b) => b.s - a.s);
      nearest = sims[0]?.s ?? 0;
      for (const k of KS) {
        const top = sims.slice(0, k);
        const mass = top.reduce((a, b) => a + Math.max(0, b.s), 0) || 1;
        const vote = new Map();
        for (const { label, s } of top) vote.set(label, (vote.get(label) ?? 0) + Math.max(0, s) / mass);
        votes[`knn${k}`] = vote;
      }
      for (const temperature of [0.02, 0.05]) {
        const e = [...centroids].map(([label, c]) => [label, Math.exp(dot(v, c) / temperature)]);
        const z = e.reduce((a, b) => a + Number(b[1]), 0);
        votes[`centroid/${temperature}`] = new Map(e.map(([label, x]) => [label, Number(x) / z]));
      }
    }
    voteMs += performance.now() - started;
    rows.push({ label: item.label, engine: result, votes, nearest });
  }
}

/** Accuracy, false fallback and out-of-scope recall of a decision over every row. */
function score(/** @type {string} */ name, /** @type {(r: typeof rows[number]) => string} */ decide) {
  let right = 0;
  let inScope = 0;
  let fallback = 0;
  let oos = 0;
  let caught = 0;
  for (const r of rows) {
    const p = decide(r);
    right += p === r.label ? 1 : 0;
    if (r.label === OUT_OF_SCOPE) {
      oos++;
      caught += p === OUT_OF_SCOPE ? 1 : 0;
    } else {
      inScope++;
      fallback += p === OUT_OF_SCOPE ? 1 : 0;
    }
  }
  console.log(`${name.padEnd(34)} accuracy ${(right / rows.length).toFixed(4)}  false fallback ${(fallback / inScope).toFixed(4)}  out-of-scope recall ${(caught / oos).toFixed(4)}`);
}
console.log(`${rows.length} examples, ${folds} hash folds; the votes cost ${(voteMs / rows.length).toFixed(3)} ms a message (unoptimised)`);
score('engine', (r) => r.engine.intent);
const topOf = (/** @type {Map<string, number> | undefined} */ vote) => [...(vote ?? [])].sort((a, b) => b[1] - a[1])[0]?.[0] ?? OUT_OF_SCOPE;
for (const name of [...KS.map((k) => `knn${k}`), 'centroid/0.02', 'centroid/0.05']) {
  score(`${name} alone`, (r) => topOf(r.votes[name]));
  for (const lambda of [0, 0.2, 0.3, 0.5, 0.8]) {
    score(`${name} blend λ=${lambda}`, (r) => {
      if (r.engine.scopeReason) return r.engine.intent;
      const total = new Map();
      for (const { label, probability } of r.engine.ranked) total.set(label, probability);
      for (const [label, share] of r.votes[name] ?? []) total.set(label, (total.get(label) ?? 0) + lambda * share);
      return [...total].sort((a, b) => b[1] - a[1])[0][0];
    });
  }
}
