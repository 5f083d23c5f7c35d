// @ts-check
/**
 * Every bench message's answer on every council the answer scripts know (the shipped five and the
 * test protocols, never the held-out one), as a councillor and as an officer: one JSON line each.
 * Compare two commits' answers before merging a change to the brain, and read every one that moves:
 *
 *   npm run -s build && node scripts/answer-dump.js > /tmp/before.jsonl
 *   (change, build)  node scripts/answer-dump.js --against /tmp/before.jsonl
 *
 * With --against it prints how many answers changed (from none to one, from one to none, to another
 * sentence) and each change. Nothing here is scored: the bench messages are written for timing.
 */
const fs = require('node:fs');
const path = require('node:path');
const { libraryWith } = require('./pair-protocols');
const dist = path.join(__dirname, '..', 'dist');
const { Assistant } = require(path.join(dist, 'src/assistant/assistant'));
const { BENCH_MESSAGES } = require(path.join(dist, 'bench/messages'));

const ROLES = ['councillor', 'officer'];

function usage() {
  console.error('usage: node scripts/answer-dump.js [--against <earlier dump.jsonl>]');
  process.exit(2);
}

function dump() {
  const protocols = fs
    .readdirSync(path.join(__dirname, '..', 'test/eval/protocols'))
    .filter((f) => f.endsWith('.txt') && !/wexcombe/i.test(f))
    .map((f) => `test/eval/protocols/${f}`);
  const { config, library } = libraryWith(protocols);
  const assistant = Assistant.create({ config, library });
  const rows = [];
  for (const council of library.ids())
    for (const role of ROLES)
      for (const text of BENCH_MESSAGES) {
        const { result, clauses, answer } = assistant.read(text, { council, role });
        rows.push({ council, role, text, intent: result.intent, refs: clauses.map((c) => c.ref), answer: answer ? { ref: answer.ref, text: answer.text } : null });
      }
  return rows;
}

/** @param {{answer: {ref: string, text: string} | null}} row */
const answerOf = (row) => (row.answer ? `${row.answer.ref}: ${row.answer.text}` : '(no answer)');

function compare(/** @type {any[]} */ now, /** @type {string} */ file) {
  const before = new Map(
    fs
      .readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line))
      .map((row) => [`${row.council}\t${row.role}\t${row.text}`, row]),
  );
  const counts = { same: 0, gained: 0, lost: 0, moved: 0, citationsOnly: 0, missing: 0 };
  for (const row of now) {
    const old = before.get(`${row.council}\t${row.role}\t${row.text}`);
    if (!old) {
      counts.missing++;
      continue;
    }
    if (answerOf(old) === answerOf(row)) {
      if (old.refs.join() === row.refs.join()) counts.same++;
      else counts.citationsOnly++;
      continue;
    }
    const kind = !old.answer ? 'gained' : !row.answer ? 'lost' : 'moved';
    counts[kind]++;
    console.log(`${kind} · ${row.council} · ${row.role} · ${row.text}\n    was ${answerOf(old)}\n    now ${answerOf(row)}`);
  }
  console.log(`\n${now.length} answers: ${counts.same} the same, ${counts.citationsOnly} the same answer with other citations, ${counts.moved} another sentence, ${counts.gained} from no answer to one, ${counts.lost} from one to none${counts.missing ? `, ${counts.missing} not in the earlier dump` : ''}`);
}

const args = process.argv.slice(2);
if (args.length === 0) for (const row of dump()) process.stdout.write(`${JSON.stringify(row)}\n`);
else if (args[0] === '--against' && args[1]) compare(dump(), args[1]);
else usage();
