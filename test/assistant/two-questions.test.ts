import path from 'node:path';
import { Assistant } from '../../src/assistant/assistant';
import { alsoAskedLead, answerQuotedIn, asksApart, shortQuestion, withoutFurtherQuestions } from '../../src/assistant/alsoAsked';
import type { Asker, Reply } from '../../src/assistant/reply';
import { answerLine } from '../../src/answer/wording';
import { ProtocolLibrary } from '../../src/protocols/library';
import { MODEL_CACHE_DIR } from '../support/model';

/**
 * A message that asks two things the protocol covers under different topics gets two answers:
 * the first as before, the other on its own line with its own sentence, clauses and hand-off.
 * (Messages written for this test, not taken from any evaluation set.)
 */
const root = path.join(__dirname, '../..');
const library = ProtocolLibrary.load(path.join(root, 'data/protocols'));
let assistant: Assistant;
beforeAll(() => {
  assistant = Assistant.create({ config: { COUNCIL: 'flitwick', INTENTS_DIR: path.join(root, 'intents'), MODEL_CACHE_DIR }, library });
});

const councillor: Asker = { id: 'console:twoq', name: 'Robin', role: 'councillor' };
const DOCUMENTS_AND_PRINTING = 'can I see the contracts file for the play area? also can I get the office to photocopy my ward newsletter?';
const PRINTING = 'also can I get the office to photocopy my ward newsletter?';
const refs = (clauses: { ref: string }[]) => clauses.map((c) => c.ref);

describe('two covered questions in one message', () => {
  test.each(['flitwick', 'tewkesbury'])('%s: the second is answered as if asked alone, the first as before', (council) => {
    const reply = assistant.answer(DOCUMENTS_AND_PRINTING, councillor, { council, record: false });
    const first = assistant.read(DOCUMENTS_AND_PRINTING, { council, role: 'councillor' });
    // The first answer is what evaluation and the answer dump read: unchanged, and its clauses are its own.
    expect(reply.intent).toBe('document_access');
    expect(reply.answer).toEqual(first.answer);
    expect(refs(reply.clauses)).toEqual(refs(first.clauses));

    expect(reply.also).toHaveLength(1);
    const also = reply.also![0];
    const alone = assistant.read(PRINTING, { council, role: 'councillor' });
    expect(also.intent).toBe('council_resources');
    expect(also.intent).toBe(alone.result.intent);
    expect(also.question).toBe('can I get the office to photocopy my ward newsletter');
    expect(also.lead).toBe('You also asked "can I get the office to photocopy my ward newsletter":');
    expect(also.answer).toEqual(alone.answer);
    expect(also.summary).toBe(answerLine(alone.answer!));
    // Its clauses are its own, the answering one first, none quoted twice.
    expect(also.clauses[0].ref).toBe(alone.answer!.ref);
    for (const clause of also.clauses) expect(refs(reply.clauses)).not.toContain(clause.ref);
    for (const clause of also.clauses) expect(refs(alone.clauses)).toContain(clause.ref);
  });

  test("every quoted sentence is the protocol's own", () => {
    const reply = assistant.answer(DOCUMENTS_AND_PRINTING, councillor, { council: 'flitwick', record: false });
    const also = reply.also![0];
    expect(also.clauses.find((c) => c.ref === also.answer!.ref)!.text).toContain(also.answer!.text);
    const clause = library.get('flitwick').clauses.find((c) => c.ref === also.answer!.ref)!;
    expect(clause.text).toContain(also.answer!.text);
  });

  test("both questions' hand-offs are offered, one of each kind, the first question's first", () => {
    const reply = assistant.answer('can the clerk send me the minutes of the last meeting? and who do I complain to about the caretaker being rude?', councillor, { council: 'flitwick', record: false });
    expect(reply.intent).toBe('complaint_about_officer');
    expect(reply.also?.map((a) => a.intent)).toEqual(['document_access']);
    expect(reply.actions.map((a) => a.kind)).toEqual(['complaint', 'document_request']);
    // Each form is filled from its own question: the complaint is about the caretaker, not the Clerk the other question names.
    expect(reply.actions[0].prefill.about).toBe('officer');
    expect(reply.actions[1].prefill.subject).toMatch(/minutes of the last meeting/);
    expect(reply.actions[1].prefill.subject).not.toMatch(/caretaker/);
  });

  test("the first question's document request is filled from its own sentence, not the other question's", () => {
    const reply = assistant.answer(DOCUMENTS_AND_PRINTING, councillor, { council: 'flitwick', record: false });
    const request = reply.actions.find((a) => a.kind === 'document_request')!;
    expect(request.prefill.subject).toMatch(/contracts file for the play area/);
    expect(request.prefill.subject).not.toMatch(/newsletter/);
    expect(reply.actions.filter((a) => a.kind === 'document_request')).toHaveLength(1);
  });

  test('three questions: each covered one after the first gets its own answer', () => {
    const reply = assistant.answer(
      'Can I ask an officer for legal advice on my own planning application? Can I see the background papers for the budget? And who decides what goes on the agenda?',
      councillor,
      { council: 'flitwick', record: false },
    );
    expect(reply.also).toHaveLength(2);
    const intents = [reply.intent, ...reply.also!.map((a) => a.intent)];
    expect(new Set(intents).size).toBe(3);
    for (const also of reply.also!) {
      expect(also.lead).toMatch(/^You also asked "/);
      expect(also.summary).toMatch(also.answer ? /^Under / : /protocol/);
    }
    const quoted = [...refs(reply.clauses), ...reply.also!.flatMap((a) => refs(a.clauses))];
    expect(new Set(quoted).size).toBe(quoted.length);
  });
});

describe('one covered question and one the protocol does not cover', () => {
  test('the uncovered one keeps its plain line and gets no answer of its own', () => {
    const reply = assistant.answer('who do I complain to about a member of staff ignoring my emails? And what time does the tip open on sundays?', councillor, { council: 'tewkesbury', record: false });
    expect(reply.intent).toBe('complaint_about_officer');
    expect(reply.also).toBeUndefined();
    expect(reply.notice).toMatch(/You also asked: "what time does the tip open on sundays"\. Tewkesbury Borough Council's protocol doesn't cover that/);
  });

  test('a single question has no further answers', () => {
    expect(assistant.answer('can I see the contracts file for the play area?', councillor, { council: 'flitwick', record: false }).also).toBeUndefined();
  });
});

describe('in a thread', () => {
  test("the follow-up memory keeps the first question's topic and only its clauses", () => {
    const thread = 'console:twoq-thread';
    const reply = assistant.answer(DOCUMENTS_AND_PRINTING, councillor, { council: 'flitwick', record: false, thread });
    expect(reply.also).toHaveLength(1);
    const kept = assistant.conversations.load(thread, 'flitwick');
    expect(kept?.topic?.intent).toBe('document_access');
    expect(kept?.topic?.answer?.ref).toBe(reply.answer?.ref);
    expect(kept?.topic?.clauses.map((c) => c.ref)).toEqual(refs(reply.clauses));
    expect(kept?.offer).toBe('document_request');
  });
});

describe('the wording', () => {
  test('the question is named without its joining words or closing marks', () => {
    expect(shortQuestion('And separately, how do I raise a grievance?')).toBe('how do I raise a grievance');
    expect(shortQuestion('also, when are the bins collected?')).toBe('when are the bins collected');
    expect(alsoAskedLead('plus can I have a council laptop??')).toBe('You also asked "can I have a council laptop":');
  });

  test("the first question's words are what is left without the further questions", () => {
    expect(withoutFurtherQuestions('Can I see the budget? Also who sets the agenda?', ['Also who sets the agenda?'])).toBe('Can I see the budget?');
    expect(withoutFurtherQuestions('Can I see the budget?', ['not in the message'])).toBe('Can I see the budget?');
  });

  test('a further question is answered apart when it is joined on or opens the message', () => {
    const message = 'Can I see the tree survey? And who do I complain to about the groundsman?';
    expect(asksApart('And who do I complain to about the groundsman?', message)).toBe(true);
    expect(asksApart('Also, can I have a council laptop?', 'Who sets the agenda? Also, can I have a council laptop?')).toBe(true);
    expect(asksApart('Can I see the tree survey?', message)).toBe(true);
  });

  test('a question after a story or another question, not joined on, is read as part of the first', () => {
    expect(asksApart('Who decides whether she stays?', 'Our deputy clerk is on a fixed-term contract ending in March. Who decides whether she stays?')).toBe(false);
    expect(asksApart('Who do I talk to?', 'Can I get a copy of the insurance schedule? Who do I talk to?')).toBe(false);
  });

  // twoq18: a second question of its own after questions only, with no joining word.
  test('a question after questions only, naming its own matter, is asked apart', () => {
    const message = 'Who do I complain to about the grass contractor being rude? Can I see the cemetery lease?';
    expect(asksApart('Can I see the cemetery lease?', message)).toBe(true);
    expect(asksApart('Is the finance officer allowed to canvass for a party?', 'Can I ask the office to book the hall? Is the finance officer allowed to canvass for a party?')).toBe(true);
  });

  test('but not one that points back, is short, follows a story, or does not ask', () => {
    const first = 'Can I ask the office to print my survey forms?';
    expect(asksApart('Is that allowed for a councillor?', `${first} Is that allowed for a councillor?`)).toBe(false);
    expect(asksApart('Can she say no to me?', `${first} Can she say no to me?`)).toBe(false);
    expect(asksApart('Who decides that one?', `${first} Who decides that one?`)).toBe(false);
    expect(asksApart('Who checks the bank reconciliations?', `The treasurer left last month. ${first} Who checks the bank reconciliations?`)).toBe(false);
    expect(asksApart('the office said it has to go to committee.', `${first} the office said it has to go to committee.`)).toBe(false);
  });

  test('a quoted clause emphasises the answer it holds, the first or a further one', () => {
    const answer = { ref: '2', text: 'First.' };
    const further = { ref: '5', text: 'Second.' };
    const reply: Pick<Reply, 'answer' | 'also'> = { answer, also: [{ question: 'q', intent: 'x', lead: 'You also asked "q":', summary: 'Under 5: Second.', answer: further, clauses: [] }] };
    expect(answerQuotedIn(reply, { ref: '2' })).toBe(answer);
    expect(answerQuotedIn(reply, { ref: '5' })).toBe(further);
    expect(answerQuotedIn(reply, { ref: '9' })).toBeNull();
  });
});
