#!/usr/bin/env node
// @ts-check
/**
 * `node scripts/answer-keymiss.js [--list] [--hide <council,…>] [--set name=value] [pairs.jsonl …]` (after `npm run build`): how the key
 * misses of question→sentence pairs split, as `eval` and answer-ranker-cv.js score them (where there is no answer, the
 * first cited clause stands in for the ref):
 *
 * - `no answer, right clause`: nothing quoted, and the first cited clause is one that answers (ref@1 counted right);
 * - `wrong sentence, right clause`: the answer is quoted from a clause that answers, but not the sentence with the key;
 * - `no answer, wrong clause` and `wrong clause`: the ref is wrong too (a citation matter more than a sentence one).
 *
 * For the first two it also says whether the sentence with the key was a candidate, its score, and for a question left
 * with no answer what stopped the best (the threshold MIN_ANSWER_SCORE, MIN_LEXICAL, or the rule-less gate of a "can"
 * question). `--list` prints each miss (never for the councils named by `--hide`: a check's misses are not read).
 * With no file, the 350 pairs of data/answers/.
 */
const fs = require('node:fs');
const path = require('node:path');
const root = path.join(__dirname, '..');
const dist = path.join(root, 'dist');
const { Assistant } = require(path.join(dist, 'src/assistant/assistant'));
const { pairFilesOf, protocolsFor, libraryWith, pairScriptArgs } = require('./pair-protocols');
const { AnswerSelector, MIN_ANSWER_SCORE, WEIGHTS } = require(path.join(dist, 'src/answer/select'));
const { answerRefMatches, foldForKey } = require(path.join(dist, 'src/answer/score'));
const { questionType } = require(path.join(dist, 'src/answer/questionType'));

const args = process.argv.slice(2);
const list = args.includes('--list');
// --set name=value: another value of one of WEIGHTS (repeatable), as answer-ranker-cv.js takes it.
const { hidden, files } = pairScriptArgs(args, { '': WEIGHTS });
const pairFiles = pairFilesOf(files);

/** @type {{ref: string, text: string, score: number}[] | undefined} */
let seen;
const choose = AnswerSelector.prototype.choose;
AnswerSelector.prototype.choose = function (clauses, question, role, candidates, context = {}) {
  return choose.call(this, clauses, question, role, candidates, { ...context, onScored: (rows) => (seen = rows) });
};
const { config, library } = libraryWith(protocolsFor(pairFiles));
const assistant = Assistant.create({ config, library });
/** @type {{id: string, council: string, role: string, text: string, answer_ref: string[], key: string[]}[]} */
const pairs = pairFiles.flatMap((f) => fs.readFileSync(f, 'utf8').trim().split('\n').map((l) => JSON.parse(l)))
  // A question its protocol does not answer (`no_answer`, answers40) has no sentence to find; scripts/answer-ranker-cv.js scores it.
  .filter((p) => !p.no_answer);

const groups = { hit: 0, 'no answer, right clause': 0, 'wrong sentence, right clause': 0, 'no answer, wrong clause': 0, 'wrong clause': 0 };
/** @type {Record<string, number>} */
const why = {};
const lines = [];
for (const pair of pairs) {
  seen = undefined;
  const read = assistant.read(pair.text, { council: pair.council, role: /** @type {any} */ (pair.role) });
  const rightRef = (/** @type {string} */ ref) => pair.answer_ref.some((e) => answerRefMatches(ref, e));
  const hasKey = (/** @type {string} */ text) => pair.key.some((k) => foldForKey(text).includes(foldForKey(k)));
  const given = read.answer?.ref ?? read.clauses[0]?.ref ?? null;
  const group =
    read.answer && rightRef(read.answer.ref) && hasKey(read.answer.text)
      ? 'hit'
      : read.answer
        ? rightRef(read.answer.ref)
          ? 'wrong sentence, right clause'
          : 'wrong clause'
        : given !== null && rightRef(given)
          ? 'no answer, right clause'
          : 'no answer, wrong clause';
  groups[group] += 1;
  if (group === 'hit') continue;
  const sorted = [...(seen ?? [])].sort((a, b) => b.score - a.score);
  const right = sorted.find((c) => rightRef(c.ref) && hasKey(c.text));
  const type = questionType(pair.text);
  let stop = '';
  if (!read.answer && sorted.length > 0) {
    stop = sorted[0].score < MIN_ANSWER_SCORE ? 'under the threshold' : type === 'can' ? 'rule-less gate (or MIN_LEXICAL)' : 'MIN_LEXICAL';
    if (group === 'no answer, right clause') why[stop] = (why[stop] ?? 0) + 1;
  } else if (!read.answer) stop = 'no candidate';
  if (hidden.has(pair.council)) continue;
  lines.push(
    `  ${pair.id} [${group}] (${type}) ${pair.text}\n` +
      `      want ${pair.answer_ref.join('|')} "${pair.key[0]}"; gave ${read.answer ? `${read.answer.ref}: ${read.answer.text.replace(/\s+/g, ' ').slice(0, 110)}` : `no answer (${stop}; best ${sorted[0]?.score.toFixed(2)} ${sorted[0]?.ref}); cited ${read.clauses.slice(0, 3).map((c) => c.ref).join(', ')}`}\n` +
      `      right ${right ? `${right.score.toFixed(2)} rank ${sorted.indexOf(right) + 1}: ${right.text.replace(/\s+/g, ' ').slice(0, 100)}` : 'not a candidate'}`,
  );
}
console.log(`${pairs.length} pairs: ${Object.entries(groups).map(([g, n]) => `${g} ${n}`).join('; ')}`);
console.log(`no answer with the right clause first, what stopped the best: ${JSON.stringify(why)}`);
if (list) console.log(lines.join('\n'));
