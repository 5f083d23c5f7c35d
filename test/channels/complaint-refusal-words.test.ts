/**
 * The queue's own refusals in the user's words for the kind (uat23, section 5: "seen, not changed"): a Clerk pressing an
 * old button on a complaint closed as not upheld read "Request #3 is refused and closed; …" in Slack and Teams, where
 * its update, its list and its buttons say "not upheld". The queue's error carries the request's kind and the channels
 * word its statuses by it; the console's /move keeps the codes it takes (queueMessageText(…, 'codes')).
 */
import { queueMessageText } from '../../src/channels/labels';
import { ACTIONS } from '../../src/channels/slack/blocks';
import { refuseRequest } from '../../src/channels/slack/listeners/actions/close-request';
import { moveRequest } from '../../src/channels/slack/listeners/actions/move-request';
import { VERB } from '../../src/channels/teams/cards';
import { QueueError } from '../../src/queue/types';
import { buttonArgs, CLERK, fakeClient, fileComplaint, fileDocumentRequest, makeContext, person } from './slack/helpers';
import { botHarness, clerk, councillor, invokeResponse, cardInvoke, personalMessage, removeTempDirs, teamsId } from './teams/helpers';

afterAll(removeTempDirs);

test('the core: a status in a queue message is worded for the error\'s kind; codes stay codes where asked', () => {
  const error = new QueueError('illegal_transition', 'request #3 is refused and closed; it cannot be moved to in_progress', 'complaint');
  expect(queueMessageText(error.message, 'words', error.kind)).toBe('Request #3 is not upheld and closed; it cannot be moved to in progress.');
  expect(queueMessageText(error.message, 'words', 'document_access')).toBe('Request #3 is refused and closed; it cannot be moved to in progress.');
  expect(queueMessageText(error.message, 'codes')).toBe('Request #3 is refused and closed; it cannot be moved to in_progress.');
});

test('Slack: an old Start button on a complaint not upheld says "not upheld", on a document request "refused"', async () => {
  const t = makeContext();
  try {
    const clerkPerson = person(CLERK, 'clerk');
    for (const [request, word, name] of [
      [fileComplaint(t.queue), 'not upheld', 'Complaint'],
      [fileDocumentRequest(t.queue), 'refused', 'Document request'],
    ] as const) {
      t.queue.move(request.id, 'acknowledged', clerkPerson);
      t.queue.move(request.id, 'in_progress', clerkPerson);
      t.queue.move(request.id, 'refused', clerkPerson, 'No grounds');
      const { args, respond } = buttonArgs(fakeClient(), { actionId: ACTIONS.start, value: String(request.id), user: CLERK });
      await moveRequest(t.ctx)(args);
      expect(respond).toHaveBeenCalledWith(expect.objectContaining({ text: `${name} #${request.id} is ${word} and closed; it cannot be moved to in progress.` }));
    }
  } finally {
    t.close();
  }
});

test('Slack: "Not upheld" pressed on a complaint already resolved says it cannot be closed as not upheld now', async () => {
  const t = makeContext();
  try {
    const clerkPerson = person(CLERK, 'clerk');
    const complaint = fileComplaint(t.queue);
    t.queue.move(complaint.id, 'acknowledged', clerkPerson);
    t.queue.move(complaint.id, 'in_progress', clerkPerson);
    t.queue.move(complaint.id, 'resolved', clerkPerson);
    const { args, respond } = buttonArgs(fakeClient(), { actionId: ACTIONS.refuse, value: String(complaint.id), user: CLERK });
    await refuseRequest(t.ctx)(args);
    expect(respond).toHaveBeenCalledWith(expect.objectContaining({ text: `Complaint #${complaint.id} is resolved: it cannot be closed as not upheld now.` }));
  } finally {
    t.close();
  }
});

test('Teams: a move on a complaint not upheld is refused in those words', async () => {
  const h = botHarness();
  const clerkPerson = { userId: teamsId(clerk), name: clerk.name, role: 'clerk' as const };
  const filed = h.queue.file({
    kind: 'complaint',
    council: 'flitwick',
    requester: { userId: teamsId(councillor), name: councillor.name, role: 'councillor' },
    subject: 'Complaint about an officer',
    details: { about: 'officer', whatHappened: 'Shouted at me at the front desk' },
  });
  h.queue.move(filed.id, 'acknowledged', clerkPerson);
  h.queue.move(filed.id, 'in_progress', clerkPerson);
  h.queue.move(filed.id, 'refused', clerkPerson, 'No grounds');
  const said = JSON.stringify(invokeResponse(await h.send(cardInvoke(personalMessage(clerk, ''), { verb: VERB.move, requestId: filed.id, to: 'resolved' }))).body.value);
  expect(said).toContain(`Complaint #${filed.id} is not upheld and closed; it cannot be moved to resolved.`);
  expect(said).not.toMatch(/\brefused\b/);
});
