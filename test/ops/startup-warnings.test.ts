import path from 'node:path';
import type { Assistant } from '../../src/assistant/assistant';
import { loadConfig } from '../../src/config';
import type { Logger } from '../../src/log';
import { loadIntents } from '../../src/nlu/intents';
import { startupWarnings } from '../../src/ops/watch';
import { library, openQueue, removeTempDirs, tempDir } from '../queue/helpers';
import { MODEL_CACHE_DIR } from '../support/model';

afterAll(removeTempDirs);

test('start-up checks the intents the bot has loaded, without parsing their files again', async () => {
  const database = path.join(tempDir(), 'queue.sqlite');
  const queue = openQueue(database);
  const intents = loadIntents(path.join(__dirname, '../../intents'), { cacheDir: MODEL_CACHE_DIR });
  // An intents folder that is not there: read again, it would be a warning; the intents the bot answers with are fine.
  const config = loadConfig({ COUNCIL: 'alsager', LOG_LEVEL: 'silent', DATABASE_PATH: database, MODEL_CACHE_DIR, INTENTS_DIR: path.join(tempDir(), 'not-read') });
  const warnings: Record<string, unknown>[] = [];
  const logger: Logger = { debug: () => undefined, info: () => undefined, error: () => undefined, warn: (event, fields) => void warnings.push({ event, ...fields }) };
  const assistant = { engine: { intents: new Map(intents.map((intent) => [intent.id, intent])) } } as unknown as Assistant;
  try {
    await startupWarnings({ config, logger, library: library(), queue, assistant }, [], logger);
  } finally {
    queue.close();
  }
  expect(warnings).toEqual([]);
});
