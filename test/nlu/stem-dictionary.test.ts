import fs from 'node:fs';
import path from 'node:path';
import { loadIntents, trainingExamples } from '../../src/nlu/intents';
import { PROJECT_ROOT, library, removeTempDirs, tempDir } from '../support/fixtures';

afterEach(removeTempDirs);

const texts = (): string[] => [
  ...library().ids().flatMap((id) => library().get(id).clauses.map((c) => `${c.heading} ${c.text}`)),
  ...trainingExamples(loadIntents(path.join(PROJECT_ROOT, 'intents'))).map((e) => e.text),
];

/** normalize and the stem dictionary from a fresh module registry: a new process, as far as `stem` can tell. */
function freshProcess(): { normalize: typeof import('../../src/nlu/normalize'); dictionary: typeof import('../../src/nlu/stemDictionary'); stemmerCalls: () => number } {
  let loaded: ReturnType<typeof freshProcess> | undefined;
  jest.isolateModules(() => {
    /* eslint-disable @typescript-eslint/no-require-imports */
    const natural = require('../../src/nlu/natural') as typeof import('../../src/nlu/natural');
    const calls = jest.spyOn(natural.PorterStemmer, 'stem');
    loaded = { normalize: require('../../src/nlu/normalize'), dictionary: require('../../src/nlu/stemDictionary'), stemmerCalls: () => calls.mock.calls.length };
    /* eslint-enable @typescript-eslint/no-require-imports */
  });
  return loaded!;
}

describe('the stem dictionary in the compiled cache', () => {
  test('a start with the dictionary stems every protocol and example as the stemmer does, without running it', () => {
    const cacheDir = tempDir();
    const cold = freshProcess();
    cold.dictionary.preloadStems(cacheDir, texts);
    expect(fs.readdirSync(cacheDir).filter((f) => f.startsWith('stems-'))).toHaveLength(1);
    const expected = texts().map((t) => cold.normalize.contentStems(t).join(' '));

    const warm = freshProcess();
    warm.dictionary.preloadStems(cacheDir, () => {
      throw new Error('a warm start rebuilt the dictionary');
    });
    expect(texts().map((t) => warm.normalize.contentStems(t).join(' '))).toEqual(expected);
    expect(warm.stemmerCalls()).toBe(0);
    // A word it does not hold is still stemmed.
    expect(warm.normalize.contentStems('zymurgical gallivanting')).toEqual(cold.normalize.contentStems('zymurgical gallivanting'));
    expect(warm.stemmerCalls()).toBe(2);
  });
});
