/**
 * No message a user can type makes any entry point throw: every Object.prototype property name
 * (a lookup keyed by user text on a plain object would find them) and a fuzz set, through
 * `classify`, `protocol-bot ask` and `classify`, the console session, the Slack message listener
 * and the Teams bot. Each gets either an answer or the plain out-of-scope reply.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TestAdapter } from 'botbuilder';
import { Assistant } from '../src/assistant/assistant';
import { ConsoleSession } from '../src/channels/console/session';
import { ANSWER_FAILED, answerInThread } from '../src/channels/slack/listeners/events/answer';
import { TeamsBot } from '../src/channels/teams/bot';
import { silentLogger } from '../src/log';
import { loadIntents } from '../src/nlu/intents';
import { ProtocolLibrary } from '../src/protocols/library';
import { ClerkQueue } from '../src/queue/queue';
import { runCliCaptured } from './support/runCli';
import { MODEL_CACHE_DIR } from './support/model';
import { fakeClient, makeContext } from './channels/slack/helpers';
import { councillor, FakeMessenger, personalMessage } from './channels/teams/helpers';

const root = path.join(__dirname, '..');
const library = ProtocolLibrary.load(path.join(root, 'data/protocols'));
const intentIds = new Set(loadIntents(path.join(root, 'intents')).map((i) => i.id));

/** A deterministic pseudo-random generator, so a failing input can be reproduced. */
function random(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
}

function randomUnicode(length: number, seed: number): string {
  const next = random(seed);
  let out = '';
  while (out.length < length) {
    const plane = next();
    // Mostly BMP letters and symbols, some astral (emoji), some lone surrogate halves.
    const code = plane < 0.7 ? Math.floor(next() * 0xd7ff) : plane < 0.9 ? 0x1f300 + Math.floor(next() * 0x500) : 0xd800 + Math.floor(next() * 0x7ff);
    out += code > 0xffff ? String.fromCodePoint(code) : String.fromCharCode(code);
  }
  return out;
}

const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype);

const FUZZ: [string, string][] = [
  ['empty', ''],
  ['spaces', '   \t  '],
  ['only emoji', '🙈🙉🙊'],
  ['a lone emoji with a modifier', '👍🏽'],
  ['only a URL', 'https://www.example.org/council/minutes?id=42&x=<y>'],
  ['only a Slack mention', '<@U123>'],
  ['control characters', '\u0000\u0001\u0007\u001b[31mred\u001b[0m\u007f\r\n\u2028\u2029'],
  ['random Unicode', randomUnicode(300, 1)],
  ['more random Unicode', randomUnicode(2000, 2)],
  ['a 100 KB message', 'Can I see the tender documents for the pavilion? '.repeat(2100).slice(0, 100_000)],
  ['100 KB of one word', 'a'.repeat(100_000)],
  // Long runs that patterns anchored at a message's end scan again from each character: each took seconds to minutes.
  ['two words 100,000 spaces apart', `a${' '.repeat(100_000)}b`],
  ['100 KB of question marks before a question', `${'?'.repeat(100_000)}, who do i complain to`],
  ['100 KB of commas after the clerk', `the clerk said no, ${'1, '.repeat(33_000)}can I see it?`],
  ['quotes and brackets', '"""\'\'\'((([[[{{{>>>>'],
  ['a question full of prototype names', `Who pays the ${PROTOTYPE_NAMES.join(' and the ')}?`],
  ['the crash that was reported', 'Who pays the constructor for the hall?'],
  // In scope, so the words reach answer selection too (its everyday-word tables), not only the classifier.
  ['an in-scope question with prototype names', `Can a councillor ask the clerk to instruct the ${PROTOTYPE_NAMES.join(' and the ')} of the new hall?`],
  ['an in-scope question with one', 'Can a councillor ask the clerk to instruct the constructor of the new hall?'],
];

const INPUTS: [string, string][] = [...PROTOTYPE_NAMES.map((name): [string, string] => [name, name]), ...FUZZ];

let assistant: Assistant;
beforeAll(() => {
  assistant = Assistant.create({ config: { COUNCIL: 'alsager', INTENTS_DIR: path.join(root, 'intents'), MODEL_CACHE_DIR }, library });
});

describe('no input makes an entry point throw', () => {
  test.each(INPUTS)('classify: %s', (_label, text) => {
    const result = assistant.classify(text, 'councillor');
    expect(intentIds.has(result.intent)).toBe(true);
    expect(Number.isFinite(result.confidence)).toBe(true);
  });

  test.each(INPUTS)('answer: %s is answered or plainly out of scope', (_label, text) => {
    const reply = assistant.answer(text, { id: 'fuzz', name: 'Fuzz', role: 'councillor' });
    if (reply.intent === 'out_of_scope') {
      expect(reply.clauses).toEqual([]);
      // Not covered, or (when it asks nothing: empty, emoji, a keyboard mash) no question caught; either way naming the council.
      expect(reply.summary).toMatch(/isn't something Alsager Town Council's Member\/Officer protocol covers|didn't catch a question there\. Ask me anything about Alsager Town Council's/);
    } else {
      expect(intentIds.has(reply.intent)).toBe(true);
    }
  });

  test('single words that name Object properties are out of scope', () => {
    for (const name of PROTOTYPE_NAMES) expect([name, assistant.classify(name).intent]).toEqual([name, 'out_of_scope']);
  });

  test('protocol-bot ask answers every input that is not blank, and refuses a blank one politely', async () => {
    for (const [label, text] of INPUTS) {
      const result = await runCliCaptured(['ask', text, '--council', 'cottingham'], { MODEL_CACHE_DIR });
      if (text.trim() === '') {
        expect([label, result.code, result.stderr]).toEqual([label, 2, 'protocol-bot: the question is empty\n']);
      } else {
        expect([label, result.code, result.stderr]).toEqual([label, 0, '']);
        expect(result.stdout.length).toBeGreaterThan(0);
      }
    }
  });

  test('protocol-bot classify gives one line for every input', async () => {
    const lines = INPUTS.map(([, text], i) => JSON.stringify({ id: i, text, council: 'tewkesbury' })).join('\n');
    const result = await runCliCaptured(['classify'], { MODEL_CACHE_DIR }, `${lines}\n`);
    expect(result.stderr).toBe('');
    const out = result.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(INPUTS.map((_, i) => i));
    for (const o of out) expect(intentIds.has(o.intent)).toBe(true);
  });

  test('the console session answers every input', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fuzz-console-'));
    const queue = ClerkQueue.open({ path: path.join(dir, 'q.sqlite'), library });
    try {
      for (const [label, text] of INPUTS) {
        const session = new ConsoleSession(assistant, queue, { userId: 'console:fuzz', name: 'fuzz', role: 'councillor' });
        const said = session.handle(text);
        expect([label, typeof said]).toEqual([label, 'string']);
        if (text.trim() !== '') expect(said.length).toBeGreaterThan(0);
      }
    } finally {
      queue.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('the Slack message listener answers every input in its thread, never with the failure apology', async () => {
    const t = makeContext();
    t.ctx.assistant = assistant;
    try {
      for (const [label, text] of INPUTS) {
        const client = fakeClient();
        await answerInThread(t.ctx, client as never, { user: 'UFUZZ', channel: 'DFUZZ', threadTs: '1.1', text });
        const posted = client.chat.postMessage.mock.calls.map((call) => (call[0] as unknown as { text: string }).text);
        expect([label, posted.length > 0]).toEqual([label, true]);
        expect([label, posted.includes(ANSWER_FAILED)]).toEqual([label, false]);
      }
    } finally {
      t.close();
    }
  });

  test('the Teams bot answers every input', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fuzz-teams-'));
    const queue = ClerkQueue.open({ path: path.join(dir, 'q.sqlite'), library });
    const bot = new TeamsBot({ logger: silentLogger, library, queue, assistant, messenger: new FakeMessenger(), newFormId: () => 'form-fuzz' });
    const adapter = new TestAdapter(async (context) => bot.run(context));
    try {
      for (const [label, text] of INPUTS) {
        await adapter.processActivity(personalMessage(councillor, text));
        const replies = adapter.activeQueue.splice(0);
        // A blank message is ignored, as in the console; anything else gets a reply.
        expect([label, replies.length > 0]).toEqual([label, text.trim() !== '']);
      }
    } finally {
      queue.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
