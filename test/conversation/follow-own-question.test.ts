import { readTurn } from '../../src/conversation/turn';
import { assistantWithThreads } from '../support/threads';

/**
 * A turn that starts from the thread's thing but asks a question of its own ("and who decides on the grants anyway?"
 * after a request for the grant forms): who decides, pays or chairs is not the document request's question (follow21).
 * Situations written for these tests.
 */
const councillor = { id: 'test:cllr', name: 'Cllr Test', role: 'councillor' as const };
const officer = { id: 'test:officer', name: 'Test Officer', role: 'officer' as const };

const threads = assistantWithThreads();

const ask = (text: string, thread: string, council = 'cottingham', user: typeof councillor | typeof officer = councillor) =>
  threads.assistant.answer(text, user, { council, record: false, thread });

describe('a question of its own after a continuing opener', () => {
  test.each(['and who decides on the grants anyway', 'so who chairs the allotments committee these days?', 'and who is in charge of recruiting the new caretaker?', 'how long does the council take to decide a licence?'])(
    '"%s" asks its own',
    (text) => {
      expect(readTurn(text).asksItsOwn).toBe(true);
    },
  );

  test.each(['who decides that?', 'and who do I send the request to?', 'and who decides my hours then?', 'and who decides whether I can see them?', 'what about the chair?', 'and who looks at it first?'])(
    '"%s" does not',
    (text) => {
      expect(readTurn(text).asksItsOwn).toBe(false);
    },
  );

  test('"who decides on the grants" after asking for the grant forms is about decisions, not the forms', () => {
    expect(ask('can i ask the clerk for the grant application forms from last year', 'grants').intent).toBe('document_access');
    expect(ask('and who decides on the grants anyway', 'grants').intent).toBe('decisions_and_agendas');
  });

  test('a next step about the thread\'s own thing stays with the thread', () => {
    expect(ask('can I get a copy of the tree survey the clerk commissioned?', 'survey').intent).toBe('document_access');
    const next = ask('and who do I send the request to?', 'survey');
    expect(next.intent).toBe('document_access');
    expect(next.followUp).toBe(true);
  });

  test('"who decides … then?" pointing back stays with the thread', () => {
    expect(ask('can a councillor tell me which jobs to do first?', 'jobs', 'cottingham', officer).intent).toBe('instructing_officers');
    const next = ask('and who decides my hours then?', 'jobs', 'cottingham', officer);
    expect(next.followUp).toBe(true);
  });
});

/** follow22: the same kind of question pointing back with he, she or they/them rather than a noun. */
describe('a question of its own whose only pointer back is a personal pronoun', () => {
  test.each(['and who signs them off in the end?', 'and who supervises her day to day?', 'so who pays him for the extra hours?'])('"%s" asks its own, with a pronoun', (text) => {
    const form = readTurn(text);
    expect(form.asksItsOwnWithPronoun).toBe(true);
    expect(form.asksItsOwn).toBe(false);
  });

  test.each(['and who deals with it?', 'who decides that for them?', 'and who tells her then?', 'what happens to him next?', 'who do I ask about them?'])('"%s" does not', (text) => {
    expect(readTurn(text).asksItsOwnWithPronoun).toBe(false);
  });

  test('"who signs them off?" after asking to see quotes is about money, not the quotes', () => {
    expect(ask('am I allowed to see the quotes for resurfacing the car park?', 'quotes', 'flitwick').intent).toBe('document_access');
    expect(ask('and who signs them off anyway?', 'quotes', 'flitwick').intent).toBe('finance_and_contracts');
  });

  test('a pronoun follow-up that carries the thread on stays with it', () => {
    expect(ask('can I tell a councillor why a colleague is off work?', 'sick', 'cottingham', officer).intent).toBe('staff_personal_matters');
    const next = ask('what if he keeps pushing me?', 'sick', 'cottingham', officer);
    expect(next.intent).toBe('staff_personal_matters');
    expect(next.followUp).toBe(true);
  });

  test('"will she be told it was me?" asks about her, not the asker\'s side', () => {
    expect(readTurn('and will she be told it was me?').namesAsker).toBe(false);
    expect(readTurn('and what about me?').namesAsker).toBe(true);
  });
});
