import { readTurn } from '../../src/conversation/turn';
import { assistantWithThreads } from '../support/threads';

/**
 * Follow-ups that are asides, reports and objections rather than new questions (seventh session,
 * follow12): "what's the deadline?", "I haven't had a reply since the spring", "isn't that a bit
 * slow though?", "also, can I screen her calls?". Situations written for these tests.
 */
const councillor = { id: 'test:cllr', name: 'Cllr Test', role: 'councillor' as const };

const threads = assistantWithThreads();

const ask = (text: string, thread: string) => threads.assistant.answer(text, councillor, { council: 'flitwick', record: false, thread });

describe('a short question for something that only exists relative to the thread', () => {
  test.each(["what's the closing date?", "who's the best person to contact?", "when's the cut-off?", 'what is the process for that?'])('"%s" points back', (text) => {
    expect(readTurn(text).refersBack).toBe(true);
  });

  test.each(["what's the wifi password?", "what's the deadline for paying council tax?"])('"%s" names its own thing', (text) => {
    expect(readTurn(text).refersBack).toBe(false);
  });
});

describe('a report of what the asker has done or not been told', () => {
  test.each(["I've chased her three times now", "I haven't had a reply since the spring", 'to be fair I never got an answer', 'the whole parish has seen the plans anyway'])(
    '"%s" adds to the question before',
    (text) => {
      const form = readTurn(text);
      expect(form.addsToQuestion).toBe(true);
      expect(form.refersBack).toBe(true);
    },
  );

  test.each(["I've been to the dentist this morning", "I haven't had my lunch yet", "I'd like to see the minutes of the last meeting", 'I have asked the clerk twice, is that enough?'])(
    '"%s" is not a report of the thread\'s story',
    (text) => {
      expect(readTurn(text).addsToQuestion).toBe(false);
    },
  );

  test('a report after a question about replies keeps the thread on replies; an aside about the morning does not', () => {
    expect(ask('How long should I expect to wait for the office to answer my emails?', 'report').intent).toBe('response_times');
    const report = ask("I haven't had a reply since the spring", 'report');
    expect(report.followUp).toBe(true);
    expect(report.intent).toBe('response_times');

    expect(ask('How long should I expect to wait for the office to answer my emails?', 'aside').intent).toBe('response_times');
    expect(ask("I haven't had my lunch yet", 'aside').intent).toBe('out_of_scope');
  });
});

describe('an objection to the last answer', () => {
  test.each(["isn't that a bit slow though?", "shouldn't that go to full council?", "can't I at least ask?", 'not even if the chair agrees?'])('"%s" continues the thread', (text) => {
    expect(readTurn(text).continues).toBe(true);
  });

  test.each(["doesn't the bin lorry come on Fridays?", 'cant get my laptop to connect to the printer'])('"%s" points nowhere', (text) => {
    expect(readTurn(text).continues).toBe(false);
  });
});

describe('one more question about the same situation', () => {
  test('"also, …" continues when the rest points back, not when it asks its own', () => {
    expect(readTurn('also, can I screen her calls?').continues).toBe(true);
    expect(readTurn('also, does this protocol cover the youth council?').continues).toBe(false);
  });
});
