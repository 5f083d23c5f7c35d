/**
 * End to end: the real Bolt app in HTTP mode on 127.0.0.1, talking to a fake Slack Web API
 * (SLACK_API_URL), with the real protocol library, Assistant, Clerk queue (temporary SQLite)
 * and OutboxDispatcher. Requests are signed the way Slack signs them (v0 HMAC-SHA256).
 */
import { createHmac } from 'node:crypto';
import path from 'node:path';
import { Assistant } from '../../../src/assistant/assistant';
import { ACTIONS, FIELDS, VIEWS } from '../../../src/channels/slack/blocks';
import { createSlackApp, SlackChannel, startSlack } from '../../../src/channels/slack/app';
import { Config, ConfigError, loadConfig } from '../../../src/config';
import { silentLogger } from '../../../src/log';
import { OutboxDispatcher } from '../../../src/queue/outbox';
import { ClerkQueue } from '../../../src/queue/queue';
import { FakeSlackApi } from './fake-slack';
import { allText, ASKER, CLERK, OTHER, person, protocolLibrary, stateValues, tempDir } from './helpers';
import { MODEL_CACHE_DIR } from '../../support/model';
import { OPERATOR, SEE_ALL } from '../../support/operator';

const SECRET = 'test-signing-secret';
/** The Chair of Cottingham's Personnel Committee: receives complaints about the Clerk (clause 7.3). */
const CHAIR = 'UCHAIR';

let fake: FakeSlackApi;
let slack: SlackChannel;
let queue: ClerkQueue;
let dispatcher: OutboxDispatcher;
let cleanup: () => void;
let config: Config;
let assistant: Assistant;

beforeAll(async () => {
  fake = await FakeSlackApi.start();
  const temp = tempDir();
  cleanup = temp.cleanup;
  config = loadConfig({
    COUNCIL: 'alsager',
    LOG_LEVEL: 'silent',
    DATABASE_PATH: path.join(temp.dir, 'queue.sqlite'),
    MODEL_CACHE_DIR,
    SLACK_BOT_TOKEN: 'xoxb-test',
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_CLERK_CHANNEL: 'CCLERKS',
    SLACK_API_URL: `${fake.url}/api/`,
    CLERK_USER_IDS: CLERK,
    CLERK_COMPLAINTS_USER_IDS: CHAIR,
  });
  const library = protocolLibrary();
  queue = ClerkQueue.open({ path: config.DATABASE_PATH, library, roles: { clerkIds: config.CLERK_USER_IDS, clerkComplaintsIds: config.CLERK_COMPLAINTS_USER_IDS } });
  assistant = Assistant.create({ config, library, queue });
  slack = await startSlack({ config, logger: silentLogger, library, queue, assistant }, { listen: { port: 0, host: '127.0.0.1' } });
  dispatcher = new OutboxDispatcher(queue, [slack.sender], { logger: silentLogger });
  // Starting the whole app (Bolt, the assistant's model, the queue) on a cold, shared machine can
  // take longer than one test may: it is start-up, not the behaviour under test.
}, 120_000);

afterAll(async () => {
  await slack?.stop();
  await dispatcher?.stop();
  queue?.close();
  await fake?.stop();
  cleanup?.();
});

// ---------------------------------------------------------------------------------------------
// Sending requests the way Slack does

function signature(timestamp: number, body: string, secret = SECRET): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

interface SendOptions {
  sign?: 'valid' | 'none' | 'wrong-secret' | 'stale';
  headers?: Record<string, string>;
}

async function send(body: string, contentType: string, options: SendOptions = {}): Promise<Response> {
  const sign = options.sign ?? 'valid';
  const now = Math.floor(Date.now() / 1000);
  const timestamp = sign === 'stale' ? now - 10 * 60 : now;
  const headers: Record<string, string> = { 'content-type': contentType, ...options.headers };
  if (sign !== 'none') {
    headers['x-slack-request-timestamp'] = String(timestamp);
    headers['x-slack-signature'] = signature(timestamp, body, sign === 'wrong-secret' ? 'not-the-secret' : SECRET);
  }
  const response = await fetch(`http://127.0.0.1:${slack.port}/slack/events`, { method: 'POST', headers, body });
  await slack.idle();
  return response;
}

const form = 'application/x-www-form-urlencoded';
let responseUrls = 0;

function slashCommand(command: string, text: string, user: string, options?: SendOptions) {
  const body = new URLSearchParams({
    token: 'x',
    team_id: 'T1',
    team_domain: 'council',
    channel_id: 'CGENERAL',
    channel_name: 'general',
    user_id: user,
    user_name: user.toLowerCase(),
    command,
    text,
    api_app_id: 'A1',
    response_url: `${fake.url}/respond/${++responseUrls}`,
    trigger_id: `trigger.${responseUrls}`,
  }).toString();
  return send(body, form, options);
}

function interaction(payload: object, options?: SendOptions) {
  return send(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), form, options);
}

function buttonPress(user: string, actionId: string, value: string, options?: SendOptions) {
  const responseUrl = `${fake.url}/respond/${++responseUrls}`;
  return {
    responseUrl,
    sent: interaction(
      {
        type: 'block_actions',
        user: { id: user, username: user.toLowerCase(), name: user.toLowerCase(), team_id: 'T1' },
        api_app_id: 'A1',
        token: 'x',
        container: { type: 'message', message_ts: '1700000000.000001', channel_id: 'CCLERKS', is_ephemeral: false },
        trigger_id: `trigger.${responseUrls}`,
        team: { id: 'T1', domain: 'council' },
        channel: { id: 'CCLERKS', name: 'clerks' },
        message: { type: 'message', ts: '1700000000.000001', text: 'request' },
        response_url: responseUrl,
        actions: [{ type: 'button', action_id: actionId, block_id: 'b', value, action_ts: '1700000001.1', text: { type: 'plain_text', text: 'x' } }],
      },
      options,
    ),
  };
}

function viewSubmission(user: string, view: { id: string; callback_id: string; private_metadata?: string }, values: object, options?: SendOptions) {
  return interaction(
    {
      type: 'view_submission',
      team: { id: 'T1', domain: 'council' },
      user: { id: user, username: user.toLowerCase(), name: user.toLowerCase(), team_id: 'T1' },
      api_app_id: 'A1',
      token: 'x',
      trigger_id: 'trigger.view',
      view: { ...view, team_id: 'T1', type: 'modal', state: { values }, hash: 'h', app_id: 'A1', bot_id: 'BBOT', blocks: [] },
      response_urls: [],
    },
    options,
  );
}

function directMessage(text: string, ts: string, eventId: string, options?: SendOptions & { threadTs?: string }) {
  const body = JSON.stringify({
    token: 'x',
    team_id: 'T1',
    api_app_id: 'A1',
    type: 'event_callback',
    event_id: eventId,
    event_time: 1700000000,
    event: { type: 'message', channel: `D${ASKER}`, channel_type: 'im', user: ASKER, text, ts, event_ts: ts, ...(options?.threadTs ? { thread_ts: options.threadTs } : {}) },
    authorizations: [{ team_id: 'T1', user_id: 'UBOT', is_bot: true, is_enterprise_install: false }],
  });
  return send(body, 'application/json', options);
}

// ---------------------------------------------------------------------------------------------

describe('the Slack app, end to end', () => {
  it('answers 401 to an unsigned, wrongly signed or stale request, and does nothing', async () => {
    for (const sign of ['none', 'wrong-secret', 'stale'] as const) {
      const response = await slashCommand('/request-documents', 'the pavilion tender', ASKER, { sign });
      expect(response.status).toBe(401);
    }
    const response = await directMessage('hello', '1700000050.000100', 'EvForged', { sign: 'wrong-secret' });
    expect(response.status).toBe(401);
    // Only Bolt's start-up token check (auth.test) has reached the Web API.
    expect(fake.calls.filter((c) => c.method !== 'auth.test')).toEqual([]);
    expect(fake.responses).toEqual([]);
    expect(queue.list({}, OPERATOR, SEE_ALL)).toEqual([]);
  });

  it('answers the health check', async () => {
    const response = await fetch(`http://127.0.0.1:${slack.port}/healthz`);
    expect(response.status).toBe(200);
  });

  let requestId: number;
  let clerkPostTs: string;

  it("files a document request from /request-documents and its modal, and posts it to the Clerks' channel", async () => {
    const command = await slashCommand('/request-documents', 'the pavilion tender', ASKER);
    expect(command.status).toBe(200);
    const [opened] = fake.callsTo('views.open');
    expect(opened.args.trigger_id).toBe(`trigger.${responseUrls}`);
    expect(opened.args.view.callback_id).toBe(VIEWS.documentRequest);
    expect(allText(opened.args.view)).toContain('the pavilion tender');

    const values = stateValues({
      [FIELDS.what]: { text: 'the pavilion tender' },
      [FIELDS.meeting]: { text: 'Finance committee' },
      [FIELDS.reason]: { text: 'To scrutinise the award' },
      [FIELDS.neededBy]: { date: '' },
    });
    const view = { id: 'VDOC1', callback_id: opened.args.view.callback_id, private_metadata: opened.args.view.private_metadata };
    const submitted = await viewSubmission(ASKER, view, values);
    expect(submitted.status).toBe(200);
    const [filed] = queue.list({}, OPERATOR, SEE_ALL);
    expect(filed).toEqual(expect.objectContaining({ kind: 'document_access', status: 'new', requester: expect.objectContaining({ userId: `slack:${ASKER}` }) }));
    requestId = filed.id;
    const ack = (await submitted.json()) as { response_action: string; view: unknown };
    expect(ack.response_action).toBe('update');
    expect(allText(ack.view)).toContain(`#${requestId}`);
    expect(allText(ack.view)).toContain('Town Clerk (clause alsager:53)');

    // Slack delivering the same submission again files nothing more.
    const again = await viewSubmission(ASKER, view, values, { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
    expect(again.status).toBe(200);
    expect(queue.list({}, OPERATOR, SEE_ALL)).toHaveLength(1);

    // Nothing reached the Clerks' channel from the listener: it goes through the outbox.
    expect(fake.callsTo('chat.postMessage').filter((c) => c.args.channel === 'CCLERKS')).toEqual([]);
    // The Clerks' post and the requester's receipt by DM, both from the outbox (uat20), once each.
    expect(await dispatcher.runOnce()).toBe(2);
    const receipts = fake.callsTo('chat.postMessage').filter((c) => c.args.channel === `D${ASKER}`);
    expect(receipts.map((c) => c.args.text)).toEqual([`Thank you. Your document request is filed as *#${requestId}*.`]);
    const posts = fake.callsTo('chat.postMessage').filter((c) => c.args.channel === 'CCLERKS');
    expect(posts).toHaveLength(1);
    const text = allText(posts[0].args.blocks);
    expect(text).toContain(`Document request #${requestId}`);
    expect(text).toContain('Town Clerk (clause alsager:53)');
    expect(text).toContain('acknowledge by');
    clerkPostTs = JSON.parse(queue.channelPost(requestId, 'slack') as string).ts;
    expect(clerkPostTs).toMatch(/^1700000000\.\d+$/);
  });

  it("refuses a non-Clerk's Acknowledge, says why and changes nothing", async () => {
    const callsBefore = fake.calls.length;
    const { sent, responseUrl } = buttonPress(OTHER, ACTIONS.acknowledge, String(requestId));
    expect((await sent).status).toBe(200);
    const told = fake.responses.filter((r) => responseUrl.endsWith(r.path));
    expect(told).toEqual([{ path: expect.any(String), body: expect.objectContaining({ response_type: 'ephemeral', text: expect.stringContaining("Only the Clerk's team") }) }]);
    expect(queue.get(requestId, person(CLERK, 'clerk')).status).toBe('new');
    expect(await dispatcher.runOnce()).toBe(0);
    expect(fake.calls.slice(callsBefore).map((c) => c.method)).not.toContain('chat.update');
  });

  it("tells a Clerk pressing a button for a request that does not exist that it was not found; anyone else learns nothing", async () => {
    const missing = '9999';
    for (const action of [ACTIONS.acknowledge, ACTIONS.start, ACTIONS.refuse, ACTIONS.viewDetails]) {
      const clerkPress = buttonPress(CLERK, action, missing);
      expect((await clerkPress.sent).status).toBe(200);
      const toClerk = fake.responses.filter((r) => clerkPress.responseUrl.endsWith(r.path));
      expect(toClerk.map((r) => r.body.text)).toEqual(['There is no request #9999 (it may have been removed), so nothing was changed.']);
      const otherPress = buttonPress(OTHER, action, missing);
      expect((await otherPress.sent).status).toBe(200);
      const toOther = fake.responses.filter((r) => otherPress.responseUrl.endsWith(r.path));
      expect(toOther.map((r) => r.body.text)).toEqual([expect.stringMatching(/^(Only the Clerk's team|A complaint's details are confidential)/)]);
    }
  });

  it("moves the request on at a Clerk's Acknowledge, updates the channel message in place and DMs the requester", async () => {
    const { sent } = buttonPress(CLERK, ACTIONS.acknowledge, String(requestId));
    expect((await sent).status).toBe(200);
    expect(queue.get(requestId, person(CLERK, 'clerk')).status).toBe('acknowledged');

    expect(await dispatcher.runOnce()).toBe(2);
    const [update] = fake.callsTo('chat.update');
    expect(update.args).toEqual(expect.objectContaining({ channel: 'CCLERKS', ts: clerkPostTs }));
    expect(allText(update.args.blocks)).toContain('Acknowledged');
    expect(fake.callsTo('conversations.open').map((c) => c.args.users)).toContain(ASKER);
    const dm = fake.callsTo('chat.postMessage').filter((c) => c.args.channel === `D${ASKER}` && String(c.args.text).includes('is now'));
    expect(dm).toHaveLength(1);
    expect(dm[0].args.text).toContain(`#${requestId}* is now *acknowledged*`);
  });

  it("keeps a complaint's words out of the Clerks' channel: kind, routing and id only", async () => {
    await slashCommand('/complaint', 'officer', ASKER);
    const opened = fake.callsTo('views.open').find((c) => c.args.view.callback_id === VIEWS.complaint);
    expect(opened).toBeDefined();
    const words = 'The events officer shouted at me in the foyer.';
    const submitted = await viewSubmission(
      ASKER,
      { id: 'VCOMPLAINT1', callback_id: VIEWS.complaint, private_metadata: opened?.args.view.private_metadata },
      stateValues({ [FIELDS.about]: { option: 'officer' }, [FIELDS.whatHappened]: { text: words }, [FIELDS.outcome]: { text: '' } }),
    );
    expect(submitted.status).toBe(200);
    const complaint = queue.list({ status: 'open' }, OPERATOR, SEE_ALL).find((r) => r.kind === 'complaint');
    expect(complaint?.confidential).toBe(true);
    await dispatcher.runOnce();
    const post = fake.callsTo('chat.postMessage').find((c) => c.args.channel === 'CCLERKS' && String(c.args.text).includes(`#${complaint?.id}`));
    expect(allText(post?.args.blocks)).toContain('the Officer or their Line Manager, privately (clause alsager:61)');
    const toPublic = fake.calls.filter((c) => !String(c.args.channel ?? '').startsWith('D') && c.method !== 'views.open');
    expect(JSON.stringify(toPublic)).not.toContain('shouted');
    expect(JSON.stringify(fake.responses)).not.toContain('shouted');
  });

  it('sends a complaint about the Clerk only to the configured person: the Clerk gets nothing and no button works for them', async () => {
    const words = 'The Clerk read out my private email at the full council meeting.';
    const callsBefore = fake.calls.length;
    const submitted = await viewSubmission(
      ASKER,
      { id: 'VCLERKCOMPLAINT', callback_id: VIEWS.complaint, private_metadata: JSON.stringify({ council: 'cottingham' }) },
      stateValues({ [FIELDS.about]: { option: 'clerk' }, [FIELDS.whatHappened]: { text: words }, [FIELDS.outcome]: { text: 'An apology' } }),
    );
    expect(submitted.status).toBe(200);
    const filed = queue.list({ status: 'open' }, OPERATOR, SEE_ALL).find((r) => r.council === 'cottingham' && r.kind === 'complaint');
    expect(filed?.routing).toEqual({ recipient: 'Chair of the Personnel Committee', clause: '7.3' });
    const id = String(filed?.id);

    // Delivered: a DM to the Chair with the whole complaint and the buttons; nothing to the Clerks' channel.
    await dispatcher.runOnce();
    const sinceFiling = () => fake.calls.slice(callsBefore);
    expect(sinceFiling().filter((c) => c.args.channel === 'CCLERKS')).toEqual([]);
    const toChair = sinceFiling().filter((c) => c.method === 'chat.postMessage' && c.args.channel === `D${CHAIR}`);
    expect(toChair).toHaveLength(1);
    expect(allText(toChair[0].args.blocks)).toContain(words);
    expect(JSON.stringify(toChair[0].args.blocks)).toContain(ACTIONS.acknowledge);

    // The Clerk: not in their queue, no details, and Acknowledge / Refuse do nothing.
    await slashCommand('/clerk-queue', '', CLERK);
    for (const action of [ACTIONS.viewDetails, ACTIONS.acknowledge, ACTIONS.refuse]) {
      const { sent } = buttonPress(CLERK, action, id);
      expect((await sent).status).toBe(200);
    }
    expect(queue.get(Number(id), { userId: `slack:${ASKER}`, name: 'asker', role: 'councillor' }).status).toBe('new');
    const toClerk = sinceFiling().filter((c) => c.args.channel === `D${CLERK}` || c.method === 'views.open' || c.method === 'chat.update');
    expect(toClerk).toEqual([]);
    expect(JSON.stringify(fake.responses)).not.toContain(words);
    // Told only what the queue tells a Clerk of it, that there is no such request (uat18: Acknowledge had said "Only the
    // Clerk's team can acknowledge requests …", to the Clerk).
    const toThisId = fake.responses.map((r) => JSON.stringify(r)).filter((r) => new RegExp(`#${id}\\b`).test(r));
    expect(toThisId.length).toBeGreaterThan(0);
    for (const response of toThisId) expect(response).toContain(`There is no request #${id} (it may have been removed)`);
    expect(await dispatcher.runOnce()).toBe(0);

    // The Chair acts on it; the complainant is told, the Clerks' channel still hears nothing.
    const { sent } = buttonPress(CHAIR, ACTIONS.acknowledge, id);
    expect((await sent).status).toBe(200);
    expect(queue.get(Number(id), { userId: `slack:${CHAIR}`, name: 'chair', role: 'councillor' }).status).toBe('acknowledged');
    expect(await dispatcher.runOnce()).toBe(2);
    expect(sinceFiling().filter((c) => c.args.channel === 'CCLERKS')).toEqual([]);
    const toAsker = sinceFiling().filter((c) => c.method === 'chat.postMessage' && c.args.channel === `D${ASKER}` && String(c.args.text).includes(`#${id}`));
    expect(toAsker.map((c) => c.args.text)).toEqual(expect.arrayContaining([expect.stringContaining('*acknowledged*')]));
    // The Chair's first DM is updated in place: no second copy of the complaint, no stale buttons.
    expect(sinceFiling().filter((c) => c.method === 'chat.postMessage' && c.args.channel === `D${CHAIR}`)).toHaveLength(1);
    const updated = sinceFiling().filter((c) => c.method === 'chat.update' && c.args.channel === `D${CHAIR}`);
    expect(updated).toHaveLength(1);
    expect(updated[0].args.ts).toBe(toChair[0].result?.ts);
    expect(allText(updated[0].args.blocks)).toContain('Acknowledged');
  });

  it("posts the complaint handler a fresh DM when their first one cannot be updated, and updates that one next", async () => {
    const callsBefore = fake.calls.length;
    await viewSubmission(
      ASKER,
      { id: 'VCLERKCOMPLAINT2', callback_id: VIEWS.complaint, private_metadata: JSON.stringify({ council: 'cottingham' }) },
      stateValues({ [FIELDS.about]: { option: 'clerk' }, [FIELDS.whatHappened]: { text: 'The Clerk shouted at me in the car park.' }, [FIELDS.outcome]: { text: 'An apology' } }),
    );
    const filed = queue.list({ status: 'new' }, OPERATOR, SEE_ALL).find((r) => r.council === 'cottingham' && r.kind === 'complaint');
    const id = Number(filed?.id);
    await dispatcher.runOnce();
    const toChair = (method: string) => fake.calls.slice(callsBefore).filter((c) => c.method === method && c.args.channel === `D${CHAIR}`);
    const [first] = toChair('chat.postMessage');

    fake.updateErrors[`D${CHAIR}`] = 'message_not_found';
    try {
      queue.move(id, 'acknowledged', person(CHAIR, 'councillor'));
      await dispatcher.runOnce();
    } finally {
      delete fake.updateErrors[`D${CHAIR}`];
    }
    expect(queue.outbox.forRequest(id).every((n) => n.deliveredAt)).toBe(true);
    const posts = toChair('chat.postMessage');
    expect(posts).toHaveLength(2);
    expect(allText(posts[1].args.blocks)).toContain('The Clerk shouted at me in the car park.');
    expect(allText(posts[1].args.blocks)).toContain('Acknowledged');

    queue.move(id, 'in_progress', person(CHAIR, 'councillor'));
    await dispatcher.runOnce();
    expect(toChair('chat.postMessage')).toHaveLength(2);
    expect(toChair('chat.update').map((c) => c.args.ts)).toEqual([first.result?.ts, posts[1].result?.ts]);
  });

  const questionTs = '1700000100.000100';
  const answersTo = (ts: string) => fake.callsTo('chat.postMessage').filter((c) => c.args.thread_ts === ts);

  it('answers a DM question in its thread, quoting clauses, with feedback buttons; 👍 is stored', async () => {
    const response = await directMessage('Can I see the tender documents for the pavilion?', questionTs, 'EvQuestion1');
    expect(response.status).toBe(200);
    const [answer] = answersTo(questionTs);
    expect(answer.args.channel).toBe(`D${ASKER}`);
    expect(allText(answer.args.blocks)).toMatch(/\*alsager:5\d\*/);
    // The answer names the version of the protocol it quotes.
    expect(allText(answer.args.blocks)).toContain("Quoted from Alsager Town Council's protocol (adopted 2019)");
    const feedback = (answer.args.blocks as Array<{ elements?: Array<{ action_id?: string; value?: string }> }>)
      .flatMap((b) => b.elements ?? [])
      .find((e) => e.action_id === ACTIONS.feedbackHelpful);
    expect(feedback?.value).toBeDefined();

    const { sent } = buttonPress(ASKER, ACTIONS.feedbackHelpful, feedback?.value as string);
    expect((await sent).status).toBe(200);
    const stored = queue.exportPerson(`slack:${ASKER}`).feedback;
    expect(stored).toEqual([expect.objectContaining({ council: 'alsager', intent: 'document_access', helpful: true })]);
    expect(stored[0].clauseRefs.length).toBeGreaterThan(0);
  });

  it("answers an out-of-scope question plainly, offers the Clerk, and keeps it once for the Clerk's review", async () => {
    const ts = '1700000200.000100';
    await directMessage('What time does the tip open on Sundays?', ts, 'EvOutOfScope');
    const [answer] = answersTo(ts);
    expect(JSON.stringify(answer.args.blocks)).toContain(ACTIONS.offerQuestion);
    expect(JSON.stringify(answer.args.blocks)).not.toContain(ACTIONS.feedbackHelpful);
    expect(queue.unanswered().filter((u) => u.text === 'What time does the tip open on Sundays?')).toHaveLength(1);
  });

  it('answers a follow-up in a DM thread in context, in the same thread; "ok, file it" offers the pre-filled form there', async () => {
    const first = '1700000300.000100';
    await directMessage('Could I read the tender documents for the pavilion roof?', first, 'EvThread1');
    expect(allText(answersTo(first)[0].args.blocks)).toMatch(/\*alsager:5\d\*/);

    await directMessage('what if the clerk says no?', '1700000310.000100', 'EvThread2', { threadTs: first });
    const replies = answersTo(first);
    expect(replies).toHaveLength(2);
    expect(replies[1].args.channel).toBe(`D${ASKER}`);
    // Read with the thread: the clause on disputes over a request, not a new question.
    expect(allText(replies[1].args.blocks)).toContain('*alsager:53*');

    await directMessage('ok, file it', '1700000320.000100', 'EvThread3', { threadTs: first });
    const form = answersTo(first)[2];
    const button = (form.args.blocks as Array<{ elements?: Array<{ action_id?: string; value?: string }> }>)
      .flatMap((b) => b.elements ?? [])
      .find((e) => e.action_id === ACTIONS.offerDocumentRequest);
    expect(JSON.parse(button?.value as string)).toEqual({ c: 'alsager', s: 'the tender documents for the pavilion roof' });
  });

  it('"yes please" to "Ask the Town Clerk" in a thread offers the question form with that question, and the button opens it filled in', async () => {
    const first = '1700000350.000100';
    await directMessage('What time does the tip open on Sundays?', first, 'EvAsk1');
    expect(JSON.stringify(answersTo(first)[0].args.blocks)).toContain(ACTIONS.offerQuestion);

    await directMessage('yes please', '1700000360.000100', 'EvAsk2', { threadTs: first });
    const button = (answersTo(first)[1].args.blocks as Array<{ elements?: Array<{ action_id?: string; value?: string }> }>)
      .flatMap((b) => b.elements ?? [])
      .find((e) => e.action_id === ACTIONS.offerQuestion);
    expect(JSON.parse(button?.value as string)).toMatchObject({ c: 'alsager', q: 'What time does the tip open on Sundays?' });

    const opened = fake.callsTo('views.open').length;
    await buttonPress(ASKER, ACTIONS.offerQuestion, button?.value as string).sent;
    const modal = fake.callsTo('views.open')[opened];
    expect(modal.args.view.callback_id).toBe(VIEWS.question);
    expect(allText(modal.args.view)).toContain('What time does the tip open on Sundays?');
  });

  it('"yes please" to "Request these documents" offers the form with what the answer\'s own button carried (uat16)', async () => {
    // Before, the typed "yes" carried the thread's slot, "the minutes of the last three planning committee" (cut short).
    const first = '1700000370.000100';
    const asked = 'Could I get copies of the minutes of the last three planning committee meetings please?';
    await directMessage(`Hi, I was only elected last month. ${asked}`, first, 'EvDocs1');
    const buttonOf = (reply: { args: { blocks?: unknown } }) =>
      (reply.args.blocks as Array<{ elements?: Array<{ action_id?: string; value?: string }> }>).flatMap((b) => b.elements ?? []).find((e) => e.action_id === ACTIONS.offerDocumentRequest);
    const offered = buttonOf(answersTo(first)[0]);
    expect(JSON.parse(offered?.value as string)).toEqual({ c: 'alsager', s: asked });

    await directMessage('yes please', '1700000380.000100', 'EvDocs2', { threadTs: first });
    expect(buttonOf(answersTo(first)[1])?.value).toBe(offered?.value);
  });

  it('in a DM without threads, reads a new message as the next turn of the last few minutes', async () => {
    await directMessage('Could I read the tender documents for the pavilion roof?', '1700000400.000100', 'EvFlat1');
    await directMessage('what if the clerk says no?', '1700000410.000100', 'EvFlat2');
    // Answered under the new message, as every DM is, but read with the one before.
    expect(allText(answersTo('1700000410.000100')[0].args.blocks)).toContain('*alsager:53*');
  });

  it('reads a question in a new thread on its own', async () => {
    const ts = '1700009000.000100';
    await directMessage('what if the clerk says no?', '1700009010.000100', 'EvOtherThread', { threadTs: ts });
    expect(allText(answersTo(ts)[0].args.blocks)).not.toContain('*alsager:53*');
  });

  it('answers a retried event once', async () => {
    const retried = await directMessage('Can I see the tender documents for the pavilion?', questionTs, 'EvQuestion1', { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
    expect(retried.status).toBe(200);
    expect(answersTo(questionTs)).toHaveLength(1);
  });
});

describe('starting the Slack channel', () => {
  it('refuses a bot token Slack rejects, saying which token and where to find the right one', async () => {
    fake.authError = 'invalid_auth';
    try {
      const starting = startSlack({ config, logger: silentLogger, library: protocolLibrary(), queue, assistant }, { listen: { port: 0, host: '127.0.0.1' } });
      await expect(starting).rejects.toThrow(ConfigError);
      await expect(starting).rejects.toThrow(/SLACK_BOT_TOKEN \(invalid_auth\).*OAuth & Permissions/);
    } finally {
      fake.authError = undefined;
    }
  });

  it('will not run HTTP mode without the signing secret that protects it', () => {
    const unsigned = { ...config, SLACK_SIGNING_SECRET: undefined };
    expect(() => createSlackApp({ config: unsigned, logger: silentLogger, library: protocolLibrary(), queue, assistant })).toThrow(/SLACK_SIGNING_SECRET/);
  });
});
