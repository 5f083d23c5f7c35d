import { answerRefMatches, foldForKey, isAnswersFormat, scoreAnswers, AnswerRow, ClassifiedWithAnswer } from '../../src/answer/score';

const row = (overrides: Partial<AnswerRow> = {}): AnswerRow => ({
  id: 'q1',
  council: 'flitwick',
  text: 'Who decides?',
  intent: 'document_access',
  alt: [],
  clauses: [],
  answer_ref: ['59'],
  key: ['determined by the Town Clerk'],
  ...overrides,
});
const result = (overrides: Partial<ClassifiedWithAnswer> = {}): ClassifiedWithAnswer => ({
  id: 'q1',
  intent: 'document_access',
  confidence: 0.9,
  clauses: [{ council: 'flitwick', ref: '59', score: 1 }],
  answer: { ref: '59', text: 'Disputes … will be determined by the Town Clerk but …' },
  ...overrides,
});

describe('scoring answers files as the evaluation README defines', () => {
  test('parent and child refs match both ways, and a number matches its lettered items', () => {
    expect(answerRefMatches('2.12.6', '2.12')).toBe(true);
    expect(answerRefMatches('2.12', '2.12.6')).toBe(true);
    expect(answerRefMatches('1(a)', '1')).toBe(true);
    expect(answerRefMatches('2.1', '2.12')).toBe(false);
    expect(answerRefMatches('11(b)', '1')).toBe(false);
  });

  test('keys compare case-insensitively, with whitespace folded and curly quotes straightened', () => {
    expect(foldForKey('No  “Blind”\nCopies ‘here’')).toBe('no "blind" copies \'here\'');
    const report = scoreAnswers([row({ key: ['NO "BLIND" COPIES'] })], new Map([['q1', result({ answer: { ref: '59', text: 'there should be no “blind”\n copies.' } })]]));
    expect(report.keyInAnswer).toBe(1);
  });

  test('with no answer, the first cited clause stands in for ref@1 and the key is missed', () => {
    const report = scoreAnswers([row()], new Map([['q1', result({ answer: null })]]));
    expect(report.refAt1).toBe(1);
    expect(report.keyInAnswer).toBe(0);
    expect(report.answered).toBe(0);
  });

  test('a wrong clause or a wrong intent counts against the bot, and a missing row counts as a miss', () => {
    const rows = [row(), row({ id: 'q2' })];
    const report = scoreAnswers(rows, new Map([['q1', result({ intent: 'instructing_officers', answer: { ref: '58', text: 'something else' } })]]));
    expect(report).toMatchObject({ rows: 2, refAt1: 0, keyInAnswer: 0, intentAccuracy: 0 });
    expect(report.misses.map((m) => m.id)).toEqual(['q1', 'q2']);
  });

  test('an answers file is told apart from an intent file by its answer_ref field', () => {
    expect(isAnswersFormat([{ id: 'a', answer_ref: ['1'] }])).toBe(true);
    expect(isAnswersFormat([{ id: 'a', clauses: ['1'] }])).toBe(false);
    expect(isAnswersFormat([])).toBe(false);
  });
});
