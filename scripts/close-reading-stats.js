#!/usr/bin/env node
// @ts-check
/**
 * `node scripts/close-reading-stats.js [--check]` (after `npm run build`): could the council's own protocol
 * settle a close reading between two topics? (docs/close-reading.md). For every row of the design sets of
 * `src/eval/sets.ts` (messages and answers formats) whose classifier reading has two topics on top, it reads
 * three kinds of protocol evidence for each of the two, and prints only figures:
 * - bm25: the best BM25 of the message's own words (weighted as the selector weighs them) in the clauses
 *   the selector would cite for the topic in this council (mapped or not);
 * - answer: the answer stage's best sentence score among those clauses, with the topic's vocabulary;
 * - h2h: whose clauses hold the sentence the answer stage picks from both topics' clauses together;
 * - landing: what the classifier reads the clauses the message's words land on to be about (the three
 *   best BM25 matches in the whole protocol, each clause's probability for the topic weighted by its match);
 * - asking: bm25 again, of the message's asking sentence alone (`askingPart`), not its story.
 * For each it prints how often it picks the right one of the two where exactly one is right (and its AUC),
 * beside the classifier's own ratio, then the swaps a rule "runner-up when its bm25 is `margin` times
 * the winner's" would make, right and wrong. `--check` reads the check and holdout sets instead (figures
 * only). No blind or Wexcombe file is ever read; no message text is printed.
 */
const fs = require('node:fs');
const path = require('node:path');
const root = path.join(__dirname, '..');
process.chdir(root);
const { EVAL_SETS, protocolFilesOf, resolveInProject } = require('../dist/src/eval/sets');
const { CliContext } = require('../dist/src/cli/context');
const { Assistant } = require('../dist/src/assistant/assistant');
const { parseProtocol } = require('../dist/src/protocols/parse');
const { councilMetadataSchema } = require('../dist/src/protocols/metadata');
const { ClauseIndex } = require('../dist/src/protocols/search');
const { AnswerSelector } = require('../dist/src/answer/select');
const { askingPart } = require('../dist/src/answer/questionType');

const check = process.argv.includes('--check');
const heldOut = (/** @type {{name: string, file: string, heldOut?: boolean}} */ s) => s.heldOut || /blind|wexcombe/i.test(`${s.name} ${s.file}`);
const isCheck = (/** @type {string} */ name) => /check|holdout/i.test(name);
const context = new CliContext();
for (const set of EVAL_SETS) for (const file of protocolFilesOf(set)) {
  if (heldOut(set)) continue;
  const id = path.basename(file).replace(/\.[^.]+$/, '').toLowerCase();
  if (context.library.has(id)) continue;
  const { clauses, warnings } = parseProtocol(fs.readFileSync(resolveInProject(file), 'utf8'), id);
  context.library.add({ council: councilMetadataSchema.parse({ id, name: id }), clauses, warnings });
}
const bot = Assistant.create({ config: context.config, library: context.library });
const selector = bot['selector'];
const answers = new AnswerSelector();
const isTopic = (/** @type {string} */ id) => bot.engine.intents.get(id)?.kind === 'topic';
/** @type {Map<string, any>} */
const indexes = new Map();
const CLAUSES = 3;
const candidates = (council, intent, text) => selector.select(council, intent, text, CLAUSES).map((c, rank) => ({ clause: c.clause, prior: Math.max(0, 1 - 0.18 * rank) }));
function bm25(council, intent, text) {
  const clauses = bot.library.get(council).clauses;
  if (!indexes.has(council)) indexes.set(council, new ClauseIndex(clauses));
  const refs = selector.select(council, intent, text, CLAUSES).map((c) => c.clause.ref);
  return refs.length === 0 ? 0 : Math.max(0, ...indexes.get(council).refScores(selector.messageWeights(text), refs));
}
function answerScore(council, intent, text, role) {
  const own = candidates(council, intent, text);
  const best = own.length ? answers.choose(bot.library.get(council).clauses, text, role, own, { vocabulary: selector.expansion(bot.engine.intents.get(intent)) }) : null;
  return best ? best.score : 0;
}
function landing(council, text, topic) {
  const clauses = bot.library.get(council).clauses;
  if (!indexes.has(council)) indexes.set(council, new ClauseIndex(clauses));
  const about = bot['topics'].of(clauses);
  let sum = 0;
  for (const { clause, score } of indexes.get(council).scoreTerms(selector.messageWeights(text)).slice(0, CLAUSES)) sum += score * (about.get(clause.ref)?.get(topic) ?? 0);
  return sum;
}
function headToHead(council, text, role, top, second) {
  const a = candidates(council, top, text);
  const b = candidates(council, second, text);
  const both = [...a];
  for (const c of b) {
    const same = both.find((k) => k.clause.ref === c.clause.ref);
    if (same) same.prior = Math.max(same.prior, c.prior);
    else both.push(c);
  }
  const best = both.length ? answers.choose(bot.library.get(council).clauses, text, role, both, {}) : null;
  const inA = best && a.some((c) => c.clause.ref === best.ref);
  const inB = best && b.some((c) => c.clause.ref === best.ref);
  return inB && !inA ? 1 : inA && !inB ? -1 : 0;
}

const rows = [];
for (const set of EVAL_SETS) {
  if (heldOut(set) || isCheck(set.name) !== check || (set.format !== 'messages' && set.format !== 'answers')) continue;
  for (const line of fs.readFileSync(resolveInProject(set.file), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line);
    if (!row.text || !row.intent) continue;
    const result = bot.classify(row.text, row.role);
    const [top, second] = result.ranked;
    if (!top || !second || top.label !== result.intent || !isTopic(top.label) || !isTopic(second.label)) continue;
    const ratio = second.probability / top.probability;
    if (ratio < 0.3) continue;
    const expected = [row.intent, ...(row.alt ?? [])];
    rows.push({
      ratio,
      topRight: expected.includes(top.label),
      secondRight: expected.includes(second.label),
      bm25: [bm25(row.council, top.label, row.text), bm25(row.council, second.label, row.text)],
      answer: [answerScore(row.council, top.label, row.text, row.role), answerScore(row.council, second.label, row.text, row.role)],
      h2h: headToHead(row.council, row.text, row.role, top.label, second.label),
      asking: [bm25(row.council, top.label, askingPart(row.text)), bm25(row.council, second.label, askingPart(row.text))],
      landing: [landing(row.council, row.text, top.label), landing(row.council, row.text, second.label)],
    });
  }
}

const logRatio = (/** @type {number[]} */ [a, b]) => Math.log((b + 0.1) / (a + 0.1));
const oneRight = rows.filter((r) => r.topRight !== r.secondRight);
const positives = oneRight.filter((r) => r.secondRight);
const negatives = oneRight.filter((r) => r.topRight);
/** How often a measure ranks a row whose runner-up is right above one whose winner is right (0.5: no signal). */
const auc = (/** @type {(r: any) => number} */ f) => {
  let sum = 0;
  for (const p of positives) for (const n of negatives) sum += f(p) > f(n) ? 1 : f(p) === f(n) ? 0.5 : 0;
  return (sum / Math.max(1, positives.length * negatives.length)).toFixed(3);
};
const picks = (/** @type {(r: any) => number} */ f) => oneRight.filter((r) => (f(r) > 0) === r.secondRight).length;
console.log(`${check ? 'check' : 'design'} rows read with two topics on top, runner-up >= 0.3 of the winner: ${rows.length}; exactly one of the two right: ${oneRight.length} (the winner ${negatives.length}, the runner-up ${positives.length})`);
console.log(`  AUC for "the runner-up is the right one": classifier ratio ${auc((r) => r.ratio)}, bm25 ${auc((r) => logRatio(r.bm25))}, answer score ${auc((r) => logRatio(r.answer))}, head-to-head ${auc((r) => r.h2h)}, landing ${auc((r) => logRatio(r.landing))}, asking ${auc((r) => logRatio(r.asking))}`);
console.log(`  picks the right one of the two: classifier ${negatives.length}/${oneRight.length}, bm25 ${picks((r) => logRatio(r.bm25))}, answer score ${picks((r) => logRatio(r.answer))}, head-to-head (runner-up's clause wins) ${picks((r) => r.h2h)}, landing ${picks((r) => logRatio(r.landing))}, asking ${picks((r) => logRatio(r.asking))}`);
for (const close of [0.5, 0.6, 0.7, 0.8]) {
  const cells = [];
  for (const [margin, min] of [[1.5, 0], [2, 2], [2, 3], [3, 3], [2, 5]]) {
    const swapped = rows.filter((r) => r.ratio >= close && r.bm25[1] >= min && r.bm25[1] >= margin * r.bm25[0]);
    const gained = swapped.filter((r) => r.secondRight && !r.topRight).length;
    const lost = swapped.filter((r) => r.topRight && !r.secondRight).length;
    cells.push(`x${margin} min ${min}: ${swapped.length} swaps +${gained} -${lost}`);
  }
  console.log(`  close ${close} | ${cells.join(' | ')}`);
}
