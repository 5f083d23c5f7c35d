#!/usr/bin/env node
// @ts-check
/**
 * `node scripts/answer-candidates.js [--misses] [--hide <council,…>] [--as-unmapped] [pairs.jsonl …]` (after `npm run build`):
 * candidate recall of the answer stage. The answer stage (src/answer/compose.ts `answerWithClauses`) can
 * only answer from the clauses it gathers: the intent's ranked clauses, a close runner-up's, siblings in
 * a small section, (unmapped) the topic-affinity clauses, and the whole-protocol search. For every pair
 * (data/answers/*.jsonl by default, the 350; or the files passed) this prints, per protocol and for
 * unmapped / mapped protocols:
 *
 * - clause recall: a clause the pair names as the answer (answer_ref) is among the candidates;
 * - sentence recall: a candidate sentence of such a clause holds a key (as scripts/answer-ranker-cv.js
 *   counts "the answering sentence among the candidates");
 * - ref@1 / key end to end (as answer-ranker-cv.js --quick), and the mean number of candidate clauses.
 *
 * With `--misses`, each pair whose answering clause is not a candidate (never for --hide councils), with
 * where that clause stands: its rank in the intent's own ranking (`select`, no cut), in the runner-up
 * reading's, and in the whole-protocol search (`search`, no floor), with its score against `PRIORS.searchMin`.
 * Protocols are added in memory exactly as answer-ranker-cv.js adds them, so the figures are comparable.
 * The held-out protocol is never loaded; pass no check file unless with --hide for its councils.
 */
const fs = require('node:fs');
const path = require('node:path');
const root = path.join(__dirname, '..');
const dist = path.join(root, 'dist');
const { Assistant } = require(path.join(dist, 'src/assistant/assistant'));
const { pairFilesOf, protocolsFor, libraryWith, asUnmapped, pairScriptArgs } = require('./pair-protocols');
const { AnswerSelector } = require(path.join(dist, 'src/answer/select'));
const { answerRefMatches, foldForKey } = require(path.join(dist, 'src/answer/score'));
const compose = require(path.join(dist, 'src/answer/compose'));

const args = process.argv.slice(2);
const showMisses = args.includes('--misses');
/** --set <object>.<name>=value: another value of one of compose.ts's exported constants (e.g. CANDIDATES.search=6, PRIORS.searchMin=0.3). */
const { hidden, files } = pairScriptArgs(
  args,
  Object.fromEntries(Object.entries(compose).filter(([, value]) => value !== null && typeof value === 'object').map(([name, value]) => [`${name}.`, value])),
);
const pairFiles = pairFilesOf(files);
/** --as-unmapped: the shipped protocols' pairs answered on their texts added under another id, with no clause map and no routes (scripts/pair-protocols.js). */
const unmappedRun = args.includes('--as-unmapped') ? asUnmapped(pairFiles.flatMap((f) => fs.readFileSync(f, 'utf8').trim().split('\n').map((l) => JSON.parse(l))), protocolsFor(files)) : undefined;
const IN_MEMORY = unmappedRun?.texts ?? protocolsFor(files);

/** @type {{ref: string, prior: number}[] | undefined} */
let candidates;
/** @type {{ref: string, text: string}[] | undefined} */
let scored;
const choose = AnswerSelector.prototype.choose;
AnswerSelector.prototype.choose = function (clauses, question, role, given, context = {}) {
  candidates = given.map((/** @type {any} */ c) => ({ ref: c.clause.ref, prior: c.prior }));
  return choose.call(this, clauses, question, role, given, { ...context, onScored: (/** @type {any[]} */ rows) => (scored = rows) });
};

const { config, library } = libraryWith(IN_MEMORY);
const assistant = Assistant.create({ config, library });
/** @type {any} */
const inner = assistant;
const selector = inner.selector;
const engine = inner.engine;

/** @type {{id: string, council: string, role: string, text: string, answer_ref: string[], key: string[]}[]} */
const pairs = (unmappedRun?.pairs ?? pairFiles.flatMap((f) => fs.readFileSync(f, 'utf8').trim().split('\n').map((l) => JSON.parse(l))))
  // A question its protocol does not answer (`no_answer`, answers40) has no sentence to find; scripts/answer-ranker-cv.js scores it.
  .filter((p) => !p.no_answer);
const mappedOf = new Map();
/** @type {Record<string, {n: number, clause: number, sentence: number, ref: number, key: number, size: number}>} */
const byCouncil = {};
/** @type {string[]} */
const lines = [];
/** @type {string[]} */
const reachable = [];
const rankIn = (/** @type {{clause: {ref: string}, score: number}[]} */ list, /** @type {string[]} */ want) => list.findIndex((s) => want.some((e) => answerRefMatches(s.clause.ref, e)));
for (const pair of pairs) {
  candidates = undefined;
  scored = undefined;
  const read = assistant.read(pair.text, { council: pair.council, role: /** @type {any} */ (pair.role) });
  const givenRef = read.answer?.ref ?? read.clauses[0]?.ref ?? null;
  const t = (byCouncil[pair.council] ??= { n: 0, clause: 0, sentence: 0, ref: 0, key: 0, size: 0 });
  if (!mappedOf.has(pair.council)) mappedOf.set(pair.council, selector.isCurated(pair.council));
  const inClause = (candidates ?? []).some((c) => pair.answer_ref.some((e) => answerRefMatches(c.ref, e)));
  const inSentence = (scored ?? []).some((c) => pair.answer_ref.some((e) => answerRefMatches(c.ref, e)) && pair.key.some((k) => foldForKey(c.text).includes(foldForKey(k))));
  t.n += 1;
  t.clause += inClause ? 1 : 0;
  t.sentence += inSentence ? 1 : 0;
  t.ref += givenRef !== null && pair.answer_ref.some((e) => answerRefMatches(givenRef, e)) ? 1 : 0;
  t.key += read.answer !== null && pair.key.some((k) => foldForKey(read.answer.text).includes(foldForKey(k))) ? 1 : 0;
  t.size += candidates?.length ?? 0;
  const refHit = givenRef !== null && pair.answer_ref.some((e) => answerRefMatches(givenRef, e));
  if (showMisses && inClause && !refHit && !hidden.has(pair.council)) {
    const priorOf = (/** @type {(ref: string) => boolean} */ test) => (candidates ?? []).filter((c) => test(c.ref)).map((c) => `${c.ref} ${c.prior.toFixed(2)}`).join(', ');
    reachable.push(`  ${pair.id} ${pair.council} [${pair.role}] want ${pair.answer_ref.join('|')} (prior ${priorOf((r) => pair.answer_ref.some((e) => answerRefMatches(r, e)))}), answered ${givenRef} (prior ${priorOf((r) => r === givenRef) || '-'}) of ${candidates?.length} candidates`);
  }
  if (showMisses && !inClause && !hidden.has(pair.council)) {
    const intent = engine.intents.get(read.result.intent);
    const own = selector.select(pair.council, read.result.intent, pair.text, 200);
    const second = read.result.ranked[1];
    const runner = second ? selector.select(pair.council, second.label, pair.text, 200) : [];
    const search = intent && intent.kind === 'topic' ? selector.search(pair.council, intent, pair.text, 500, 0) : [];
    const s = rankIn(search, pair.answer_ref);
    const where = [
      `intent ${read.result.intent} ${read.result.confidence.toFixed(2)}: ${rankIn(own, pair.answer_ref) + 1 || '-'} of ${own.length}`,
      second ? `runner-up ${second.label} ${(second.probability / read.result.ranked[0].probability).toFixed(2)}: ${rankIn(runner, pair.answer_ref) + 1 || '-'} of ${runner.length}` : 'no runner-up',
      s >= 0 ? `search ${s + 1} of ${search.length} (${search[s].score.toFixed(2)}, top ${search[0].score.toFixed(2)})` : 'search -',
      `${candidates?.length ?? 0} candidates`,
    ];
    lines.push(`  ${pair.id} ${pair.council} [${pair.role}] want ${pair.answer_ref.join('|')}: ${pair.text}\n      ${where.join('; ')}; answered ${givenRef}`);
  }
}
const pct = (/** @type {number} */ a, /** @type {number} */ n) => `${a}/${n} (${(a / Math.max(1, n)).toFixed(3)})`;
const sides = { unmapped: { n: 0, clause: 0, sentence: 0, ref: 0, key: 0, size: 0 }, mapped: { n: 0, clause: 0, sentence: 0, ref: 0, key: 0, size: 0 } };
console.log('protocol        pairs  clause recall  sentence recall  ref@1/key  candidates');
for (const [council, t] of Object.entries(byCouncil)) {
  console.log(`${council.padEnd(14)} ${String(t.n).padStart(6)}  ${`${t.clause}`.padStart(13)}  ${`${t.sentence}`.padStart(15)}  ${`${t.ref}/${t.key}`.padStart(9)}  ${(t.size / t.n).toFixed(1).padStart(10)}`);
  const side = mappedOf.get(council) ? sides.mapped : sides.unmapped;
  for (const k of /** @type {const} */ (['n', 'clause', 'sentence', 'ref', 'key', 'size'])) side[k] += t[k];
}
for (const [name, t] of Object.entries(sides)) {
  if (t.n > 0) console.log(`${name}: clause recall ${pct(t.clause, t.n)}, sentence recall ${pct(t.sentence, t.n)}, ref@1 ${t.ref} key ${t.key} of ${t.n}, ${(t.size / t.n).toFixed(1)} candidates`);
}
const all = Object.values(byCouncil).reduce((a, t) => ({ n: a.n + t.n, clause: a.clause + t.clause, sentence: a.sentence + t.sentence, ref: a.ref + t.ref, key: a.key + t.key }), { n: 0, clause: 0, sentence: 0, ref: 0, key: 0 });
console.log(`all: clause recall ${pct(all.clause, all.n)}, sentence recall ${pct(all.sentence, all.n)}, ref@1 ${all.ref} key ${all.key} of ${all.n}`);
if (showMisses) console.log(`\nanswering clause not a candidate:\n${lines.join('\n')}\n\nanswering clause a candidate, another clause answered (each clause's prior):\n${reachable.join('\n')}`);
