/**
 * A requester told that their request moved reads the same sentence in every channel, the core's
 * (`statusUpdateLine`, src/channels/labels.ts): "Your document request #7 is now in progress." UAT (uat16), one
 * acknowledgement seen three ways: Slack "Your document request *#4* is now *Acknowledged*.", Teams "Your document
 * request #5: acknowledged", the console "[Notification] Your request #1 (…) is now acknowledged." (no kind).
 */
import { formatNotification } from '../../src/channels/console/chat';
import { statusUpdateLine } from '../../src/channels/labels';
import { requesterUpdateMessage } from '../../src/channels/slack/blocks';
import { requesterUpdateCard } from '../../src/channels/teams/cards';
import type { HistoryEntry, RequestStatus } from '../../src/queue/types';
import { flitwickRequest } from '../support/requests';
import { textOf } from './teams/helpers';

const TITLE = 'Chief Executive';
const moves: Array<[RequestStatus, RequestStatus, 'document_access' | 'question']> = [
  ['new', 'acknowledged', 'document_access'],
  ['acknowledged', 'in_progress', 'question'],
  ['in_progress', 'resolved', 'document_access'],
  ['acknowledged', 'refused', 'question'],
];

describe.each(moves)('%s → %s (%s)', (from, to, kind) => {
  const request = flitwickRequest({ status: to, kind, ...(kind === 'question' ? { details: { question: 'Pavilion tender' } } : {}) });
  const change: HistoryEntry = { at: '2025-03-04T10:00:00.000Z', by: 'slack:UCLERK', from, to, note: 'A note' };
  const line = statusUpdateLine(request, TITLE);

  test('the core says it in one sentence, with the kind, the number and the status in words', () => {
    expect(line).toMatch(new RegExp(`^Your (document request|question for the Chief Executive) #7 is now ${to === 'in_progress' ? 'in progress' : to}\\.$`));
  });

  test("Slack's message leads with it (the number and the status in bold)", () => {
    const message = requesterUpdateMessage(request, change, TITLE);
    expect(message.text.replace(/\*/g, '')).toBe(line);
  });

  test("Teams' card leads with it", () => {
    expect(textOf(requesterUpdateCard(request, change, TITLE))).toMatch(new RegExp(`^${line.replace(/[.#?()]/g, '\\$&')}`));
  });

  test("the console's notification says it", () => {
    const text = formatNotification({ audience: 'requester', recipient: 'console:jo', event: 'status_changed', requestId: 7, request, change } as never, TITLE);
    expect(text.startsWith(`[Notification] ${line}`)).toBe(true);
  });
});
