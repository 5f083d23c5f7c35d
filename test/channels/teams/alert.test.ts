import { Assistant } from '../../../src/assistant/assistant';
import { startTeams } from '../../../src/channels/teams/server';
import { silentLogger } from '../../../src/log';
import type { ClerkQueue } from '../../../src/queue/queue';
import { FakeConnector, postActivity } from './connector';
import { clerk, CLERK_AAD, library, openQueue, personalMessage, removeTempDirs, testConfig } from './helpers';

/**
 * When notifications have been failing for an hour, the Clerks are told directly (ops/watch.ts).
 * In a Teams-only council that message goes to each Clerk's personal chat with the bot.
 */

let connector: FakeConnector;
let queue: ClerkQueue;

beforeEach(async () => {
  connector = await new FakeConnector().start();
  queue = openQueue();
});
afterEach(async () => {
  await connector.stop();
  queue.close();
});
afterAll(removeTempDirs);

test('the alert reaches each Clerk in CLERK_USER_IDS who has a personal chat with the bot, whatever form their id is written in', async () => {
  const config = testConfig({ CLERK_USER_IDS: [`teams:${CLERK_AAD}`, 'UCLERKONSLACK', '33333333-3333-3333-3333-333333333333'] });
  const assistant = Assistant.create({ config, library: library(), queue });
  const teams = await startTeams({ config, logger: silentLogger, library: library(), queue, assistant }, { host: '127.0.0.1' });
  try {
    // The Clerk has talked to the bot once, so it knows their personal chat.
    expect((await postActivity(`http://127.0.0.1:${teams.port}/api/messages`, personalMessage(clerk, 'hello', connector.url))).status).toBe(200);
    connector.take();
    await teams.alertClerks('Notifications to the Clerks have not been delivered for an hour.');
    const sent = connector.take();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ method: 'POST', conversationId: `a:personal-${clerk.id}` });
    expect(sent[0].body.text).toBe('Notifications to the Clerks have not been delivered for an hour.');
  } finally {
    await teams.stop();
  }
});
