/**
 * A status in a council's words for the kind of request (uat22, section 3; fixed in uat23): a complaint the Clerk
 * closes with "refused" told its complainant "Your complaint #2 is now refused." A council says a complaint is "not
 * upheld". The core's `statusLabel` says it by kind, so the asker's update, the Clerks' post, the lists, the console
 * and the CLI all say it the same way; the stored status stays `refused`.
 */
import { formatNotification } from '../../src/channels/console/chat';
import { formatRequest } from '../../src/channels/console/render';
import { movedLine, statusLabel, statusUpdateLine } from '../../src/channels/labels';
import { clerkChannelMessage, clerkComplaintMessage, requesterUpdateMessage } from '../../src/channels/slack/blocks';
import { clerkComplaintCard, clerkRequestCard, requesterUpdateCard } from '../../src/channels/teams/cards';
import type { HistoryEntry } from '../../src/queue/types';
import { flitwickRequest } from '../support/requests';
import { textOf } from './teams/helpers';

const complaint = flitwickRequest({
  id: 2,
  kind: 'complaint',
  status: 'refused',
  confidential: true,
  subject: 'Complaint about an officer',
  details: { about: 'officer', whatHappened: 'Shouted at me at the front desk' },
  updatedAt: '2025-03-04T10:00:00.000Z',
});
const refusal: HistoryEntry = { at: '2025-03-04T10:00:00.000Z', by: 'slack:UCLERK', from: 'in_progress', to: 'refused', note: 'The officer acted within the protocol.' };

test('the core: a complaint is "not upheld"; a document request and a question are "refused"', () => {
  expect(statusLabel('refused', 'complaint')).toBe('Not upheld');
  expect(statusLabel('refused', 'document_access')).toBe('Refused');
  expect(statusLabel('refused', 'question')).toBe('Refused');
  expect(statusLabel('resolved', 'complaint')).toBe('Resolved');
  expect(statusUpdateLine(complaint)).toBe('Your complaint #2 is now not upheld.');
  expect(statusUpdateLine({ ...complaint, kind: 'document_access' })).toBe('Your document request #2 is now refused.');
  expect(movedLine(complaint)).toBe('Complaint #2 is now not upheld.');
});

test('the complainant is told "not upheld" in Slack, Teams and the console, never "refused"', () => {
  const slack = requesterUpdateMessage(complaint, refusal);
  expect(slack.text.replace(/\*/g, '')).toBe('Your complaint #2 is now not upheld.');
  const teams = textOf(requesterUpdateCard(complaint, refusal));
  expect(teams).toContain('Your complaint #2 is now not upheld.');
  const console = formatNotification({ audience: 'requester', recipient: 'console:jo', event: 'status_changed', requestId: 2, request: complaint, change: refusal } as never, 'Clerk');
  expect(console).toContain('Your complaint #2 is now not upheld.');
  for (const text of [JSON.stringify(slack), teams, console]) expect(text).not.toMatch(/\brefused\b/i);
});

test("the Clerks' post and the private complaint say \"Not upheld\" as its status, in both channels and the console", () => {
  const slackPost = JSON.stringify(clerkChannelMessage(complaint, refusal));
  expect(slackPost).toContain('Not upheld');
  expect(slackPost).not.toContain('Refused');
  const aboutTheClerk = { ...complaint, details: { about: 'clerk' as const, whatHappened: 'Changed the minutes' } };
  expect(JSON.stringify(clerkComplaintMessage(aboutTheClerk, refusal))).toContain('Not upheld');
  const teamsPost = textOf(clerkRequestCard(complaint, { change: refusal }));
  expect(teamsPost).toContain('Not upheld');
  expect(teamsPost).not.toContain('Refused');
  expect(textOf(clerkComplaintCard(aboutTheClerk, { change: refusal }))).toContain('Not upheld');
  expect(formatRequest({ ...complaint, history: [refusal] })).toContain('In progress → Not upheld');
});

test('a refused document request is still "refused" everywhere', () => {
  const request = flitwickRequest({ status: 'refused' });
  expect(requesterUpdateMessage(request, refusal).text.replace(/\*/g, '')).toBe('Your document request #7 is now refused.');
  expect(JSON.stringify(clerkChannelMessage(request, refusal))).toContain('Refused');
});
