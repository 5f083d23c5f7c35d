import { OPERATOR, SEE_ALL } from '../../support/operator';
import { TestAdapter } from 'botbuilder';
import { CLERKS_CHANNEL_KEY, PLATFORM } from '../../../src/channels/teams/bot';
import { ClerkQueue } from '../../../src/queue/queue';
import { clerkOnlyRefusal } from '../../../src/channels/labels';
import {
  BotHarness,
  botHarness,
  button,
  buttons,
  cardInvoke,
  cardOf,
  channelMention,
  clerk,
  CLERK_AAD,
  CLERKS_CHANNEL,
  councillor,
  inputs,
  invokeResponse,
  Json,
  library,
  otherCouncillor,
  personalMessage,
  removeTempDirs,
  teamsId,
  tempDir,
  textOf,
} from './helpers';

afterAll(removeTempDirs);

/** The data an Action.Execute button would send, with the user's inputs merged in. */
const press = (b: Json, inputs: Record<string, unknown> = {}) => ({ ...(b.data as Json), ...inputs });

describe('asking', () => {
  test("a bare @mention in a channel is asked for its question, as in Slack, rather than met with silence", async () => {
    const h = botHarness();
    const replies = await h.send(channelMention(councillor, ''));
    expect(replies).toHaveLength(1);
    expect(String(replies[0].text)).toMatch(/^What would you like to ask\?/);
  });

  test('a question in personal chat is answered with a card quoting the clauses with their refs and headings', async () => {
    const h = botHarness();
    const replies = await h.send(personalMessage(councillor, 'Can I see the tender documents for the pavilion?'));

    expect(replies).toHaveLength(1);
    const card = cardOf(replies[0]);
    expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
    expect(replies[0].attachments![0].contentType).toBe('application/vnd.microsoft.card.adaptive');
    const text = textOf(card);
    expect(text).toContain('A councillor may see documents they need for their role.');
    expect(text).toContain('flitwick:56');
    expect(text).toContain('Access to information');
    expect(text).toContain('Councillors have a right to see documents.');
    expect(text).toContain('(a) where they need them');
    expect(buttons(card).map((b) => b.title)).toEqual(['Request these documents', '👍 Helpful', '👎 Not helpful']);
    expect(h.assistant.asked[0]).toMatchObject({
      text: 'Can I see the tender documents for the pavilion?',
      asker: { id: teamsId(councillor), name: 'Jo Bloggs', role: 'councillor' },
    });
  });

  test('an @mention in a channel is answered with the mention taken out of the question', async () => {
    const h = botHarness();
    const replies = await h.send(channelMention(councillor, 'who signs letters sent for the council?'));
    expect(h.assistant.asked.map((a) => a.text)).toEqual(['who signs letters sent for the council?']);
    expect(textOf(cardOf(replies[0]))).toContain('flitwick:56');
  });

  test('"ask <question>" asks the question; a bare "ask" says how', async () => {
    const h = botHarness();
    await h.send(personalMessage(councillor, 'ask may I instruct the groundsman?'));
    expect(h.assistant.asked.map((a) => a.text)).toEqual(['may I instruct the groundsman?']);

    const replies = await h.send(personalMessage(councillor, 'ask'));
    expect(replies[0].text).toMatch(/What would you like to ask\?/);
    expect(h.assistant.asked).toHaveLength(1);
  });

  test('unsure and out-of-scope answers are shown as such, and keeping them for the Clerk is left to the assistant', async () => {
    const h = botHarness({
      replies: {
        'the thing with the stuff': { intent: 'respect_and_courtesy', confidence: 0.4, uncertain: true, notice: "I'm not sure I've understood." },
      },
    });
    const unsure = cardOf((await h.send(personalMessage(councillor, 'the thing with the stuff')))[0]);
    expect(textOf(unsure)).toContain("I'm not sure I've understood.");
    // The real Assistant records unsure and out-of-scope questions once (see the Slack and Teams
    // server tests); the bot must not switch that off, nor record them a second time.
    expect(h.assistant.asked.map((a) => (a.options as { record?: boolean } | undefined)?.record)).toEqual([undefined]);
    expect(h.queue.unanswered()).toEqual([]);
  });

  test('👍 and 👎 record feedback on the answer and its clauses', async () => {
    const h = botHarness();
    const dm = personalMessage(councillor, 'Can I see the tender documents?');
    const card = cardOf((await h.send(dm))[0]);

    const replies = await h.send(cardInvoke(dm, press(button(card, '👎 Not helpful'))));
    expect(invokeResponse(replies).body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.activity.message' });
    expect(h.queue.exportPerson(teamsId(councillor)).feedback).toEqual([
      expect.objectContaining({ council: 'flitwick', intent: 'document_access', helpful: false, clauseRefs: ['flitwick:56'] }),
    ]);
  });

  test('👎 points only to a hand-off the answer offered, in the words Slack uses', async () => {
    // uat13: Teams said "the Clerk's team reviews answers that didn't help", Slack pointed to an
    // "Ask the Clerk" button the answer may not have had.
    const h = botHarness();
    const dm = personalMessage(councillor, 'Can I see the tender documents?');
    const card = cardOf((await h.send(dm))[0]);
    const said = JSON.stringify(invokeResponse(await h.send(cardInvoke(dm, press(button(card, '👎 Not helpful'))))).body.value);
    expect(said).not.toContain('Ask the');
    expect(said).toContain('Thanks for telling me. If you still need the papers, \\"Request these documents\\" under the answer asks the Town Clerk for them.');
  });

  test('user text that looks like markdown is shown literally, never as a TextBlock', async () => {
    const h = botHarness();
    const dm = personalMessage(councillor, 'request documents **everything** [click](https://evil.example) @channel');
    const form = cardOf((await h.send(dm))[0]);
    const submitted = await h.send(cardInvoke(dm, press(button(form, 'Send to the Town Clerk'), { what: '**everything** [click](https://evil.example)', reason: '- a list\n1. item' })));
    const filed = invokeResponse(submitted).body.value as Json;
    const textBlocks = JSON.stringify((filed.body as Json[]).filter((e) => e.type === 'TextBlock'));
    expect(textBlocks).not.toContain('evil.example');
    expect(textOf(filed)).toContain('**everything** [click](https://evil.example)');
  });
});

describe('first contact', () => {
  test('the personal chat is remembered so the bot can reach the person later; a channel is not', async () => {
    const h = botHarness();
    await h.send(channelMention(otherCouncillor, 'hello'));
    expect(h.queue.conversationReference(PLATFORM, teamsId(otherCouncillor))).toBeUndefined();

    await h.send(personalMessage(councillor, 'hello'));
    const stored = JSON.parse(h.queue.conversationReference(PLATFORM, teamsId(councillor))!);
    expect(stored).toMatchObject({ channelId: 'msteams', serviceUrl: 'https://smba.example.test/emea/', conversation: { id: `a:personal-${councillor.id}` } });
    expect(stored.activityId).toBeUndefined();
  });

  test('installing the bot in personal scope greets with what it can do', async () => {
    const h = botHarness();
    const install = { ...personalMessage(councillor, ''), type: 'conversationUpdate', text: undefined, membersAdded: [{ id: '28:protocol-bot', name: 'Protocol Bot' }] };
    const replies = await h.send(install);
    expect(textOf(cardOf(replies[0]))).toContain('request documents');
    expect(h.queue.conversationReference(PLATFORM, teamsId(councillor))).toBeDefined();
  });
});

describe('help', () => {
  test('lists the commands; Clerks also see theirs', async () => {
    const h = botHarness();
    const forCouncillor = textOf(cardOf((await h.send(personalMessage(councillor, 'help')))[0]));
    const forClerk = textOf(cardOf((await h.send(personalMessage(clerk, 'Help')))[0]));
    for (const command of ['ask <question>', 'request documents', 'complaint', 'my requests', 'help']) expect(forCouncillor).toContain(command);
    expect(forCouncillor).not.toContain('register clerk channel');
    expect(forClerk).toContain('register clerk channel');
    expect(forClerk).toContain('queue');
  });
});

describe('document request form', () => {
  test('"request documents <what>" opens the form with what was asked for filled in', async () => {
    const h = botHarness();
    const card = cardOf((await h.send(personalMessage(councillor, 'request documents the pavilion tender')))[0]);
    expect(inputs(card).map((i) => i.id)).toEqual(['what', 'meeting', 'reason', 'neededBy']);
    expect(inputs(card)[0]).toMatchObject({ value: 'the pavilion tender', isRequired: true });
  });

  test('an invalid form comes back with the problems next to the fields, the values kept, and nothing filed', async () => {
    const h = botHarness();
    const dm = personalMessage(councillor, 'request documents');
    const form = cardOf((await h.send(dm))[0]);
    const replies = await h.send(cardInvoke(dm, press(button(form, 'Send to the Town Clerk'), { what: '   ', meeting: 'Planning', neededBy: '2025-02-30' })));

    const response = invokeResponse(replies).body;
    expect(response.type).toBe('application/vnd.microsoft.card.adaptive');
    const again = response.value as Json;
    const body = again.body as Json[];
    const at = (id: string) => body.findIndex((e) => e.id === id);
    expect(body[at('what') + 1]).toMatchObject({ type: 'TextBlock', color: 'Attention', text: expect.stringContaining('which documents or information') });
    expect(body[at('neededBy') + 1]).toMatchObject({ color: 'Attention', text: expect.stringContaining('date') });
    expect(body[at('meeting')]).toMatchObject({ value: 'Planning' });
    expect(body[at('meeting') + 1].color).toBeUndefined();
    expect(h.queue.list({}, OPERATOR, SEE_ALL)).toEqual([]);
  });

  test('the form says where the request goes before anything is typed, in the words of Slack\'s modal', async () => {
    // uat12: Slack's modal said "Goes to Chief Executive or the Director concerned (clause tewkesbury:3.1)";
    // Teams' form said only "For the Clerk of Tewkesbury Borough Council".
    const h = botHarness();
    const form = cardOf((await h.send(personalMessage(councillor, 'request documents')))[0]);
    expect(textOf(form)).toContain('Goes to Town Clerk (clause flitwick:59). You will be told the request number and due dates.');
    expect(textOf(form)).not.toContain('For the Clerk of');
  });

  test('a valid form files the request and shows its id, routing and due dates; a second press files nothing more', async () => {
    const h = botHarness();
    const dm = personalMessage(councillor, 'request documents');
    const form = cardOf((await h.send(dm))[0]);
    const data = press(button(form, 'Send to the Town Clerk'), { what: 'Officer report on Station Road', meeting: 'Planning', reason: 'Ward member', neededBy: '2031-03-10' });

    const filed = invokeResponse(await h.send(cardInvoke(dm, data))).body.value as Json;
    const again = invokeResponse(await h.send(cardInvoke(dm, data))).body.value as Json;

    const [request] = h.queue.list({}, OPERATOR, SEE_ALL);
    expect(h.queue.list({}, OPERATOR, SEE_ALL)).toHaveLength(1);
    expect(request).toMatchObject({ kind: 'document_access', requester: { userId: teamsId(councillor) }, details: { what: 'Officer report on Station Road', neededBy: '2031-03-10' } });
    const text = textOf(filed);
    expect(text).toContain(`Your document request is filed as #${request.id}.`);
    expect(text).toContain('Town Clerk (clause flitwick:59)');
    expect(text).toMatch(/Acknowledge by \w{3} \d{1,2} \w{3} \d{4}/);
    expect(textOf(again)).toContain(`is filed as #${request.id}.`);
  });
});

describe('document request from a channel', () => {
  test('filed by someone the bot has never chatted with, it opens their personal chat for the updates to come', async () => {
    const h = botHarness();
    const mention = channelMention(councillor, 'request documents');
    const form = cardOf((await h.send(mention))[0]);
    await h.send(cardInvoke(mention, press(button(form, 'Send to the Town Clerk'), { what: 'Budget papers' })));

    expect(h.queue.list({}, OPERATOR, SEE_ALL)).toHaveLength(1);
    expect(JSON.parse(h.queue.conversationReference(PLATFORM, teamsId(councillor))!).conversation.id).toBe(`a:opened-${councillor.id}`);
    expect(h.messenger.sent).toEqual([]); // the outbox, not the bot, tells them of each step
  });
});

describe('complaint form', () => {
  test('says, before anything is typed, who receives each kind under the protocol, and that the Clerks never see one about the Clerk', async () => {
    // UAT: Slack's complaint modal lists the recipients; Teams' form said only "whoever the
    // protocol names" and that the Clerks' channel sees every complaint's number.
    const h = botHarness();
    const form = textOf(cardOf((await h.send(personalMessage(councillor, 'complaint')))[0]));
    expect(form).toContain('About the Town Clerk: Personnel Committee (clause flitwick:80)');
    // Clause 8 sends a councillor's breach to the Monitoring Officer: a councillor's complaint about another councillor goes
    // there (uat25), not to the Town Clerk, where flitwick.json sends an officer's complaint about a councillor.
    expect(form).toContain("About a councillor: Central Bedfordshire Council's Monitoring Officer (clause flitwick:8)");
    expect(form).not.toContain('Town Clerk (clause flitwick:8)');
    expect(form).toMatch(/one about the Town Clerk never reaches it/);
  });

  test('in personal chat: an invalid complaint comes back with the problem; a valid one is filed, confidential', async () => {
    const h = botHarness();
    const dm = personalMessage(councillor, 'complaint');
    const form = cardOf((await h.send(dm))[0]);
    expect(inputs(form).map((i) => i.id)).toEqual(['about', 'whatHappened', 'outcomeSought']);

    const bad = invokeResponse(await h.send(cardInvoke(dm, press(button(form, 'File the complaint'), { whatHappened: 'Shouted at me' })))).body.value as Json;
    expect(textOf(bad)).toContain('Please choose who the complaint is about.');
    expect(inputs(bad).find((i) => i.id === 'whatHappened')).toMatchObject({ value: 'Shouted at me' });
    expect(h.queue.list({}, OPERATOR, SEE_ALL)).toEqual([]);

    const good = invokeResponse(await h.send(cardInvoke(dm, press(button(form, 'File the complaint'), { about: 'officer', whatHappened: 'Shouted at me' })))).body.value as Json;
    const [request] = h.queue.list({}, OPERATOR, SEE_ALL);
    expect(request).toMatchObject({ kind: 'complaint', confidential: true, subject: 'Complaint about an officer', routing: { clause: '80' } });
    expect(textOf(good)).toContain(`Your complaint is filed as #${request.id}.`);
  });

  test('asked for in a channel, the form goes to the personal chat and the channel sees no form', async () => {
    const h = botHarness();
    await h.send(personalMessage(councillor, 'hello')); // first contact: the personal chat is known
    const replies = await h.send(channelMention(councillor, 'complaint'));

    expect(replies.map((r) => r.attachments ?? [])).toEqual([[]]);
    expect(replies[0].text).toMatch(/personal chat, so it stays private/);
    expect(h.messenger.sent).toHaveLength(1);
    expect(h.messenger.sent[0].reference.conversation!.id).toBe(`a:personal-${councillor.id}`);
    expect(inputs(cardOf(h.messenger.sent[0].activity)).map((i) => i.id)).toContain('whatHappened');
  });

  test('from a channel with no personal chat yet, the bot opens one; where it cannot, it says how', async () => {
    const h = botHarness();
    await h.send(channelMention(councillor, 'complaint'));
    expect(h.messenger.sent[0].reference.conversation!.id).toBe(`a:opened-${councillor.id}`);
    expect(h.queue.conversationReference(PLATFORM, teamsId(councillor))).toContain('a:opened-');

    h.messenger.canOpenPersonalChat = false;
    const replies = await h.send(channelMention(otherCouncillor, 'complaint'));
    expect(replies[0].text).toMatch(/open a chat with me/);
    expect(h.messenger.sent).toHaveLength(1);
  });

  test('the answer card\'s "Make a complaint" pressed in a channel sends the form privately', async () => {
    const h = botHarness({ replies: { 'the officer was rude': { intent: 'complaint_about_officer', actions: [{ kind: 'complaint', label: 'Make a complaint', prefill: { about: 'officer' } }] } } });
    const mention = channelMention(councillor, 'the officer was rude');
    const answer = cardOf((await h.send(mention))[0]);
    const replies = await h.send(cardInvoke(mention, press(button(answer, 'Make a complaint'))));

    expect(replies.filter((r) => r.type === 'message')).toEqual([]);
    expect(String(invokeResponse(replies).body.value)).toMatch(/personal chat/);
    expect(inputs(cardOf(h.messenger.sent[0].activity)).find((i) => i.id === 'about')).toMatchObject({ value: 'officer' });
  });

  test('a complaint submitted from a channel is refused and nothing is filed', async () => {
    const h = botHarness();
    const replies = await h.send(cardInvoke(channelMention(councillor, ''), { verb: 'submit_complaint', about: 'officer', whatHappened: 'x', formId: 'form-12345678' }));
    expect(String(invokeResponse(replies).body.value)).toMatch(/personal chat/);
    expect(h.queue.list({}, OPERATOR, SEE_ALL)).toEqual([]);
  });
});

describe('question for the Clerk', () => {
  test('"Ask the Clerk" on an answer opens a form with the question and the bot\'s answer, and files it', async () => {
    const h = botHarness({
      replies: {
        'is the office open on bank holidays?': {
          intent: 'out_of_scope',
          clauses: [],
          actions: [{ kind: 'question', label: 'Ask the Town Clerk', prefill: { question: 'is the office open on bank holidays?', botAnswer: 'Not covered.' } }],
        },
      },
    });
    const dm = personalMessage(councillor, 'is the office open on bank holidays?');
    const answer = cardOf((await h.send(dm))[0]);
    expect(buttons(answer).map((b) => b.title)).toEqual(['Ask the Town Clerk']); // no feedback without clauses

    const opened = await h.send(cardInvoke(dm, press(button(answer, 'Ask the Town Clerk'))));
    const form = cardOf(opened.find((r) => r.type === 'message'));
    expect(inputs(form)[0]).toMatchObject({ id: 'question', value: 'is the office open on bank holidays?' });

    const empty = invokeResponse(await h.send(cardInvoke(dm, press(button(form, 'Send to the Town Clerk'), { question: '' })))).body.value as Json;
    expect(textOf(empty)).toContain('Please write your question for the Clerk.');

    await h.send(cardInvoke(dm, press(button(form, 'Send to the Town Clerk'), { question: 'Is the office open on bank holidays?' })));
    expect(h.queue.list({}, OPERATOR, SEE_ALL)).toEqual([expect.objectContaining({ kind: 'question', details: { question: 'Is the office open on bank holidays?', botAnswer: 'Not covered.' } })]);
  });
});

function fileDocumentRequest(queue: ClerkQueue, who = councillor, what = 'Minutes of the March meeting') {
  return queue.file({ kind: 'document_access', council: 'flitwick', requester: { userId: teamsId(who), name: who.name, role: 'councillor' }, subject: what, details: { what } });
}

describe('my requests', () => {
  test('lists only the asker\'s own requests, and Withdraw withdraws one', async () => {
    const h = botHarness();
    const mine = fileDocumentRequest(h.queue);
    fileDocumentRequest(h.queue, otherCouncillor, "Sam's request");
    const dm = personalMessage(councillor, 'my requests');
    const list = cardOf((await h.send(dm))[0]);

    expect(textOf(list)).toContain(`#${mine.id}`);
    expect(textOf(list)).toContain('Minutes of the March meeting');
    expect(textOf(list)).not.toContain("Sam's request");

    const after = invokeResponse(await h.send(cardInvoke(dm, press(button(list, 'Withdraw'))))).body.value as Json;
    expect(h.queue.get(mine.id, { userId: teamsId(councillor), name: 'Jo', role: 'councillor' }).status).toBe('withdrawn');
    expect(textOf(after)).toContain('Withdrawn');
    expect(buttons(after)).toEqual([]);
  });
});

describe('queue', () => {
  test('a councillor is refused; a Clerk sees the open requests with overdue ones first', async () => {
    let now = new Date('2025-03-03T09:00:00Z');
    const queue = ClerkQueue.open({ path: `${tempDir()}/q.sqlite`, library: library(), now: () => now, roles: { clerkIds: [CLERK_AAD] } });
    const h = botHarness({ queue });
    const old = fileDocumentRequest(queue, councillor, 'Old request');
    now = new Date('2025-03-12T09:00:00Z');
    const fresh = fileDocumentRequest(queue, otherCouncillor, 'Fresh request');
    queue.file({ kind: 'complaint', council: 'flitwick', requester: { userId: teamsId(otherCouncillor), name: 'Sam', role: 'councillor' }, subject: 'Complaint about the Clerk', details: { about: 'clerk', whatHappened: 'Secret details' } });

    expect((await h.send(personalMessage(councillor, 'queue')))[0].text).toMatch(/Only the Town Clerk's team can see the queue/);

    const text = textOf(cardOf((await h.send(channelMention(clerk, 'queue')))[0]));
    // The complaint about the Clerk is not the Clerk's to see: it is not even counted.
    expect(text).toMatch(/Open requests \(2\) — 1 overdue/);
    expect(text.indexOf(`#${old.id}`)).toBeLessThan(text.indexOf(`#${fresh.id}`));
    expect(text).toContain('OVERDUE');
    expect(text).not.toContain('Confidential complaint');
    expect(text).not.toContain('Secret details');
    expect(text).not.toContain('Complaint about the Clerk');
  });
});

describe('register clerk channel', () => {
  test('only a Clerk, only in a channel; it stores the channel itself, not the thread', async () => {
    const h = botHarness();
    expect((await h.send(channelMention(councillor, 'register clerk channel')))[0].text).toMatch(/Only a Clerk/);
    expect((await h.send(personalMessage(clerk, 'register clerk channel')))[0].text).toMatch(/in the Teams channel/);
    expect(h.queue.conversationReference(PLATFORM, CLERKS_CHANNEL_KEY)).toBeUndefined();

    const replies = await h.send(channelMention(clerk, 'register clerk channel'));
    expect(replies[0].text).toMatch(/new requests .* will be posted in this channel/);
    expect(JSON.parse(h.queue.conversationReference(PLATFORM, CLERKS_CHANNEL_KEY)!)).toMatchObject({ conversation: { id: CLERKS_CHANNEL }, serviceUrl: 'https://smba.example.test/emea/' });
  });

  test('a person saved as a Clerk (e.g. by the CLI) is a Clerk without being in CLERK_USER_IDS', async () => {
    const h = botHarness();
    h.queue.savePerson({ userId: teamsId(otherCouncillor), name: 'Sam Smith', role: 'clerk' });
    await h.send(channelMention(otherCouncillor, 'register clerk channel'));
    expect(h.queue.conversationReference(PLATFORM, CLERKS_CHANNEL_KEY)).toBeDefined();
  });
});

describe("the Clerks' card buttons", () => {
  async function clerkCardFor(h: BotHarness, requestId: number) {
    const { clerkRequestCard } = await import('../../../src/channels/teams/cards');
    return clerkRequestCard(h.queue.get(requestId, { userId: 'x', name: 'x', role: 'clerk' }));
  }

  test('a councillor pressing Acknowledge changes nothing and is told why', async () => {
    const h = botHarness();
    const request = fileDocumentRequest(h.queue, otherCouncillor);
    const card = await clerkCardFor(h, request.id);
    const replies = await h.send(cardInvoke(channelMention(councillor, ''), press(button(card, 'Acknowledge'))));
    // In the words Slack uses (uat16: Teams passed on the queue's "Request #1 is not yours: …").
    expect(String(invokeResponse(replies).body.value)).toBe(clerkOnlyRefusal('acknowledged', 'type my requests to withdraw it'));
    expect(h.queue.list({}, OPERATOR, SEE_ALL)[0].status).toBe('new');
  });

  test("a councillor pressing a Clerk's button for a request that does not exist is told the same, not that it does not exist", async () => {
    const h = botHarness();
    const request = fileDocumentRequest(h.queue, otherCouncillor);
    const card = await clerkCardFor(h, request.id);
    const acknowledge = press(button(card, 'Acknowledge'));
    const replies = await h.send(cardInvoke(channelMention(councillor, ''), { ...acknowledge, requestId: 999 }));
    expect(String(invokeResponse(replies).body.value)).toBe(clerkOnlyRefusal('acknowledged', 'type my requests to withdraw it'));
  });

  test("a refusal names a status in words, never the queue's code (in progress, not in_progress)", async () => {
    const h = botHarness();
    // A Clerk's move the lifecycle does not allow yet (a councillor's Start is now refused before the queue: uat16).
    const request = fileDocumentRequest(h.queue);
    h.queue.move(request.id, 'acknowledged', { userId: teamsId(clerk), name: clerk.name, role: 'clerk' });
    const card = await clerkCardFor(h, request.id);
    const resolve = { verb: 'move_request', requestId: request.id, to: 'resolved' };
    const replies = await h.send(cardInvoke(channelMention(clerk, ''), { ...(button(card, 'Start').data as Json), ...resolve }));
    expect(String(invokeResponse(replies).body.value)).toMatch(/can move to in progress next/);
    expect(String(invokeResponse(replies).body.value)).not.toMatch(/in_progress/);
  });

  test('a Clerk moves a request along; Refuse without a reason is shown the problem; with one it refuses', async () => {
    const h = botHarness();
    const request = fileDocumentRequest(h.queue);
    const inChannel = channelMention(clerk, '');

    let card = await clerkCardFor(h, request.id);
    card = invokeResponse(await h.send(cardInvoke(inChannel, press(button(card, 'Acknowledge'))))).body.value as never;
    expect(textOf(card)).toContain('Status: Acknowledged');
    card = invokeResponse(await h.send(cardInvoke(inChannel, press(button(card, 'Start'))))).body.value as never;
    expect(buttons(card).map((b) => b.title)).toEqual(['Resolve…', 'Resolve', 'Refuse…', 'Refuse']);

    const refuse = button(card, 'Refuse');
    const noReason = invokeResponse(await h.send(cardInvoke(inChannel, press(refuse, { reason: '  ' })))).body.value as Json;
    expect(textOf(noReason)).toContain('Please give the reason: the requester is sent it.');
    expect(h.queue.list({}, OPERATOR, SEE_ALL)[0].status).toBe('in_progress');

    const refused = invokeResponse(await h.send(cardInvoke(inChannel, press(refuse, { reason: 'Commercially confidential' })))).body.value as Json;
    expect(textOf(refused)).toContain('Status: Refused');
    expect(textOf(refused)).toContain('Commercially confidential');
    expect(buttons(refused)).toEqual([]);
    expect(h.queue.get(request.id, { userId: teamsId(clerk), name: 'Pat', role: 'clerk' }).history.at(-1)).toMatchObject({ to: 'refused', note: 'Commercially confidential', by: teamsId(clerk) });
  });


  // uat12: a Clerk resolving a document request could not say where the papers are.
  test("a Clerk's note on Resolve is kept and shown on the card; without one it still resolves", async () => {
    const h = botHarness();
    const request = fileDocumentRequest(h.queue);
    const inChannel = channelMention(clerk, '');
    let card = await clerkCardFor(h, request.id);
    card = invokeResponse(await h.send(cardInvoke(inChannel, press(button(card, 'Acknowledge'))))).body.value as never;
    card = invokeResponse(await h.send(cardInvoke(inChannel, press(button(card, 'Start'))))).body.value as never;
    const resolved = invokeResponse(await h.send(cardInvoke(inChannel, press(button(card, 'Resolve'), { reason: 'In the shared drive, Planning folder' })))).body.value as Json;
    expect(textOf(resolved)).toContain('Status: Resolved');
    expect(textOf(resolved)).toContain('In the shared drive, Planning folder');
    const stored = h.queue.get(request.id, OPERATOR, SEE_ALL);
    expect(stored.history[stored.history.length - 1]).toMatchObject({ to: 'resolved', note: 'In the shared drive, Planning folder' });
  });
  test("a complaint's details go only to a Clerk, in their personal chat", async () => {
    const h = botHarness();
    const complaint = h.queue.file({ kind: 'complaint', council: 'flitwick', requester: { userId: teamsId(councillor), name: 'Jo', role: 'councillor' }, subject: 'Complaint about an officer', details: { about: 'officer', whatHappened: 'Shouted at me' } });
    const card = await clerkCardFor(h, complaint.id);
    expect(textOf(card)).not.toContain('Shouted at me');

    const refused = await h.send(cardInvoke(channelMention(councillor, ''), press(button(card, /Show details/))));
    expect(String(invokeResponse(refused).body.value)).toMatch(/Only the Clerk/);
    expect(h.messenger.sent).toEqual([]);

    const shown = await h.send(cardInvoke(channelMention(clerk, ''), press(button(card, /Show details/))));
    expect(String(invokeResponse(shown).body.value)).toMatch(/personal chat/);
    expect(shown.filter((r) => r.type === 'message')).toEqual([]);
    expect(h.messenger.sent[0].reference.conversation!.id).toBe(`a:opened-${clerk.id}`);
    expect(textOf(cardOf(h.messenger.sent[0].activity))).toContain('Shouted at me');
  });
});

describe('Action.Submit (hosts without Universal Actions, e.g. the Emulator)', () => {
  test('a submitted form arrives as a message with a value and the card is updated in place', async () => {
    const h = botHarness();
    const updates: unknown[] = [];
    jest.spyOn(TestAdapter.prototype, 'updateActivity').mockImplementation(async (_context, activity) => {
      updates.push(activity);
    });
    const dm = personalMessage(councillor, 'request documents');
    const form = cardOf((await h.send(dm))[0]);
    const submit = button(form, 'Send to the Town Clerk').fallback as Json;
    expect(submit.type).toBe('Action.Submit');

    await h.send({ ...personalMessage(councillor, ''), text: undefined, replyToId: 'form-message', value: { ...(submit.data as Json), what: 'Budget papers' } });
    expect(h.queue.list({}, OPERATOR, SEE_ALL)).toHaveLength(1);
    expect(updates).toEqual([expect.objectContaining({ id: 'form-message' })]);
    expect(textOf(cardOf(updates[0] as never))).toContain('filed');
    jest.restoreAllMocks();
  });
});

