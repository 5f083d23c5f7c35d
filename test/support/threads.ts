import path from 'node:path';
import { Assistant } from '../../src/assistant/assistant';
import { Conversations } from '../../src/conversation/follow';
import { MemoryContextStore } from '../../src/conversation/store';
import { ProtocolLibrary } from '../../src/protocols/library';
import { MODEL_CACHE_DIR } from './model';

const root = path.join(__dirname, '../..');

/**
 * An assistant that remembers each conversation, as the chat channels run it, for a test file's
 * follow-ups: created before the file's tests (call at the top of the file) and read as
 * `threads.assistant` inside them.
 */
export function assistantWithThreads(council = 'flitwick'): { readonly assistant: Assistant } {
  const threads = {} as { assistant: Assistant };
  beforeAll(() => {
    const config = { COUNCIL: council, INTENTS_DIR: path.join(root, 'intents'), MODEL_CACHE_DIR };
    threads.assistant = Assistant.create({ config, library: ProtocolLibrary.load(path.join(root, 'data/protocols')), conversations: new Conversations(new MemoryContextStore()) });
  });
  return threads;
}
