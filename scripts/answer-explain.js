#!/usr/bin/env node
// @ts-check
/**
 * `node scripts/answer-explain.js <file.jsonl> <id> [<id> …]` (after `npm run build`): for rows of an
 * answers-format file (an eval design set or data/answers/*.jsonl), the best candidate sentences the
 * answer stage scored, with their features (select.ts FEATURE_NAMES), the expected one starred.
 * For studying a design set's misses; never run it on a held-out set.
 */
const fs = require('node:fs');
const path = require('node:path');
const root = path.join(__dirname, '..');
const dist = path.join(root, 'dist');
const { loadConfig } = require(path.join(dist, 'src/config'));
const { ProtocolLibrary } = require(path.join(dist, 'src/protocols/library'));
const { parseProtocol } = require(path.join(dist, 'src/protocols/parse'));
const { councilMetadataSchema } = require(path.join(dist, 'src/protocols/metadata'));
const { Assistant } = require(path.join(dist, 'src/assistant/assistant'));
const { AnswerSelector, FEATURE_NAMES } = require(path.join(dist, 'src/answer/select'));
const { answerRefMatches, foldForKey } = require(path.join(dist, 'src/answer/score'));
const { protocolsFor } = require('./pair-protocols');

const [file, ...ids] = process.argv.slice(2);
if (!file || /blind|wexcombe|holdout|check\//.test(file)) throw new Error('usage: answer-explain.js <design file.jsonl> <id>… (not a held-out set)');
/** @type {any[] | undefined} */
let seen;
const choose = AnswerSelector.prototype.choose;
AnswerSelector.prototype.choose = function (clauses, question, role, candidates, context = {}) {
  return choose.call(this, clauses, question, role, candidates, { ...context, onScored: (/** @type {any[]} */ rows) => (seen = rows) });
};
const config = loadConfig(process.env);
const library = ProtocolLibrary.load(config.PROTOCOLS_DIR);
// Pelsworth and Wrayfield only for their own design pairs, as answer-ranker-cv.js loads them.
const extras = ['ashdown', 'brindlecombe', 'hollinsford', 'foxleigh']
  .map((id) => `test/eval/protocols/${id}.txt`)
  .concat(file.includes('pelsworth') ? ['test/eval/protocols/pelsworth.txt'] : [])
  .concat(file.includes('wrayfield') ? ['data/answers/design/wrayfield.txt'] : [])
  .concat(file.includes('quenby') ? ['test/eval/protocols/quenby.txt'] : []);
// Any other council the file's rows name, as answer-ranker-cv.js finds it (scripts/pair-protocols.js; the held-out one never).
for (const more of protocolsFor([file])) if (!extras.includes(more)) extras.push(more);
for (const extraFile of extras) {
  const extra = path.basename(extraFile, '.txt');
  const { clauses, warnings } = parseProtocol(fs.readFileSync(path.join(root, extraFile), 'utf8'), extra);
  library.add({ council: councilMetadataSchema.parse({ id: extra, name: extra }), clauses, warnings });
}
const assistant = Assistant.create({ config, library });
const rows = fs.readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
console.log(`features: ${FEATURE_NAMES.join(' ')}`);
for (const row of rows.filter((r) => ids.includes(r.id))) {
  seen = undefined;
  const read = assistant.read(row.text, { council: row.council, role: row.role });
  console.log(`\n${row.id} [${row.role}, ${read.intent ?? read.intentId ?? ''}] ${row.text} (want ${row.answer_ref.join('|')})`);
  console.log(`  answer: ${read.answer ? `${read.answer.ref}: ${read.answer.text.replace(/\s+/g, ' ').slice(0, 120)}` : 'none'}`);
  const right = (/** @type {any} */ c) => row.answer_ref.some((/** @type {string} */ e) => answerRefMatches(c.ref, e)) && row.key.some((/** @type {string} */ k) => foldForKey(c.text).includes(foldForKey(k)));
  for (const c of [...(seen ?? [])].sort((a, b) => b.score - a.score).slice(0, 8))
    console.log(`  ${c.score.toFixed(2)} ${right(c) ? '*' : ' '} [${c.features.map((/** @type {number} */ x) => x.toFixed(2)).join(' ')}] ${c.ref}: ${c.text.replace(/\s+/g, ' ').slice(0, 110)}`);
}
