#!/usr/bin/env node
// @ts-check
/**
 * `node scripts/repeat-check.js <dialogues.jsonl> …` (after `npm run build`): answers each conversation turn by turn in
 * one thread and, for its last turn, says whether the answer sentence was already quoted earlier in the thread, or the
 * turn got no sentence (the Clerk offered). For "instead / someone else" follow-ups (docs/conversation.md, follow24),
 * whose last turn should not get the sentence already quoted. Prints a count of repeats; with --show, every last answer.
 */
const fs = require('node:fs');
const path = require('node:path');
const dist = (/** @type {string} */ p) => path.join(__dirname, '..', 'dist/src', p);
const { CliContext } = require(dist('cli/context'));
const { Assistant } = require(dist('assistant/assistant'));

const args = process.argv.slice(2);
const show = args.includes('--show');
const files = args.filter((a) => a !== '--show');
const context = new CliContext();
const bot = Assistant.create({ config: context.config, library: context.library });
for (const file of files) {
  const rows = fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  let repeats = 0;
  let none = 0;
  for (const row of rows) {
    const quoted = [];
    let last = null;
    for (const turn of row.turns) {
      const reply = bot.answer(turn.text, { id: `repeat:${row.id}`, name: 'check', role: row.role }, { council: row.council, thread: `repeat:${file}:${row.id}` });
      last = reply;
      if (turn !== row.turns[row.turns.length - 1] && reply.answer) quoted.push(reply.answer.text);
    }
    const repeated = last?.answer ? quoted.includes(last.answer.text) : false;
    if (repeated) repeats++;
    if (!last?.answer) none++;
    if (show) console.log(`${row.id} ${repeated ? 'REPEAT' : last?.answer ? 'new' : 'none'} · ${last?.answer ? `${last.answer.ref}: ${last.answer.text}` : last?.summary}`);
  }
  console.log(`${path.basename(file)}: ${rows.length} conversations, last answer repeats an earlier one in ${repeats}, no sentence in ${none}`);
}
