import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { IntentEngine } from '../../src/nlu/engine';
import { IntentFile } from '../../src/nlu/intents';

// Two small intents written for this test, plus out_of_scope.
const intent = (id: string, kind: IntentFile['kind'], examples: string[]): IntentFile => ({
  id, kind, description: `test intent ${id}`, summary: `about ${id}`, handoff: 'none', clauses: {}, keywords: [], examples,
});
const variations = (stems: string[]) => stems.flatMap((s) => [s, `${s}?`, `please, ${s}`, `quick one: ${s}`]);
const intents = [
  intent('media_relations', 'topic', variations(['can I talk to the newspaper', 'a journalist rang me', 'should I give the radio a quote', 'the press want a comment', 'may I post a statement to the media'])),
  intent('premises_access', 'topic', variations(['can I visit the depot', 'may I look round the pavilion', 'can I go into the office', 'do I need permission to enter the hall', 'can I inspect the cemetery lodge'])),
  intent('out_of_scope', 'conversation', variations(['what is the weather', 'when are the bins collected', 'reset my password', 'who won the football', 'what is the capital of spain'])),
];

describe('the intent engine', () => {
  let cacheDir: string;
  beforeEach(() => {
    cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'engine-cache-'));
  });
  afterEach(() => fs.rmSync(cacheDir, { recursive: true, force: true }));

  test('saves the trained model and the examples\' vocabulary, and the next start loads them and answers the same', () => {
    const first = IntentEngine.train(intents, { cacheDir });
    const saved = fs.readdirSync(cacheDir).sort();
    expect(saved).toEqual([expect.stringMatching(/^intent-model-/), expect.stringMatching(/^vocabulary-/)]);
    const savedAt = saved.map((file) => fs.statSync(path.join(cacheDir, file)).mtimeMs);
    const second = IntentEngine.train(intents, { cacheDir });
    expect(saved.map((file) => fs.statSync(path.join(cacheDir, file)).mtimeMs)).toEqual(savedAt);
    for (const text of ['a reporter phoned me', 'can I walk round the sports ground', 'what time is it']) {
      expect(second.classify(text)).toEqual(first.classify(text));
    }
  });

  test('new examples make a new model, replacing the old one', () => {
    IntentEngine.train(intents, { cacheDir });
    const before = fs.readdirSync(cacheDir).sort();
    const changed = intents.map((i) => (i.id === 'media_relations' ? { ...i, examples: [...i.examples, 'the gazette called about the flooding'] } : i));
    IntentEngine.train(changed, { cacheDir });
    const after = fs.readdirSync(cacheDir).sort();
    expect(after).toHaveLength(2);
    expect(after.filter((file) => before.includes(file))).toEqual([]);
  });

  test('a damaged cached model is retrained, not trusted', () => {
    IntentEngine.train(intents, { cacheDir });
    for (const file of fs.readdirSync(cacheDir)) fs.writeFileSync(path.join(cacheDir, file), '{"format":1,"labels":[');
    const engine = IntentEngine.train(intents, { cacheDir });
    expect(engine.classify('a journalist wants a quote from me').intent).toBe('media_relations');
  });

  test('words it cannot read, or an out-of-scope reading, give out_of_scope', () => {
    const engine = IntentEngine.train(intents);
    expect(engine.classify('??? !!!').intent).toBe('out_of_scope');
    expect(engine.classify('who won the cricket').intent).toBe('out_of_scope');
    expect(engine.classify('a journalist wants a quote from me')).toMatchObject({ intent: 'media_relations', uncertain: false });
  });
});
