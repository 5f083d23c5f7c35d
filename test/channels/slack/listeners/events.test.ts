import { ACTIONS } from '../../../../src/channels/slack/blocks';
import { appHomeOpened } from '../../../../src/channels/slack/listeners/events/app-home-opened';
import { appMention } from '../../../../src/channels/slack/listeners/events/app-mention';
import { directMessage } from '../../../../src/channels/slack/listeners/events/direct-message';
import { allText, ASKER, buttonIds, CLERK, fakeClient, FakeClient, fileComplaint, fileDocumentRequest, makeContext, OTHER, TestContext } from '../helpers';

let t: TestContext;
beforeEach(() => {
  t = makeContext();
});
afterEach(() => t.close());

const dm = (client: FakeClient, event: Record<string, unknown>) =>
  directMessage(t.ctx)({ event: { type: 'message', channel: 'DASKER', channel_type: 'im', user: ASKER, ts: '1700.1', text: 'hi', ...event }, client } as never);

describe('a direct message to the bot', () => {
  it('is answered in its thread, with the clauses and feedback buttons', async () => {
    const client = fakeClient();
    await dm(client, { text: 'can I see the tender documents?' });
    expect(client.chat.postMessage).toHaveBeenCalledTimes(1);
    const post = client.chat.postMessage.mock.calls[0][0] as unknown as { channel: string; thread_ts: string; blocks: unknown };
    expect(post).toEqual(expect.objectContaining({ channel: 'DASKER', thread_ts: '1700.1' }));
    expect(allText(post.blocks)).toContain('*alsager:52*');
    expect(buttonIds(post.blocks)).toEqual(expect.arrayContaining([ACTIONS.feedbackHelpful, ACTIONS.feedbackUnhelpful]));
  });

  it('answers a reply inside a thread in that same thread', async () => {
    const client = fakeClient();
    await dm(client, { ts: '1700.5', thread_ts: '1700.1' });
    expect(client.chat.postMessage.mock.calls[0][0]).toEqual(expect.objectContaining({ thread_ts: '1700.1' }));
  });

  it('ignores edits, bots (itself included) and messages outside DMs', async () => {
    const client = fakeClient();
    await dm(client, { subtype: 'message_changed' });
    await dm(client, { bot_id: 'B1' });
    await dm(client, { channel_type: 'channel', channel: 'C1' });
    expect(client.chat.postMessage).not.toHaveBeenCalled();
    expect(t.assistant.asked).toHaveLength(0);
  });

  it('says sorry instead of going silent when the answer fails', async () => {
    t.assistant.reply = () => {
      throw new Error('classifier exploded');
    };
    const client = fakeClient();
    await dm(client, { text: 'anything' });
    expect(client.chat.postMessage.mock.calls[0][0]).toEqual(expect.objectContaining({ text: expect.stringContaining('Sorry') }));
  });
});

describe('an @mention in a channel', () => {
  it('is answered in the thread, without the mention in the question', async () => {
    const client = fakeClient();
    await appMention(t.ctx)({ event: { type: 'app_mention', channel: 'CGEN', user: ASKER, ts: '1800.1', text: '<@UBOT> who signs letters?' }, client } as never);
    expect(t.assistant.asked[0].text).toBe('who signs letters?');
    expect(client.chat.postMessage.mock.calls[0][0]).toEqual(expect.objectContaining({ channel: 'CGEN', thread_ts: '1800.1' }));
  });

  it('is left to the DM listener when it happens in a DM, so nothing is answered twice', async () => {
    const client = fakeClient();
    await appMention(t.ctx)({ event: { type: 'app_mention', channel: 'DASKER', user: ASKER, ts: '1800.1', text: '<@UBOT> hi' }, client } as never);
    expect(client.chat.postMessage).not.toHaveBeenCalled();
  });
});

describe('the App Home', () => {
  const open = (client: FakeClient, user: string) => appHomeOpened(t.ctx)({ event: { type: 'app_home_opened', user, channel: 'D1', tab: 'home', event_ts: '1' }, client } as never);

  it("shows a councillor their own requests, not the Clerk's queue", async () => {
    const mine = fileDocumentRequest(t.queue);
    fileDocumentRequest(t.queue, 'USOMEONE', 'Theirs');
    const client = fakeClient();
    await open(client, ASKER);
    const { user_id, view } = client.views.publish.mock.calls[0][0] as unknown as { user_id: string; view: unknown };
    expect(user_id).toBe(ASKER);
    expect(allText(view)).toContain(`*#${mine.id}*`);
    expect(allText(view)).not.toContain('Theirs');
    expect(allText(view)).not.toContain('Open queue');
  });

  it('shows a Clerk the open queue too, with complaint details withheld', async () => {
    const complaint = fileComplaint(t.queue);
    const client = fakeClient();
    await open(client, CLERK);
    const { view } = client.views.publish.mock.calls[0][0] as unknown as { view: unknown };
    expect(allText(view)).toContain('Open queue');
    expect(allText(view)).toContain(`*#${complaint.id}* · Complaint (confidential)`);
    expect(allText(view)).not.toContain('shouted');
    expect(buttonIds(view)).toEqual([ACTIONS.viewDetails, ACTIONS.acknowledge]);
  });
});

describe("the Messages tab, opened for the first time", () => {
  const openMessages = (client: FakeClient, user: string) =>
    appHomeOpened(t.ctx)({ event: { type: 'app_home_opened', user, channel: `D${user}`, tab: 'messages', event_ts: '1' }, client } as never);
  const posted = (client: FakeClient) => client.chat.postMessage.mock.calls.map((call) => call[0] as unknown as { channel: string; text: string; blocks: unknown });

  it('says what the bot does, how to ask and its commands, in the chat itself', async () => {
    const client = fakeClient();
    await openMessages(client, ASKER);
    expect(posted(client)).toHaveLength(1);
    const [welcome] = posted(client);
    expect(welcome.channel).toBe(`D${ASKER}`);
    const shown = allText(welcome.blocks);
    expect(shown).toContain("Alsager Town Council's Member/Officer protocol");
    expect(shown).toContain('in plain words');
    expect(shown).toContain('`/request-documents`');
    expect(shown).toContain('`/my-requests`');
    // A councillor is not offered the Clerks' command.
    expect(shown).not.toContain('/clerk-queue');
    expect(welcome.text).toContain('Member/Officer protocol');
  });

  it('lists the Clerks their own command too', async () => {
    const client = fakeClient();
    await openMessages(client, CLERK);
    expect(allText(posted(client)[0].blocks)).toContain('`/clerk-queue`');
  });

  it('is said once: the next visits, and the Home tab, post nothing', async () => {
    const client = fakeClient();
    await openMessages(client, ASKER);
    await openMessages(client, ASKER);
    await appHomeOpened(t.ctx)({ event: { type: 'app_home_opened', user: ASKER, channel: `D${ASKER}`, tab: 'home', event_ts: '2' }, client } as never);
    expect(posted(client)).toHaveLength(1);
    // Someone else still gets theirs.
    await openMessages(client, OTHER);
    expect(posted(client)).toHaveLength(2);
  });

  it('is tried again at the next visit when Slack refused it', async () => {
    const client = fakeClient();
    client.chat.postMessage.mockRejectedValueOnce(new Error('ratelimited'));
    await openMessages(client, ASKER);
    await openMessages(client, ASKER);
    expect(client.chat.postMessage).toHaveBeenCalledTimes(2);
    expect(allText(posted(client)[1].blocks)).toContain('in plain words');
  });
});
