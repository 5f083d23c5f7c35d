import { Assistant } from '../src/assistant/assistant';
import { loadConfig } from '../src/config';
import { MAX_READ } from '../src/nlu/readablePart';
import { ProtocolLibrary } from '../src/protocols/library';

/**
 * The slowest messages a user can send: 100,000-character pastes made of the runs that patterns anchored at a message's
 * end scan again from each character (spaces, question marks, commas after a story naming the Clerk), and one ordinary
 * long email. The server answers one message at a time, so a slow one holds up every other asker. Written for the
 * benchmark; nothing is scored. Since the fourteenth session the assistant reads at most MAX_READ characters of a message
 * (src/nlu/readablePart.ts); before, the worst of these took tens of seconds.
 */
const LONG_MESSAGES: [string, string][] = [
  ['one word', 'a'.repeat(100_000)],
  ['two words 100,000 spaces apart', `a${' '.repeat(100_000)}b`],
  ['question marks, then a question', `${'?'.repeat(100_000)}, who do i complain to`],
  ['commas after a story naming the Clerk', `the clerk said no, ${'1, '.repeat(33_000)}can I see it?`],
  ['a long run before a colon', `the clerk ${'a'.repeat(100_000)}: b, can i see it`],
  ['a pasted email thread', `${'On Monday the contractor wrote again about the hall roof, the scaffolding and the invoice. '.repeat(1_100)}So, can I see the tender report?`],
];

export function benchLongMessages(print: (line: string) => void, progress: (line: string) => void): void {
  const config = loadConfig(process.env);
  const assistant = Assistant.create({ config, library: ProtocolLibrary.load(config.PROTOCOLS_DIR) });
  assistant.answer('Can I see the minutes?', { id: 'bench', name: 'Bench', role: 'councillor' }); // warm-up
  print(`| message (${(100_000).toLocaleString('en-GB')} characters or so; the assistant reads ${MAX_READ.toLocaleString('en-GB')}) | answer(), ms |`);
  print('|---|---|');
  for (const [label, text] of LONG_MESSAGES) {
    progress(`long messages: ${label}`);
    const started = process.hrtime.bigint();
    assistant.answer(text, { id: 'bench', name: 'Bench', role: 'councillor' });
    print(`| ${label} | ${(Number(process.hrtime.bigint() - started) / 1e6).toFixed(0)} |`);
  }
  print('');
}
