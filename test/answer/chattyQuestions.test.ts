import path from 'node:path';
import { Assistant } from '../../src/assistant/assistant';
import { AnswerSelector, FEATURE_NAMES } from '../../src/answer/select';
import { parseProtocol } from '../../src/protocols/parse';
import { ProtocolLibrary } from '../../src/protocols/library';
import { MODEL_CACHE_DIR } from '../support/model';
import { PROJECT_ROOT, PROTOCOLS_DIR } from '../support/fixtures';
import { chooseInOneClause } from '../support/answers';

// The fourteenth answer round (branch answers15): a chatty message's small talk ("hiya, quick one", "just one more
// thing", "one for you:") is not what it asks. Clause texts and questions are written for these tests, in my own words;
// none is taken from an evaluation set or from the design or check pairs.

/** The lexical feature (relative to the best) the selector gives the sentence of a one-clause protocol opening with `start`. */
function lexicalOf(clauseText: string, question: string, start: string): number {
  const { clauses } = parseProtocol(`1. Test\n\n1.1 ${clauseText}\n`, 'test');
  let rows: { text: string; features: number[] }[] = [];
  new AnswerSelector().choose(clauses, question, 'councillor', [{ clause: clauses[0], prior: 1 }], { onScored: (seen) => (rows = seen) });
  return rows.find((r) => r.text.startsWith(start))!.features[FEATURE_NAMES.indexOf('lexical')];
}
const officer = { id: 'test:officer', name: 'Officer Test', role: 'officer' as const };
let assistant: Assistant;
beforeAll(() => {
  assistant = Assistant.create({ config: { COUNCIL: 'cottingham', INTENTS_DIR: path.join(PROJECT_ROOT, 'intents'), MODEL_CACHE_DIR }, library: ProtocolLibrary.load(PROTOCOLS_DIR) });
});

describe('the small talk of a chatty message', () => {
  test('"quick one" does not make "indispensable to one and other" the answer to "is that ok?"', () => {
    const reply = assistant.answer('hi, quick one - a councillor keeps texting my team with jobs to do, is that ok?', officer, { council: 'cottingham', record: false });
    expect(reply.answer?.ref).not.toBe('2.1');
    expect(['3.3', '6.2']).toContain(reply.answer?.ref);
  });

  test('"just one more thing" and "one for you" are read as asides wherever they come: a sentence sharing only "one" scores no words', () => {
    const clause =
      'Members and officers should treat one another with respect. Officers are employed by the Council as a whole. A member may not promise a resident that the council will pay for anything. The Council sets its budget each January.';
    for (const question of ['morning all - just one more thing, may I promise a resident the council will pay for her hedge?', 'one for you: can I promise a neighbour the council will pay for a new gate?']) {
      expect(lexicalOf(clause, question, 'Members and officers should treat one another')).toBe(0);
      expect(chooseInOneClause(clause, question)).toBe('A member may not promise a resident that the council will pay for anything.');
    }
  });

  test('a question about "one" committee still reads the word', () => {
    const clause =
      'No councillor may sit on more than one committee in the same year. Councillors should attend the annual meeting.';
    expect(chooseInOneClause(clause, 'Can I sit on more than one committee?')).toBe('No councillor may sit on more than one committee in the same year.');
  });
});

describe('telling someone what to do is directing them', () => {
  test('"tell them which …" meets a protocol that speaks of directions', () => {
    const clause =
      'Councillors must not give directions to employees. The grounds team keeps a list of jobs at the depot. The depot is open on weekdays. Residents may report a fault at the office. The office closes at noon on Fridays.';
    expect(chooseInOneClause(clause, 'Can I ring the grounds team and tell them which hedges to trim?')).toBe('Councillors must not give directions to employees.');
  });
});

describe('a post\'s "job" in "their job is to" is its role, not a task', () => {
  test('a message\'s "jobs" (tasks) do not make the role sentence the answer', () => {
    const clause =
      'Their job is to advise the Council and to carry out its decisions. Councillors must not give instructions to the grounds staff. The depot is open on weekdays. Residents may report a fault at the office.';
    const question = 'The groundsman keeps leaving my jobs undone. Can I give him instructions myself?';
    expect(lexicalOf(clause, question, 'Their job is to')).toBe(0);
    expect(chooseInOneClause(clause, question)).toBe('Councillors must not give instructions to the grounds staff.');
  });
});
