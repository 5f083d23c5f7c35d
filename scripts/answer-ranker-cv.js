#!/usr/bin/env node
// @ts-check
/**
 * `node scripts/answer-ranker-cv.js` (after `npm run build`): would a learned ranker choose the
 * answering sentence better than the hand-weighted score of src/answer/select.ts?
 *
 * Reads the project's own question→sentence pairs (data/answers/ranker-pairs.jsonl: written for
 * this, never taken from an evaluation set), lets the assistant answer each one while recording
 * every candidate sentence's features (AnswerContext.onScored), labels a candidate as answering
 * when it lies in `answer_ref` and contains a `key`, then compares by k-fold cross-validation the
 * top-1 hits of a conditional-logit model (softmax over one question's candidates, L2) trained on
 * the other folds with those of the shipped weights. Prints the learned weights on all pairs.
 */
const fs = require('node:fs');
const path = require('node:path');
const root = path.join(__dirname, '..');
const { loadConfig } = require(path.join(root, 'dist/src/config'));
const { ProtocolLibrary } = require(path.join(root, 'dist/src/protocols/library'));
const { Assistant } = require(path.join(root, 'dist/src/assistant/assistant'));
const { AnswerSelector, WEIGHTS, FEATURE_NAMES } = require(path.join(root, 'dist/src/answer/select'));

const file = process.argv[2] ?? path.join(root, 'data/answers/ranker-pairs.jsonl');
const FOLDS = 6;
const norm = (/** @type {string} */ s) => s.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ');

/** @type {{features: number[], score: number, ref: string, text: string}[] | undefined} */
let seen;
const choose = AnswerSelector.prototype.choose;
AnswerSelector.prototype.choose = function (clauses, question, role, candidates, context = {}) {
  return choose.call(this, clauses, question, role, candidates, { ...context, onScored: (rows) => (seen = rows) });
};

const config = loadConfig(process.env);
const assistant = Assistant.create({ config, library: ProtocolLibrary.load(config.PROTOCOLS_DIR) });
const pairs = fs.readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
/** @type {{f: number[], y: number, hand: number}[][]} */
const groups = [];
let unanswerable = 0;
for (const pair of pairs) {
  seen = undefined;
  assistant.read(pair.text, { council: pair.council, role: pair.role });
  if (!seen) { unanswerable++; continue; }
  const group = seen.map((c) => ({ f: [...c.features, 1], hand: c.score, y: pair.answer_ref.includes(c.ref) && pair.key.some((/** @type {string} */ k) => norm(c.text).includes(norm(k))) ? 1 : 0 }));
  if (group.some((c) => c.y)) groups.push(group);
  else unanswerable++;
}
const dot = (/** @type {number[]} */ w, /** @type {number[]} */ f) => w.reduce((s, wi, i) => s + wi * f[i], 0);
const hits = (/** @type {(c: {f: number[], hand: number}) => number} */ score, /** @type {typeof groups} */ gs) =>
  gs.filter((g) => g.reduce((b, c) => (score(c) > score(b) ? c : b)).y === 1).length;
function train(/** @type {typeof groups} */ gs, l2 = 0.01, epochs = 400, rate = 1) {
  const w = new Array(gs[0][0].f.length).fill(0);
  for (let e = 0; e < epochs; e++) {
    const grad = w.map((wi) => l2 * wi);
    for (const g of gs) {
      const s = g.map((c) => dot(w, c.f));
      const m = Math.max(...s);
      const ex = s.map((x) => Math.exp(x - m));
      const z = ex.reduce((a, b) => a + b);
      const positives = g.filter((c) => c.y).length;
      g.forEach((c, i) => c.f.forEach((fi, j) => (grad[j] += ((ex[i] / z - c.y / positives) * fi) / gs.length)));
    }
    w.forEach((_, j) => (w[j] -= rate * grad[j]));
  }
  return w;
}
console.log(`${pairs.length} pairs; ${groups.length} with the answering sentence among the candidates (${unanswerable} without)`);
console.log(`hand-weighted (WEIGHTS ${JSON.stringify(WEIGHTS)}): top-1 ${hits((c) => c.hand, groups)}/${groups.length}`);
for (const l2 of [0.01, 0.1]) {
  let learned = 0;
  for (let k = 0; k < FOLDS; k++) {
    const w = train(groups.filter((_, i) => i % FOLDS !== k), l2);
    learned += hits((c) => dot(w, c.f), groups.filter((_, i) => i % FOLDS === k));
  }
  const all = train(groups, l2);
  const named = [...FEATURE_NAMES, 'bias'].map((n, i) => `${n} ${all[i].toFixed(2)}`).join(', ');
  console.log(`learned, L2 ${l2}: ${FOLDS}-fold top-1 ${learned}/${groups.length}; weights on all pairs: ${named}`);
}
