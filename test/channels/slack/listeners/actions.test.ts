import { ACTIONS, encodeFeedback, encodeOffer, FIELDS, myRequestsMessage, VIEWS } from '../../../../src/channels/slack/blocks';
import { recordFeedback } from '../../../../src/channels/slack/listeners/actions/feedback';
import { moveRequest } from '../../../../src/channels/slack/listeners/actions/move-request';
import { openComplaint } from '../../../../src/channels/slack/listeners/actions/open-complaint';
import { openDocumentRequest } from '../../../../src/channels/slack/listeners/actions/open-document-request';
import { openQuestion } from '../../../../src/channels/slack/listeners/actions/open-question';
import { refuseRequest, resolveRequest } from '../../../../src/channels/slack/listeners/actions/close-request';
import { viewDetails } from '../../../../src/channels/slack/listeners/actions/view-details';
import { withdrawRequest } from '../../../../src/channels/slack/listeners/actions/withdraw-request';
import { allText, ASKER, buttonArgs, CLERK, fakeClient, fileComplaint, fileDocumentRequest, makeContext, OTHER, person, sampleReply, TestContext } from '../helpers';

let t: TestContext;
beforeEach(() => {
  t = makeContext();
});
afterEach(() => t.close());

/** What the outbox holds for a request, as `audience:event`. */
const outboxOf = (requestId: number) => t.queue.outbox.forRequest(requestId).map((n) => `${n.audience}:${n.event}`);

describe('Acknowledge / Start / Resolve', () => {
  it('moves the request on when a Clerk presses it, leaving the messages to the outbox', async () => {
    const request = fileDocumentRequest(t.queue);
    const client = fakeClient();
    const { args, ack } = buttonArgs(client, { actionId: ACTIONS.acknowledge, value: String(request.id), user: CLERK });
    await moveRequest(t.ctx)(args);
    expect(ack).toHaveBeenCalled();
    expect(t.queue.get(request.id, person(CLERK, 'clerk')).status).toBe('acknowledged');
    expect(client.chat.postMessage).not.toHaveBeenCalled();
    expect(client.chat.update).not.toHaveBeenCalled();
    expect(outboxOf(request.id)).toEqual(['clerks:filed', 'requester:status_changed', 'clerks:status_changed']);
  });

  it('changes nothing when anyone else presses it, and tells them why', async () => {
    const request = fileDocumentRequest(t.queue);
    const { args, respond } = buttonArgs(fakeClient(), { actionId: ACTIONS.acknowledge, value: String(request.id), user: OTHER });
    await moveRequest(t.ctx)(args);
    expect(t.queue.get(request.id, person(CLERK, 'clerk')).status).toBe('new');
    expect(t.queue.get(request.id, person(CLERK, 'clerk')).history).toHaveLength(1);
    expect(outboxOf(request.id)).toEqual(['clerks:filed']);
    expect(respond).toHaveBeenCalledWith(expect.objectContaining({ response_type: 'ephemeral', replace_original: false, text: expect.stringContaining("Only the Clerk's team can acknowledge") }));
  });

  it('explains a move that is not possible now, changing nothing', async () => {
    const request = fileDocumentRequest(t.queue);
    const { args, respond } = buttonArgs(fakeClient(), { actionId: ACTIONS.start, value: String(request.id), user: CLERK });
    await moveRequest(t.ctx)(args);
    expect(t.queue.get(request.id, person(CLERK, 'clerk')).status).toBe('new');
    expect(respond).toHaveBeenCalledWith(expect.objectContaining({ text: expect.stringMatching(/^Document request #\d+ is new: it can move to acknowledged next, not in progress\.$/) }));
  });

  it("names statuses in words, never the queue's codes (in progress, not in_progress)", async () => {
    // UAT: a Clerk pressing an old Start button on a refused request read "it cannot be moved to in_progress".
    const request = fileDocumentRequest(t.queue);
    const clerk = person(CLERK, 'clerk');
    t.queue.move(request.id, 'acknowledged', clerk);
    t.queue.move(request.id, 'in_progress', clerk);
    t.queue.move(request.id, 'refused', clerk, 'Exempt');
    const { args, respond } = buttonArgs(fakeClient(), { actionId: ACTIONS.start, value: String(request.id), user: CLERK });
    await moveRequest(t.ctx)(args);
    expect(respond).toHaveBeenCalledWith(expect.objectContaining({ text: `Document request #${request.id} is refused and closed; it cannot be moved to in progress.` }));
  });

  it('refreshes the App Home when pressed there', async () => {
    const request = fileDocumentRequest(t.queue);
    const client = fakeClient();
    const { args } = buttonArgs(client, { actionId: ACTIONS.acknowledge, value: String(request.id), user: CLERK, where: 'home' });
    await moveRequest(t.ctx)(args);
    const { view } = client.views.publish.mock.calls[0][0] as unknown as { view: unknown };
    expect(allText(view)).toContain(`Document request #${request.id} is now acknowledged.`);
  });
});

describe('Refuse', () => {
  it('opens a modal asking a Clerk for the reason', async () => {
    const request = fileDocumentRequest(t.queue);
    t.queue.move(request.id, 'acknowledged', person(CLERK, 'clerk'));
    t.queue.move(request.id, 'in_progress', person(CLERK, 'clerk'));
    const client = fakeClient();
    const { args } = buttonArgs(client, { actionId: ACTIONS.refuse, value: String(request.id), user: CLERK });
    await refuseRequest(t.ctx)(args);
    const { view } = client.views.open.mock.calls[0][0] as unknown as { view: { callback_id: string; private_metadata: string; blocks: Array<{ block_id?: string }> } };
    expect(view.callback_id).toBe(VIEWS.refuse);
    expect(JSON.parse(view.private_metadata).requestId).toBe(request.id);
    expect(view.blocks.map((b) => b.block_id)).toContain(FIELDS.refuseReason);
  });

  it('opens nothing for someone who is not a Clerk', async () => {
    const request = fileDocumentRequest(t.queue);
    const client = fakeClient();
    const { args, respond } = buttonArgs(client, { actionId: ACTIONS.refuse, value: String(request.id), user: ASKER });
    await refuseRequest(t.ctx)(args);
    expect(client.views.open).not.toHaveBeenCalled();
    expect(respond).toHaveBeenCalledWith(expect.objectContaining({ text: expect.stringContaining("Only the Clerk's team can refuse") }));
  });
});

describe('Resolve', () => {
  // uat12: resolving took no note, so a requester was told only "Resolved", never where the papers were.
  it('opens a modal with an optional note for the requester, and resolves nothing yet', async () => {
    const request = fileDocumentRequest(t.queue);
    t.queue.move(request.id, 'acknowledged', person(CLERK, 'clerk'));
    t.queue.move(request.id, 'in_progress', person(CLERK, 'clerk'));
    const client = fakeClient();
    const { args } = buttonArgs(client, { actionId: ACTIONS.resolve, value: String(request.id), user: CLERK });
    await resolveRequest(t.ctx)(args);
    const { view } = client.views.open.mock.calls[0][0] as unknown as { view: { callback_id: string; private_metadata: string; blocks: Array<{ block_id?: string; optional?: boolean }> } };
    expect(view.callback_id).toBe(VIEWS.resolve);
    expect(JSON.parse(view.private_metadata).requestId).toBe(request.id);
    expect(view.blocks.find((b) => b.block_id === FIELDS.resolveNote)?.optional).toBe(true);
    expect(t.queue.get(request.id, person(CLERK, 'clerk')).status).toBe('in_progress');
  });

  it('says a new request cannot be resolved yet, and opens nothing', async () => {
    const request = fileDocumentRequest(t.queue);
    const client = fakeClient();
    const { args, respond } = buttonArgs(client, { actionId: ACTIONS.resolve, value: String(request.id), user: CLERK });
    await resolveRequest(t.ctx)(args);
    expect(client.views.open).not.toHaveBeenCalled();
    expect(respond).toHaveBeenCalledWith(expect.objectContaining({ text: `Document request #${request.id} is new: it cannot be resolved now.` }));
  });
});

describe('View details of a complaint', () => {
  it('shows a Clerk the details in a modal', async () => {
    const complaint = fileComplaint(t.queue);
    const client = fakeClient();
    const { args } = buttonArgs(client, { actionId: ACTIONS.viewDetails, value: String(complaint.id), user: CLERK });
    await viewDetails(t.ctx)(args);
    expect(allText(client.views.open.mock.calls[0][0])).toContain('The events officer shouted at me in the foyer.');
  });

  it('shows nothing to anyone else, and says why', async () => {
    const complaint = fileComplaint(t.queue);
    const client = fakeClient();
    const { args, respond } = buttonArgs(client, { actionId: ACTIONS.viewDetails, value: String(complaint.id), user: OTHER });
    await viewDetails(t.ctx)(args);
    expect(client.views.open).not.toHaveBeenCalled();
    expect(JSON.stringify(respond.mock.calls)).not.toContain('shouted');
    expect(respond).toHaveBeenCalledWith(expect.objectContaining({ text: expect.stringContaining('confidential') }));
  });
});

describe('Withdraw', () => {
  it('withdraws the asker’s own request and refreshes their list', async () => {
    const request = fileDocumentRequest(t.queue);
    const { args, respond } = buttonArgs(fakeClient(), { actionId: ACTIONS.withdraw, value: String(request.id), user: ASKER });
    await withdrawRequest(t.ctx)(args);
    expect(t.queue.get(request.id, person(ASKER)).status).toBe('withdrawn');
    expect(respond).toHaveBeenCalledWith(expect.objectContaining({ replace_original: true, text: `Request #${request.id} is withdrawn; the Town Clerk has been told.` }));
  });

  it('withdrawing a complaint about the Clerk never says the Clerk was told: the person who receives it was', async () => {
    // UAT: "Request #2 is withdrawn; the Clerk has been told." on a complaint the Clerk never sees.
    const complaint = t.queue.file({
      kind: 'complaint',
      council: 'cottingham',
      requester: person(ASKER),
      subject: 'Complaint about the Clerk',
      details: { about: 'clerk', whatHappened: 'The minutes were changed after approval.' },
    });
    const list = myRequestsMessage([complaint]);
    // The list's notification text does not say the complaint is "with the Clerk" either (uat19).
    expect(list.text).toBe('You have 1 request.');
    const confirm = JSON.stringify(list.blocks);
    expect(confirm).toContain('will be closed and the Chair of the Personnel Committee told');
    expect(confirm).not.toContain('the Clerk told');
    const { args, respond } = buttonArgs(fakeClient(), { actionId: ACTIONS.withdraw, value: String(complaint.id), user: ASKER });
    await withdrawRequest(t.ctx)(args);
    expect(respond).toHaveBeenCalledWith(expect.objectContaining({ text: `Request #${complaint.id} is withdrawn; the Chair of the Personnel Committee has been told.` }));
    expect(outboxOf(complaint.id)).not.toContain('clerks:status_changed');
  });

  it("refuses to withdraw someone else's request", async () => {
    const request = fileDocumentRequest(t.queue);
    const { args, respond } = buttonArgs(fakeClient(), { actionId: ACTIONS.withdraw, value: String(request.id), user: OTHER });
    await withdrawRequest(t.ctx)(args);
    expect(t.queue.get(request.id, person(ASKER)).status).toBe('new');
    expect(respond).toHaveBeenCalledWith(expect.objectContaining({ text: expect.stringContaining('is not yours') }));
  });
});

describe('feedback', () => {
  it('stores 👍 with the intent and the clauses quoted', async () => {
    const { args, respond } = buttonArgs(fakeClient(), { actionId: ACTIONS.feedbackHelpful, value: encodeFeedback(sampleReply()), user: ASKER });
    await recordFeedback(t.ctx)(args);
    expect(t.queue.exportPerson(`slack:${ASKER}`).feedback).toEqual([
      expect.objectContaining({ council: 'alsager', intent: 'document_access', helpful: true, clauseRefs: ['alsager:52', 'alsager:53'] }),
    ]);
    expect(respond).toHaveBeenCalledWith(expect.objectContaining({ response_type: 'ephemeral', text: expect.stringContaining('Thanks') }));
  });

  it('stores 👎 as not helpful', async () => {
    const { args } = buttonArgs(fakeClient(), { actionId: ACTIONS.feedbackUnhelpful, value: encodeFeedback(sampleReply()), user: ASKER });
    await recordFeedback(t.ctx)(args);
    expect(t.queue.exportPerson(`slack:${ASKER}`).feedback[0].helpful).toBe(false);
  });

  // uat13 (Alsager): after a document answer (button: Request these documents) 👎 pointed to an
  // "Ask the Town Clerk" button the answer had not offered.
  it('👎 points only to a hand-off the answer offered', async () => {
    const saidAfter = async (value: string): Promise<string> => {
      const { args, respond } = buttonArgs(fakeClient(), { actionId: ACTIONS.feedbackUnhelpful, value, user: ASKER });
      await recordFeedback(t.ctx)(args);
      return (respond.mock.calls[0][0] as { text: string }).text;
    };
    const documents = await saidAfter(encodeFeedback(sampleReply()));
    expect(documents).not.toContain('Ask the');
    expect(documents).toContain('"Request these documents" under the answer asks the Town Clerk for them.');
    const question = await saidAfter(encodeFeedback(sampleReply({ actions: [{ kind: 'question', label: 'Ask the Town Clerk', prefill: { question: 'q' } }] })));
    expect(question).toContain('"Ask the Town Clerk" under the answer passes your question on.');
    // A button made before it carried the offers: none named.
    const old = await saidAfter(JSON.stringify({ c: 'alsager', i: 'document_access', r: ['alsager:52'] }));
    expect(old).not.toMatch(/"[^"]+" under the answer/);
    expect(old).toContain('I offer to pass your question to the Town Clerk');
  });

  it('records nothing from a tampered button', async () => {
    const { args } = buttonArgs(fakeClient(), { actionId: ACTIONS.feedbackHelpful, value: '{"c":1}', user: ASKER });
    await recordFeedback(t.ctx)(args);
    expect(t.queue.exportPerson(`slack:${ASKER}`).feedback).toEqual([]);
  });
});

describe('the actions offered under an answer', () => {
  it('"Request these documents" opens the form with the question in it', async () => {
    const client = fakeClient();
    const { args } = buttonArgs(client, { actionId: ACTIONS.offerDocumentRequest, value: encodeOffer('alsager', { subject: 'the pavilion tender' }) });
    await openDocumentRequest(t.ctx)(args);
    const opened = client.views.open.mock.calls[0][0] as unknown as { trigger_id: string; view: { callback_id: string } };
    expect(opened.trigger_id).toBe('trigger-2');
    expect(opened.view.callback_id).toBe(VIEWS.documentRequest);
    expect(allText(opened)).toContain('the pavilion tender');
  });

  it('"Make a complaint" opens the form with whom it is about chosen', async () => {
    const client = fakeClient();
    const { args } = buttonArgs(client, { actionId: ACTIONS.offerComplaint, value: encodeOffer('alsager', { about: 'councillor' }) });
    await openComplaint(t.ctx)(args);
    expect(JSON.stringify(client.views.open.mock.calls[0][0])).toContain('"initial_option":{"text":{"type":"plain_text","text":"About a councillor","emoji":true},"value":"councillor"}');
  });

  it('"Ask the Clerk" opens the question form, carrying the bot’s answer for the Clerk', async () => {
    const client = fakeClient();
    const { args } = buttonArgs(client, { actionId: ACTIONS.offerQuestion, value: encodeOffer('alsager', { question: 'Who cuts the grass?', botAnswer: 'Not covered.' }) });
    await openQuestion(t.ctx)(args);
    const { view } = client.views.open.mock.calls[0][0] as unknown as { view: { callback_id: string; private_metadata: string } };
    expect(view.callback_id).toBe(VIEWS.question);
    expect(allText(view)).toContain('Who cuts the grass?');
    expect(JSON.parse(view.private_metadata)).toEqual({ council: 'alsager', botAnswer: 'Not covered.' });
  });
});
