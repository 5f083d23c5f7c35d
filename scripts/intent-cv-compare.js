#!/usr/bin/env node
// @ts-check
/**
 * `node scripts/intent-cv-compare.js [--against <git ref>] [--folds 5] [--seed 1] [--misses]` (after `npm run build`):
 * cross-validated accuracy of the intent examples in intents/, in folds that do not move when
 * examples are added.
 *
 * `eval --cv` deals each intent's examples into folds after a shuffle, so adding a few examples
 * reshuffles every fold of their intents, and the figure moves by as much as the change being
 * measured. Here an example's fold is a hash of its text: an example keeps its fold whatever is
 * added, moved (relabelled) or removed elsewhere. With `--against <ref>`, the examples of that
 * commit's intents/ are cross-validated the same way, and both are scored on the examples the
 * two have in common (each with its own label): does the change read the existing examples
 * better or worse? The new examples' own score is printed apart (they are usually the hard cases).
 * `--misses` lists the working tree's misclassified examples (label → predicted: role | text).
 * Bare classifier as `eval --cv` (top label, no scope rules), trained as the engine trains it.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const root = path.join(__dirname, '..');
const { loadIntents } = require(path.join(root, 'dist/src/nlu/intents'));
const { labelledExamples, topicOf } = require(path.join(root, 'dist/src/nlu/engine'));
const { IntentClassifier } = require(path.join(root, 'dist/src/nlu/classifier'));
const { withEverydayBackstory } = require(path.join(root, 'dist/src/nlu/augment'));
const { TRAINING_OPTIONS } = require(path.join(root, 'dist/src/nlu/training'));

const args = process.argv.slice(2);
const option = (/** @type {string} */ name, /** @type {string | undefined} */ fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const folds = Number(option('--folds', '5'));
const seed = Number(option('--seed', '1'));
const against = option('--against', undefined);

/** FNV-1a of the text with a seed: the example's fold, whatever else changes. */
function foldOf(/** @type {string} */ text) {
  let h = (2166136261 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619) >>> 0;
  }
  return h % folds;
}

/** Every example's held-out prediction, keyed by role and text. */
function crossValidate(/** @type {string} */ intentsDir) {
  const intents = loadIntents(intentsDir);
  const items = labelledExamples(intents);
  const isTopic = topicOf(intents);
  /** @type {Map<string, {label: string, predicted: string}>} */
  const predictions = new Map();
  for (let fold = 0; fold < folds; fold++) {
    const train = items.filter((/** @type {any} */ i) => foldOf(i.text) !== fold);
    const model = IntentClassifier.train(withEverydayBackstory(train, isTopic), TRAINING_OPTIONS);
    for (const item of items.filter((/** @type {any} */ i) => foldOf(i.text) === fold)) {
      predictions.set(`${item.role ?? ''}\u0000${item.text}`, { label: item.label, predicted: model.predict(item.text, item.role).label });
    }
  }
  return predictions;
}

const accuracy = (/** @type {{label: string, predicted: string}[]} */ ps) => ps.filter((p) => p.label === p.predicted).length / Math.max(1, ps.length);
const current = crossValidate(path.join(root, 'intents'));
const all = [...current.values()];
let line = `${folds} folds by text hash (seed ${seed}): ${all.length} examples, accuracy ${accuracy(all).toFixed(4)}`;
if (against) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'intent-cv-'));
  execFileSync('sh', ['-c', `git -C "${root}" archive "${against}" intents | tar -x -C "${dir}"`]);
  const base = crossValidate(path.join(dir, 'intents'));
  fs.rmSync(dir, { recursive: true, force: true });
  const common = [...current.keys()].filter((k) => base.has(k));
  const fresh = [...current.keys()].filter((k) => !base.has(k));
  const on = (/** @type {Map<string, any>} */ m, /** @type {string[]} */ keys) => accuracy(keys.map((k) => m.get(k)));
  line +=
    `\n  on the ${common.length} examples in common: ${against} ${on(base, common).toFixed(4)} → now ${on(current, common).toFixed(4)}` +
    ` (${base.size} examples then)\n  the ${fresh.length} examples new since ${against}: ${on(current, fresh).toFixed(4)}`;
}
if (args.includes('--misses')) {
  for (const [key, p] of current) if (p.label !== p.predicted) line += `\n${p.label} → ${p.predicted}: ${key.replace('\u0000', ' | ')}`;
}
process.stdout.write(`${line}\n`);
