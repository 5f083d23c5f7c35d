import path from 'node:path';
import { loadIntents } from '../../src/nlu/intents';
import { IntentEngine } from '../../src/nlu/engine';
import { courtesyOnly } from '../../src/nlu/salutation';
import { MODEL_CACHE_DIR } from '../support/model';

/** A message of courtesies only, in words the examples lack (docs/messy-round18.md). My own wording throughout. */
describe('a message that is nothing but a greeting or a thank-you', () => {
  test('is told from its words, thanks winning when both are there', () => {
    expect(courtesyOnly('wotcha everyone')).toBe('greeting');
    expect(courtesyOnly('Top of the morning to you!')).toBe('greeting');
    expect(courtesyOnly('ey up team 👋')).toBe('greeting');
    expect(courtesyOnly('Hi again, much obliged')).toBe('thanks');
    expect(courtesyOnly('most grateful, cheers')).toBe('thanks');
    expect(courtesyOnly('Thank you kindly.')).toBe('thanks');
  });

  test('is not a message that says anything more', () => {
    expect(courtesyOnly('good day at the fete?')).toBeUndefined();
    expect(courtesyOnly('howdy, where do I pay my parking fine?')).toBeUndefined();
    expect(courtesyOnly('greetings from sunny Spain')).toBeUndefined();
    expect(courtesyOnly('thanks, but can a councillor ring me at home?')).toBeUndefined();
    expect(courtesyOnly('yes')).toBeUndefined();
    expect(courtesyOnly('asdf jkl')).toBeUndefined();
  });

  describe('through the engine', () => {
    const engine = IntentEngine.train(loadIntents(path.join(__dirname, '../../intents')), { cacheDir: MODEL_CACHE_DIR });

    test('a greeting the classifier read as out of scope is answered as a greeting', () => {
      // Each fell back to "that isn't in the protocol" before this rule.
      expect(engine.classify('wotcha everyone', 'councillor').intent).toBe('greeting');
      expect(engine.classify('ey up team', 'officer').intent).toBe('greeting');
      expect(engine.classify('top of the morning to you', 'councillor').intent).toBe('greeting');
    });

    test('a near miss that opens with a courtesy keeps its out-of-scope reading', () => {
      expect(engine.classify('good day at the fete?', 'councillor').intent).toBe('out_of_scope');
      expect(engine.classify('howdy, where do I pay my parking fine?', 'councillor').intent).toBe('out_of_scope');
      expect(engine.classify('greetings from sunny Spain', 'councillor').intent).toBe('out_of_scope');
    });
  });
});
