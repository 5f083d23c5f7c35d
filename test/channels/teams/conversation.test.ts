/**
 * A Teams conversation with the real Assistant: a follow-up in the same chat (or the same
 * channel reply chain) is answered in context, and "ok, file it" opens the form pre-filled.
 */
import path from 'node:path';
import { Activity, TestAdapter } from 'botbuilder';
import { Assistant } from '../../../src/assistant/assistant';
import { TeamsBot } from '../../../src/channels/teams/bot';
import { silentLogger } from '../../../src/log';
import { MODEL_CACHE_DIR } from '../../support/model';
import { cardOf, channelMention, CLERKS_CHANNEL, councillor, FakeMessenger, inputs, library, openQueue, PROJECT_ROOT, removeTempDirs, textOf } from './helpers';

afterAll(removeTempDirs);

let assistant: Assistant;
beforeAll(() => {
  assistant = Assistant.create({ config: { COUNCIL: 'flitwick', INTENTS_DIR: path.join(PROJECT_ROOT, 'intents'), MODEL_CACHE_DIR }, library: library() });
});

function harness() {
  const bot = new TeamsBot({ logger: silentLogger, library: library(), queue: openQueue(), assistant, messenger: new FakeMessenger(), newFormId: () => 'form-0001' });
  const adapter = new TestAdapter(async (context) => bot.run(context));
  return async (activity: Partial<Activity>) => {
    await adapter.processActivity({ ...activity });
    return adapter.activeQueue.splice(0);
  };
}

let n = 0;
const inChat = (text: string, chat: string): Partial<Activity> => ({
  type: 'message',
  id: `conv${++n}`,
  channelId: 'msteams',
  serviceUrl: 'https://smba.example.test/emea/',
  from: { ...councillor },
  recipient: { id: '28:protocol-bot', name: 'Protocol Bot' },
  conversation: { id: chat, conversationType: 'personal', tenantId: 'tenant', isGroup: false, name: '' },
  text,
});
/** A channel @mention inside the reply chain of the post `root`. */
const inReplyChain = (text: string, root: string): Partial<Activity> => {
  const mention = channelMention(councillor, text);
  return { ...mention, conversation: { ...mention.conversation!, id: `${CLERKS_CHANNEL};messageid=${root}` } };
};

describe('a Teams conversation', () => {
  test('in a personal chat: the follow-up is answered in context, and "ok, file it" opens the pre-filled form', async () => {
    const send = harness();
    const first = textOf(cardOf((await send(inChat('Could I read the tender documents for the pavilion roof?', 'a:chat-1')))[0]));
    expect(first).toMatch(/flitwick:5[6-9]/);

    const followUp = textOf(cardOf((await send(inChat('what if the clerk says no?', 'a:chat-1')))[0]));
    expect(followUp).toContain('flitwick:59');

    const form = cardOf((await send(inChat('ok, file it', 'a:chat-1')))[0]);
    expect(inputs(form)[0]).toMatchObject({ id: 'what', value: 'the tender documents for the pavilion roof' });
  });

  test('"yes please" to "Shall I pass your question to the Clerk?" opens the question form with that question in it', async () => {
    const send = harness();
    const offered = textOf(cardOf((await send(inChat('What time does the tip open on Sundays?', 'a:chat-2')))[0]));
    expect(offered).toContain('Ask the Town Clerk');
    const form = cardOf((await send(inChat('yes please', 'a:chat-2')))[0]);
    expect(inputs(form)[0]).toMatchObject({ id: 'question', value: 'What time does the tip open on Sundays?' });
  });

  test('"yes please" to "Request these documents" opens the form with what the answer\'s own button carried (uat16)', async () => {
    // Before, "What documents…" held the thread's slot, "the minutes of the last three planning committee" (cut short).
    const send = harness();
    const asked = 'Could I get copies of the minutes of the last three planning committee meetings please?';
    const offered = JSON.stringify(cardOf((await send(inChat(`Hi, I was only elected last month. ${asked}`, 'a:chat-3')))[0]));
    expect(offered).toContain(`"prefill":{"subject":${JSON.stringify(asked)}}`);
    const form = cardOf((await send(inChat('yes please', 'a:chat-3')))[0]);
    expect(inputs(form)[0]).toMatchObject({ id: 'what', value: asked });
  });

  test('in a channel, a reply chain is one conversation and another chain is not', async () => {
    const send = harness();
    await send(inReplyChain('Could I read the tender documents for the pavilion roof?', 'post-1'));
    expect(textOf(cardOf((await send(inReplyChain('what if the clerk says no?', 'post-1')))[0]))).toContain('flitwick:59');
    expect(textOf(cardOf((await send(inReplyChain('what if the clerk says no?', 'post-2')))[0]))).not.toContain('flitwick:59');
  });
});
