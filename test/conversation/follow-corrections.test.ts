import { movesIn } from '../../src/conversation/moves';
import { asMeant, readTurn } from '../../src/conversation/turn';
import { assistantWithThreads } from '../support/threads';

/**
 * Follow-ups that correct the bot, say in what capacity the asker asks, or move the question to
 * another council body (eighth session, follow13): "sorry, I meant the hall, not the laptop",
 * "speaking as the RFO", "and at full council rather than committee, is it the same?".
 * Situations written for these tests.
 */
const councillor = { id: 'test:cllr', name: 'Cllr Test', role: 'councillor' as const };

const threads = assistantWithThreads();

const ask = (text: string, thread: string, council = 'flitwick') => threads.assistant.answer(text, councillor, { council, record: false, thread });

describe('what the asker says they did not mean', () => {
  test.each([
    ['sorry, I meant the village hall, not the laptop', 'sorry, I meant the village hall'],
    ['I was asking about the deputy, not the clerk, if that helps', 'I was asking about the deputy, if that helps'],
    ['on the finance working group rather than full council?', 'on the finance working group?'],
    ["no, that's not what I asked - can I appeal?", 'I mean can I appeal?'],
  ])('"%s" is read as "%s"', (text, meant) => {
    expect(asMeant(text)).toBe(meant);
  });

  test.each(['is it ok not to declare it?', 'what if I am not the chair?', 'Can I see the minutes?', 'can I email rather than phone?'])('"%s" says nothing of the kind', (text) => {
    expect(asMeant(text)).toBeUndefined();
  });

  test('a correction that swaps the thing asked about moves the thread to the right topic', () => {
    expect(ask('Could I borrow one of the council laptops for a residents\' survey?', 'swap').intent).toBe('council_resources');
    const corrected = ask('sorry, I meant getting into the pavilion out of hours, not the laptop', 'swap');
    expect(corrected.followUp).toBe(true);
    expect(corrected.intent).toBe('premises_access');
  });
});

describe('corrections', () => {
  test.each(['wait, I meant the caretaker', 'hang on, I meant the treasurer', "that's not quite what I meant, I mean the deputy"])('"%s" corrects the turn before', (text) => {
    expect(readTurn(asMeant(text) ?? text).corrects).toBe(true);
  });

  test('a correction naming the other side turns a two-sided topic to it', () => {
    expect(ask('What are the clerk and the office staff for?', 'side', 'cottingham').intent).toBe('roles_of_officers');
    expect(ask('no, I meant what we councillors are meant to do', 'side', 'cottingham').intent).toBe('roles_of_councillors');
  });
});

describe('the capacity the asker asks in', () => {
  test.each(["I'm asking for my deputy", 'speaking as chair of the allotments committee', 'asking on behalf of the caretaker'])('"%s" adds to the question before', (text) => {
    expect(readTurn(text).addsToQuestion).toBe(true);
  });

  test.each(['asking on behalf of our gardener: can a councillor tell him which hedges to cut?', "I'm asking for a friend... how do I join the bowls club?"])(
    '"%s" asks a question of its own',
    (text) => {
      expect(readTurn(text).addsToQuestion).toBe(false);
    },
  );
});

describe('another council body', () => {
  test.each(['and at full council?', 'at the staffing committee rather than full council, is it the same?', 'same for the planning sub-committee'])('"%s" names only the venue', (text) => {
    const form = readTurn(asMeant(text) ?? text);
    expect(form.namesOnlyVenue).toBe(true);
    expect(form.continues || form.refersBack).toBe(true);
  });

  test.each(['who chairs the staffing committee?', 'and what does the vice-chair of the committee do?'])('"%s" asks about the body itself', (text) => {
    expect(readTurn(text).namesOnlyVenue).toBe(false);
  });
});

test('"I want to know if I can report it" asks where to take the problem', () => {
  expect(movesIn('I want to know if I can report it').map((m) => m.name)).toContain('recourse');
  expect(movesIn('can I report it to full council at the next meeting?').map((m) => m.name)).not.toContain('recourse');
});

describe('a qualifier or a question of time left', () => {
  test.each(['as a private individual, on my own blog', 'for a one-off event in the summer', 'how long have we got?', 'so how much time do I have?'])('"%s" points back', (text) => {
    expect(readTurn(text).refersBack).toBe(true);
  });

  test.each(['how long have I got till the bins go out?', 'for sale: one lawnmower, hardly used, offers over ten pounds please'])('"%s" does not', (text) => {
    expect(readTurn(text).refersBack).toBe(false);
  });

  test('"how long have I got?" after a question about declaring a new interest stays on it', () => {
    expect(ask('My partner has just bought shares in a firm that does work for the council. Do I need to declare it?', 'time').intent).toBe('interests_and_conflicts');
    expect(ask('how long have I got?', 'time').intent).toBe('interests_and_conflicts');
  });
});

describe('the asker in another capacity', () => {
  test.each([
    ['what if I were asking as a member of staff?', 'officer'],
    ['same question but as the clerk', 'clerk'],
    ['and if I was one of the councillors?', 'councillor'],
  ])('"%s" asks as %s', (text, subject) => {
    expect(readTurn(text).asksAs).toBe(subject);
  });

  test.each(["I'm a councillor as well as a volunteer", 'Can I attend as an observer?'])('"%s" does not change the asker', (text) => {
    expect(readTurn(text).asksAs).toBeUndefined();
  });

  test("a councillor's complaint asked again as a member of staff is a complaint about a councillor", () => {
    expect(ask('How do I raise a concern about how I was treated at the planning meeting?', 'capacity', 'halstead').intent).toBe('complaint_about_officer');
    expect(ask('what if I were asking as a member of staff?', 'capacity', 'halstead').intent).toBe('complaint_about_councillor');
  });
});

test('"I didn\'t say X, I said Y" is read as the correction it is', () => {
  expect(asMeant("I didn't say the clerk, I said the caretaker")).toBe('I meant the caretaker');
  expect(readTurn('I said the library, not the hall').corrects).toBe(true);
});

describe('openers that were hidden or missing', () => {
  test.each(['👍 and their phone numbers?', '+1, what about the vice-chair?', 'likewise a box of chocolates from a resident?', 'ditto for the deputy?', 'further to your reply, who has the final word?'])(
    '"%s" continues the thread',
    (text) => {
      expect(readTurn(text).continues).toBe(true);
    },
  );

  test.each(['what does 2.4 say about that?', 'give me the part about weekends'])('"%s" asks about the answer', (text) => {
    expect(readTurn(text).asksAboutAnswer).toBe(true);
  });

  test('a thumbs-up before the next question does not cut it off from its thread', () => {
    expect(ask('Should I give a councillor the home addresses of my colleagues?', 'reaction').intent).toBe('staff_personal_matters');
    expect(ask('👍 and their phone numbers?', 'reaction').intent).toBe('staff_personal_matters');
  });
});
