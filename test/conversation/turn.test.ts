import { readTurn } from '../../src/conversation/turn';
import { extractSlots } from '../../src/conversation/slots';
import { movesIn } from '../../src/conversation/moves';
import { MemoryContextStore } from '../../src/conversation/store';
import type { ThreadContext } from '../../src/conversation/context';

describe('a turn that leans on the one before', () => {
  // Written for this test: short turns that cannot be understood alone.
  test.each(['and for the deputy clerk?', 'what if he refuses?', 'same for the vice-chair?', 'who decides that?', 'ok so how do I go about it?', 'and is it the same at committee?'])(
    '"%s" depends on its thread',
    (text) => {
      expect(readTurn(text).dependence).toBeGreaterThanOrEqual(0.5);
    },
  );

  test.each([
    'Can a councillor on the planning committee ask the planning officer to change the recommendation in her report?',
    'Is it acceptable for me to accept a bottle of wine from a contractor at Christmas?',
    'thanks. Also, does this protocol apply to our volunteers as well?',
    'What date is the next full council meeting?',
  ])('a complete question stands alone: "%s"', (text) => {
    expect(readTurn(text).dependence).toBeLessThan(0.2);
  });

  test.each(['totally unrelated, when is the tip open?', 'different question: who cleans the bus shelters?', 'on another note, what time is the fireworks display?'])(
    '"%s" announces a new subject',
    (text) => {
      const form = readTurn(text);
      expect(form.fresh).toBe(true);
      expect(form.dependence).toBe(0);
    },
  );

  // Written for this test: continuations with no pronoun at the front, and look-alikes that are not.
  test.each(['will I get to hear what happened?', 'who tells me the outcome?', 'what if she keeps on doing it after the meeting?', 'do we need to tell anyone first?', 'could we at least be told why?', 'even at weekends?', 'will we hear what was done?'])(
    '"%s" points back to the thread',
    (text) => {
      expect(readTurn(text).refersBack).toBe(true);
    },
  );

  test.each(['is there a car park at the pavilion?', 'are there any allotments free?', 'When does the library open?'])('"%s" points nowhere', (text) => {
    expect(readTurn(text).refersBack).toBe(false);
  });

  test.each(['qqqq wwww', 'zzzzzz', '🙃🙃', 'crumpets', '<@U12345ABC>'])('"%s" reads as no sentence at all and leans on nothing', (text) => {
    expect(readTurn(text).dependence).toBe(0);
  });

  test('a one-word question is still a follow-up', () => {
    expect(readTurn('caretakers?').dependence).toBeGreaterThanOrEqual(0.4);
  });

  test('a demonstrative standing alone is not a word of the turn\'s own', () => {
    expect(readTurn('do we need to tell anyone first?').contentWords).toBe(readTurn('do we need to tell anyone?').contentWords);
  });

  test.each(['who decides what happens next?', 'who do I talk to if it carries on?', 'who decides that?', 'what if she says no?', 'can I appeal?', 'and if it is urgent?'])(
    '"%s" names no topic of its own',
    (text) => {
      expect(readTurn(text).topicWords).toBe(0);
    },
  );

  test.each(['and for officers?', "and if it's a grievance about my own pay?", 'who decides the budget?', 'who could I speak to about the rota?'])('"%s" names a topic of its own', (text) => {
    expect(readTurn(text).topicWords).toBeGreaterThan(0);
  });

  test.each(['start again', '/new', 'Start over.', "let's start again"])('"%s" clears the thread', (text) => {
    expect(readTurn(text).reset).toBe(true);
  });

  test.each(['ok, file it', 'yes please', 'please submit it', 'go ahead', 'yes, send it to the clerk'])('"%s" accepts an offer', (text) => {
    expect(readTurn(text).accepts).toBe(true);
  });

  test.each(['yes go on then', 'yep, do it', 'ok then', 'yes please do'])('"%s" accepts an offer too', (text) => {
    expect(readTurn(text).accepts).toBe(true);
  });

  // Written for this test (follow10): corrections, fragments, pushback and bare conditions.
  test.each(['sorry I meant the clerk not the chair', 'no, I mean the committee papers', "she's the vice-chair, I should've said", 'sorry, it was the mayor, not Cllr Dean'])('"%s" corrects the turn before', (text) => {
    const form = readTurn(text);
    expect(form.corrects).toBe(true);
    expect(form.dependence).toBeGreaterThanOrEqual(0.4);
  });

  test.each(['sorry, can I ask whether councillors can see the payroll records?', 'sorry to bother you, who signs the cheques?', 'What is the role of the clerk?'])('"%s" corrects nothing', (text) => {
    expect(readTurn(text).corrects).toBe(false);
  });

  test.each(['deadline?', 'twitter?', 'bringing a resident?', 'weekends?'])('the fragment "%s" points back', (text) => {
    expect(readTurn(text).refersBack).toBe(true);
  });

  test.each(['officers?', 'and the clerk?', 'what about the caretakers?', 'sorry I meant the clerk not the deputy'])('"%s" names only people', (text) => {
    expect(readTurn(text).namesOnlyPeople).toBe(true);
  });

  test.each(['What do councillors do?', 'and the chair?', 'and their emails?'])('"%s" names more than people (or asks its own question)', (text) => {
    expect(readTurn(text).namesOnlyPeople).toBe(false);
  });

  test.each(['really? even for something small?', 'are you sure? the last clerk always just sent them', 'even after the decision is announced?'])('"%s" leans on the last answer', (text) => {
    expect(readTurn(text).dependence).toBeGreaterThanOrEqual(0.4);
  });

  test.each(["can they say no if the contractor says it's commercially sensitive?", 'so would she have to tell the whole committee?'])('"%s" has a pronoun for its subject', (text) => {
    expect(readTurn(text).pronounSubject).toBe(true);
  });

  test.each(['can the clerk say no?', 'My neighbour is a councillor; can he vote on my planning application?'])('"%s" names its subject', (text) => {
    expect(readTurn(text).pronounSubject).toBe(false);
  });

  test.each(['can I file a complaint?', 'ok how do I do that?', 'how do I submit a request?', 'no thanks', 'ok thanks', 'ok cheers'])('"%s" does not accept anything', (text) => {
    expect(readTurn(text).accepts).toBe(false);
  });
});

describe('slots: whom and what a message is about', () => {
  test.each([
    ['What if it is the vice chairman asking?', 'vice_chair'],
    ['and the Mayor?', 'chair'],
    ['Could the town clerk do it instead?', 'clerk'],
    ['what about the caretaker?', 'officer'],
    ['and for other members?', 'councillor'],
  ] as const)('"%s" is about the %s', (text, about) => {
    expect(extractSlots(text).about).toBe(about);
  });

  test('the documents and meeting a request names, as written', () => {
    const slots = extractSlots("I'd like copies of the grounds maintenance contracts for Rectory Park before the Amenities Committee");
    expect(slots.document).toBe('the grounds maintenance contracts for Rectory Park');
    expect(slots.meeting).toBe('the Amenities Committee');
  });

  test('a member of staff is an officer, not a councillor', () => {
    expect(extractSlots('can a member of staff refuse?').about).toBe('officer');
  });
});

describe('the next step a follow-up asks for', () => {
  test.each([
    ['what if they turn me down?', 'refusal'],
    ['can I appeal against that?', 'challenge'],
    ['who has the final say?', 'decider'],
    ['and if it cannot be resolved informally?', 'escalation'],
    ['ok how do I do that?', 'procedure'],
    ['what if it is an emergency?', 'urgency'],
    ['and if a quiet word gets nowhere?', 'escalation'],
    ['who can I go to if she carries on like this?', 'recourse'],
    ['who do I talk to if it carries on?', 'recourse'],
    ['who should we speak to about it?', 'recourse'],
    ['is there anybody we could take it to?', 'recourse'],
    ['will we be told what was done?', 'outcome'],
    ['do I hear back from anyone?', 'outcome'],
    ['who do I ask for advice?', 'advice'],
    ['where can we get guidance?', 'advice'],
  ])('"%s" asks for %s', (text, move) => {
    expect(movesIn(text).map((m) => m.name)).toContain(move);
  });

  test.each(['who could I speak to about the rota?', 'Where is the complaints form kept?'])('"%s" asks for no complaint route', (text) => {
    expect(movesIn(text).map((m) => m.name)).not.toContain('recourse');
  });
});

describe('a thread is remembered for 30 idle minutes', () => {
  const context = (updatedAt: number): ThreadContext => ({ council: 'flitwick', turns: 1, slots: {}, updatedAt });

  test('forgotten after the idle expiry, kept before it', () => {
    let now = 0;
    const store = new MemoryContextStore(30 * 60_000, () => now);
    store.set('t', context(0));
    now = 29 * 60_000;
    expect(store.get('t')).toBeDefined();
    now = 31 * 60_000;
    expect(store.get('t')).toBeUndefined();
  });

  test('beyond its bound, the least recently used thread goes first', () => {
    const store = new MemoryContextStore(60_000, () => 0, 2);
    store.set('a', context(0));
    store.set('b', context(0));
    store.set('a', context(0)); // used again
    store.set('c', context(0));
    expect(store.get('b')).toBeUndefined();
    expect(store.get('a')).toBeDefined();
    expect(store.get('c')).toBeDefined();
  });
});
