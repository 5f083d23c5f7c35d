import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { examplesDigest } from '../../src/nlu/cacheFiles';
import { cachedModelStatus } from '../../src/nlu/engine';
import type { IntentFile } from '../../src/nlu/intents';

const intent = (id: string, kind: 'topic' | 'conversation', examples: string[]): IntentFile => ({
  id,
  kind,
  description: 'an intent written for this test',
  summary: 'a summary',
  handoff: 'none',
  clauses: {},
  keywords: [],
  examples,
});

describe('what names the cached model (speed1: the examples hashed once, the backstory copies not made to be hashed)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cache-keys-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const words = Array.from({ length: 20 }, (_, i) => `example number ${i}`);

  test('the examples digest follows their content, not the list object', () => {
    expect(examplesDigest([{ text: 'a', label: 'x' }])).toBe(examplesDigest([{ text: 'a', label: 'x' }]));
    expect(examplesDigest([{ text: 'a', label: 'x' }])).not.toBe(examplesDigest([{ text: 'b', label: 'x' }]));
  });

  test('the model file changes with an example, and with which intents are topics (the backstory copies depend on it)', () => {
    const base = cachedModelStatus([intent('alpha', 'topic', words), intent('beta', 'conversation', words)], dir).file;
    expect(cachedModelStatus([intent('alpha', 'topic', words), intent('beta', 'conversation', words)], dir).file).toBe(base);
    expect(cachedModelStatus([intent('alpha', 'topic', [...words, 'one more']), intent('beta', 'conversation', words)], dir).file).not.toBe(base);
    expect(cachedModelStatus([intent('alpha', 'topic', words), intent('beta', 'topic', words)], dir).file).not.toBe(base);
  });
});
