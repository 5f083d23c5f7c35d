import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Assistant } from '../../src/assistant/assistant';
import { ProtocolLibrary } from '../../src/protocols/library';
import { ClerkQueue } from '../../src/queue/queue';
import { MODEL_CACHE_DIR } from './model';

const root = path.join(__dirname, '../..');

/**
 * An assistant on the shipped protocols with a Clerk queue in a temporary SQLite file, as the
 * channels run it: created before the tests of the describe block (or file) it is called in, closed
 * and removed after them, and read as `bot.assistant` / `bot.queue` inside them.
 */
export function assistantWithQueue(prefix: string, council = 'flitwick'): { readonly assistant: Assistant; readonly queue: ClerkQueue } {
  const bot = {} as { assistant: Assistant; queue: ClerkQueue };
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    const library = ProtocolLibrary.load(path.join(root, 'data/protocols'));
    bot.queue = ClerkQueue.open({ path: path.join(dir, 'q.sqlite'), library });
    bot.assistant = Assistant.create({ config: { COUNCIL: council, INTENTS_DIR: path.join(root, 'intents'), MODEL_CACHE_DIR }, library, queue: bot.queue });
  });
  afterAll(() => {
    bot.queue.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return bot;
}
