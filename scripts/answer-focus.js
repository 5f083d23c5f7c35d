// @ts-check
/**
 * The reply's first line for long lead-in-and-list answers (answers23): for each pair file given, how many questions are
 * answered from the expected clause, how many of those answers are narrowed to one item (`answer.focus`), and how many
 * narrowed items hold the pair's key. Also, over every pair, whether a key found in the whole answer is still in the
 * first line (key-in-answer on the narrower part). Run after `npm run build`.
 *   node scripts/answer-focus.js data/answers/design/pairs-focus-23.jsonl [more.jsonl …] [--list]
 */
const fs = require('node:fs');
const path = require('node:path');
const root = path.join(__dirname, '..');
const { Assistant } = require(path.join(root, 'dist/src/assistant/assistant'));
const { loadConfig } = require(path.join(root, 'dist/src/config'));
const { ProtocolLibrary } = require(path.join(root, 'dist/src/protocols/library'));
const { answerWords } = require(path.join(root, 'dist/src/answer/wording'));

const files = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const list = process.argv.includes('--list');
for (const f of files) if (/blind|wexcombe/i.test(f)) throw new Error(`held out: ${f}`);
const config = loadConfig(process.env);
const library = ProtocolLibrary.load(config.PROTOCOLS_DIR);
const assistant = Assistant.create({ config, library });
const norm = (s) => s.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ');
for (const file of files) {
  const rows = fs.readFileSync(file, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
  let ref = 0, narrowed = 0, itemKey = 0, keyWhole = 0, keyLine = 0;
  for (const row of rows) {
    if (!library.ids().includes(row.council)) continue;
    const { answer } = assistant.read(row.text, { council: row.council, role: row.role });
    const okRef = Boolean(answer && row.answer_ref.includes(answer.ref));
    const whole = answer ? row.key.some((k) => norm(answer.text).includes(norm(k))) : false;
    const line = answer ? row.key.some((k) => norm(answerWords(answer)).includes(norm(k))) : false;
    ref += okRef ? 1 : 0;
    keyWhole += whole ? 1 : 0;
    keyLine += line ? 1 : 0;
    if (okRef && answer.focus) {
      narrowed++;
      if (row.key.some((k) => norm(answer.focus.item).includes(norm(k)))) itemKey++;
    }
    if (list) console.log(`${row.id} ${answer ? answer.ref : '-'}${answer && answer.focus ? ' [' + answer.focus.item.slice(0, 60) + ']' : ''}  key whole ${whole ? 'y' : 'n'} line ${line ? 'y' : 'n'}`);
  }
  console.log(`${path.basename(path.dirname(file))}/${path.basename(file)}: ${rows.length} rows; ref ${ref}; narrowed ${narrowed} (item holds key ${itemKey}); key in whole answer ${keyWhole}, in first line ${keyLine}`);
}
