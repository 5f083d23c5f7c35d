#!/usr/bin/env node
// @ts-check
/**
 * `node scripts/answer-negation-count.js [pairs.jsonl …]` (after `npm run build`): how many of the project's own
 * question→sentence pairs say one thing two ways, a negated word on one side and its negative-prefixed form on the other
 * ("I'm not sure …" asked, "If you are unsure …" the key sentence), and whether src/answer/synonyms.ts `prefixedForms`
 * joins them. Default files: data/answers/*.jsonl, data/answers/design/*.jsonl and the answer probes' design rows.
 * Never give it a held-out file.
 */
const fs = require('node:fs');
const path = require('node:path');
const root = path.join(__dirname, '..');
const { NEGATIVE_PREFIXED, prefixedForms } = require(path.join(root, 'dist/src/answer/synonyms'));

const given = process.argv.slice(2).filter((a) => a.endsWith('.jsonl'));
const dirFiles = (dir) => fs.readdirSync(path.join(root, dir)).filter((f) => f.endsWith('.jsonl')).map((f) => path.join(dir, f));
const files = given.length
  ? given
  : [...dirFiles('data/answers'), ...dirFiles('data/answers/design'), ...['answers-validation', 'answers-probe-ashdown', 'answers-probe-sentences', 'answers-probe-remedies-ashdown', 'answers-probe-brindlecombe'].map((n) => `test/eval/${n}.jsonl`)];
if (files.some((f) => /blind|wexcombe|holdout/i.test(f))) throw new Error('held-out files are not read');

const textOf = new Map();
function protocol(council) {
  if (!textOf.has(council)) {
    const where = [`data/protocols/${council}.txt`, `test/eval/protocols/${council}.txt`, `data/answers/design/${council}.txt`].map((p) => path.join(root, p)).find((p) => fs.existsSync(p));
    textOf.set(council, where ? fs.readFileSync(where, 'utf8') : '');
  }
  return textOf.get(council);
}
/** The sentence of the protocol holding a key (whitespace folded). */
function keySentence(text, key) {
  const flat = text.replace(/\s+/g, ' ');
  const at = flat.toLowerCase().indexOf(key.toLowerCase().replace(/\s+/g, ' '));
  if (at < 0) return key;
  const start = Math.max(flat.lastIndexOf('. ', at), flat.lastIndexOf('\n', at)) + 1;
  const end = flat.indexOf('. ', at + key.length);
  return flat.slice(start, end < 0 ? undefined : end + 1);
}
const PREFIXED = new Set(NEGATIVE_PREFIXED.values());
const prefixedIn = (text) => (text.toLowerCase().match(/[a-z]+/g) ?? []).filter((w) => PREFIXED.has(w));

let pairs = 0;
const rows = [];
for (const file of files) {
  for (const line of fs.readFileSync(path.join(root, file), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const pair = JSON.parse(line);
    if (!pair.key || pair.key.length === 0 || /wexcombe/i.test(pair.council)) continue;
    pairs++;
    const sentence = pair.key.map((k) => keySentence(protocol(pair.council), k)).join(' ');
    const asked = { negated: prefixedForms(pair.text), prefixed: prefixedIn(pair.text) };
    const keyed = { negated: prefixedForms(sentence), prefixed: prefixedIn(sentence) };
    const joined = [...asked.negated.filter((w) => keyed.prefixed.includes(w)), ...keyed.negated.filter((w) => asked.prefixed.includes(w))];
    const any = asked.negated.length + keyed.negated.length > 0;
    if (joined.length || any) rows.push({ file: path.basename(file), id: pair.id, joined, asked, keyed });
  }
}
const joinedRows = rows.filter((r) => r.joined.length);
console.log(`${pairs} pairs with a key; a negated word the table knows in the question or key sentence: ${rows.length}; joined to its prefixed form on the other side: ${joinedRows.length}`);
for (const r of rows) console.log(`${r.joined.length ? 'JOINED' : '      '} ${r.file} ${r.id} question not-forms [${r.asked.negated}] prefixed [${r.asked.prefixed}] | key not-forms [${r.keyed.negated}] prefixed [${r.keyed.prefixed}]`);
