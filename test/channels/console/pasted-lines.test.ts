import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { Assistant } from '../../../src/assistant/assistant';
import { PASTE_QUIET_MS, startConsole } from '../../../src/channels/console/chat';
import { loadConfig } from '../../../src/config';
import { silentLogger } from '../../../src/log';
import { ProtocolLibrary } from '../../../src/protocols/library';
import { ClerkQueue } from '../../../src/queue/queue';
import { MODEL_CACHE_DIR } from '../../support/model';

/**
 * uat18: the console read a pasted message of several lines line by line, each answered on its own (the sixteenth
 * session's pasted email had its body answered with a fallback and a question offer before its question). In a
 * terminal the lines one read brings together are one message; a line typed by hand (its own read) is one at once.
 * Piped in, each line stays a message: scripts rely on it.
 */
const root = path.join(__dirname, '../../..');
let dir: string;
let queue: ClerkQueue;
let assistant: Assistant;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pasted-lines-'));
  const library = ProtocolLibrary.load(path.join(root, 'data/protocols'));
  queue = ClerkQueue.open({ path: path.join(dir, 'q.sqlite'), library });
  assistant = Assistant.create({ config: { COUNCIL: 'cottingham', INTENTS_DIR: path.join(root, 'intents'), MODEL_CACHE_DIR }, library, queue });
});
afterAll(() => {
  queue.close();
  fs.rmSync(dir, { recursive: true, force: true });
});
afterEach(() => jest.restoreAllMocks());

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Well past a paste's quiet time: what a person typing takes between two Enters and more. */
const LATER = PASTE_QUIET_MS * 4;

/** A console on a stream, and the messages it put to the assistant, in order. */
function consoleOn(interactive: boolean) {
  const asked: string[] = [];
  jest.spyOn(assistant, 'answer').mockImplementation((text, ...rest) => {
    asked.push(text);
    return Assistant.prototype.answer.call(assistant, text, ...rest);
  });
  const input = new PassThrough();
  const output = new PassThrough();
  output.resume();
  const channel = startConsole({ config: loadConfig({}), logger: silentLogger, library: assistant.library, queue, assistant }, { input, output, interactive });
  const end = async () => {
    await pause(LATER);
    input.end();
    await channel.closed;
    return asked;
  };
  return { input, asked, end };
}

const EMAIL = ['Dear Councillor,', '', 'The minutes will be circulated with the next agenda as usual.', '', 'Can I have the minutes of the last planning meeting before then?'];

describe('in a terminal', () => {
  test('a paste of several lines is one message', async () => {
    const c = consoleOn(true);
    c.input.write(`${EMAIL.join('\n')}\n`);
    expect(await c.end()).toEqual([EMAIL.join('\n')]);
  });

  test('a paste that comes in several reads close together is still one message', async () => {
    const c = consoleOn(true);
    c.input.write(`${EMAIL.slice(0, 3).join('\n')}\n`);
    await pause(2);
    c.input.write(`${EMAIL.slice(3).join('\n')}\n`);
    expect(await c.end()).toEqual([EMAIL.join('\n')]);
  });

  test("a paste whose last line has no line break waits for the Enter, then goes whole", async () => {
    const c = consoleOn(true);
    c.input.write(EMAIL.join('\n'));
    await pause(LATER);
    expect(c.asked).toEqual([]);
    c.input.write('\r');
    expect(await c.end()).toEqual([EMAIL.join('\n')]);
  });

  test('lines typed by hand, an Enter each, stay separate messages', async () => {
    const c = consoleOn(true);
    for (const ch of 'who do I complain to about the clerk?') c.input.write(ch);
    c.input.write('\r');
    await pause(LATER);
    expect(c.asked).toEqual(['who do I complain to about the clerk?']);
    c.input.write('no');
    c.input.write('\r');
    expect(await c.end()).toEqual(['who do I complain to about the clerk?', 'no']);
  });
});

test('piped in, every line is its own message, as scripts expect', async () => {
  const c = consoleOn(false);
  c.input.write('who do I complain to about the clerk?\nno\n');
  expect(await c.end()).toEqual(['who do I complain to about the clerk?', 'no']);
});
