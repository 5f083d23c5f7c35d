import { parseProtocol } from '../../src/protocols/parse';
import { AnswerSelector, FEATURE_NAMES, ScoredSentence } from '../../src/answer/select';
import { dutyAsked, dutyQuestion } from '../../src/answer/questionType';
type Side = 'councillor' | 'officer';

// The sixtieth answer round (branch answers60): "Do I have to …?" asks the asker's own duty. A "should" for the asker's side
// answers it as "must" does, and a plain statement of that side's conduct does when its act is the one asked; a plain
// statement about the side doing something else ("Councillors are answerable to …") does not. Clause texts and questions
// are written for these tests, in my own words; none is taken from an evaluation set or from the design or check pairs.

/** The type-cue feature of each sentence of a one-clause protocol, as the selector scores them for `question`. */
function typeCues(clauseText: string, question: string, role: Side): Record<string, number> {
  const { clauses } = parseProtocol(`1. Test\n\n1.1 ${clauseText}\n`, 'test');
  let rows: ScoredSentence[] = [];
  new AnswerSelector().choose(clauses, question, role, [{ clause: clauses[0], prior: 1 }], { onScored: (seen) => (rows = seen) });
  const feature = FEATURE_NAMES.indexOf('type');
  return Object.fromEntries(rows.map((row) => [row.text, row.features[feature]]));
}

describe('a question of the asker’s own duty', () => {
  test('is read with the act it asks, after the asker’s word for their role', () => {
    expect(dutyQuestion('A councillor rang me about the budget. Do I have to answer?')?.act).toBe('answer');
    expect(dutyQuestion('Am I required to take the minutes at every meeting?')?.act).toBe('take the minutes at every meeting');
    expect(dutyQuestion('Do I have to?')?.act).toBe('');
    expect(dutyAsked('As the clerk, must I stay out of politics?')).toBe('I');
    expect(dutyQuestion('As the clerk, must I stay out of politics?')?.act).toBe('stay out of politics');
  });

  test('a "should" for the asker’s side counts as "must"; the other side’s "should" does not', () => {
    const own = 'Councillors should send their apologies to the Clerk when they cannot attend a meeting.';
    const other = 'Staff should post the agenda for each meeting on the noticeboard.';
    const cues = typeCues(`${own} ${other}`, 'I am away for the next meeting. Do I need to let anyone know?', 'councillor');
    expect(cues[own]).toBe(1);
    expect(cues[other]).toBeLessThan(1);
  });

  test('a plain statement of the asker’s side counts only when it does the act asked', () => {
    const answers = 'Councillors answer letters from residents within ten working days.';
    const describes = 'Councillors are answerable to the people of the parish.';
    const cues = typeCues(`${describes} ${answers}`, 'A resident has written to me. Do I have to answer?', 'councillor');
    expect(cues[answers]).toBe(1);
    expect(cues[describes]).toBe(0);
  });

  test('a "should" about another act does not answer a named act', () => {
    const elsewhere = 'An officer who is shouted at by a councillor should tell the Clerk.';
    const cues = typeCues(`${elsewhere} The Clerk keeps a register of gifts.`, 'A contractor gave me a bottle of wine as a gift. Do I have to report it?', 'officer');
    expect(cues[elsewhere]).toBeLessThan(1);
  });
});
