/**
 * uat20: a requester's receipt by DM when Slack is down at the moment of filing. The modal shows
 * the receipt at once, but the DM is the only copy kept once the modal is closed: it goes through
 * the outbox like every other notification, so it is delivered when Slack is back, once.
 */
import { FIELDS, VIEWS } from '../../../src/channels/slack/blocks';
import { submitDocumentRequest } from '../../../src/channels/slack/listeners/views/document-request';
import { SlackNotificationSender } from '../../../src/channels/slack/sender';
import { silentLogger } from '../../../src/log';
import { OutboxDispatcher } from '../../../src/queue/outbox';
import { allText, ASKER, fakeClient, makeContext, submissionArgs, TestContext } from './helpers';
import { OPERATOR, SEE_ALL } from '../../support/operator';

let t: TestContext;
beforeEach(() => {
  t = makeContext();
});
afterEach(() => t.close());

/** A Slack whose every Web API call fails, as it does in an outage. */
function slackDown() {
  const client = fakeClient();
  const down = async () => {
    throw new Error('An HTTP protocol error occurred: statusCode = 503');
  };
  client.chat.postMessage.mockImplementation(down);
  client.conversations.open.mockImplementation(down);
  return client;
}

const receiptsTo = (client: ReturnType<typeof fakeClient>, user: string) =>
  client.chat.postMessage.mock.calls.map(([message]) => message as { channel: string }).filter((message) => message.channel === `D${user}` && allText(message).includes('is filed as'));

describe('the receipt DM of a request filed while Slack is down', () => {
  it('is delivered through the outbox once Slack is back, and only once', async () => {
    const down = slackDown();
    const { args, ack } = submissionArgs(down, {
      callbackId: VIEWS.documentRequest,
      viewId: 'VDOWN1',
      fields: { [FIELDS.what]: { text: 'The pavilion tender documents' }, [FIELDS.meeting]: { text: '' }, [FIELDS.reason]: { text: '' }, [FIELDS.neededBy]: { date: '' } } as never,
    });
    await submitDocumentRequest(t.ctx)(args);
    const [filed] = t.queue.list({}, OPERATOR, SEE_ALL);
    expect(allText((ack.mock.calls[0][0] as { view: unknown }).view)).toContain(`#${filed.id}`);

    // While Slack is down, nothing is delivered and nothing is dropped.
    const downSender = new SlackNotificationSender(down as never, t.queue, 'CCLERKS', silentLogger);
    expect(await new OutboxDispatcher(t.queue, [downSender], { logger: silentLogger, backoffBaseMs: 0 }).runOnce()).toBe(0);

    const back = fakeClient();
    const dispatcher = new OutboxDispatcher(t.queue, [new SlackNotificationSender(back as never, t.queue, 'CCLERKS', silentLogger)], { logger: silentLogger, backoffBaseMs: 0 });
    await dispatcher.runOnce();
    await dispatcher.runOnce();
    const receipts = receiptsTo(back, ASKER);
    expect(receipts).toHaveLength(1);
    expect(allText(receipts[0])).toContain(`*#${filed.id}*`);
    expect(allText(receipts[0])).toContain('Goes to');
  });

  it('is sent once when Slack is up, through the outbox, and not again for the same form sent twice', async () => {
    const client = fakeClient();
    const form = () =>
      submissionArgs(client, {
        callbackId: VIEWS.documentRequest,
        viewId: 'VUP1',
        fields: { [FIELDS.what]: { text: 'The pavilion tender documents' }, [FIELDS.meeting]: { text: '' }, [FIELDS.reason]: { text: '' }, [FIELDS.neededBy]: { date: '' } } as never,
      }).args;
    await submitDocumentRequest(t.ctx)(form());
    await submitDocumentRequest(t.ctx)(form());
    const dispatcher = new OutboxDispatcher(t.queue, [new SlackNotificationSender(client as never, t.queue, 'CCLERKS', silentLogger)], { logger: silentLogger });
    await dispatcher.runOnce();
    await dispatcher.runOnce();
    expect(receiptsTo(client, ASKER)).toHaveLength(1);
  });
});

describe('a requester who has left the workspace (their Slack account deactivated)', () => {
  it("is given up on at once: not retried every 15 minutes, and not counted as Slack failing (which would alarm the Clerks for ever)", async () => {
    const client = fakeClient();
    // What the Web API client throws for a deactivated member: a platform error, user_disabled.
    client.conversations.open.mockImplementation(async (args: { users: string }) => {
      if (args.users !== ASKER) return { ok: true, channel: { id: `D${args.users}` } };
      throw Object.assign(new Error('An API error occurred: user_disabled'), { code: 'slack_webapi_platform_error', data: { ok: false, error: 'user_disabled' } });
    });
    const { args } = submissionArgs(client, {
      callbackId: VIEWS.documentRequest,
      viewId: 'VLEFT1',
      fields: { [FIELDS.what]: { text: 'The pavilion tender documents' }, [FIELDS.meeting]: { text: '' }, [FIELDS.reason]: { text: '' }, [FIELDS.neededBy]: { date: '' } } as never,
    });
    await submitDocumentRequest(t.ctx)(args);
    const [filed] = t.queue.list({}, OPERATOR, SEE_ALL);
    t.queue.move(filed.id, 'acknowledged', { userId: 'slack:UCLERK', name: 'Clerk', role: 'clerk' });
    const dispatcher = new OutboxDispatcher(t.queue, [new SlackNotificationSender(client as never, t.queue, 'CCLERKS', silentLogger)], { logger: silentLogger, backoffBaseMs: 0 });
    await dispatcher.runOnce();
    const opensAfterFirstRound = client.conversations.open.mock.calls.length;
    await dispatcher.runOnce();
    await dispatcher.runOnce();
    // The Clerks' post and its update went out; the two messages to the requester were given up on.
    expect(client.chat.postMessage.mock.calls.filter(([message]) => message.channel === 'CCLERKS')).toHaveLength(1);
    expect(client.chat.update).toHaveBeenCalledTimes(1);
    expect(client.conversations.open.mock.calls.length).toBe(opensAfterFirstRound);
    expect(t.queue.outbox.failing().count).toBe(0);
    expect(t.queue.outbox.pendingCount()).toBe(0);
    const toRequester = t.queue.outbox.forRequest(filed.id).filter((n) => n.audience === 'requester');
    expect(toRequester.map((n) => [n.deliveredVia, n.lastError])).toEqual([
      ['nobody', 'slack: user_disabled'],
      ['nobody', 'slack: user_disabled'],
    ]);
  });
});
