import { ACTIONS, FIELDS, VIEWS } from '../../../../src/channels/slack/blocks';
import { clerkQueueCommand } from '../../../../src/channels/slack/listeners/commands/clerk-queue';
import { queueOnlyForClerks } from '../../../../src/channels/labels';
import { complaintCommand } from '../../../../src/channels/slack/listeners/commands/complaint';
import { myRequestsCommand } from '../../../../src/channels/slack/listeners/commands/my-requests';
import { protocolCommand } from '../../../../src/channels/slack/listeners/commands/protocol';
import { requestDocumentsCommand } from '../../../../src/channels/slack/listeners/commands/request-documents';
import { allText, ASKER, CLERK, buttonIds, commandArgs, fakeClient, fileComplaint, fileDocumentRequest, makeContext, person, TestContext } from '../helpers';

let t: TestContext;
beforeEach(() => {
  t = makeContext();
});
afterEach(() => t.close());

const ackedFirst = (ack: jest.Mock, then: jest.Mock) => expect(ack.mock.invocationCallOrder[0]).toBeLessThan(then.mock.invocationCallOrder[0]);

describe('/protocol', () => {
  it('answers privately, after acknowledging', async () => {
    const client = fakeClient();
    const { args, ack, respond } = commandArgs(client, { command: '/protocol', text: 'can I see the tender documents?' });
    await protocolCommand(t.ctx)(args);
    ackedFirst(ack, respond);
    expect(t.assistant.asked[0]).toEqual({ text: 'can I see the tender documents?', asker: { id: `slack:${ASKER}`, name: `Name ${ASKER}`, role: 'councillor' } });
    const message = respond.mock.calls[0][0] as { response_type: string; blocks: unknown };
    expect(message.response_type).toBe('ephemeral');
    expect(allText(message.blocks)).toContain('*alsager:52*');
  });

  it('explains how to use it when no question is given', async () => {
    const { args, respond } = commandArgs(fakeClient(), { command: '/protocol', text: '   ' });
    await protocolCommand(t.ctx)(args);
    expect(t.assistant.asked).toHaveLength(0);
    expect(respond).toHaveBeenCalledWith(expect.objectContaining({ response_type: 'ephemeral', text: expect.stringContaining('/protocol can I') }));
  });
});

describe('/request-documents', () => {
  it('opens the form prefilled with what was typed', async () => {
    const client = fakeClient();
    const { args, ack } = commandArgs(client, { command: '/request-documents', text: 'the pavilion tender' });
    await requestDocumentsCommand(t.ctx)(args);
    ackedFirst(ack, client.views.open);
    const { trigger_id, view } = client.views.open.mock.calls[0][0] as unknown as { trigger_id: string; view: { callback_id: string; blocks: Array<{ block_id?: string; element?: { initial_value?: string } }> } };
    expect(trigger_id).toBe('trigger-1');
    expect(view.callback_id).toBe(VIEWS.documentRequest);
    expect(view.blocks.find((b) => b.block_id === FIELDS.what)?.element?.initial_value).toBe('the pavilion tender');
    expect(view.blocks.map((b) => b.block_id)).toEqual(expect.arrayContaining([FIELDS.meeting, FIELDS.reason, FIELDS.neededBy]));
    expect(allText(view)).toContain('Town Clerk (clause alsager:53)');
  });
});

describe('/complaint', () => {
  it('opens the confidential form, with whom it is about chosen from the text', async () => {
    const client = fakeClient();
    const { args, respond } = commandArgs(client, { command: '/complaint', text: 'Officer' });
    await complaintCommand(t.ctx)(args);
    const view = client.views.open.mock.calls[0][0] as unknown as { view: { callback_id: string; blocks: Array<{ block_id?: string; element?: { initial_option?: { value: string } } }> } };
    expect(view.view.callback_id).toBe(VIEWS.complaint);
    expect(view.view.blocks.find((b) => b.block_id === FIELDS.about)?.element?.initial_option?.value).toBe('officer');
    expect(allText(view)).toContain('Complaints are confidential, never posted in a public channel');
    expect(allText(view)).toContain('the Officer or their Line Manager, privately (clause alsager:61)');
    expect(respond).not.toHaveBeenCalled();
  });

  it('puts free text into the private form only, never into a message', async () => {
    const client = fakeClient();
    const { args, respond } = commandArgs(client, { command: '/complaint', text: 'the clerk shouted at me' });
    await complaintCommand(t.ctx)(args);
    expect(allText(client.views.open.mock.calls[0][0])).toContain('the clerk shouted at me');
    expect(respond).not.toHaveBeenCalled();
    expect(client.chat.postMessage).not.toHaveBeenCalled();
  });
});

describe('/my-requests', () => {
  it('lists only the asker’s requests, with Withdraw on the open ones', async () => {
    const open = fileDocumentRequest(t.queue);
    const closed = fileDocumentRequest(t.queue, ASKER, 'Minutes of March');
    t.queue.move(closed.id, 'withdrawn', person(ASKER));
    fileDocumentRequest(t.queue, 'USOMEONE', 'Someone else’s request');
    const { args, respond } = commandArgs(fakeClient(), { command: '/my-requests' });
    await myRequestsCommand(t.ctx)(args);
    const message = respond.mock.calls[0][0] as { response_type: string; blocks: unknown };
    expect(message.response_type).toBe('ephemeral');
    const text = allText(message.blocks);
    expect(text).toContain(`*#${open.id}*`);
    expect(text).toContain(`*#${closed.id}*`);
    expect(text).not.toContain('Someone else');
    expect(buttonIds(message.blocks)).toEqual([ACTIONS.withdraw]);
  });
});

describe('/clerk-queue', () => {
  it('politely refuses anyone who is not a Clerk', async () => {
    fileComplaint(t.queue);
    const { args, respond } = commandArgs(fakeClient(), { command: '/clerk-queue', user: ASKER });
    await clerkQueueCommand(t.ctx)(args);
    expect(respond).toHaveBeenCalledWith({ response_type: 'ephemeral', text: queueOnlyForClerks('Town Clerk', '`/my-requests`') });
  });

  it('shows a Clerk the open queue, overdue first and flagged, complaints without details', async () => {
    const acknowledged = fileDocumentRequest(t.queue);
    t.queue.move(acknowledged.id, 'acknowledged', person(CLERK, 'clerk'));
    t.setNow(new Date('2025-11-21T10:00:00Z'));
    const complaint = fileComplaint(t.queue);
    t.setNow(new Date('2025-12-01T10:00:00Z'));
    const { args, respond } = commandArgs(fakeClient(), { command: '/clerk-queue', user: CLERK });
    await clerkQueueCommand(t.ctx)(args);
    const message = respond.mock.calls[0][0] as { blocks: unknown };
    const text = allText(message.blocks);
    expect(text).toContain(`*#${complaint.id}* · Complaint (confidential) · New :warning: *Overdue*`);
    expect(text.indexOf(`*#${complaint.id}*`)).toBeLessThan(text.indexOf(`*#${acknowledged.id}*`));
    expect(text).not.toContain('shouted');
    expect(buttonIds(message.blocks)).toEqual([ACTIONS.viewDetails]);
  });

  it('shows a long queue a page at a time, with the total and the command for the next page', async () => {
    const filed = Array.from({ length: 23 }, () => fileDocumentRequest(t.queue));
    const first = commandArgs(fakeClient(), { command: '/clerk-queue', user: CLERK });
    await clerkQueueCommand(t.ctx)(first.args);
    const page1 = allText((first.respond.mock.calls[0][0] as { blocks: unknown }).blocks);
    expect(page1).toContain('23 open requests (20 shown)');
    expect(page1).toContain(`*#${filed[19].id}*`);
    expect(page1).not.toContain(`*#${filed[20].id}*`);
    const next = /`\/clerk-queue (\S+)`/.exec(page1)?.[1];
    expect(next).toBeDefined();
    const second = commandArgs(fakeClient(), { command: '/clerk-queue', user: CLERK, text: next });
    await clerkQueueCommand(t.ctx)(second.args);
    const page2 = allText((second.respond.mock.calls[0][0] as { blocks: unknown }).blocks);
    expect(page2).toContain(`*#${filed[22].id}*`);
    expect(page2).not.toContain(`*#${filed[19].id}*`);
    expect(page2).not.toContain('Next page');
  });

  it('answers a cursor it never gave out with the way back to the first page', async () => {
    const { args, respond } = commandArgs(fakeClient(), { command: '/clerk-queue', user: CLERK, text: 'nonsense' });
    await clerkQueueCommand(t.ctx)(args);
    expect(JSON.stringify(respond.mock.calls[0][0])).toContain('`/clerk-queue` shows the first page');
  });
});
