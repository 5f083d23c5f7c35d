#!/usr/bin/env node
// @ts-check
/**
 * `node scripts/intent-explain.js [--role officer] [--against <intent>] "<message>"` (after `npm run build`):
 * which features of the message push the bare classifier (the cached model) to its top intent
 * rather than another (the second, or `--against`), largest differences first. For finding out
 * which words carry a confusion before writing examples for it.
 */
const path = require('node:path');
const root = path.join(__dirname, '..');
const { loadIntents } = require(path.join(root, 'dist/src/nlu/intents'));
const { IntentEngine, roleFeature } = require(path.join(root, 'dist/src/nlu/engine'));
const { featureParts } = require(path.join(root, 'dist/src/nlu/features'));

const args = process.argv.slice(2);
const option = (/** @type {string} */ name) => {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const value = args[i + 1];
  args.splice(i, 2);
  return value;
};
const role = option('--role');
const against = option('--against');
const text = args.join(' ');

const engine = IntentEngine.train(loadIntents(path.join(root, 'intents')), { cacheDir: path.join(root, 'var/cache') });
/** @type {any} */
const classifier = engine['classifier'];
const saved = classifier.toJSON();
const k = saved.labels.length;
const weights = classifier.weights;
const prediction = classifier.predict(text, roleFeature(role));
const top = prediction.ranked[0].label;
const other = against ?? prediction.ranked[1].label;
const a = saved.labels.indexOf(top);
const b = saved.labels.indexOf(other);
const x = classifier.vectorizer.vectorize(featureParts(text, roleFeature(role), classifier.options), true);
const rows = [];
for (let f = 0; f < x.length; f++) {
  const i = x.indices[f];
  const v = x.values[f];
  rows.push({ feature: saved.features[i], toTop: v * weights[i * k + a], toOther: v * weights[i * k + b] });
}
rows.sort((p, q) => Math.abs(q.toTop - q.toOther) - Math.abs(p.toTop - p.toOther));
process.stdout.write(`${prediction.ranked.slice(0, 4).map((/** @type {any} */ r) => `${r.label} ${r.probability.toFixed(2)}`).join(', ')}\n`);
process.stdout.write(`feature: ${top} − ${other}\n`);
for (const r of rows.slice(0, 18)) process.stdout.write(`  ${(r.toTop - r.toOther).toFixed(3).padStart(7)}  ${r.feature}\n`);
process.stdout.write(`bias: ${(classifier.bias[a] - classifier.bias[b]).toFixed(3)}\n`);
