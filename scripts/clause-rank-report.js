#!/usr/bin/env node
/*
 * Which clause is cited first, set by set (issues 10 and 12): for every message and answers set of
 * src/eval/sets.ts that is not held out, clause@1 and clause@3 as the bot reads the message, and the
 * same with the row's labelled intent given (so a clause-ranking change can be told apart from the
 * intent's). Answers sets: the first cited clause among `answer_ref`, as ref@1 would score it without
 * an answer. Run after `npm run build`: `node scripts/clause-rank-report.js [--misses set-name] [--set lengthWeight=0.03 …]`.
 */
const fs = require('node:fs');
const path = require('node:path');
const root = path.join(__dirname, '..');
const { EVAL_SETS, protocolFilesOf, resolveInProject } = require(path.join(root, 'dist/src/eval/sets'));
const { CliContext } = require(path.join(root, 'dist/src/cli/context'));
const { Assistant } = require(path.join(root, 'dist/src/assistant/assistant'));
const { parseProtocol } = require(path.join(root, 'dist/src/protocols/parse'));
const { councilMetadataSchema } = require(path.join(root, 'dist/src/protocols/metadata'));
const { refMatches } = require(path.join(root, 'dist/src/nlu/evaluate'));

const { UNMAPPED_RANKING } = require(path.join(root, 'dist/src/protocols/select'));
// --set name=value (repeatable): another value of one of UNMAPPED_RANKING (src/protocols/select.ts), to compare variants.
process.argv.forEach((a, i) => {
  if (process.argv[i - 1] !== '--set') return;
  const [name, value] = a.split('=');
  if (!(name in UNMAPPED_RANKING)) throw new Error(`no setting ${name}`);
  UNMAPPED_RANKING[name] = Number(value);
});
const missesOf = process.argv.includes('--misses') ? process.argv[process.argv.indexOf('--misses') + 1] : undefined;
const context = new CliContext();
const protocolId = (file) => path.basename(file).replace(/\.[^.]+$/, '').toLowerCase();
for (const file of EVAL_SETS.flatMap(protocolFilesOf)) {
  if (context.library.has(protocolId(file))) continue;
  const id = protocolId(file);
  const { clauses, warnings } = parseProtocol(fs.readFileSync(resolveInProject(file), 'utf8'), id);
  context.library.add({ council: councilMetadataSchema.parse({ id, name: id }), clauses, warnings });
}
const bot = Assistant.create({ config: context.config, library: context.library });
const hit = (cited, expected, k) => cited.slice(0, k).some((ref) => expected.some((e) => refMatches(ref, e)));
const fmt = (n, d) => (d ? (n / d).toFixed(3) : '  –  ');
console.log('set                                 rows   clause@1  clause@3   labelled intent: @1    @3   answer ref in label');
for (const set of EVAL_SETS) {
  // Held-out sets and the holdout checks are left out: nothing is chosen on them.
  if (set.heldOut || set.format === 'dialogues' || set.name.includes('holdout')) continue;
  const rows = fs.readFileSync(resolveInProject(set.file), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  let n = 0, at1 = 0, at3 = 0, o1 = 0, o3 = 0, ans = 0;
  for (const row of rows) {
    const expected = set.format === 'answers' ? row.answer_ref : row.clauses ?? [];
    if (expected.length === 0) continue;
    n++;
    const read = bot.read(row.text, { council: row.council, role: row.role });
    const cited = read.clauses.map((c) => c.ref);
    if (hit(cited, expected, 1)) at1++;
    if (hit(cited, expected, 3)) at3++;
    if (read.answer && expected.some((e) => refMatches(read.answer.ref, e))) ans++;
    const given = { ...read.result, intent: row.intent, ranked: [{ label: row.intent, probability: 1 }], uncertain: false };
    const oracle = bot.cite(row.council, given, row.text, row.role).clauses.map((c) => c.ref);
    if (hit(oracle, expected, 1)) o1++;
    if (hit(oracle, expected, 3)) o3++;
    if (missesOf === set.name && !hit(cited, expected, 1)) {
      console.log(`  ${row.id} ${read.result.intent === row.intent || (row.alt ?? []).includes(read.result.intent) ? 'intent right' : `intent ${row.intent} → ${read.result.intent}`}; expected ${expected.join(',')}; cited ${cited.join(',')}; labelled-intent ${oracle.join(',')}; answer ${read.answer?.ref ?? '-'}`);
    }
  }
  if (n === 0) continue;
  console.log(`${set.name.padEnd(34)} ${String(n).padStart(5)}   ${fmt(at1, n)}     ${fmt(at3, n)}              ${fmt(o1, n)}  ${fmt(o3, n)}      ${fmt(ans, n)}`);
}
