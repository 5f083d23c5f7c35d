import path from 'node:path';
import { findQuestion, questionsJoinedInSentences, separateQuestions } from '../../src/nlu/question';
import { IntentEngine } from '../../src/nlu/engine';
import { loadIntents } from '../../src/nlu/intents';
import { MODEL_CACHE_DIR } from '../support/model';

// messy37 (issue 12): chat joins a second question to the first inside one sentence (", and what's…", " + is…",
// ", and also does…"); read whole, the question the protocol does not cover was answered as if it were part of the
// other, and the asker never told it was not covered. Messages written for these tests, not taken from any evaluation set.
const questionsOf = (text: string): string[] => questionsJoinedInSentences(findQuestion(text));

describe('two questions joined inside one sentence', () => {
  test.each([
    [
      'Could I ask the clerk for the pavilion lease papers, and what time does the leisure centre open on Sundays?',
      ['Could I ask the clerk for the pavilion lease papers', 'what time does the leisure centre open on Sundays?'],
    ],
    [
      'can the vice chair sign the grass cutting contract + is the car park free after six?',
      ['can the vice chair sign the grass cutting contract', 'is the car park free after six?'],
    ],
    [
      'quick one - may I tell the paper about the closed session, and also does anyone know when the library reopens',
      ['quick one - may I tell the paper about the closed session', 'does anyone know when the library reopens'],
    ],
    [
      'can I get the RFO to brief my group, and separately whats the wifi code in the chamber',
      ['can I get the RFO to brief my group', 'whats the wifi code in the chamber'],
    ],
  ])('"%s" asks two things', (text, questions) => {
    expect(questionsOf(text)).toEqual(questions);
  });

  test.each([
    // A bare comma joins a story to its question: one question.
    'Cllr Prior rings the deputy clerk at eleven at night, is that allowed?',
    // The first part tells rather than asks.
    'The clerk has sent the minutes to everyone, and who am I to argue with that?',
    // A joined part under five words leans on what came before it: read alone, it would be named as not covered.
    'Can I see the lease papers, and where from?',
    'The caretaker is retiring. Who takes her job, and is it the full council that chooses?',
    // "and" with no comma or connective before the question word is part of one question.
    'Can I ask the clerk when and where the panel meets?',
  ])('"%s" is one question', (text) => {
    expect(questionsOf(text)).toEqual([]);
  });

  test('a long run of spaces is read in well under a second', () => {
    const started = process.hrtime.bigint();
    expect(questionsOf(`can I see the file${' '.repeat(100_000)}and also`)).toEqual([]);
    expect(Number(process.hrtime.bigint() - started) / 1e6).toBeLessThan(1000);
  });

  test('sentences already apart are separateQuestions\' to read, not these', () => {
    const parts = findQuestion('May I see the tender file? Also, what time does the tip shut?');
    expect(separateQuestions(parts)).toHaveLength(2);
    expect(questionsJoinedInSentences(parts)).toEqual([]);
  });
});

describe('the engine names the joined question the protocol does not cover', () => {
  const root = path.join(__dirname, '../..');
  let engine: IntentEngine;
  beforeAll(() => {
    engine = IntentEngine.train(loadIntents(path.join(root, 'intents')), { cacheDir: MODEL_CACHE_DIR });
  });

  test('the covered question is read, the other named as not covered', () => {
    const result = engine.classify(
      'Could I ask the clerk for the pavilion lease papers, and what time does the leisure centre open on Sundays?',
      'councillor',
    );
    expect(result.intent).toBe('document_access');
    expect(result.uncovered).toEqual(['what time does the leisure centre open on Sundays?']);
  });

  test('two covered questions joined in a sentence are read whole, as one', () => {
    const text = 'can the vice chair sign the grass cutting contract, and who decides what we pay for it?';
    expect(questionsJoinedInSentences(findQuestion(text))).toHaveLength(2);
    const result = engine.classify(text, 'councillor');
    expect(result.intent).toBe('finance_and_contracts');
    expect(result.uncovered).toBeUndefined();
    expect(result.also).toBeUndefined();
  });
});
