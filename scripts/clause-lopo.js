#!/usr/bin/env node
/*
 * How well a protocol no one has mapped is ranked (issue 12), measured on the project's own data:
 * each shipped protocol in turn has its clause maps taken out of every intent, so the selector
 * ranks its clauses as it ranks one ingested a minute ago (BM25 plus the clauses' topics), and the
 * labelled clauses of the design sets (dev, messy-dev, validation, messy-validation, factual-probe and
 * three answer sets) score that ranking with the row's labelled intent: @1, @3 and mean reciprocal rank.
 * The other four protocols' maps stay, as they would for a new council. Run after `npm run build`:
 * `node scripts/clause-lopo.js [--show <council>]`.
 */
const fs = require('node:fs');
const path = require('node:path');
const root = path.join(__dirname, '..');
const { CliContext } = require(path.join(root, 'dist/src/cli/context'));
const { Assistant } = require(path.join(root, 'dist/src/assistant/assistant'));
const { ClauseSelector } = require(path.join(root, 'dist/src/protocols/select'));
const { ClauseTopics } = require(path.join(root, 'dist/src/answer/topicAffinity'));
const { refMatches } = require(path.join(root, 'dist/src/nlu/evaluate'));

const show = process.argv.includes('--show') ? process.argv[process.argv.indexOf('--show') + 1] : undefined;
const context = new CliContext();
const bot = Assistant.create({ config: context.config, library: context.library });
const topics = new ClauseTopics((text) => bot.engine.readTopics(text));
const files = [
  'test/eval/dev/dev.jsonl',
  'test/eval/dev/messy-dev.jsonl',
  'test/eval/validation.jsonl',
  'test/eval/messy-validation.jsonl',
  'test/eval/factual-probe.jsonl',
  'test/eval/dev/answers-dev.jsonl',
  'test/eval/answers-validation.jsonl',
  'test/eval/answers-probe-sentences.jsonl',
];
const rows = files.flatMap((f) => fs.readFileSync(path.join(root, f), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l)));
const total = { n: 0, at1: 0, at3: 0, rr: 0 };
const line = (name, { n, at1, at3, rr }) => `${name.padEnd(12)} ${String(n).padStart(4)}   @1 ${(at1 / n).toFixed(3)}   @3 ${(at3 / n).toFixed(3)}   mrr ${(rr / n).toFixed(3)}`;
for (const council of context.library.ids()) {
  const intents = new Map(
    [...bot.engine.intents].map(([id, intent]) => {
      const clauses = { ...intent.clauses };
      delete clauses[council];
      return [id, { ...intent, clauses }];
    }),
  );
  if (![...bot.engine.intents.values()].some((i) => i.clauses[council])) continue;
  const selector = new ClauseSelector(context.library, intents, undefined, topics);
  const score = { n: 0, at1: 0, at3: 0, rr: 0 };
  for (const row of rows) {
    const expected = row.answer_ref ?? row.clauses ?? [];
    if (row.council !== council || expected.length === 0 || intents.get(row.intent)?.kind !== 'topic') continue;
    const ranked = selector.select(council, row.intent, row.text, 10).map((s) => s.clause.ref);
    const at = ranked.findIndex((ref) => expected.some((e) => refMatches(ref, e)));
    score.n++;
    if (at === 0) score.at1++;
    if (at >= 0 && at < 3) score.at3++;
    if (at >= 0) score.rr += 1 / (at + 1);
    if (show === council && at !== 0) console.log(`  ${row.id} ${row.intent} expected ${expected.join(',')} at ${at < 0 ? '-' : at + 1} [${ranked.slice(0, 4).join(',')}] ${row.text.slice(0, 90)}`);
  }
  for (const key of Object.keys(total)) total[key] += score[key];
  console.log(line(council, score));
}
console.log(line('all', total));
