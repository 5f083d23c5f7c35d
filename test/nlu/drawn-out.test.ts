import path from 'node:path';
import { loadIntents } from '../../src/nlu/intents';
import { IntentEngine } from '../../src/nlu/engine';
import { SpellingCorrector } from '../../src/nlu/spelling';
import { MODEL_CACHE_DIR } from '../support/model';

/** Words drawn out for feeling and courtesies run together (docs/messy-round17.md). */
describe('a word drawn out for feeling', () => {
  const corrector = new SpellingCorrector(['hello hello there', 'thanks and thanks again', 'cheers, cheers', 'see clause ii and ii', 'no no no']);

  test('reads as the example word its runs cut to two letters or one make', () => {
    expect(corrector.correct('hellooo')).toBe('hello');
    expect(corrector.correct('Thanksss!')).toBe('thanks!');
    expect(corrector.correct('cheeeers all')).toBe('cheers all');
  });

  test('stays as it is when no cut makes a word the examples use', () => {
    expect(corrector.correct('zzzzzz')).toBe('zzzzzz');
    expect(corrector.correct('brrrr')).toBe('brrrr');
  });

  test('leaves roman numerals and words already read by the tables alone', () => {
    expect(corrector.correct('clause 3(iii)')).toBe('clause 3(iii)');
    expect(corrector.correct('ooo till Monday')).toBe('ooo till Monday');
  });
});

describe('short greetings and thanks as people type them', () => {
  const engine = IntentEngine.train(loadIntents(path.join(__dirname, '../../intents')), { cacheDir: MODEL_CACHE_DIR });

  test.each([
    ['hellooo', 'greeting'],
    ['heyyy', 'greeting'],
    ['thanksss', 'thanks'],
    ['thankyou!!', 'thanks'],
  ])('%s reads as %s, not as gibberish or unknown words', (text, intent) => {
    expect(engine.classify(text).intent).toBe(intent);
  });

  test.each(['zzzzzz', 'noooo', 'asdfgh jkl'])('%s still asks nothing', (text) => {
    expect(engine.classify(text).intent).toBe('out_of_scope');
  });
});
