#!/usr/bin/env node
// @ts-check
/**
 * `node scripts/answer-ranker-cv.js [--misses] [--only <council>] [--as-unmapped] [pairs.jsonl …]` (after `npm run build`):
 * how well does the sentence scorer of src/answer/select.ts answer the project's own question→sentence
 * pairs, and would weights learned from those pairs do better than the hand weights on a protocol
 * they were not learned on?
 *
 * The pairs (data/answers/*.jsonl by default: written for this, never taken from an evaluation set)
 * cover the five shipped protocols and two texts added in memory, Brindlecombe
 * (test/eval/protocols/brindlecombe.txt) and Hollinsford (test/eval/protocols/hollinsford.txt, the
 * seventh round's own held-out protocol). For each pair the assistant answers as `classify` would,
 * recording every candidate sentence's features (AnswerContext.onScored). Printed per protocol:
 *
 * - end to end, answer ref@1 and key in answer as ../shared/eval/README.md scores them (where there
 *   is no answer, the first cited clause stands in for the ref), with the hand weights;
 * - leave-one-protocol-out: a conditional-logit model (softmax over one question's candidates, L2)
 *   trained on the other protocols' pairs, scored on the held-out protocol both as top-1 among the
 *   candidates (the hand weights' top-1 beside it) and end to end, with WEIGHTS set to the learned
 *   weights scaled so that lexical is 1 (MIN_ANSWER_SCORE keeps its meaning).
 *
 * A pair with `"no_answer": true` (and empty answer_ref and key) is a question its protocol has no answering sentence
 * for: it is scored apart, as null-right (the reply gives no direct answer) or not, and left out of ref@1 and key; each
 * answered pair given no answer is counted as wrongly null (docs/answers.md, answers40).
 *
 * `--quick` prints only the hand weights' figures per protocol and the unmapped / mapped totals from one pass
 * (no learning: for sweeps with --set). `data/answers/check/pairs-kelsbrook-12.jsonl` (the eleventh answer round's
 * untouched check, on test/eval/protocols/kelsbrook.txt) is not read by default; pass it, with
 * `--hide kelsbrook`, to print its figures (Kelsbrook is then added in memory).
 */
const fs = require('node:fs');
const path = require('node:path');
const root = path.join(__dirname, '..');
const dist = path.join(root, 'dist');
const { Assistant } = require(path.join(dist, 'src/assistant/assistant'));
const { pairFilesOf, protocolsFor, libraryWith, asUnmapped, protocolId, pairScriptArgs } = require('./pair-protocols');
const { AnswerSelector, WEIGHTS, FEATURE_NAMES, LIMIT } = require(path.join(dist, 'src/answer/select'));
const { answerRefMatches, foldForKey } = require(path.join(dist, 'src/answer/score'));
const { UNMAPPED, PRIORS } = require(path.join(dist, 'src/answer/compose'));
const { answerWords } = require(path.join(dist, 'src/answer/wording'));
const { CUES } = require(path.join(dist, 'src/answer/questionType'));
const { UNMAPPED_RANKING } = require(path.join(dist, 'src/protocols/select'));

const args = process.argv.slice(2);
const showMisses = args.includes('--misses');
const quick = args.includes('--quick');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
/** --interactions: the learned model also sees lexical×prior, vocabulary×prior, √lexical and lexical×type (not in WEIGHTS). */
const interactions = args.includes('--interactions');
/** --key-in-line: key counted in the reply's first line (a long list answer narrowed to its lead-in and item, src/answer/wording.ts) instead of the whole answer text. */
const keyInLine = args.includes('--key-in-line');
/** --explain <id>: the best candidates of one pair, with their features; `losses` every key miss's winner and answer; `gaps` (below) why each lost. */
const explain = args.includes('--explain') ? args[args.indexOf('--explain') + 1] : undefined;
/** --hide <council,…>: no misses printed for these (a check's misses are not read while designing). --set name=value: try another value of one of WEIGHTS (repeatable), for comparing variants; `unmapped.<name>` sets one of compose.ts's UNMAPPED (protocols with no clause map), `priors.<name>` one of its PRIORS, `ranking.<name>` one of select.ts's UNMAPPED_RANKING (the unmapped clause ranking), `cues.<name>` one of questionType.ts's CUES (a type cue's value), `limit.reach` select.ts's LIMIT (how far on a grant's limit is quoted). */
const { hidden, files } = pairScriptArgs(args, { '': WEIGHTS, 'unmapped.': UNMAPPED, 'priors.': PRIORS, 'ranking.': UNMAPPED_RANKING, 'cues.': CUES, 'limit.': LIMIT }, ['--only', '--explain']);
const pairFiles = pairFilesOf(files);
/** --as-unmapped: the shipped protocols' pairs answered on their texts added under another id, with no clause map and no routes (scripts/pair-protocols.js). */
const unmappedRun = args.includes('--as-unmapped') ? asUnmapped(pairFiles.flatMap((f) => fs.readFileSync(f, 'utf8').trim().split('\n').map((l) => JSON.parse(l))), protocolsFor(files)) : undefined;
const IN_MEMORY = unmappedRun?.texts ?? protocolsFor(files);

/** @type {{features: number[], score: number, ref: string, text: string}[] | undefined} */
let seen;
const choose = AnswerSelector.prototype.choose;
AnswerSelector.prototype.choose = function (clauses, question, role, candidates, context = {}) {
  return choose.call(this, clauses, question, role, candidates, { ...context, onScored: (rows) => (seen = rows) });
};

const { config, library } = libraryWith(IN_MEMORY);
const assistant = Assistant.create({ config, library });
/** @type {{id: string, council: string, role: string, text: string, answer_ref: string[], key: string[], no_answer?: boolean}[]} */
const read = (unmappedRun?.pairs ?? pairFiles.flatMap((f) => fs.readFileSync(f, 'utf8').trim().split('\n').map((l) => JSON.parse(l)))).filter((p) => !only || p.council === only);
/** Questions the protocol does not answer: scored as null-right or not, apart from ref@1 and key. */
const noAnswer = read.filter((p) => p.no_answer);
const pairs = read.filter((p) => !p.no_answer);
const councils = [...new Set(pairs.map((p) => p.council))];
const isAnswer = (/** @type {typeof pairs[number]} */ pair, /** @type {string} */ ref, /** @type {string} */ text) =>
  pair.answer_ref.some((e) => answerRefMatches(ref, e)) && pair.key.some((k) => foldForKey(text).includes(foldForKey(k)));

/** Answers every pair with the current WEIGHTS: end-to-end hits, and each pair's candidates for ranking. */
function run(/** @type {typeof pairs} */ some) {
  let ref = 0;
  let key = 0;
  /** @type {{pair: typeof pairs[number], given: string}[]} */
  const misses = [];
  /** @type {{council: string, cands: {f: number[], y: number, hand: number}[]}[]} */
  const groups = [];
  /** @type {Record<string, {n: number, ref: number, key: number}>} */
  const byCouncil = {};
  for (const pair of some) {
    seen = undefined;
    const read = assistant.read(pair.text, { council: pair.council, role: /** @type {any} */ (pair.role) });
    const givenRef = read.answer?.ref ?? read.clauses[0]?.ref ?? null;
    const refHit = givenRef !== null && pair.answer_ref.some((e) => answerRefMatches(givenRef, e));
    const scoredText = read.answer === null ? '' : keyInLine ? answerWords(read.answer) : read.answer.text;
    const keyHit = read.answer !== null && pair.key.some((k) => foldForKey(scoredText).includes(foldForKey(k)));
    ref += refHit ? 1 : 0;
    key += keyHit ? 1 : 0;
    const tally = (byCouncil[pair.council] ??= { n: 0, ref: 0, key: 0 });
    tally.n += 1;
    tally.ref += refHit ? 1 : 0;
    tally.key += keyHit ? 1 : 0;
    if (!refHit || !keyHit) misses.push({ pair, given: read.answer ? `${read.answer.ref}: ${read.answer.text.replace(/\s+/g, ' ').slice(0, 150)}` : `(no answer; cited ${givenRef})` });
    if (seen && explain === 'losses' && !hidden.has(pair.council) && !keyHit) {
      const sorted = [...seen].sort((a, b) => b.score - a.score);
      const right = sorted.find((c) => isAnswer(pair, c.ref, c.text));
      const f = (/** @type {number[]} */ x) => x.map((v) => v.toFixed(2)).join(' ');
      console.log(`${pair.id} [${pair.role}] ${pair.text}`);
      console.log(`   top   ${sorted[0].score.toFixed(2)} [${f(sorted[0].features)}] ${sorted[0].ref}: ${sorted[0].text.replace(/\s+/g, ' ').slice(0, 90)}`);
      console.log(right ? `   right ${right.score.toFixed(2)} [${f(right.features)}] rank ${sorted.indexOf(right) + 1} ${right.ref}: ${right.text.replace(/\s+/g, ' ').slice(0, 90)}` : '   right: not a candidate');
    }
    if (seen && explain === 'gaps' && !hidden.has(pair.council) && !keyHit) {
      const sorted = [...seen].sort((a, b) => b.score - a.score);
      const right = sorted.find((c) => isAnswer(pair, c.ref, c.text));
      if (right) gaps.push({ id: pair.id, gap: sorted[0].score - right.score, parts: FEATURE_NAMES.map((n, i) => (hand[n] ?? 0) * (sorted[0].features[i] - right.features[i])) });
      else gaps.push({ id: pair.id, gap: NaN, parts: [] });
    }
    if (seen && pair.id === explain) {
      console.log(`${pair.id}: ${pair.text} (want ${pair.answer_ref.join('|')})`);
      for (const c of [...seen].sort((a, b) => b.score - a.score).slice(0, 8)) console.log(`  ${c.score.toFixed(2)} ${isAnswer(pair, c.ref, c.text) ? '*' : ' '} [${c.features.map((x) => x.toFixed(2)).join(' ')}] ${c.ref}: ${c.text.replace(/\s+/g, ' ').slice(0, 110)}`);
    }
    if (seen) groups.push({ council: pair.council, cands: seen.map((c) => ({ f: [...c.features, ...(interactions ? [c.features[0] * c.features[3], c.features[1] * c.features[3], Math.sqrt(c.features[0]), c.features[0] * c.features[2]] : []), 1], hand: c.score, y: isAnswer(pair, c.ref, c.text) ? 1 : 0 })) });
  }
  return { ref, key, misses, groups, byCouncil };
}

/** The no-answer questions given no direct answer (null-right), and what the others were given; answered pairs given none. */
function nulls() {
  const wrong = noAnswer
    .map((pair) => ({ pair, answer: assistant.read(pair.text, { council: pair.council, role: /** @type {any} */ (pair.role) }).answer }))
    .filter((r) => r.answer !== null);
  const wronglyNull = pairs.filter((pair) => assistant.read(pair.text, { council: pair.council, role: /** @type {any} */ (pair.role) }).answer === null);
  console.log(`no answer expected: null-right ${noAnswer.length - wrong.length}/${noAnswer.length}; answered pairs given no answer (wrongly null): ${wronglyNull.length}/${pairs.length}`);
  if (showMisses) {
    for (const r of wrong.filter((x) => !hidden.has(x.pair.council))) console.log(`  ${r.pair.id} [${r.pair.role}] want none: ${r.pair.text}\n      gave ${r.answer?.ref}: ${r.answer?.text.replace(/\s+/g, ' ').slice(0, 150)}`);
    for (const p of wronglyNull.filter((x) => !hidden.has(x.council))) console.log(`  ${p.id} [${p.role}] want ${p.answer_ref.join('|')}: ${p.text}\n      gave no answer`);
  }
}

const dot = (/** @type {number[]} */ w, /** @type {number[]} */ f) => w.reduce((s, wi, i) => s + wi * f[i], 0);
const top1 = (/** @type {(c: {f: number[], hand: number}) => number} */ score, /** @type {{cands: {f: number[], y: number, hand: number}[]}[]} */ gs) =>
  gs.filter((g) => g.cands.reduce((b, c) => (score(c) > score(b) ? c : b)).y === 1).length;
/** Conditional logit by gradient descent: softmax over one question's candidates, L2 on every weight. */
function train(/** @type {{cands: {f: number[], y: number}[]}[]} */ gs, l2 = 0.01, epochs = 300, rate = 1) {
  const usable = gs.filter((g) => g.cands.some((c) => c.y));
  const w = new Array(usable[0].cands[0].f.length).fill(0);
  for (let e = 0; e < epochs; e++) {
    const grad = w.map((wi) => l2 * wi);
    for (const { cands } of usable) {
      const s = cands.map((c) => dot(w, c.f));
      const m = Math.max(...s);
      const ex = s.map((x) => Math.exp(x - m));
      const z = ex.reduce((a, b) => a + b);
      const positives = cands.filter((c) => c.y).length;
      cands.forEach((c, i) => c.f.forEach((fi, j) => (grad[j] += ((ex[i] / z - c.y / positives) * fi) / usable.length)));
    }
    w.forEach((_, j) => (w[j] -= rate * grad[j]));
  }
  return w;
}
/** Learned weights as WEIGHTS values, scaled so that lexical is 1. */
const asWeights = (/** @type {number[]} */ w) => Object.fromEntries([...FEATURE_NAMES, ...(interactions ? ['lex×prior', 'vocab×prior', '√lex', 'lex×type'] : [])].map((n, i) => [n, w[i] / w[0]]));
const hand = Object.fromEntries(FEATURE_NAMES.map((n) => [n, WEIGHTS[n] ?? 0]));

/** --explain gaps: for each key miss whose answer was a candidate, the hand-weighted feature differences (winner − answer). */
/** @type {{id: string, gap: number, parts: number[]}[]} */
const gaps = [];
const all = run(pairs);
if (explain === 'gaps') {
  const reached = gaps.filter((g) => !Number.isNaN(g.gap));
  /** @type {Record<string, number>} */
  const largest = {};
  for (const g of reached) {
    const i = g.parts.indexOf(Math.max(...g.parts));
    largest[FEATURE_NAMES[i]] = (largest[FEATURE_NAMES[i]] ?? 0) + 1;
  }
  const prior = FEATURE_NAMES.indexOf('prior');
  // The remedy column is weighted at WEIGHTS.remedy here, though a wronged asker's route is weighted at WEIGHTS.route.
  console.log(`gaps: ${gaps.length} key misses the answer stage scored, ${gaps.length - reached.length} with the answer not a candidate`);
  console.log(`  the feature that most favours the winner: ${JSON.stringify(largest)}`);
  console.log(`  the prior at least half the gap: ${reached.filter((g) => g.parts[prior] >= g.gap / 2).length}; the answer beats the winner with the prior difference left out: ${reached.filter((g) => g.gap - g.parts[prior] < 0).length}`);
  for (const g of reached) console.log(`  ${g.id} gap ${g.gap.toFixed(2)} [${g.parts.map((x) => x.toFixed(2)).join(' ')}]`);
}
const pct = (/** @type {number} */ a, /** @type {number} */ n) => `${a}/${n} (${(a / Math.max(1, n)).toFixed(3)})`;
console.log(`${pairs.length} pairs over ${councils.length} protocols; ${all.groups.filter((g) => g.cands.some((c) => c.y)).length} with the answering sentence among the candidates`);
console.log(`hand weights ${JSON.stringify(hand)}`);
console.log(`end to end, hand weights: ref@1 ${pct(all.ref, pairs.length)}, key ${pct(all.key, pairs.length)}`);
if (noAnswer.length > 0 || args.includes('--nulls')) nulls();
if (hidden.size > 0) {
  const design = pairs.filter((p) => !hidden.has(p.council));
  const d = run(design);
  console.log(`  design pairs (all but ${[...hidden].join(', ')}): ref@1 ${pct(d.ref, design.length)}, key ${pct(d.key, design.length)}`);
}
if (quick) {
  // --quick: the hand weights' figures per protocol from the one pass above, no learning (for sweeps).
  const mapped = { n: 0, ref: 0, key: 0 };
  const unmapped = { n: 0, ref: 0, key: 0 };
  for (const [council, t] of Object.entries(all.byCouncil)) {
    console.log(`${council.padEnd(14)} ${String(t.n).padStart(4)}  ${t.ref}/${t.key}`);
    const side = IN_MEMORY.some((f) => protocolId(f) === council) ? unmapped : mapped;
    side.n += t.n;
    side.ref += t.ref;
    side.key += t.key;
  }
  console.log(`unmapped ${unmapped.ref}/${unmapped.key} of ${unmapped.n}; mapped ${mapped.ref}/${mapped.key} of ${mapped.n}`);
  if (showMisses) for (const m of all.misses.filter((x) => !hidden.has(x.pair.council))) console.log(`  ${m.pair.id} [${m.pair.role}] want ${m.pair.answer_ref.join('|')}: ${m.pair.text}\n      gave ${m.given}`);
  process.exit(0);
}
console.log('\nprotocol       pairs  end-to-end hand ref/key   reachable  top-1 hand  top-1 learned  end-to-end learned ref/key');
const totals = { ref: 0, key: 0, hand: 0, learned: 0, lref: 0, lkey: 0, reach: 0 };
for (const council of councils) {
  const mine = pairs.filter((p) => p.council === council);
  const heldHand = run(mine);
  const reachable = heldHand.groups.filter((g) => g.cands.some((c) => c.y));
  const w = train(all.groups.filter((g) => g.council !== council));
  const learned = asWeights(w);
  for (const n of FEATURE_NAMES) if (n in WEIGHTS) WEIGHTS[n] = learned[n];
  const heldLearned = interactions ? { ref: 0, key: 0 } : run(mine);
  for (const n of FEATURE_NAMES) if (n in WEIGHTS) WEIGHTS[n] = hand[n];
  const t1h = top1((c) => c.hand, reachable);
  const t1l = top1((c) => dot(w, c.f), reachable);
  Object.entries({ ref: heldHand.ref, key: heldHand.key, hand: t1h, learned: t1l, lref: heldLearned.ref, lkey: heldLearned.key, reach: reachable.length }).forEach(([k, v]) => (totals[k] += v));
  console.log(`${council.padEnd(14)} ${String(mine.length).padStart(5)}  ${`${heldHand.ref}/${heldHand.key}`.padStart(22)}  ${String(reachable.length).padStart(9)}  ${String(t1h).padStart(10)}  ${String(t1l).padStart(13)}  ${`${heldLearned.ref}/${heldLearned.key}`.padStart(26)}`);
}
console.log(`${'all'.padEnd(14)} ${String(pairs.length).padStart(5)}  ${`${totals.ref}/${totals.key}`.padStart(22)}  ${String(totals.reach).padStart(9)}  ${String(totals.hand).padStart(10)}  ${String(totals.learned).padStart(13)}  ${`${totals.lref}/${totals.lkey}`.padStart(26)}`);
const w = train(all.groups);
console.log(`\nlearned on all pairs (relative to lexical): ${Object.entries(asWeights(w)).map(([n, v]) => `${n} ${v.toFixed(2)}`).join(', ')}`);
if (showMisses) {
  console.log('\nmisses (hand weights):');
  for (const m of all.misses.filter((x) => !hidden.has(x.pair.council))) console.log(`  ${m.pair.id} [${m.pair.role}] want ${m.pair.answer_ref.join('|')}: ${m.pair.text}\n      gave ${m.given}`);
}
