import {
  answerCard,
  clerkRequestCard,
  filedCard,
  myRequestsCard,
  queueCard,
  requesterUpdateCard,
} from '../../../src/channels/teams/cards';
import { formatDate } from '../../../src/channels/labels';
import type { Reply } from '../../../src/assistant/reply';
import type { ClerkRequest, RequestStatus } from '../../../src/queue/types';
import { buttons, Json, textOf, walk } from './helpers';
import { flitwickRequest } from '../../support/requests';

const request = flitwickRequest;

const complaint = (overrides: Partial<ClerkRequest> = {}) =>
  request({
    kind: 'complaint',
    confidential: true,
    subject: 'Complaint about an officer',
    details: { about: 'officer', whatHappened: 'Shouted at me in the car park', outcomeSought: 'An apology' },
    routing: { recipient: 'Town Clerk (or, as appropriate, Personnel Committee or Council)', clause: '80' },
    ...overrides,
  });

describe('every card', () => {
  test('is an Adaptive Card 1.5 whose buttons fall back to Action.Submit with the same data', () => {
    const cards = [
      answerCard({
        intent: 'document_access',
        confidence: 0.9,
        uncertain: false,
        council: { id: 'flitwick', name: 'Flitwick Town Council' },
        summary: 'Summary',
        clauses: [{ council: 'flitwick', ref: '56', heading: 'Access', text: 'Text', score: 1 }],
        actions: [{ kind: 'my_requests', label: 'My requests', prefill: {} }],
      }),
      clerkRequestCard(request({ status: 'in_progress' })),
      myRequestsCard([request()], { hideConfidential: false }),
    ];
    for (const card of cards) {
      expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json' });
      for (const b of walk(card).filter((e) => e.type === 'Action.Execute')) {
        expect(b.fallback).toEqual({ type: 'Action.Submit', title: b.title, data: b.data });
        expect((b.data as Json).verb).toBe(b.verb);
      }
    }
  });
});

describe('answer card', () => {
  const reply: Reply = {
    intent: 'media_relations',
    confidence: 0.8,
    uncertain: false,
    council: { id: 'flitwick', name: 'Flitwick Town Council' },
    summary: 'Only the Town Clerk speaks to the press for the council.',
    clauses: [{ council: 'flitwick', ref: '65', heading: 'Media', text: '65. Line one\n- a **starred** bullet\n1. numbered', score: 1 }],
    actions: [],
  };

  test('quotes each line of a clause verbatim in text that is never read as markdown', () => {
    const card = answerCard(reply);
    const runs = walk(card).filter((e) => e.type === 'TextRun').map((e) => e.text);
    expect(runs).toEqual(expect.arrayContaining(['flitwick:65', ' — Media', '65. Line one', '- a **starred** bullet', '1. numbered']));
    const textBlocks = walk(card).filter((e) => e.type === 'TextBlock').map((e) => String(e.text));
    expect(textBlocks.some((t) => t.includes('starred'))).toBe(false);
  });

  test('feedback buttons carry the intent, council, clause refs and the hand-offs offered', () => {
    const feedback = buttons(answerCard(reply)).filter((b) => b.verb === 'feedback');
    expect(feedback.map((b) => b.data)).toEqual([
      { verb: 'feedback', intent: 'media_relations', council: 'flitwick', clauseRefs: ['flitwick:65'], offers: [], helpful: true },
      { verb: 'feedback', intent: 'media_relations', council: 'flitwick', clauseRefs: ['flitwick:65'], offers: [], helpful: false },
    ]);
    const offering = { ...reply, actions: [{ kind: 'question' as const, label: 'Ask the Clerk', prefill: {} }] };
    expect(buttons(answerCard(offering)).filter((b) => b.verb === 'feedback')[0].data).toMatchObject({ offers: ['question'] });
  });
});

describe("the Clerks' channel card", () => {
  test('a document request shows routing, due dates, id, status, who and what', () => {
    const text = textOf(clerkRequestCard(request()));
    expect(text).toContain('Document request #7');
    expect(text).toContain('Status: New');
    expect(text).toContain('Routed to: Town Clerk (clause flitwick:59)');
    expect(text).toContain('Acknowledge by: Wed 5 Mar 2025');
    expect(text).toContain('Resolve by: Mon 31 Mar 2025');
    expect(text).toContain('Jo **Bloggs**');
    expect(text).toContain('Pavilion tender documents');
  });

  test('a complaint shows its kind, routing and id only', () => {
    const card = clerkRequestCard(complaint(), { change: { at: '2025-03-04T10:00:00Z', by: 'teams:clerk', from: 'new', to: 'acknowledged', note: 'Spoke to the officer' } });
    const text = textOf(card);
    expect(text).toContain('Complaint #7');
    expect(text).toContain('Routed to: Town Clerk (or, as appropriate, Personnel Committee or Council) (clause flitwick:80)');
    for (const secret of ['Shouted', 'apology', 'Jo', 'officer', 'Spoke to the officer']) expect(text.replace(/Personnel Committee|Show details/g, '')).not.toContain(secret);
    expect(JSON.stringify(card)).not.toContain('Shouted');
    expect(buttons(card).map((b) => b.title)).toContain('Show details to me privately');
  });

  test.each<[RequestStatus, string[]]>([
    ['new', ['Acknowledge']],
    ['acknowledged', ['Start']],
    ['in_progress', ['Resolve…', 'Resolve', 'Refuse…', 'Refuse']],
    ['resolved', []],
    ['refused', []],
    ['withdrawn', []],
  ])('when %s, the buttons are %j', (status, titles) => {
    expect(buttons(clerkRequestCard(request({ status }))).map((b) => b.title)).toEqual(titles);
  });

  test('Refuse first asks for a reason, which is required', () => {
    const refuse = buttons(clerkRequestCard(request({ status: 'in_progress' }))).find((b) => b.title === 'Refuse…')!;
    const input = walk(refuse.card).find((e) => e.type === 'Input.Text')!;
    expect(input).toMatchObject({ id: 'reason', isRequired: true });
    expect(walk(refuse.card).find((e) => e.type === 'Action.Execute')!.data).toEqual({ verb: 'move_request', requestId: 7, to: 'refused' });
  });

  // uat12: resolving took no note, so the requester was told only "Resolved", never where the papers were.
  test('Resolve offers a note for the requester, which is optional', () => {
    const resolve = buttons(clerkRequestCard(request({ status: 'in_progress' }))).find((b) => b.title === 'Resolve…')!;
    const input = walk(resolve.card).find((e) => e.type === 'Input.Text')!;
    expect(input).toMatchObject({ id: 'reason', isRequired: false });
    expect(String(input.label)).toMatch(/Note for the requester \(optional/);
    expect(walk(resolve.card).find((e) => e.type === 'Action.Execute')!.data).toEqual({ verb: 'move_request', requestId: 7, to: 'resolved' });
  });
});

describe('lists', () => {
  test('the queue puts overdue requests first, whatever order it is given', () => {
    const text = textOf(
      queueCard(
        [request({ id: 1, createdAt: '2025-03-01T00:00:00Z' }), request({ id: 2, overdue: true, createdAt: '2025-03-02T00:00:00Z' }), request({ id: 3, createdAt: '2025-02-01T00:00:00Z' })],
        { hideConfidential: true },
      ),
    );
    expect(text).toMatch(/Open requests \(3\) — 1 overdue/);
    const order = ['#2 ', '#3 ', '#1 '].map((id) => text.indexOf(id));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  test('in a channel a complaint in a list shows no subject; in personal chat its owner sees it', () => {
    expect(textOf(myRequestsCard([complaint({ subject: 'About Bob' })], { hideConfidential: true }))).not.toContain('About Bob');
    expect(textOf(myRequestsCard([complaint({ subject: 'About Bob' })], { hideConfidential: false }))).toContain('About Bob');
  });
});

describe("the requester's cards", () => {
  test('the filed card tells the id, routing and due dates', () => {
    const text = textOf(filedCard(request()));
    expect(text).toContain('Your document request is filed as #7.');
    expect(text).toContain('Town Clerk (clause flitwick:59)');
    expect(text).toContain('Acknowledge by Wed 5 Mar 2025; resolve by Mon 31 Mar 2025');
  });

  test('a refusal tells the reason', () => {
    const text = textOf(requesterUpdateCard(request({ status: 'refused' }), { at: '2025-03-04T10:00:00Z', by: 'teams:clerk', from: 'in_progress', to: 'refused', note: 'Exempt information' }));
    expect(text).toContain('Your document request #7 is now refused.');
    expect(text).toContain('Reason given: ');
    expect(text).toContain('Exempt information');
  });
});

test('dates read the British way, in UK time', () => {
  expect(formatDate('2025-06-30T23:30:00Z')).toBe('Tue 1 Jul 2025');
});

describe('due dates follow the status, as in Slack', () => {
  // UAT: "Acknowledge by Wed 2 Dec" was still shown on a request already acknowledged and in progress.
  const acknowledged = request({ status: 'in_progress', updatedAt: '2025-03-04T09:00:00.000Z' });
  const ack = formatDate(acknowledged.acknowledgeBy);
  const resolve = formatDate(acknowledged.resolveBy);

  test('an acknowledged request shows only the date it is to be resolved by, in every list and on the Clerks\' card', () => {
    for (const shown of [textOf(myRequestsCard([acknowledged], { hideConfidential: false })), textOf(queueCard([acknowledged], { hideConfidential: false })), textOf(clerkRequestCard(acknowledged))]) {
      expect(shown).toContain(resolve);
      expect(shown).not.toContain(ack);
    }
  });

  test('a new one still shows both', () => {
    const fresh = request();
    for (const shown of [textOf(myRequestsCard([fresh], { hideConfidential: false })), textOf(clerkRequestCard(fresh))]) {
      expect(shown).toContain(formatDate(fresh.acknowledgeBy));
      expect(shown).toContain(formatDate(fresh.resolveBy));
    }
  });
});

test("a question for the Clerk keeps the Clerk's capital in a sentence", () => {
  // UAT: "Your question for the clerk #6: in progress".
  const question = request({ kind: 'question', subject: 'Tip hours', details: { question: 'Tip hours?' }, status: 'in_progress' });
  expect(textOf(requesterUpdateCard(question))).toContain('Your question for the Clerk #7');
});

test("the receipt for a complaint about the Clerk does not say the Clerks' channel shows it", () => {
  // UAT: "the Clerks' channel shows only that one was filed…" on a complaint the Clerks never see.
  const aboutClerk = complaint({ subject: 'Complaint about the Clerk', details: { about: 'clerk', whatHappened: 'Minutes altered' }, routing: { recipient: 'Personnel Committee', clause: '80' } });
  const text = textOf(filedCard(aboutClerk));
  expect(text).not.toMatch(/Clerks' channel shows/);
  expect(text).toMatch(/never reaches the Clerks' channel/);
  expect(textOf(filedCard(complaint()))).toMatch(/Clerks' channel shows only that one was filed/);
});
