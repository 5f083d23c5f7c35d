import {
  ACTIONS,
  clerkChannelMessage,
  encodeOffer,
  filedReceiptMessage,
  homeView,
  replyMessages,
  requesterUpdateMessage,
} from '../../../src/channels/slack/blocks';
import { splitRendered } from '../../../src/channels/slack/text';
import { quoteMrkdwn } from '../../../src/channels/slack/escape';
import type { ClerkRequest } from '../../../src/queue/types';
import { allText, buttonIds, sampleReply } from './helpers';

function request(overrides: Partial<ClerkRequest> = {}): ClerkRequest {
  return {
    id: 12,
    kind: 'document_access',
    council: 'alsager',
    status: 'new',
    requester: { userId: 'slack:UASKER', name: 'Jo <Bloggs>', role: 'councillor' },
    subject: 'Tender documents',
    details: { what: 'The tender documents for the pavilion', meeting: 'Finance committee', neededBy: '2025-12-01' },
    routing: { recipient: 'Town Clerk', clause: '53', note: 'Disputes are determined by the Town Clerk.' },
    confidential: false,
    createdAt: '2025-11-20T10:00:00.000Z',
    updatedAt: '2025-11-20T10:00:00.000Z',
    acknowledgeBy: '2025-11-24T10:00:00.000Z',
    resolveBy: '2025-12-18T10:00:00.000Z',
    overdue: false,
    ...overrides,
  };
}

const complaint = (overrides: Partial<ClerkRequest> = {}) =>
  request({
    kind: 'complaint',
    subject: 'Complaint about an officer',
    details: { about: 'officer', whatHappened: 'The events officer shouted at me', outcomeSought: 'An apology' },
    routing: { recipient: 'the Officer or their Line Manager, privately', clause: '61' },
    confidential: true,
    ...overrides,
  });

describe('an answer in Block Kit', () => {
  it('quotes each clause with its council:ref and heading, then offers the actions and feedback', () => {
    const [message, ...rest] = replyMessages(sampleReply());
    expect(rest).toHaveLength(0);
    const text = allText(message.blocks);
    expect(text).toContain('*alsager:52* · Access to information\n>Councillors have a right to information they need.');
    expect(text).toContain('*alsager:53*');
    expect(buttonIds(message.blocks)).toEqual([ACTIONS.offerDocumentRequest, ACTIONS.feedbackHelpful, ACTIONS.feedbackUnhelpful]);
    expect(allText(message.blocks)).toContain('Request these documents');
  });

  it('shows the notice first when the bot is unsure', () => {
    const [message] = replyMessages(sampleReply({ uncertain: true, notice: "I'm not sure I've understood." }));
    expect(allText(message.blocks[0])).toContain("I'm not sure I've understood.");
  });

  it('escapes text it echoes, so nobody can make the bot ping @channel', () => {
    const [message] = replyMessages(sampleReply({ summary: 'Hello <!channel> & co' }));
    expect(allText(message.blocks)).toContain('Hello &lt;!channel&gt; &amp; co');
    expect(allText(message.blocks)).not.toContain('<!channel>');
    expect(message.text).not.toContain('<!channel>');
  });

  it('splits a very long clause into sections within 3000 characters, losing nothing', () => {
    const long = Array.from({ length: 900 }, (_, i) => `word${i} & more`).join(' ');
    const [message] = replyMessages(sampleReply({ clauses: [{ council: 'alsager', ref: '9', heading: 'Long', text: long, score: 1 }] }));
    const sections = message.blocks.filter((b) => b.type === 'section') as Array<{ text: { text: string } }>;
    expect(sections.length).toBeGreaterThan(3);
    for (const section of sections) expect(section.text.text.length).toBeLessThanOrEqual(3000);
    const words = allText(message.blocks).match(/word\d+/g) ?? [];
    expect(words).toHaveLength(900);
  });

  it('spreads a huge answer over messages of at most 50 blocks, buttons on the last', () => {
    const clauses = Array.from({ length: 70 }, (_, i) => ({ council: 'alsager', ref: String(i + 1), heading: 'H', text: `Clause ${i + 1}`, score: 1 }));
    const messages = replyMessages(sampleReply({ clauses }));
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) expect(m.blocks.length).toBeLessThanOrEqual(50);
    expect(buttonIds(messages[messages.length - 1].blocks)).toContain(ACTIONS.feedbackHelpful);
    expect(buttonIds(messages[0].blocks)).toEqual([]);
  });

  it('offers no feedback buttons when nothing was quoted (a greeting)', () => {
    const [message] = replyMessages(sampleReply({ intent: 'greeting', clauses: [], actions: [] }));
    expect(buttonIds(message.blocks)).toEqual([]);
  });

  it('keeps an offered action within the 2000-character button value, even with a long answer', () => {
    const value = encodeOffer('alsager', { question: 'q'.repeat(3000), botAnswer: 'a'.repeat(5000) });
    expect(value.length).toBeLessThanOrEqual(2000);
    expect(JSON.parse(value).c).toBe('alsager');
  });
});

describe('splitting rendered text', () => {
  it('never cuts inside an escape entity and keeps every quoted line quoted', () => {
    const raw = '&&&&&&&&&&\n'.repeat(50);
    const chunks = splitRendered(raw, quoteMrkdwn, 120);
    for (const chunk of chunks) {
      expect(chunk.length).toBeLessThanOrEqual(120);
      for (const line of chunk.split('\n')) expect(line).toMatch(/^>(&amp;)*$/);
    }
  });
});

describe('a request in the Clerks’ channel', () => {
  it('shows routing with the clause, due dates, id, requester and details, with the buttons for its status', () => {
    const message = clerkChannelMessage(request());
    const text = allText(message.blocks);
    expect(text).toContain('Document request #12');
    expect(text).toContain('Town Clerk (clause alsager:53)');
    expect(text).toContain('acknowledge by Mon 24 Nov 2025');
    expect(text).toContain('Jo &lt;Bloggs&gt;');
    expect(text).toContain('The tender documents for the pavilion');
    expect(buttonIds(message.blocks)).toEqual([ACTIONS.acknowledge]);
  });

  it('moves the buttons on with the status and drops them once closed', () => {
    expect(buttonIds(clerkChannelMessage(request({ status: 'acknowledged' })).blocks)).toEqual([ACTIONS.start]);
    expect(buttonIds(clerkChannelMessage(request({ status: 'in_progress' })).blocks)).toEqual([ACTIONS.resolve, ACTIONS.refuse]);
    expect(buttonIds(clerkChannelMessage(request({ status: 'resolved' })).blocks)).toEqual([]);
  });

  it('flags an overdue request', () => {
    expect(allText(clerkChannelMessage(request({ overdue: true })).blocks)).toContain(':warning: *Overdue*');
  });

  it('shows a complaint by kind, routing and id only, its details behind a button', () => {
    const message = clerkChannelMessage(complaint());
    const text = `${allText(message.blocks)}\n${message.text}`;
    expect(text).toContain('Complaint #12');
    expect(text).toContain('the Officer or their Line Manager, privately (clause alsager:61)');
    expect(text).not.toContain('shouted');
    expect(text).not.toContain('apology');
    expect(text).not.toContain('Bloggs');
    expect(buttonIds(message.blocks)).toEqual([ACTIONS.viewDetails, ACTIONS.acknowledge]);
  });

  it('does not show a refusal note on a complaint, which could quote it', () => {
    const change = { at: '2025-11-21T10:00:00Z', by: 'slack:UCLERK', from: 'in_progress' as const, to: 'refused' as const, note: 'The officer was off sick' };
    expect(allText(clerkChannelMessage(complaint({ status: 'refused' }), change).blocks)).not.toContain('off sick');
  });
});

describe('telling the requester', () => {
  it('gives the id, routing and due dates when filed', () => {
    const text = allText(filedReceiptMessage(request()).blocks);
    expect(text).toContain('#12');
    expect(text).toContain('Town Clerk (clause alsager:53)');
    expect(text).toContain('Acknowledge by Mon 24 Nov 2025');
  });

  it('sends the reason for a refusal, escaped', () => {
    const change = { at: '2025-11-21T10:00:00Z', by: 'slack:UCLERK', from: 'in_progress' as const, to: 'refused' as const, note: 'Not <held> by us' };
    const text = allText(requesterUpdateMessage(request({ status: 'refused' }), change).blocks);
    expect(text).toContain('is now *refused*');
    expect(text).toContain('Not &lt;held&gt; by us');
  });
});

describe('the App Home', () => {
  it('stays within 100 blocks however long the queue', () => {
    const many = Array.from({ length: 150 }, (_, i) => request({ id: i + 1 }));
    const view = homeView({ person: { userId: 'slack:UCLERK', name: 'Clerk', role: 'clerk' }, own: many, queue: many });
    expect(view.blocks.length).toBeLessThanOrEqual(100);
  });

  it('shows a Clerk the open queue with its buttons, and a councillor only their own requests', () => {
    const mine = request({ id: 3 });
    const clerkView = homeView({ person: { userId: 'slack:UCLERK', name: 'Clerk', role: 'clerk' }, own: [], queue: [request({ id: 7, overdue: true })] });
    expect(allText(clerkView.blocks)).toContain('Open queue');
    expect(allText(clerkView.blocks)).toContain('*#7*');
    expect(buttonIds(clerkView.blocks)).toContain(ACTIONS.acknowledge);
    const councillorView = homeView({ person: { userId: 'slack:UASKER', name: 'Jo', role: 'councillor' }, own: [mine] });
    expect(allText(councillorView.blocks)).not.toContain('Open queue');
    expect(buttonIds(councillorView.blocks)).toEqual([ACTIONS.withdraw]);
  });
});

test("a question for the Clerk keeps the Clerk's capital in a sentence", () => {
  // UAT: "Thank you. Your question for the clerk is filed as #6."
  const question = request({ kind: 'question', subject: 'Tip hours', details: { question: 'Tip hours?' } });
  expect(filedReceiptMessage(question).text).toContain('Your question for the Clerk is filed');
  expect(requesterUpdateMessage(question).text).toContain('Your question for the Clerk *#');
});
