import { asksOfADecisionMade, movesIn, withoutDecidingWords } from '../../src/conversation/moves';
import { assistantWithThreads } from '../support/threads';

/**
 * Who decides, approves or rules on the thread's matter, and whether a decision already made stands ("is the clerk's ruling
 * final?", "can I get that refusal overturned?"), is the thread's step, not decisions and agendas; a thread on the agenda
 * keeps it (follow32). Sentences written for these tests.
 */
const threads = assistantWithThreads('cottingham');

const ask = (text: string, thread: string, council: string) =>
  threads.assistant.answer(text, { id: 'test:councillor', name: 'Test', role: 'councillor' }, { council, record: false, thread });

const steps = (text: string) => movesIn(text).map((m) => m.name);

describe('the deciding step', () => {
  test.each(['who okays it?', 'who gives the go-ahead for that?', 'is his decision final?', 'is that the end of it?', 'is that set in stone?', 'whose call was that?'])(
    '"%s" asks who decides or whether it stands',
    (text) => expect(steps(text)).toContain('decider'),
  );

  test('signing off is not the deciding step: its words are the thread\'s thing', () => expect(steps('and who signs that off?')).not.toContain('decider'));

  test.each(['can that decision be challenged?', "is the monitoring officer's view final?", 'whose decision was it?'])('"%s" asks of a decision already made', (text) =>
    expect(asksOfADecisionMade(text)).toBe(true),
  );

  test.each(['who decides what goes on the agenda?', 'can I see the decision notice?'])('"%s" does not', (text) => expect(asksOfADecisionMade(text)).toBe(false));

  test('what is decided is read without the words naming the decision', () => expect(withoutDecidingWords('can that decision be challenged?')).not.toMatch(/decision|challeng/));
});

describe('in a thread', () => {
  test('after a refused document, whether the ruling stands is the document request', () => {
    const thread = 'decision-made-document';
    expect(ask('the clerk has refused to show me the legal opinion on the allotments lease', thread, 'cottingham').intent).toBe('document_access');
    const next = ask("is the clerk's ruling final?", thread, 'cottingham');
    expect(next.followUp).toBe(true);
    expect(next.intent).toBe('document_access');
  });

  test('after a press enquiry, who decides whether I may appear is media relations', () => {
    const thread = 'decision-made-media';
    expect(ask('the local TV news want to film me talking about the new cycle path', thread, 'alsager').intent).toBe('media_relations');
    const next = ask('who decides whether I can appear on it as a councillor?', thread, 'alsager');
    expect(next.followUp).toBe(true);
    expect(next.intent).toBe('media_relations');
  });

  test('a thread on the agenda stays on it', () => {
    const thread = 'decision-made-agenda';
    expect(ask('how do I get the speed limit item put on the agenda?', thread, 'flitwick').intent).toBe('decisions_and_agendas');
    expect(ask('who decides if it goes on?', thread, 'flitwick').intent).toBe('decisions_and_agendas');
    expect(ask('is that decision final?', thread, 'flitwick').intent).toBe('decisions_and_agendas');
  });
});
