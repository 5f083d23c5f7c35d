#!/usr/bin/env node
// @ts-check
/**
 * `node scripts/answer-sweep.js [--set name=value …]` (after `npm run build`): one row of the figures the answer
 * rounds choose on, for the hand weights or a variant of them (the `--set` options of answer-ranker-cv.js):
 * the 350 pairs of data/answers/ (unmapped / mapped, ref@1/key), every design pair file of data/answers/design/,
 * and the answers-format dev, validation and probe sets. No check set, holdout, blind or Wexcombe file is read:
 * their figures are taken once at a round's start and end, by hand, never in a sweep.
 */
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const root = path.join(__dirname, '..');
const sets = process.argv.slice(2);
const design = fs.readdirSync(path.join(root, 'data/answers/design')).filter((f) => f.endsWith('.jsonl')).map((f) => `data/answers/design/${f}`);
const evalSets = ['answers-validation', 'dev/answers-dev', 'answers-probe-ashdown', 'answers-probe-sentences', 'answers-probe-remedies-ashdown', 'answers-probe-brindlecombe'].map((f) => `test/eval/${f}.jsonl`);
for (const f of [...design, ...evalSets]) if (/check\/|holdout|blind|wexcombe/.test(f)) throw new Error(`not in a sweep: ${f}`);
const ranker = (/** @type {string[]} */ files) => execFileSync(process.execPath, [path.join(__dirname, 'answer-ranker-cv.js'), '--quick', ...sets, ...files], { cwd: root, encoding: 'utf8' });
const short = (/** @type {string} */ f) => path.basename(f, '.jsonl').replace(/^pairs-/, '').replace(/^answers-(probe-)?/, '');
const cells = [];
const pairs = /unmapped (\d+)\/(\d+) of \d+; mapped (\d+)\/(\d+) of \d+/.exec(ranker([]));
cells.push(`350 pairs U ${pairs?.[1]}/${pairs?.[2]} M ${pairs?.[3]}/${pairs?.[4]}`);
for (const f of [...design, ...evalSets]) {
  const m = /ref@1 (\d+)\/(\d+) \([^)]*\), key (\d+)\//.exec(ranker([f]));
  cells.push(`${short(f)} ${m?.[1]}/${m?.[3]} of ${m?.[2]}`);
}
console.log(`${sets.filter((a) => a !== '--set').join(' ') || 'hand weights'} | ${cells.join(' | ')}`);
