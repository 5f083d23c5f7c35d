import { Activity, TestAdapter } from 'botbuilder';
import { ConsoleSession } from '../../src/channels/console/session';
import { replyMessages } from '../../src/channels/slack/blocks';
import { TeamsBot } from '../../src/channels/teams/bot';
import { silentLogger } from '../../src/log';
import { assistantWithQueue } from '../support/assistantWithQueue';
import { allText } from './slack/helpers';
import { buttons, cardOf, councillor, FakeMessenger, inputs, library, openQueue, personalMessage, removeTempDirs, textOf } from './teams/helpers';

/**
 * twoq19: after a reply to two questions, "yes" takes the only offer (the second question's, when the
 * first offered nothing) or asks which, and "the second" picks, the same in every channel: the core
 * decides, each channel shows it. (Messages written for this test.)
 */
const bot = assistantWithQueue('two-questions-offers-');
afterAll(removeTempDirs);
const ONLY_THE_SECOND_OFFERS = 'can I speak to the press about the budget? also can the clerk send me the minutes of the last meeting?';
const BOTH_OFFER = 'can the clerk send me the minutes of the last meeting? and who do I complain to about the caretaker being rude?';
const MINUTES = 'can the clerk send me the minutes of the last meeting';
const WHICH = /Which shall I open\? The first: the complaint form, for "who do I complain to about the caretaker being rude"\. The second: the document request, for "can the clerk send me the minutes of the last meeting"\./;

describe('console', () => {
  let n = 0;
  const session = () => new ConsoleSession(bot.assistant, bot.queue, { userId: `console:twoq19-${++n}`, name: 'Robin', role: 'councillor' });

  test("\"yes\" opens the second question's document form, filled from it", () => {
    const robin = session();
    expect(robin.handle(ONLY_THE_SECOND_OFFERS)).toMatch(/Shall I file a document request with the Town Clerk\? \(yes\/no\)/);
    expect(robin.handle('yes')).toContain(`Documents: ${MINUTES} (from our conversation`);
  });

  test('with a form for each question it asks which; "yes" asks which, naming both; "the second" opens that one', () => {
    const robin = session();
    expect(robin.handle(BOTH_OFFER)).toMatch(/Shall I start a confidential complaint \(the first\) or file a document request with the Town Clerk \(the second\)\? \(say which, or no\)/);
    const which = robin.handle('yes');
    expect(which).toMatch(WHICH);
    expect(which).not.toMatch(/Shall I/);
    expect(robin.handle('the second')).toContain(`Documents: ${MINUTES} (from our conversation`);
  });
});

describe('Slack', () => {
  const asker = { id: 'slack:UTWOQ19', name: 'Robin', role: 'councillor' as const };
  let n = 0;
  const thread = () => {
    const key = `slack:T1:C1:twoq19-${++n}`;
    return (text: string) => replyMessages(bot.assistant.answer(text, asker, { thread: key, record: false }));
  };
  const offeredButtons = (messages: ReturnType<typeof replyMessages>) =>
    (messages.flatMap((m) => m.blocks).find((b) => b.block_id === 'offered_actions') as { elements: { text: { text: string }; value: string }[] } | undefined)?.elements ?? [];

  test('"yes" to the second question\'s only offer answers with that form\'s button, filled from it', () => {
    const say = thread();
    say(ONLY_THE_SECOND_OFFERS);
    const yes = say('yes please');
    expect(allText(yes[0].blocks)).toMatch(/Here is the form/);
    expect(offeredButtons(yes).map((e) => [e.text.text, (JSON.parse(e.value) as { s?: string }).s])).toEqual([['Request these documents', MINUTES]]);
  });

  test('"yes" to two offers asks which with both buttons; "the complaint one" gives the complaint form', () => {
    const say = thread();
    say(BOTH_OFFER);
    const which = say('yes');
    expect(which.map((m) => allText(m.blocks)).join('\n')).toMatch(WHICH);
    expect(offeredButtons(which).map((e) => e.text.text)).toEqual(['Make a complaint', 'Request these documents']);
    const picked = say('the complaint one');
    expect(allText(picked[0].blocks)).toMatch(/Here is the form/);
    expect(offeredButtons(picked).map((e) => e.text.text)).toEqual(['Make a complaint']);
  });
});

describe('Teams', () => {
  const teams = () => {
    const teamsBot = new TeamsBot({ logger: silentLogger, library: library(), queue: openQueue(), assistant: bot.assistant, messenger: new FakeMessenger(), newFormId: () => 'form-0001' });
    const adapter = new TestAdapter(async (context) => teamsBot.run(context));
    return async (text: string) => {
      await adapter.processActivity({ ...personalMessage(councillor, text), conversation: { id: `a:twoq19-${chat}`, conversationType: 'personal', tenantId: 'tenant', isGroup: false, name: '' } } as Partial<Activity>);
      return cardOf(adapter.activeQueue.splice(0)[0]);
    };
  };
  let chat = 0;

  test('"yes" to the second question\'s only offer opens the document form, filled from it', async () => {
    chat++;
    const send = teams();
    await send(ONLY_THE_SECOND_OFFERS);
    expect(inputs(await send('yes please'))[0]).toMatchObject({ id: 'what', value: MINUTES });
  });

  test('"yes" to two offers asks which on a card with both buttons; "2" opens the document form', async () => {
    chat++;
    const send = teams();
    await send(BOTH_OFFER);
    const which = await send('yes');
    expect(textOf(which)).toMatch(WHICH);
    expect(buttons(which).map((b) => b.title)).toEqual(expect.arrayContaining(['Make a complaint', 'Request these documents']));
    expect(inputs(await send('2'))[0]).toMatchObject({ id: 'what', value: MINUTES });
  });
});
