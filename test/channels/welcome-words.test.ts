import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConsoleSession, CONSOLE_HELP } from '../../src/channels/console/session';
import { welcomeMessage } from '../../src/channels/slack/blocks';
import { helpCard } from '../../src/channels/teams/cards';
import type { Assistant } from '../../src/assistant/assistant';
import { ProtocolLibrary } from '../../src/protocols/library';
import { ClerkQueue } from '../../src/queue/queue';
import { allText } from './slack/helpers';
import { textOf } from './teams/helpers';

/**
 * Meeting the bot: the console's greeting and help, Slack's welcome in its Messages tab and
 * Teams' welcome / help card say what the bot does and how to ask in the same words, with only
 * each channel's own commands differing.
 */
const library = ProtocolLibrary.load(path.join(__dirname, '../../data/protocols'));
const words = (text: string): string =>
  text
    .replace(/[*_`>•]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

let dir: string;
let queue: ClerkQueue;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'welcome-words-'));
  queue = ClerkQueue.open({ path: path.join(dir, 'q.sqlite'), library });
});
afterAll(() => {
  queue.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the first words each channel says about itself', () => {
  it.each(['cottingham', 'flitwick'])('are the same in the console, Slack and Teams (%s)', (id) => {
    const council = library.get(id).council;
    const assistant = { defaultCouncil: id, library } as unknown as Assistant;
    const consoleGreeting = new ConsoleSession(assistant, queue, { userId: 'console:jo', name: 'Jo', role: 'councillor' }).greeting();
    // The console's sentences after "Hello Jo." and before its pointer to /help.
    const introduction = words(consoleGreeting.replace(/^Hello Jo\. /, '').replace(/ Type \/help for commands\.$/, ''));
    expect(introduction).toContain(council.name);
    expect(introduction).toContain(council.clerkTitle);

    const slack = words(allText(welcomeMessage({ council, isClerk: false }).blocks));
    const teams = words(textOf(helpCard({ council, isClerk: false, inChannel: false })));
    expect(slack).toContain(introduction);
    expect(teams).toContain(introduction);

    // How to ask: the first line of the console's help.
    const howToAsk = words(CONSOLE_HELP.split('\n')[0]);
    expect(slack).toContain(howToAsk);
    expect(teams).toContain(howToAsk);
  });
});
