#!/usr/bin/env node
// @ts-check
/**
 * `node scripts/intent-misses.js [--quiet] [--checks] [file ...]` (after `npm run build`): the intent
 * misses of one-message sets (messages or answers format) read by the engine alone, with the three
 * most probable intents, and each set's intent accuracy. With no file, every design set of
 * src/eval/sets.ts in those formats. Held-out sets (blind, Wexcombe) are never read; the checks
 * (the holdout sets, Ashdown's messages) give only their figure, with `--checks`, never their misses.
 * `--confusions` ends with the design sets' confusion table: which intent pairs are confused, how often,
 * and in which direction (checks never counted).
 * `--fresh` trains without the model cache; `--intents <dir>` reads the examples from another folder. `--quiet` prints only the accuracies (for comparing two variants on every design set at once).
 *
 * The engine alone is what decides the intent of a one-message row (the assistant passes its
 * intent through), so these accuracies equal `npm run eval`'s intent column for these sets.
 */
const fs = require('node:fs');
const path = require('node:path');
const root = path.join(__dirname, '..');
const { loadIntents } = require(path.join(root, 'dist/src/nlu/intents'));
const { IntentEngine } = require(path.join(root, 'dist/src/nlu/engine'));
const { EVAL_SETS } = require(path.join(root, 'dist/src/eval/sets'));

const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
const confusions = args.includes('--confusions');
/** Design-set misses by expected → read intent. */
const confused = new Map();
const withChecks = args.includes('--checks');
const files = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--intents');
/** Sets that judge and must choose nothing: never read here. */
const isHeldOut = (/** @type {{name: string, heldOut?: boolean, file: string}} */ s) => s.heldOut || /blind|wexcombe/i.test(s.name + s.file);
/** Checks: their figure may be looked at, never their misses. */
const isCheck = (/** @type {{name: string, file: string}} */ s) =>
  /holdout|intent-probe-check|intent-probe-check-2|messy-probe-[56](?!\d)|hollinsford|check\)|test\/eval\/ashdown\.jsonl/i.test(s.name + ' ' + s.file);
const sets = files.length
  ? files.map((file) => ({ name: path.basename(file), file }))
  : EVAL_SETS.filter((/** @type {any} */ s) => s.format !== 'dialogues' && !isHeldOut(s) && (withChecks || !isCheck(s)));

// `--intents <dir>`: read the examples from another folder (for comparing a batch of examples with none).
const intentsAt = args.indexOf('--intents');
const intentsDir = intentsAt >= 0 ? path.resolve(args[intentsAt + 1]) : path.join(root, 'intents');
const intents = loadIntents(intentsDir);
// `--fresh`: train here, without the model cache (for trying a training setting read from the environment).
const engine = args.includes('--fresh') ? IntentEngine.train(intents) : IntentEngine.train(intents, { cacheDir: path.join(root, 'var/cache') });
let allRight = 0;
let allRows = 0;
for (const set of sets) {
  if (isHeldOut(set)) throw new Error(`${set.file} is held out: not read here`);
  const check = isCheck(set);
  const rows = fs
    .readFileSync(path.join(root, set.file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
  let right = 0;
  for (const row of rows) {
    const result = engine.classify(row.text, row.role);
    const ok = result.intent === row.intent || (row.alt ?? []).includes(result.intent);
    right += ok ? 1 : 0;
    if (!ok && !check) confused.set(`${row.intent}\t${result.intent}`, (confused.get(`${row.intent}\t${result.intent}`) ?? 0) + 1);
    if (!ok && !quiet && !check) {
      const top = result.ranked
        .slice(0, 3)
        .map((/** @type {{label: string, probability: number}} */ r) => `${r.label} ${r.probability.toFixed(2)}`)
        .join(', ');
      process.stdout.write(`${row.id} [${row.role ?? '-'}] ${row.intent} → ${result.intent} (${top})\n    ${row.text}\n`);
    }
  }
  if (!check) {
    allRight += right;
    allRows += rows.length;
  }
  process.stdout.write(`${set.name}${check ? ' (check)' : ''}: ${right}/${rows.length} = ${(right / rows.length).toFixed(3)}\n`);
}
process.stdout.write(`all design sets: ${allRight}/${allRows} = ${(allRight / allRows).toFixed(4)}\n`);
if (confusions) {
  // Both directions of a pair together: a boundary the examples draw badly shows as one pair, whichever way it fails.
  const pairs = new Map();
  for (const [key, n] of confused) {
    const [expected, read] = key.split('\t');
    const pair = [expected, read].sort().join(' ~ ');
    const entry = pairs.get(pair) ?? { n: 0, ways: [] };
    entry.n += n;
    entry.ways.push(`${expected} → ${read} ${n}`);
    pairs.set(pair, entry);
  }
  process.stdout.write('\nconfused pairs (design sets, both directions):\n');
  for (const [pair, { n, ways }] of [...pairs].sort((a, b) => b[1].n - a[1].n || a[0].localeCompare(b[0]))) {
    if (n < 2) continue;
    process.stdout.write(`${String(n).padStart(4)}  ${pair}   (${ways.join(', ')})\n`);
  }
  const byExpected = new Map();
  const byRead = new Map();
  for (const [key, n] of confused) {
    const [expected, read] = key.split('\t');
    byExpected.set(expected, (byExpected.get(expected) ?? 0) + n);
    byRead.set(read, (byRead.get(read) ?? 0) + n);
  }
  const top = (/** @type {Map<string, number>} */ m) => [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 8).map(([k, n]) => `${k} ${n}`).join(', ');
  process.stdout.write(`missed most (expected): ${top(byExpected)}\nread most wrongly as: ${top(byRead)}\n`);
}
