#!/usr/bin/env node
// @ts-check
/**
 * `node scripts/answer-oneword-wins.js [--show] [pairs.jsonl …]` (after `npm run build`): of the pairs whose key is not in
 * the answer, those answered with the right intent from a clause that is not the pair's (the wrong clause), counted by how
 * many content stems the chosen sentence shares with the message (`contentStems`, the message's own words: not the
 * synonyms, kinds or intent vocabulary the scorer adds). answers53 (docs/answers.md): a one-stem win is a sentence of an
 * off-topic clause chosen on one shared word. `--show` lists each with its shared stems.
 */
const fs = require('node:fs');
const path = require('node:path');
const root = path.join(__dirname, '..');
const dist = path.join(root, 'dist');
const { Assistant } = require(path.join(dist, 'src/assistant/assistant'));
const { pairFilesOf, protocolsFor, libraryWith } = require('./pair-protocols');
const { answerRefMatches, foldForKey } = require(path.join(dist, 'src/answer/score'));
const { contentStems } = require(path.join(dist, 'src/nlu/normalize'));

const args = process.argv.slice(2);
const files = args.filter((a) => !a.startsWith('--'));
const show = args.includes('--show');
const { config, library } = libraryWith(protocolsFor(files));
const assistant = Assistant.create({ config, library });
/** @type {{id: string, council: string, role: string, text: string, intent?: string, alt?: string[], answer_ref: string[], key: string[], no_answer?: boolean}[]} */
const pairs = pairFilesOf(files)
  .flatMap((f) => fs.readFileSync(f, 'utf8').trim().split('\n').map((l) => JSON.parse(l)))
  .filter((p) => !p.no_answer);
let keyMisses = 0;
let wrongClause = 0;
/** @type {Record<string, number>} */
const byShared = { 0: 0, 1: 0, 2: 0, '3+': 0 };
for (const pair of pairs) {
  const read = assistant.read(pair.text, { council: pair.council, role: /** @type {any} */ (pair.role) });
  const answer = read.answer;
  if (answer !== null && pair.key.some((k) => foldForKey(answer.text).includes(foldForKey(k)))) continue;
  keyMisses++;
  if (answer === null || pair.answer_ref.some((e) => answerRefMatches(answer.ref, e))) continue;
  if (pair.intent && read.result.intent !== pair.intent && !(pair.alt ?? []).includes(read.result.intent)) continue;
  wrongClause++;
  const asked = new Set(contentStems(pair.text));
  const shared = [...new Set(contentStems(answer.text))].filter((s) => asked.has(s));
  byShared[shared.length >= 3 ? '3+' : String(shared.length)]++;
  if (show) console.log(`${shared.length} [${shared.join(',')}] ${pair.id} want ${pair.answer_ref.join('|')} got ${answer.ref}: ${pair.text}\n    ${answer.text.replace(/\s+/g, ' ').slice(0, 140)}`);
}
console.log(`${pairs.length} pairs; key misses ${keyMisses}; right intent, wrong clause (answered) ${wrongClause}; shared content stems ${Object.entries(byShared).map(([n, c]) => `${n}: ${c}`).join(', ')}`);
