import { SlackNotificationSender } from '../../../src/channels/slack/sender';
import { silentLogger } from '../../../src/log';
import type { Notification } from '../../../src/queue/types';
import { allText, ASKER, CLERK, fakeClient, fileDocumentRequest, makeContext, person, TestContext } from './helpers';

describe('delivering notifications on Slack', () => {
  let t: TestContext;
  beforeEach(() => {
    t = makeContext();
  });
  afterEach(() => t.close());

  const notification = (overrides: Partial<Notification>): Notification => {
    const request = fileDocumentRequest(t.queue);
    return { id: 1, requestId: request.id, audience: 'clerks', event: 'filed', request, attempts: 0, ...overrides };
  };

  it("takes the Clerks' notifications only when a Clerks' channel is set, and DMs only for Slack users", () => {
    const client = fakeClient();
    const withChannel = new SlackNotificationSender(client as never, t.queue, 'CCLERKS', silentLogger);
    const without = new SlackNotificationSender(client as never, t.queue, undefined, silentLogger);
    const clerks = notification({ audience: 'clerks' });
    expect(withChannel.accepts(clerks)).toBe(true);
    expect(without.accepts(clerks)).toBe(false);
    expect(withChannel.accepts({ ...clerks, audience: 'requester', recipient: 'slack:U1' })).toBe(true);
    expect(withChannel.accepts({ ...clerks, audience: 'requester', recipient: 'teams:29:abc' })).toBe(false);
  });

  it('posts a new request to the channel, then updates that same message when it moves on', async () => {
    const client = fakeClient();
    const sender = new SlackNotificationSender(client as never, t.queue, 'CCLERKS', silentLogger);
    const filed = notification({});
    await sender.deliver(filed);
    expect(client.chat.postMessage).toHaveBeenCalledWith(expect.objectContaining({ channel: 'CCLERKS' }));
    const ts = client.chat.postMessage.mock.results[0].value;
    const moved = t.queue.move(filed.requestId, 'acknowledged', person(CLERK, 'clerk'));
    await sender.deliver({ ...filed, id: 2, event: 'status_changed', request: moved });
    expect(client.chat.postMessage).toHaveBeenCalledTimes(1);
    expect(client.chat.update).toHaveBeenCalledWith(expect.objectContaining({ channel: 'CCLERKS', ts: (await ts).ts }));
    expect(allText(client.chat.update.mock.calls[0][0])).toContain('Acknowledged');
  });

  it('never puts an older state over a newer one when a late retry arrives', async () => {
    const client = fakeClient();
    const sender = new SlackNotificationSender(client as never, t.queue, 'CCLERKS', silentLogger);
    const filed = notification({});
    const moved = { ...filed.request, status: 'acknowledged' as const, updatedAt: '2099-01-01T00:00:00.000Z' };
    await sender.deliver({ ...filed, event: 'status_changed', request: moved });
    await sender.deliver(filed);
    expect(client.chat.postMessage).toHaveBeenCalledTimes(1);
    expect(client.chat.update).not.toHaveBeenCalled();
  });

  it('DMs the requester about a change', async () => {
    const client = fakeClient();
    const sender = new SlackNotificationSender(client as never, t.queue, 'CCLERKS', silentLogger);
    const base = notification({});
    const moved = t.queue.move(base.requestId, 'acknowledged', person(CLERK, 'clerk'));
    await sender.deliver({ ...base, audience: 'requester', recipient: `slack:${ASKER}`, event: 'status_changed', request: moved });
    expect(client.conversations.open).toHaveBeenCalledWith({ users: ASKER });
    expect(client.chat.postMessage).toHaveBeenCalledWith(expect.objectContaining({ channel: `D${ASKER}` }));
    expect(client.chat.postMessage.mock.calls[0][0]).toEqual(expect.objectContaining({ text: expect.stringContaining(`#${base.requestId}* is now *acknowledged*`) }));
  });

  it('throws when Slack fails, so the outbox retries later', async () => {
    const client = fakeClient();
    client.chat.postMessage.mockRejectedValueOnce(new Error('An API error occurred: channel_not_found'));
    const sender = new SlackNotificationSender(client as never, t.queue, 'CCLERKS', silentLogger);
    const filed = notification({});
    await expect(sender.deliver(filed)).rejects.toThrow('channel_not_found');
    expect(t.queue.channelPost(filed.requestId, 'slack')).toBeUndefined();
  });

  it("never posts a second card in the Clerks' channel when its post cannot be updated: it throws and the outbox retries the update", async () => {
    const client = fakeClient();
    const sender = new SlackNotificationSender(client as never, t.queue, 'CCLERKS', silentLogger);
    const filed = notification({});
    await sender.deliver(filed);
    const moved = t.queue.move(filed.requestId, 'acknowledged', person(CLERK, 'clerk'));
    client.chat.update.mockRejectedValueOnce(new Error('An API error occurred: ratelimited'));
    const change: Notification = { ...filed, id: 2, event: 'status_changed', request: moved };
    await expect(sender.deliver(change)).rejects.toThrow('ratelimited');
    await sender.deliver(change);
    expect(client.chat.postMessage).toHaveBeenCalledTimes(1);
    expect(client.chat.update).toHaveBeenCalledTimes(2);
    expect(JSON.parse(t.queue.channelPost(filed.requestId, 'slack')!)).toMatchObject({ shown: moved.updatedAt });
  });
});
