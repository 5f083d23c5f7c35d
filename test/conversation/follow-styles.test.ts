import { afterAcknowledgement, readTurn } from '../../src/conversation/turn';
import { assistantWithThreads } from '../support/threads';

/** Follow-ups as people type them in a chat (seventh session, follow11); situations written for these tests. */
const councillor = { id: 'test:cllr', name: 'Cllr Test', role: 'councillor' as const };

const threads = assistantWithThreads();

const ask = (text: string, thread: string, council = 'flitwick') => threads.assistant.answer(text, councillor, { council, record: false, thread });

describe('thanks, then the next question', () => {
  test.each([
    ['thanks - and what about the minutes of the finance committee?', 'and what about the minutes of the finance committee?'],
    ['Cheers, what if she says no?', 'what if she says no?'],
    ['great, thanks. can I appeal?', 'can I appeal?'],
    ['fair enough. who decides?', 'who decides?'],
  ])('"%s" asks "%s"', (text, question) => {
    expect(afterAcknowledgement(text)).toBe(question);
  });

  test.each(['thanks', 'thanks, that is really helpful', 'great', 'ok thanks', 'cool beans'])('"%s" only thanks', (text) => {
    expect(afterAcknowledgement(text)).toBeUndefined();
  });

  test('a question after thanks is read as a follow-up of the thread, not as thanks', () => {
    expect(ask('Am I entitled to see the quotes for resurfacing the library car park?', 'ack').intent).toBe('document_access');
    const next = ask('thanks - and the quotes for the bus shelter?', 'ack');
    expect(next.intent).toBe('document_access');
    expect(next.followUp).toBe(true);
  });

  test('thanks on its own in a thread is still thanks', () => {
    ask('Am I entitled to see the quotes for resurfacing the library car park?', 'ack2');
    expect(ask('brilliant, thanks very much', 'ack2').intent).toBe('thanks');
  });
});

describe('a statement that adds to the question before', () => {
  test.each(["it's for a residents' meeting next week", 'he says he needs them for the budget working group', 'The reason I ask is the clerk has refused once already.'])(
    '"%s" leans on its thread',
    (text) => {
      const form = readTurn(text);
      expect(form.addsToQuestion).toBe(true);
      expect(form.dependence).toBeGreaterThanOrEqual(0.5);
    },
  );

  test.each(["we had a closed session last night and a resident wants to know what was decided, can i tell her", 'is it ok to bring my dog to the office?', 'My husband has applied to be the caretaker.'])(
    '"%s" is not one',
    (text) => {
      expect(readTurn(text).addsToQuestion).toBe(false);
    },
  );

  test('context given after a document request keeps the thread on the document', () => {
    expect(ask('Can I see the invoices for the new bus shelter?', 'st').intent).toBe('document_access');
    const context = ask("it's for a question a resident raised at my surgery", 'st');
    expect(context.intent).toBe('document_access');
    expect(context.followUp).toBe(true);
  });
});

describe('a question about the last answer', () => {
  test.each(['can you give me the exact wording?', 'which paragraph is that?', 'where does it say that?', 'tell me more', 'explain that in plain English'])('"%s" asks about the answer', (text) => {
    const form = readTurn(text);
    expect(form.asksAboutAnswer).toBe(true);
    expect(form.dependence).toBeGreaterThanOrEqual(0.6);
  });

  test('"can you give me the exact wording?" stays on the thread, not a request for help with the bot', () => {
    expect(ask('Can I email the staff directly or must it go through the clerk?', 'wording', 'halstead').intent).not.toBe('help');
    const first = ask('Can I email the staff directly or must it go through the clerk?', 'wording2', 'halstead');
    expect(ask('can you give me the exact wording?', 'wording2', 'halstead').intent).toBe(first.intent);
  });
});

describe('the other side of a two-sided topic', () => {
  test('"and mine?" from a councillor after the clerk\'s role asks for the councillors\' role', () => {
    expect(ask("What is the clerk's job under this protocol?", 'mine', 'cottingham').intent).toBe('roles_of_officers');
    expect(ask('and mine?', 'mine', 'cottingham').intent).toBe('roles_of_councillors');
  });

  test('"what if it was the other way round?" after an officer\'s complaint about a councillor is a complaint about an officer', () => {
    const officer = { id: 'test:officer', name: 'Officer Test', role: 'officer' as const };
    expect(threads.assistant.answer('A councillor keeps belittling me in front of residents. How do I report it?', officer, { council: 'tewkesbury', record: false, thread: 'rev' }).intent).toBe('complaint_about_councillor');
    expect(threads.assistant.answer('what if it was the other way round?', officer, { council: 'tewkesbury', record: false, thread: 'rev' }).intent).toBe('complaint_about_officer');
  });

  test('"the other way round" inside a complete question is not a reversal', () => {
    expect(readTurn('does our protocol override standing orders, or is it the other way round?').reverses).toBe(false);
    expect(readTurn('vice versa?').reverses).toBe(true);
  });

  test('a demonstrative before a verb stands alone: "how long does that usually take?" points back', () => {
    expect(readTurn('how long does that usually take?').refersBack).toBe(true);
    expect(readTurn('how long does that meeting take?').refersBack).toBe(false);
  });
});

describe('asking what to do about the situation', () => {
  test('"what are my options?" after a topical answer is about that topic, and on its own still a request for help', () => {
    const officer = { id: 'test:officer2', name: 'Officer Test', role: 'officer' as const };
    const first = threads.assistant.answer('A councillor keeps asking me to run errands for his shop. Is that allowed?', officer, { council: 'cottingham', record: false, thread: 'opt' });
    expect(first.intent).not.toBe('help');
    const options = threads.assistant.answer('what are my options?', officer, { council: 'cottingham', record: false, thread: 'opt' });
    expect(options.intent).not.toBe('help');
    expect(options.followUp).toBe(true);
    expect(threads.assistant.answer('what are my options?', officer, { council: 'cottingham', record: false }).intent).toBe('help');
  });

  test.each(['what can I do?', 'so what are my options?', 'what would you suggest?', 'any advice?'])('"%s" asks about the thread\'s situation', (text) => {
    const form = readTurn(text);
    expect(form.asksForOptions).toBe(true);
    expect(form.topicWords).toBe(0);
  });

  test.each(['what can I do here?', 'what can you do?', 'what can I do about the overgrown hedge on Mill Lane?'])('"%s" does not', (text) => {
    expect(readTurn(text).asksForOptions).toBe(false);
  });
});
