#!/usr/bin/env node
/*
 * Would other weights of the unmapped clause ranking's features (words, topic, length: see
 * ClauseSelector.unmappedCandidates in src/protocols/select.ts) rank better, on protocols they were not learned on? Each shipped protocol in
 * turn has its clause maps taken out (as in scripts/clause-lopo.js); a conditional logit (softmax over one
 * message's candidate clauses, L2) is trained on the other four protocols' rows of the design sets
 * and scored on the left-out one; then trained on all five and scored on the unmapped probes (Ashdown,
 * Brindlecombe, Foxleigh), on which nothing is trained, and apart on the Hollinsford check. Each
 * feature subset given is scored against the hand weights (UNMAPPED_RANKING). The labelled intent is
 * given throughout. The Hollinsford check is printed only with SHOW_CHECK=1.
 * Run after `npm run build`: `node scripts/clause-ranker-cv.js [words,topic words,topic,length …]`.
 */
const fs = require('node:fs');
const path = require('node:path');
const root = path.join(__dirname, '..');
const { CliContext } = require(path.join(root, 'dist/src/cli/context'));
const { Assistant } = require(path.join(root, 'dist/src/assistant/assistant'));
const { ClauseSelector, UNMAPPED_RANKING } = require(path.join(root, 'dist/src/protocols/select'));
const { ClauseTopics } = require(path.join(root, 'dist/src/answer/topicAffinity'));
const { refMatches } = require(path.join(root, 'dist/src/nlu/evaluate'));
const { EVAL_SETS, protocolFilesOf, resolveInProject } = require(path.join(root, 'dist/src/eval/sets'));
const { parseProtocol } = require(path.join(root, 'dist/src/protocols/parse'));
const { councilMetadataSchema } = require(path.join(root, 'dist/src/protocols/metadata'));

const context = new CliContext();
const bot = Assistant.create({ config: context.config, library: context.library });
const topics = new ClauseTopics((text) => bot.engine.readTopics(text));
const FEATURES = ['words', 'topic', 'length'];
/** The features as rankByTopic weighs them: the topic by its power, and the weights that make its score. */
const featuresOf = (c) => [c.words, Math.pow(c.topic, UNMAPPED_RANKING.topicExponent), c.length];
const HAND = [1 - UNMAPPED_RANKING.topicWeight, UNMAPPED_RANKING.topicWeight, -UNMAPPED_RANKING.lengthWeight];
const readRows = (file) => fs.readFileSync(resolveInProject(file), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const designFiles = ['test/eval/dev/dev.jsonl', 'test/eval/dev/messy-dev.jsonl', 'test/eval/validation.jsonl', 'test/eval/messy-validation.jsonl', 'test/eval/factual-probe.jsonl', 'test/eval/dev/answers-dev.jsonl', 'test/eval/answers-validation.jsonl', 'test/eval/answers-probe-sentences.jsonl'];
const designRows = designFiles.flatMap(readRows);
const protocolId = (file) => path.basename(file).replace(/\.[^.]+$/, '').toLowerCase();
const unmappedSets = EVAL_SETS.filter((set) => set.withProtocol && !set.heldOut && set.format !== 'dialogues' && !set.name.includes('holdout'));
const shipped = context.library.ids().filter((id) => [...bot.engine.intents.values()].some((i) => i.clauses[id]));
for (const file of unmappedSets.flatMap(protocolFilesOf)) {
  const id = protocolId(file);
  if (context.library.has(id)) continue;
  const { clauses, warnings } = parseProtocol(fs.readFileSync(resolveInProject(file), 'utf8'), id);
  context.library.add({ council: councilMetadataSchema.parse({ id, name: id }), clauses, warnings });
}

/** One message: its candidates' feature vectors and which are labelled. */
function group(selector, row) {
  const expected = row.answer_ref ?? row.clauses ?? [];
  const intent = selector.intentsById.get(row.intent);
  if (expected.length === 0 || intent?.kind !== 'topic') return undefined;
  const cands = selector.unmappedCandidates(row.council, intent, row.text).map((c) => ({ f: featuresOf(c), y: expected.some((e) => refMatches(c.clause.ref, e)) ? 1 : 0 }));
  return { id: row.id, council: row.council, cands };
}
const groups = [];
for (const council of shipped) {
  const intents = new Map([...bot.engine.intents].map(([id, intent]) => { const clauses = { ...intent.clauses }; delete clauses[council]; return [id, { ...intent, clauses }]; }));
  const selector = new ClauseSelector(context.library, intents, undefined, topics);
  selector.intentsById = intents;
  for (const row of designRows) if (row.council === council) { const g = group(selector, row); if (g) groups.push({ ...g, fold: council }); }
}
const selector = new ClauseSelector(context.library, bot.engine.intents, undefined, topics);
selector.intentsById = bot.engine.intents;
for (const set of unmappedSets) for (const file of protocolFilesOf(set)) {
  const council = protocolId(file);
  for (const row of readRows(set.file)) if (row.council === council) { const g = group(selector, row); if (g) groups.push({ ...g, fold: set.name.includes('check') ? 'check' : 'probe' }); }
}

const dot = (w, f) => w.reduce((s, wi, i) => s + wi * f[i], 0);
function train(gs, cols, l2 = 0.001, epochs = 400, rate = 2) {
  const usable = gs.filter((g) => g.cands.some((c) => c.y));
  const w = cols.map((c) => HAND[c]);
  const pick = (f) => cols.map((c) => f[c]);
  const data = usable.map((g) => g.cands.map((c) => ({ f: pick(c.f), y: c.y })));
  for (let e = 0; e < epochs; e++) {
    const grad = w.map((wi) => l2 * wi);
    for (const cands of data) {
      const s = cands.map((c) => dot(w, c.f));
      const m = Math.max(...s);
      const ex = s.map((x) => Math.exp(x - m));
      const z = ex.reduce((a, b) => a + b);
      const positives = cands.filter((c) => c.y).length;
      cands.forEach((c, i) => c.f.forEach((fi, j) => (grad[j] += ((ex[i] / z - c.y / positives) * fi) / data.length)));
    }
    w.forEach((_, j) => (w[j] -= rate * grad[j]));
  }
  const full = FEATURES.map(() => 0);
  cols.forEach((c, j) => (full[c] = w[j]));
  return full;
}
function score(gs, w) {
  const t = { n: 0, at1: 0, at3: 0, rr: 0 };
  for (const g of gs) {
    t.n++;
    // Ties keep the protocol's order, as byScore does.
    const order = g.cands.map((c, i) => ({ s: dot(w, c.f), y: c.y, i })).sort((a, b) => b.s - a.s || a.i - b.i);
    const at = order.findIndex((c) => c.y);
    if (at === 0) t.at1++;
    if (at >= 0 && at < 3) t.at3++;
    if (at >= 0) t.rr += 1 / (at + 1);
  }
  return t;
}
const fmt = ({ n, at1, at3, rr }) => `@1 ${(at1 / n).toFixed(3)} @3 ${(at3 / n).toFixed(3)} mrr ${(rr / n).toFixed(3)}`;
const hand = HAND;
const subsets = process.argv.slice(2).length ? process.argv.slice(2) : ['words,topic', 'words,topic,length'];
const lopo = groups.filter((g) => shipped.includes(g.fold));
const probes = groups.filter((g) => g.fold === 'probe');
const check = groups.filter((g) => g.fold === 'check');
const showCheck = process.env.SHOW_CHECK === '1';
console.log(`hand        lopo ${fmt(score(lopo, hand))} | probes ${fmt(score(probes, hand))}${showCheck ? ` | check ${fmt(score(check, hand))}` : ''}`);
for (const subset of subsets) {
  const cols = subset.split(',').map((name) => FEATURES.indexOf(name));
  if (cols.some((c) => c < 0)) throw new Error(`unknown feature in ${subset}`);
  const held = { n: 0, at1: 0, at3: 0, rr: 0 };
  for (const fold of shipped) {
    const w = train(lopo.filter((g) => g.fold !== fold), cols);
    const s = score(lopo.filter((g) => g.fold === fold), w);
    for (const k of Object.keys(held)) held[k] += s[k];
  }
  const w = train(lopo, cols);
  const scale = w[cols[0]] || 1;
  console.log(`${subset}\n            lopo ${fmt(held)} | probes ${fmt(score(probes, w))}${showCheck ? ` | check ${fmt(score(check, w))}` : ''}\n            weights (all five) ${cols.map((c) => `${FEATURES[c]} ${(w[c] / scale).toFixed(2)}`).join(', ')}`);
}
