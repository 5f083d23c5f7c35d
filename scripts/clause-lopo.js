#!/usr/bin/env node
/*
 * How well a protocol no one has mapped is ranked (issue 12), measured on the project's own data:
 * each shipped protocol in turn has its clause maps taken out of every intent, so the selector
 * ranks its clauses as it ranks one ingested a minute ago (BM25 plus the clauses' topics), and the
 * labelled clauses of the design sets (dev, messy-dev, validation, messy-validation, factual-probe and
 * three answer sets) score that ranking with the row's labelled intent: @1, @3 and mean reciprocal rank.
 * The other four protocols' maps stay, as they would for a new council. Then the same scores on the
 * protocols that are unmapped already (Ashdown, Brindlecombe, Foxleigh: the sets of src/eval/sets.ts
 * that add them, held-out sets left out), and apart, the Hollinsford check set (nothing is chosen on it).
 * Run after `npm run build`: `node scripts/clause-lopo.js [--show <council>] [--set lengthWeight=0.03 …] [--chatty] [--messy]`.
 * `--chatty` wraps every message in small talk (my own openings and asides, one per row in turn), to measure how much a
 * greeting or "quick one" moves the ranking: the figures should stay those of the plain messages.
 */
const fs = require('node:fs');
const path = require('node:path');
const root = path.join(__dirname, '..');
const { CliContext } = require(path.join(root, 'dist/src/cli/context'));
const { Assistant } = require(path.join(root, 'dist/src/assistant/assistant'));
const { ClauseSelector } = require(path.join(root, 'dist/src/protocols/select'));
const { ClauseTopics } = require(path.join(root, 'dist/src/answer/topicAffinity'));
const { refMatches } = require(path.join(root, 'dist/src/nlu/evaluate'));
const { EVAL_SETS, protocolFilesOf, resolveInProject } = require(path.join(root, 'dist/src/eval/sets'));
const { parseProtocol } = require(path.join(root, 'dist/src/protocols/parse'));
const { councilMetadataSchema } = require(path.join(root, 'dist/src/protocols/metadata'));

const { UNMAPPED_RANKING } = require(path.join(root, 'dist/src/protocols/select'));
// --set name=value (repeatable): another value of one of UNMAPPED_RANKING (src/protocols/select.ts), to compare variants.
process.argv.forEach((a, i) => {
  if (process.argv[i - 1] !== '--set') return;
  const [name, value] = a.split('=');
  if (!(name in UNMAPPED_RANKING)) throw new Error(`no setting ${name}`);
  UNMAPPED_RANKING[name] = Number(value);
});
/** Small talk around a message, none of it saying what is asked (cite12): the first five are forms `withoutChatter` knows. */
const SMALL_TALK = [
  (t) => `hiya, quick one - ${t}`,
  (t) => `Morning all, one for the group: ${t}`,
  (t) => `hey there, just one more thing. ${t}`,
  (t) => `Good afternoon! Quick question: ${t}`,
  (t) => `${t} - one more from me, sorry`,
  (t) => `Sorry to bother you on a busy evening. ${t} Cheers in advance`,
];
let chattyTurn = 0;
const chatty = process.argv.includes('--chatty') ? (text) => SMALL_TALK[chattyTurn++ % SMALL_TALK.length](text) : (text) => text;
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
const readRows = (f) => fs.readFileSync(path.join(root, f), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const rows = files.flatMap(readRows);
/**
 * `--messy`: the same leave-one-out over messages as people write them (cite13), apart: the messy design sets with
 * clause labels and the backstory probe, and, apart again, their checks (figures only, nothing chosen on them).
 */
const messyFiles = ['messy-probe-2', 'messy-probe-3', 'messy-probe-4', 'messy-probe-6', 'messy-probe-7', 'messy-probe-9', 'messy-probe-11', 'clause-probe-backstory'];
const messyCheckFiles = ['messy-probe-5', 'messy-probe-8', 'messy-probe-10', 'messy-probe-12', 'clause-probe-backstory-check'];
const messy = process.argv.includes('--messy');
const messyRows = messy ? messyFiles.flatMap((f) => readRows(`test/eval/${f}.jsonl`)) : [];
const messyCheckRows = messy ? messyCheckFiles.flatMap((f) => readRows(`test/eval/${f}.jsonl`)) : [];
const total = { n: 0, at1: 0, at3: 0, rr: 0 };
/** Adds the row's rank of a labelled clause to `score`; says where it was for `--show`. */
function scoreRow(selector, row, score) {
  const expected = row.answer_ref ?? row.clauses ?? [];
  const ranked = selector.select(row.council, row.intent, chatty(row.text), 10).map((s) => s.clause.ref);
  const at = ranked.findIndex((ref) => expected.some((e) => refMatches(ref, e)));
  score.n++;
  if (at === 0) score.at1++;
  if (at >= 0 && at < 3) score.at3++;
  if (at >= 0) score.rr += 1 / (at + 1);
  if (show === row.council && at !== 0) console.log(`  ${row.id} ${row.intent} expected ${expected.join(',')} at ${at < 0 ? '-' : at + 1} [${ranked.slice(0, 4).join(',')}] ${row.text.slice(0, 90)}`);
}
const line = (name, { n, at1, at3, rr }) => `${name.padEnd(12)} ${String(n).padStart(4)}   @1 ${(at1 / n).toFixed(3)}   @3 ${(at3 / n).toFixed(3)}   mrr ${(rr / n).toFixed(3)}`;
const messyTotal = { n: 0, at1: 0, at3: 0, rr: 0 };
const messyCheckTotal = { n: 0, at1: 0, at3: 0, rr: 0 };
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
    scoreRow(selector, row, score);
  }
  for (const key of Object.keys(total)) total[key] += score[key];
  console.log(line(council, score));
  for (const [list, sum] of [[messyRows, messyTotal], [messyCheckRows, messyCheckTotal]]) {
    for (const row of list) {
      const expected = row.answer_ref ?? row.clauses ?? [];
      if (row.council !== council || expected.length === 0 || intents.get(row.intent)?.kind !== 'topic') continue;
      scoreRow(selector, row, sum);
    }
  }
}
console.log(line('all', total));
if (messy) {
  console.log(line('messy', messyTotal));
  console.log(line('messy check', messyCheckTotal));
}

// The protocols no one has mapped, added in memory as eval adds them.
const protocolId = (file) => path.basename(file).replace(/\.[^.]+$/, '').toLowerCase();
const unmappedSets = EVAL_SETS.filter((set) => set.withProtocol && !set.heldOut && set.format !== 'dialogues' && !set.name.includes('holdout'));
for (const file of unmappedSets.flatMap(protocolFilesOf)) {
  const id = protocolId(file);
  if (context.library.has(id)) continue;
  const { clauses, warnings } = parseProtocol(fs.readFileSync(resolveInProject(file), 'utf8'), id);
  context.library.add({ council: councilMetadataSchema.parse({ id, name: id }), clauses, warnings });
}
const selector = new ClauseSelector(context.library, bot.engine.intents, undefined, topics);
const probes = new Map();
for (const set of unmappedSets) for (const file of protocolFilesOf(set)) {
  const council = protocolId(file);
  const name = set.name.includes('check') ? `${council} (check)` : council;
  if (!probes.has(name)) probes.set(name, { n: 0, at1: 0, at3: 0, rr: 0 });
  for (const line of fs.readFileSync(resolveInProject(set.file), 'utf8').split('\n').filter((l) => l.trim())) {
    const row = JSON.parse(line);
    const expected = row.answer_ref ?? row.clauses ?? [];
    if (row.council !== council || expected.length === 0 || bot.engine.intents.get(row.intent)?.kind !== 'topic') continue;
    scoreRow(selector, row, probes.get(name));
  }
}
const probeTotal = { n: 0, at1: 0, at3: 0, rr: 0 };
for (const [name, score] of probes) {
  console.log(line(name, score));
  if (!name.includes('check')) for (const key of Object.keys(probeTotal)) probeTotal[key] += score[key];
}
console.log(line('unmapped', probeTotal));
