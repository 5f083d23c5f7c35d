import { FIELDS, VIEWS } from '../../../../src/channels/slack/blocks';
import { submitComplaint } from '../../../../src/channels/slack/listeners/views/complaint';
import { submitDocumentRequest } from '../../../../src/channels/slack/listeners/views/document-request';
import { submitQuestion } from '../../../../src/channels/slack/listeners/views/question';
import { submitRefusal, submitResolution } from '../../../../src/channels/slack/listeners/views/close-request';
import { allText, ASKER, CLERK, fakeClient, fileDocumentRequest, makeContext, OTHER, person, submissionArgs, TestContext } from '../helpers';
import { OPERATOR, SEE_ALL } from '../../../support/operator';
import { SlackNotificationSender } from '../../../../src/channels/slack/sender';
import { silentLogger } from '../../../../src/log';
import { OutboxDispatcher } from '../../../../src/queue/outbox';

let t: TestContext;
beforeEach(() => {
  t = makeContext();
});
afterEach(() => t.close());

const documentForm = (fields: Partial<Record<string, { text?: string; date?: string }>>, viewId = 'VFORM1') =>
  submissionArgs(fakeClient(), {
    callbackId: VIEWS.documentRequest,
    viewId,
    fields: { [FIELDS.what]: { text: 'The pavilion tender documents' }, [FIELDS.meeting]: { text: '' }, [FIELDS.reason]: { text: '' }, [FIELDS.neededBy]: { date: '' }, ...fields } as never,
  });

describe('the document request form', () => {
  it('files the request and shows its id, routing and due dates in place of the form', async () => {
    const { args, ack } = documentForm({ [FIELDS.meeting]: { text: 'Finance' }, [FIELDS.neededBy]: { date: '2025-12-01' } });
    await submitDocumentRequest(t.ctx)(args);
    const [filed] = t.queue.list({}, OPERATOR, SEE_ALL);
    expect(filed).toEqual(
      expect.objectContaining({
        kind: 'document_access',
        requester: { userId: `slack:${ASKER}`, name: ASKER.toLowerCase(), role: 'councillor' },
        details: { what: 'The pavilion tender documents', meeting: 'Finance', neededBy: '2025-12-01' },
      }),
    );
    const response = ack.mock.calls[0][0] as { response_action: string; view: unknown };
    expect(response.response_action).toBe('update');
    expect(allText(response.view)).toContain(`#${filed.id}`);
    expect(allText(response.view)).toContain('Town Clerk (clause alsager:53)');
    expect(allText(response.view)).toContain('Acknowledge by');
  });

  it('also DMs the receipt, to keep once the modal is closed: through the outbox, not from the listener (uat20)', async () => {
    const { args } = documentForm({});
    await submitDocumentRequest(t.ctx)(args);
    const client = args.client as unknown as ReturnType<typeof fakeClient>;
    expect(client.chat.postMessage).not.toHaveBeenCalled();
    await new OutboxDispatcher(t.queue, [new SlackNotificationSender(client as never, t.queue, 'CCLERKS', silentLogger)]).runOnce();
    expect(client.conversations.open).toHaveBeenCalledWith({ users: ASKER });
    const toAsker = client.chat.postMessage.mock.calls.map(([message]) => message).filter((message) => message.channel === `D${ASKER}`);
    expect(toAsker).toHaveLength(1);
    expect(allText(toAsker[0])).toContain(`#${t.queue.list({}, OPERATOR, SEE_ALL)[0].id}`);
  });

  it('shows errors next to the fields and files nothing', async () => {
    const { args, ack } = documentForm({ [FIELDS.what]: { text: ' x ' }, [FIELDS.neededBy]: { date: '2025-11-01' } });
    await submitDocumentRequest(t.ctx)(args);
    expect(ack).toHaveBeenCalledWith({
      response_action: 'errors',
      errors: {
        [FIELDS.what]: 'Please say which documents or information you need.',
        [FIELDS.neededBy]: 'That date has passed: please pick today or a later date.',
      },
    });
    expect(t.queue.list({}, OPERATOR, SEE_ALL)).toEqual([]);
  });

  it('files once when the same form is submitted twice', async () => {
    await submitDocumentRequest(t.ctx)(documentForm({}, 'VSAME').args);
    await submitDocumentRequest(t.ctx)(documentForm({}, 'VSAME').args);
    expect(t.queue.list({}, OPERATOR, SEE_ALL)).toHaveLength(1);
  });
});

describe('the complaint form', () => {
  it("stores a complaint about the Clerk under the council's title for its Clerk (uat13: always \"the Clerk\")", async () => {
    const { args } = submissionArgs(fakeClient(), {
      callbackId: VIEWS.complaint,
      fields: { [FIELDS.about]: { option: 'clerk' }, [FIELDS.whatHappened]: { text: 'The minutes were changed after the meeting.' }, [FIELDS.outcome]: { text: '' } },
    });
    await submitComplaint(t.ctx)(args);
    const [filed] = t.queue.list({}, OPERATOR, SEE_ALL);
    expect(filed.subject).toBe('Complaint about the Town Clerk');
  });

  it('files a confidential complaint whose subject never quotes the complainant', async () => {
    const { args, ack } = submissionArgs(fakeClient(), {
      callbackId: VIEWS.complaint,
      fields: { [FIELDS.about]: { option: 'officer' }, [FIELDS.whatHappened]: { text: 'The events officer shouted at me.' }, [FIELDS.outcome]: { text: '' } },
    });
    await submitComplaint(t.ctx)(args);
    const [filed] = t.queue.list({}, OPERATOR, SEE_ALL);
    expect(filed).toEqual(expect.objectContaining({ kind: 'complaint', confidential: true, subject: 'Complaint about an officer' }));
    const response = ack.mock.calls[0][0] as { response_action: string; view: unknown };
    expect(allText(response.view)).toContain('the Officer or their Line Manager, privately (clause alsager:61)');
    expect(allText(response.view)).toContain('never posted in a public channel');
  });

  it('asks who it is about when nobody was chosen', async () => {
    const { args, ack } = submissionArgs(fakeClient(), {
      callbackId: VIEWS.complaint,
      fields: { [FIELDS.about]: { option: '' }, [FIELDS.whatHappened]: { text: 'The events officer shouted at me.' }, [FIELDS.outcome]: { text: '' } },
    });
    await submitComplaint(t.ctx)(args);
    expect(ack).toHaveBeenCalledWith({ response_action: 'errors', errors: { [FIELDS.about]: 'Please choose who the complaint is about.' } });
    expect(t.queue.list({}, OPERATOR, SEE_ALL)).toEqual([]);
  });
});

describe('the Ask the Clerk form', () => {
  it("files the question with the bot's answer for the Clerk", async () => {
    const { args } = submissionArgs(fakeClient(), {
      callbackId: VIEWS.question,
      fields: { [FIELDS.question]: { text: 'Who cuts the grass on the green?' } },
      metadata: { council: 'alsager', botAnswer: 'Not covered by the protocol.' },
    });
    await submitQuestion(t.ctx)(args);
    expect(t.queue.list({}, OPERATOR, SEE_ALL)[0]).toEqual(
      expect.objectContaining({ kind: 'question', details: { question: 'Who cuts the grass on the green?', botAnswer: 'Not covered by the protocol.' } }),
    );
  });
});

describe('the Resolve form', () => {
  const inProgress = () => {
    const request = fileDocumentRequest(t.queue);
    t.queue.move(request.id, 'acknowledged', person(CLERK, 'clerk'));
    t.queue.move(request.id, 'in_progress', person(CLERK, 'clerk'));
    return request;
  };
  const resolution = (requestId: number, note: string | undefined) =>
    submissionArgs(fakeClient(), { callbackId: VIEWS.resolve, user: CLERK, fields: note === undefined ? {} : { [FIELDS.resolveNote]: { text: note } }, metadata: { council: 'alsager', requestId } });

  it('resolves with the note, which the requester is sent', async () => {
    const request = inProgress();
    const { args, ack } = resolution(request.id, '  The papers are in your pigeonhole at the office.  ');
    await submitResolution(t.ctx)(args);
    expect(ack).toHaveBeenCalledWith();
    const resolved = t.queue.get(request.id, person(CLERK, 'clerk'));
    expect(resolved.status).toBe('resolved');
    expect(resolved.history[resolved.history.length - 1].note).toBe('The papers are in your pigeonhole at the office.');
  });

  it('resolves without a note when none is written', async () => {
    const request = inProgress();
    const { args, ack } = resolution(request.id, undefined);
    await submitResolution(t.ctx)(args);
    expect(ack).toHaveBeenCalledWith();
    const resolved = t.queue.get(request.id, person(CLERK, 'clerk'));
    expect(resolved.status).toBe('resolved');
    expect(resolved.history[resolved.history.length - 1].note).toBeUndefined();
  });
});

describe('the Refuse form', () => {
  const inProgress = () => {
    const request = fileDocumentRequest(t.queue);
    t.queue.move(request.id, 'acknowledged', person(CLERK, 'clerk'));
    t.queue.move(request.id, 'in_progress', person(CLERK, 'clerk'));
    return request;
  };
  const refusal = (requestId: number, reason: string, user = CLERK) =>
    submissionArgs(fakeClient(), { callbackId: VIEWS.refuse, user, fields: { [FIELDS.refuseReason]: { text: reason } }, metadata: { council: 'alsager', requestId } });

  it('refuses the request with the reason, which goes to the requester', async () => {
    const request = inProgress();
    const { args, ack } = refusal(request.id, 'We do not hold these documents.');
    await submitRefusal(t.ctx)(args);
    expect(ack).toHaveBeenCalledWith();
    const refused = t.queue.get(request.id, person(CLERK, 'clerk'));
    expect(refused.status).toBe('refused');
    expect(refused.history[refused.history.length - 1].note).toBe('We do not hold these documents.');
  });

  it('needs a reason', async () => {
    const request = inProgress();
    const { args, ack } = refusal(request.id, '  ');
    await submitRefusal(t.ctx)(args);
    expect(ack).toHaveBeenCalledWith({ response_action: 'errors', errors: { [FIELDS.refuseReason]: 'Please give the reason: the requester is sent it.' } });
    expect(t.queue.get(request.id, person(CLERK, 'clerk')).status).toBe('in_progress');
  });

  it('out of date (no request id), names no button: a complaint\'s is "Not upheld", not "Refuse" (uat25)', async () => {
    const { args, ack } = submissionArgs(fakeClient(), { callbackId: VIEWS.refuse, user: CLERK, fields: { [FIELDS.refuseReason]: { text: 'No grounds found.' } }, metadata: { council: 'alsager' } });
    await submitRefusal(t.ctx)(args);
    expect(ack).toHaveBeenCalledWith({ response_action: 'errors', errors: { [FIELDS.refuseReason]: 'This form is out of date: close it and press the button on the request again.' } });
  });

  it('changes nothing when submitted by someone who is not a Clerk', async () => {
    const request = inProgress();
    const { args, ack } = refusal(request.id, 'Because I say so', OTHER);
    await submitRefusal(t.ctx)(args);
    expect(ack).toHaveBeenCalledWith({ response_action: 'errors', errors: { [FIELDS.refuseReason]: expect.stringContaining("Only the Clerk's team") } });
    expect(t.queue.get(request.id, person(CLERK, 'clerk')).status).toBe('in_progress');
  });
});
