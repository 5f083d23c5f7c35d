#!/usr/bin/env node
// @ts-check
/**
 * `node scripts/intent-engine-cv.js [folds] [--hash-folds] [--intents <dir>]` (after `npm run build`): k-fold cross-validation of
 * the project's own intent examples through the whole engine, as `classify` reads a message:
 * spelling correction, the question found and weighed against its backstory, every scope rule.
 * `eval --cv` predicts each held-out example with the bare classifier, so it cannot measure the
 * decision logic of src/nlu/engine.ts and question.ts; this can, on the examples told with a
 * story as well as on all of them. Same folds as `eval --cv`.
 * `--fallbacks`: after the figures, every in-scope example read as out of scope (a false fallback), with why and the
 * three likeliest intents, grouped by its intent: the project's own examples, so they may be read.
 */
const path = require('node:path');
const root = path.join(__dirname, '..');
const { loadIntents, OUT_OF_SCOPE } = require(path.join(root, 'dist/src/nlu/intents'));
const { IntentEngine, labelledExamples } = require(path.join(root, 'dist/src/nlu/engine'));
const { foldAssignment } = require(path.join(root, 'dist/src/nlu/crossValidate'));
const { findQuestion } = require(path.join(root, 'dist/src/nlu/question'));

const args = process.argv.slice(2);
const option = (/** @type {string} */ name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const folds = Number(args.find((a, i) => /^\d+$/.test(a) && !['--intents'].includes(args[i - 1])) ?? 5);
// `--intents <dir>`: another set of intent files (e.g. a commit's, from `git archive`), read the same way.
const intents = loadIntents(option('--intents') ?? path.join(root, 'intents'));
/** @type {{text: string, label: string, role?: string}[]} */
const items = labelledExamples(intents);
/**
 * `--hash-folds`: each example in the fold its text hashes to (as scripts/intent-cv-compare.js), so
 * that adding examples does not reshuffle the others' folds; otherwise the folds of `eval --cv`.
 */
const hashFold = (/** @type {string} */ text) => {
  let h = 2166136261 >>> 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0;
  return h % folds;
};
const assignment = args.includes('--hash-folds') ? new Map(items.map((i) => [i, hashFold(i.text)])) : foldAssignment(items, folds);
let right = 0;
let storyRight = 0;
let stories = 0;
let inScope = 0;
let inScopeRight = 0;
let fallback = 0;
let outOfScope = 0;
let caught = 0;
/** `--fallbacks`: the false fallbacks, by intent. */
const fallbacks = new Map();
for (let fold = 0; fold < folds; fold++) {
  const engine = IntentEngine.trainOn(intents, items.filter((i) => assignment.get(i) !== fold));
  for (const item of items.filter((i) => assignment.get(i) === fold)) {
    const result = engine.classify(item.text, item.role);
    const predicted = result.intent;
    const ok = predicted === item.label;
    right += ok ? 1 : 0;
    if (findQuestion(item.text).hasContext) {
      stories++;
      storyRight += ok ? 1 : 0;
    }
    if (item.label === OUT_OF_SCOPE) {
      outOfScope++;
      caught += ok ? 1 : 0;
    } else {
      inScope++;
      inScopeRight += ok ? 1 : 0;
      fallback += predicted === OUT_OF_SCOPE ? 1 : 0;
      if (predicted === OUT_OF_SCOPE) {
        const top = result.ranked.slice(0, 3).map((/** @type {{label: string, probability: number}} */ r) => `${r.label} ${r.probability.toFixed(2)}`).join(', ');
        fallbacks.set(item.label, [...(fallbacks.get(item.label) ?? []), `  ${result.scopeReason} [${item.role ?? '-'}] (${top})\n    ${item.text}`]);
      }
    }
  }
}
const f = (/** @type {number} */ n, /** @type {number} */ d) => (n / Math.max(1, d)).toFixed(4);
process.stdout.write(
  `${folds}-fold cross-validation through the engine over ${items.length} examples: accuracy ${f(right, items.length)}; ` +
    `told with a story (${stories}): ${f(storyRight, stories)}; in-scope ${f(inScopeRight, inScope)}, out-of-scope recall ${f(caught, outOfScope)}, false fallback ${f(fallback, inScope)}\n`,
);
if (args.includes('--fallbacks')) {
  for (const [label, lines] of [...fallbacks].sort((a, b) => b[1].length - a[1].length)) process.stdout.write(`${label} (${lines.length})\n${lines.join('\n')}\n`);
}
