#!/usr/bin/env node
// @ts-check
/**
 * `node scripts/dialogue-trace.js [--all] <dialogues.jsonl> …` (after `npm run build`): for each follow-up
 * the thread reads wrongly (every follow-up with `--all`), how the thread read it: the thread's topic and
 * how sure it was, whether the conversation's first turn was read right, the turn's own reading, its form
 * (dependence, points back, continues, content words) and what the last answer offered. Then the misses
 * grouped: after a misread first turn, or after a right one (the ones the thread itself loses).
 *
 * For grouping follow-up misses by why before choosing what to change (docs/conversation.md, follow18).
 * Design sets only: it refuses held-out files, the holdout and every set marked "check" in src/eval/sets.ts.
 */
const fs = require('node:fs');
const path = require('node:path');
const root = path.join(__dirname, '..');
const dist = (/** @type {string} */ p) => path.join(root, 'dist/src', p);
const { CliContext } = require(dist('cli/context'));
const { Assistant } = require(dist('assistant/assistant'));
const { Conversations } = require(dist('conversation/follow'));
const { EVAL_SETS } = require(dist('eval/sets'));

const args = process.argv.slice(2);
const all = args.includes('--all');
const files = args.filter((a) => a !== '--all');
if (files.length === 0) {
  process.stderr.write('usage: node scripts/dialogue-trace.js [--all] <dialogues.jsonl> …\n');
  process.exit(2);
}
const notToRead = new Set(EVAL_SETS.filter((/** @type {any} */ s) => s.heldOut || /check|holdout/.test(s.name)).map((/** @type {any} */ s) => path.resolve(root, s.file)));
for (const file of files) {
  if (notToRead.has(path.resolve(file)) || /blind|wexcombe/i.test(file)) {
    process.stderr.write(`${file}: a held-out or check set; trace design sets only\n`);
    process.exit(2);
  }
}

/** What the last `read` saw and decided, captured around Conversations.prototype.read. */
/** @type {any} */
let seen;
const read = Conversations.prototype.read;
Conversations.prototype.read = function (/** @type {any[]} */ ...readArgs) {
  const [previous, , wholeReading] = readArgs;
  const reading = read.apply(this, readArgs);
  seen = { previous, own: wholeReading, reading };
  return reading;
};

const context = new CliContext();
const bot = Assistant.create({ config: context.config, library: context.library });
const fmt = (/** @type {{label: string, probability: number}[]} */ ranked) => ranked.slice(0, 3).map((r) => `${r.label} ${r.probability.toFixed(2)}`).join(', ');
const groups = { afterMisreadFirst: 0, afterRightFirst: 0, follows: 0 };

for (const file of files) {
  const rows = fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  for (const row of rows) {
    let firstRight = true;
    row.turns.forEach((/** @type {any} */ turn, /** @type {number} */ index) => {
      const { result } = bot.readTurn(turn.text, { council: row.council, role: row.role, thread: `trace:${file}:${row.id}` });
      const right = result.intent === turn.intent || (turn.alt ?? []).includes(result.intent);
      if (index === 0) {
        firstRight = right;
        return;
      }
      groups.follows += 1;
      if (right && !all) return;
      if (!right) groups[firstRight ? 'afterRightFirst' : 'afterMisreadFirst'] += 1;
      const { previous, own, reading } = seen;
      const topic = previous?.topic;
      const sure = topic ? Math.max(...Object.values(topic.distribution).map(Number)) : undefined;
      const form = reading.form;
      process.stdout.write(
        `${right ? 'ok  ' : 'MISS'} ${row.id}.${index + 1} expected ${turn.intent}, read ${result.intent} ${result.confidence.toFixed(2)}` +
          ` | first turn ${firstRight ? 'right' : 'misread'}; thread ${topic ? `${topic.intent} ${sure?.toFixed(2)}` : 'no topic'}` +
          `${previous?.offer ? `, offered ${previous.offer}` : ''}${previous?.offProtocol ? `, off the protocol (${previous.offProtocol.intent})` : ''}` +
          ` | own: ${fmt(own.ranked)} | dependence ${form.dependence.toFixed(2)}${form.refersBack ? ', points back' : ''}${form.continues ? ', continues' : ''}${form.corrects ? ', corrects' : ''}` +
          `, ${form.contentWords} content words${reading.followUp ? '' : ', read alone'}\n     ${turn.text}\n`,
      );
    });
  }
}
const missed = groups.afterMisreadFirst + groups.afterRightFirst;
process.stdout.write(`\n${groups.follows} follow-ups, ${missed} read wrongly: ${groups.afterMisreadFirst} after a misread first turn, ${groups.afterRightFirst} after a first turn read right\n`);
