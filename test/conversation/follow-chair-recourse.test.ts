import { movesIn } from '../../src/conversation/moves';
import { readTurn } from '../../src/conversation/turn';
import { assistantWithThreads } from '../support/threads';

/**
 * follow23: "and the vice-chair?" after a question about a role asks the chair's role (chairs and committees), and
 * "who do I take it up with?" asks where to take a problem (the complaint route). Situations written for these tests.
 */
const threads = assistantWithThreads();

const ask = (text: string, thread: string, council: string, role: 'councillor' | 'officer' = 'councillor') =>
  threads.assistant.answer(text, { id: `test:${role}`, name: 'Test', role }, { council, record: false, thread });

describe('a follow-up naming only the chair', () => {
  test.each(['and the vice-chair?', 'is that the same for the chairman of the council?', 'what about the town mayor?', 'same again for the deputy mayor?'])(
    '"%s" names only the chair',
    (text) => {
      expect(readTurn(text).namesOnlyChair).toBe(true);
    },
  );

  test.each(['what about the clerk?', 'and the chair of the planning committee?', 'can the chairman sign cheques on his own?', 'and the chair of the allotments association?'])(
    '"%s" does not',
    (text) => {
      expect(readTurn(text).namesOnlyChair).toBe(false);
    },
  );

  test.each([
    ['tewkesbury', 'what are the officers at the council responsible for?', 'roles_of_officers', 'is it the same for the mayor?'],
    ['cottingham', 'what is a parish councillor expected to do?', 'roles_of_councillors', 'same for the vice-chairman?'],
  ])('after a question about a role (%s), it asks the chair\'s role', (council, first, role, followUp) => {
    expect(ask(first, `roles-chair-${council}`, council).intent).toBe(role);
    const next = ask(followUp, `roles-chair-${council}`, council);
    expect(next.followUp).toBe(true);
    expect(next.intent).toBe('chairs_and_committees');
  });
});

describe('"who do I take it up with?"', () => {
  test.each(['who do I take it up with?', 'and who should I take this up with', 'who can we take the matter up with?'])('"%s" asks where to take a problem', (text) => {
    expect(movesIn(text).map((m) => m.name)).toContain('recourse');
  });

  test('after a slow reply from the office, it is the complaint route', () => {
    expect(ask('nobody in the office has answered my letter from five weeks ago', 'slow-reply', 'alsager').intent).toBe('response_times');
    const next = ask('so who can I take this up with?', 'slow-reply', 'alsager');
    expect(next.followUp).toBe(true);
    expect(next.intent).toBe('complaint_about_officer');
  });
});
