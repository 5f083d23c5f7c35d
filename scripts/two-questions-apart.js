#!/usr/bin/env node
/**
 * How the two-question rule (`asksApart`, src/assistant/alsoAsked.ts) does on a set of messages
 * (test/assistant/two-questions/*.jsonl): `apart` rows ask a second question of their own, which
 * should get its own "You also asked" line; `repeat` rows ask the first question again in other
 * words, which should not. Prints figures; `--rows` also prints each row (never on the check set).
 *   node scripts/two-questions-apart.js test/assistant/two-questions/design.jsonl [--rows]
 */
const fs = require('node:fs');
const path = require('node:path');
const root = path.join(__dirname, '..');
const { Assistant } = require(path.join(root, 'dist/src/assistant/assistant'));
const { ProtocolLibrary } = require(path.join(root, 'dist/src/protocols/library'));

const file = process.argv[2];
const showRows = process.argv.includes('--rows');
if (!file) throw new Error('usage: two-questions-apart.js <set.jsonl> [--rows]');
const rows = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
const library = ProtocolLibrary.load(path.join(root, 'data/protocols'));
const assistant = Assistant.create({ config: { COUNCIL: rows[0].council, INTENTS_DIR: path.join(root, 'intents'), MODEL_CACHE_DIR: path.join(root, 'var/cache') }, library });
const asker = { id: 'console:two-questions', name: 'Sam', role: 'councillor' };

const tally = {};
for (const row of rows) {
  const read = assistant.read(row.text, { council: row.council, role: asker.role });
  const split = read.result.also ?? [];
  const reply = assistant.answer(row.text, asker, { council: row.council, record: false });
  const lines = reply.also ?? [];
  const right = row.kind === 'apart' ? lines.length > 0 : lines.length === 0;
  const t = (tally[row.kind] ??= { rows: 0, right: 0, split: 0 });
  t.rows += 1;
  t.right += right ? 1 : 0;
  t.split += split.length > 0 ? 1 : 0;
  if (showRows) console.log(`${right ? 'ok  ' : 'MISS'} ${row.kind.padEnd(6)} ${row.council.padEnd(10)} first=${reply.intent} split=[${split.map((s) => `${s.intent}: ${s.question}`).join(' | ')}] lines=${lines.length}  ${row.text}`);
}
for (const [kind, t] of Object.entries(tally)) console.log(`${kind}: ${t.right}/${t.rows} right (engine split off a further covered question in ${t.split})`);
