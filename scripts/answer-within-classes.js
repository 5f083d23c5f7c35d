#!/usr/bin/env node
/**
 * `node scripts/answer-within-classes.js [--list] [--hide <council,…>] pairs.jsonl …` (after `npm run build`): the pairs whose
 * ref is right but whose answer lacks the key, counted by what was chosen instead (answers62): null (the answering
 * sentence scored or not), the sentence just before the answering one, one further back, a later one, a short sentence,
 * a list item; each with whether the chosen shares more of the question (lexical) or wins on cues.
 */
const fs = require('node:fs');
const path = require('node:path');
const root = path.join(__dirname, "..");
const dist = path.join(root, 'dist');
const { Assistant } = require(path.join(dist, 'src/assistant/assistant'));
const { protocolsFor, libraryWith, pairScriptArgs } = require(path.join(root, 'scripts/pair-protocols'));
const { AnswerSelector, WEIGHTS } = require(path.join(dist, 'src/answer/select'));
const { answerRefMatches, foldForKey } = require(path.join(dist, 'src/answer/score'));
const args = process.argv.slice(2);
const { hidden, files } = pairScriptArgs(args, { '': WEIGHTS }, []);
let seen;
const choose = AnswerSelector.prototype.choose;
AnswerSelector.prototype.choose = function (c, q, r, cand, context = {}) { return choose.call(this, c, q, r, cand, { ...context, onScored: (rows) => (seen = rows) }); };
const { config, library } = libraryWith(protocolsFor(files));
const assistant = Assistant.create({ config, library });
const pairs = files.flatMap((f) => fs.readFileSync(f, 'utf8').trim().split('\n').map((l) => JSON.parse(l))).filter((p) => !p.no_answer);
const flat = (s) => s.replace(/\s+/g, ' ').trim();
const hasKey = (t, keys) => keys.some((k) => foldForKey(t).includes(foldForKey(k)));
const counts = {}; const lines = [];
for (const pair of pairs) {
  seen = undefined;
  const read = assistant.read(pair.text, { council: pair.council, role: pair.role });
  const ref = read.answer?.ref ?? read.clauses[0]?.ref ?? null;
  if (ref === null || !pair.answer_ref.some((e) => answerRefMatches(ref, e))) continue;
  if (read.answer && hasKey(read.answer.text, pair.key)) continue;
  const rows = (seen ?? []).filter((r) => r.ref === ref);
  const want = rows.findIndex((r) => hasKey(r.text, pair.key));
  let cls;
  if (!read.answer) cls = want < 0 ? 'null, key not a scored sentence' : 'null, answering sentence scored';
  else if (want < 0) cls = 'key in no one scored sentence';
  else {
    const text = flat(read.answer.text);
    const inQuote = rows.map((r, i) => [r, i]).filter(([r]) => text.includes(flat(r.text)));
    const top = inQuote.length ? inQuote.reduce((a, b) => (b[0].score > a[0].score ? b : a))[1] : -1;
    const w = rows[want], t = rows[top];
    const li = (x) => /^\s*(?:[\u2022\-*]|\(?[a-z0-9]{1,3}[.)])\s/.test(x);
    if (top < 0) cls = 'chosen not a scored sentence';
    else if (li(t.text)) cls = 'list item';
    else if (flat(t.text).length < 60) cls = (top < want ? 'earlier' : 'later') + ', short sentence';
    else if (top === want - 1) cls = 'sentence just before the answering one';
    else if (top < want) cls = 'earlier sentence, further back';
    else cls = 'later sentence';
    cls += t && t.features[0] > w.features[0] ? ' (more shared words)' : ' (cues)';
  }
  counts[cls] = (counts[cls] ?? 0) + 1;
  if (!hidden.has(pair.council)) lines.push(`${cls.padEnd(40)} ${pair.id}`);
}
console.log(JSON.stringify(counts, null, 1));
if (args.includes('--list')) console.log(lines.sort().join('\n'));
