import path from 'node:path';
import { IntentEngine } from '../../src/nlu/engine';
import { loadIntents } from '../../src/nlu/intents';
import { findQuestion } from '../../src/nlu/question';
import { storyAfterScene } from '../../src/nlu/storyAfterScene';
import { MODEL_CACHE_DIR } from '../support/model';

const root = path.join(__dirname, '../..');

describe('the story after its scene (a bare question asks about the act, not the service it starts from)', () => {
  test('a story of three sentences or more: the sentences after the first', () => {
    const parts = findQuestion('The pool was packed all week. A member told my staff to open a lane. I let him. Was that ok?');
    expect(storyAfterScene(parts)).toBe('A member told my staff to open a lane. I let him.');
  });

  test('a story of two sentences is not split: its first is half of it and often the topic', () => {
    expect(storyAfterScene(findQuestion('My husband has applied to be the caretaker. I said nothing. Was that ok?'))).toBeUndefined();
  });

  test('a story with pasted text is not split: the quote is evidence, weighed as question.ts weighs it', () => {
    const parts = findQuestion('Got this from a resident.\n> The bins were late again and nobody answered the phone.\nI told the office. I rang the depot. I wrote back. Was that ok?');
    expect(parts.quoted.length).toBeGreaterThan(0);
    expect(storyAfterScene(parts)).toBeUndefined();
  });

  test('a message that is only a question has no story to split', () => {
    expect(storyAfterScene(findQuestion('Can I tell the groundsman what to do?'))).toBeUndefined();
  });

  test('the engine reads an officer\'s story of a councillor ordering staff about as instructing officers, and surely', () => {
    const engine = IntentEngine.train(loadIntents(path.join(root, 'intents')), { cacheDir: MODEL_CACHE_DIR });
    // Before the story's scene was set aside: instructing_officers at 0.21, below the unsure line (0.25).
    const result = engine.classify('Our swimming baths were packed over half term. A councillor walked in, saw the queue and started ordering my staff to open another lane. I did not stop him. Was that ok?', 'officer');
    expect(result.intent).toBe('instructing_officers');
    expect(result.uncertain).toBe(false);
  });
});
