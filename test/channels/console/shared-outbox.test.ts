import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Assistant } from '../../../src/assistant/assistant';
import { ProtocolLibrary } from '../../../src/protocols/library';
import { ClerkQueue } from '../../../src/queue/queue';
import { printedByConsoleOutbox } from '../../support/console';
import { MODEL_CACHE_DIR } from '../../support/model';

/**
 * A console beside a running Slack or Teams bot, on one database (uat15, Cottingham): the Clerk moved a
 * Slack-filed request at the console, and the console "delivered" the Clerks' channel update by printing
 * it in its own terminal, so the Slack card stayed at Acknowledged. The card's updates are the chat bot's.
 */
const root = path.join(__dirname, '../../..');
const library = ProtocolLibrary.load(path.join(root, 'data/protocols'));
let dir: string;
let queue: ClerkQueue;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'console-outbox-'));
  queue = ClerkQueue.open({ path: path.join(dir, 'q.sqlite'), library, roles: { clerkIds: ['console:pat'] } });
});
afterEach(() => {
  queue.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const pat = { userId: 'console:pat', name: 'Pat', role: 'clerk' as const };
const file = (userId: string) => queue.file({ kind: 'document_access', council: 'cottingham', requester: { userId, name: 'Jo Bloggs', role: 'councillor' }, subject: 'Minutes', details: { what: 'the minutes' } });

async function printedByConsole(): Promise<string> {
  const assistant = Assistant.create({ config: { COUNCIL: 'cottingham', INTENTS_DIR: path.join(root, 'intents'), MODEL_CACHE_DIR }, library, queue });
  return printedByConsoleOutbox({ library, queue, assistant });
}

describe("the Clerks' channel notifications a console takes", () => {
  test("leaves the update of a request whose Clerks' post is in Slack or Teams to that bot", async () => {
    const inSlack = file('slack:UJO');
    queue.setChannelPost(inSlack.id, 'slack', JSON.stringify({ channel: 'CCLERKS', ts: '1700000000.000002', shown: inSlack.updatedAt }));
    const inTeams = file('teams:29:jo');
    queue.setChannelPost(inTeams.id, 'teams', JSON.stringify({ conversationId: '19:clerks', activityId: 'a1', shows: inTeams.updatedAt }));
    queue.move(inSlack.id, 'acknowledged', pat); // at the console, the Slack card's request
    const printed = await printedByConsole();
    expect(printed).not.toMatch(new RegExp(`#${inSlack.id} Document request`));
    expect(printed).not.toMatch(new RegExp(`#${inTeams.id} Document request`));
  });

  test('still prints every other: a console on its own shows the Clerks what was filed and moved', async () => {
    const here = file('console:jo');
    queue.move(here.id, 'acknowledged', pat);
    const printed = await printedByConsole();
    expect(printed).toMatch(new RegExp(`\\[Clerks' channel\\] New request: #${here.id} `));
    expect(printed).toMatch(new RegExp(`\\[Clerks' channel\\] Request now acknowledged: #${here.id} `));
  });
});
