#!/usr/bin/env node
// @ts-check
/**
 * `node scripts/answer-within-clause.js [--hide <council,…>] [--verbose] pairs.jsonl …` (after `npm run build`): the pairs
 * whose answer comes from the right clause but whose text lacks the key (answer ref@1 right, key in answer wrong), with
 * where the chosen and the answering sentence lie in the clause and how the two scored (issue #10, answers48). A check
 * set's council passed to --hide is counted, never printed.
 */
const fs = require('node:fs');
const path = require('node:path');
const dist = path.join(__dirname, '..', 'dist');
const { Assistant } = require(path.join(dist, 'src/assistant/assistant'));
const { protocolsFor, libraryWith, pairScriptArgs } = require('./pair-protocols');
const { AnswerSelector, WEIGHTS, FEATURE_NAMES } = require(path.join(dist, 'src/answer/select'));
const { answerRefMatches, foldForKey } = require(path.join(dist, 'src/answer/score'));

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const { hidden, files } = pairScriptArgs(args, { '': WEIGHTS }, []);
/** @type {{ref: string, text: string, features: number[], score: number}[] | undefined} */
let seen;
const choose = AnswerSelector.prototype.choose;
AnswerSelector.prototype.choose = function (clauses, question, role, candidates, context = {}) {
  return choose.call(this, clauses, question, role, candidates, { ...context, onScored: (rows) => (seen = rows) });
};
const { config, library } = libraryWith(protocolsFor(files));
const assistant = Assistant.create({ config, library });
const pairs = files.flatMap((f) => fs.readFileSync(f, 'utf8').trim().split('\n').map((l) => JSON.parse(l))).filter((p) => !p.no_answer);
const flat = (/** @type {string} */ s) => s.replace(/\s+/g, ' ').trim();
const hasKey = (/** @type {string} */ text, /** @type {string[]} */ keys) => keys.some((k) => foldForKey(text).includes(foldForKey(k)));
let refRight = 0;
let within = 0;
let shown = 0;
for (const pair of pairs) {
  seen = undefined;
  const read = assistant.read(pair.text, { council: pair.council, role: pair.role });
  const ref = read.answer?.ref ?? read.clauses[0]?.ref ?? null;
  if (ref === null || !pair.answer_ref.some((/** @type {string} */ e) => answerRefMatches(ref, e))) continue;
  refRight++;
  if (read.answer && hasKey(read.answer.text, pair.key)) continue;
  within++;
  if (hidden.has(pair.council)) continue;
  shown++;
  const rows = (seen ?? []).filter((r) => r.ref === ref);
  const order = [...rows].sort((a, b) => b.score - a.score);
  const right = rows.findIndex((r) => hasKey(r.text, pair.key));
  const top = rows.indexOf(order[0]);
  console.log(`${pair.id} [${pair.role}] ${pair.council} ${ref}: ${pair.text}`);
  console.log(`   gave ${read.answer ? `(${read.answer.text.length} ch) ${flat(read.answer.text).slice(0, 160)}` : '(no answer)'}`);
  if (right < 0) console.log(`   key not in any one sentence of ${ref} (${rows.length} sentences)`);
  else {
    const f = (/** @type {number[]} */ x) => FEATURE_NAMES.map((n, i) => `${n.slice(0, 3)} ${x[i].toFixed(2)}`).join(' ');
    console.log(`   want #${right + 1}/${rows.length} ${rows[right].score.toFixed(2)} rank ${order.indexOf(rows[right]) + 1}: ${flat(rows[right].text).slice(0, 160)}`);
    if (verbose) console.log(`      want [${f(rows[right].features)}]\n      top #${top + 1} ${order[0].score.toFixed(2)} [${f(order[0].features)}]`);
  }
}
console.log(`\n${pairs.length} answered pairs; ref right ${refRight}; of those key not in answer ${within} (${shown} shown)`);
