import fs from 'node:fs';
import path from 'node:path';
import { IntentClassifier, topLabels } from '../../src/nlu/classifier';
import { SNAPSHOT_CORPUS, snapshotPredictions } from './snapshot-corpus';
import { BoundedMemo, RecentMemo } from '../../src/nlu/memo';
import { canonicalWords, contentStems, tokenize } from '../../src/nlu/normalize';

describe('the bounded memo behind the per-message hot path', () => {
  test('computes a key once while it is remembered', () => {
    const memo = new BoundedMemo<string, number>(4);
    let calls = 0;
    const length = (word: string) => {
      calls++;
      return word.length;
    };
    expect(memo.get('clerk', length)).toBe(5);
    expect(memo.get('clerk', length)).toBe(5);
    expect(calls).toBe(1);
  });

  test('never holds more than its limit, forgetting the oldest first', () => {
    const memo = new BoundedMemo<number, number>(3);
    let calls = 0;
    const square = (n: number) => {
      calls++;
      return n * n;
    };
    for (let n = 0; n < 1000; n++) memo.get(n, square);
    expect(memo.size).toBe(3);
    calls = 0;
    memo.get(999, square); // among the newest: remembered
    expect(calls).toBe(0);
    memo.get(0, square); // the oldest: forgotten long ago
    expect(calls).toBe(1);
    expect(memo.size).toBe(3);
  });

  test('remembers a result that is undefined', () => {
    const memo = new BoundedMemo<string, undefined>(2);
    let calls = 0;
    memo.get('x', () => void calls++);
    memo.get('x', () => void calls++);
    expect(calls).toBe(1);
  });

  test('refuses a limit that would remember nothing', () => {
    expect(() => new BoundedMemo(0)).toThrow(/at least 1/);
  });
});

describe("the memo of a message's recent texts", () => {
  test('computes a text once while it is among the last few', () => {
    const memo = new RecentMemo<number>(4);
    let calls = 0;
    const length = (text: string) => {
      calls++;
      return text.length;
    };
    for (const text of ['a', 'bb', 'ccc', 'a', 'bb', 'ccc', 'dddd']) memo.get(text, length);
    expect(calls).toBe(4);
    expect(memo.get('a', length)).toBe(1);
    expect(calls).toBe(4);
  });

  test('never holds more than its limit, forgetting the oldest first', () => {
    const memo = new RecentMemo<number>(3);
    let calls = 0;
    const length = (text: string) => {
      calls++;
      return text.length;
    };
    for (let n = 0; n < 1000; n++) memo.get(`text ${n}`, length);
    expect(memo.size).toBe(3);
    calls = 0;
    memo.get('text 999', length); // among the newest: remembered
    memo.get('text 997', length);
    expect(calls).toBe(0);
    memo.get('text 996', length); // just forgotten
    expect(calls).toBe(1);
    expect(memo.size).toBe(3);
  });

  test('finds a text by its content, not by which string object carries it', () => {
    const memo = new RecentMemo<string[]>(2);
    const first = memo.get(['the', 'clerk'].join(' '), (t) => t.split(' '));
    expect(memo.get(`the ${'clerk'}`, () => [])).toBe(first);
  });

  test('remembers a result that is undefined', () => {
    const memo = new RecentMemo<undefined>(2);
    let calls = 0;
    memo.get('x', () => void calls++);
    memo.get('x', () => void calls++);
    expect(calls).toBe(1);
  });

  test('refuses a limit that would remember nothing', () => {
    expect(() => new RecentMemo(0)).toThrow(/at least 1/);
  });
});

describe('tokens found by scanning character codes', () => {
  test('are the runs the token expression matches, hyphens joining only runs on both sides', () => {
    const text = 'The vice-chair, a co-opted member -- and ex-officio-- asked re: item 4-b, 2-3 times; -x y- é-a naïve';
    expect(tokenize(text)).toEqual(text.toLowerCase().match(/[a-z0-9]+(?:-[a-z0-9]+)*/g));
    expect(tokenize('vice-chair')).toEqual(['vice-chair']);
    expect(tokenize('a--b c-')).toEqual(['a', 'b', 'c']);
  });

  test('end at an en or em dash as at a space, and read curly apostrophes and chat fillers as before', () => {
    expect(tokenize('vice\u2013chair\u2014clerk')).toEqual(['vice', 'chair', 'clerk']);
    expect(tokenize('the clerk\u2019s view \u2013 they don\u2019t agree')).toEqual(['the', 'clerk', 'view', 'they', 'do', 'not', 'agree']);
    expect(tokenize('tbh the TC meeting was lol')).toEqual(['the', 'town', 'council', 'meeting', 'was']);
    expect(canonicalWords('lol')).toEqual([]);
  });
});

describe('normalisation read once per text', () => {
  test('a caller changing the words it got does not change what the next caller reads', () => {
    const text = 'Can the clerk share the members of staff report with a cllr?';
    const first = canonicalWords(text);
    const stems = contentStems(text);
    const tokens = tokenize(text);
    first.length = 0;
    stems.push('banana');
    tokens.reverse();
    expect(canonicalWords(text)).toEqual(['can', 'the', 'clerk', 'officer', 'share', 'the', 'officers', 'report', 'with', 'a', 'councillor']);
    expect(contentStems(text)).not.toContain('banana');
    expect(tokenize(text)[0]).toBe('can');
  });

  test('gives the same words for a text however many other texts were read in between', () => {
    const text = 'Is the groundsman allowed to take instructions from the chairman?';
    const before = contentStems(text);
    for (let i = 0; i < 200; i++) contentStems(`message number ${i} about the allotments`);
    expect(contentStems(text)).toEqual(before);
  });
});

describe('the top labels of a prediction', () => {
  /** What a stable sort of every label by score, best first, gives. */
  const bySort = (scores: number[], n: number, skip: (i: number) => boolean = () => false) =>
    scores
      .map((score, i) => ({ score, i }))
      .filter(({ i }) => !skip(i))
      .sort((a, b) => b.score - a.score)
      .slice(0, n)
      .map(({ i }) => i);

  test('are those a full sort gives, ties in label order, for many score lists', () => {
    let seed = 11;
    const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let round = 0; round < 500; round++) {
      // Few distinct values, so that ties are common.
      const scores = Array.from({ length: 1 + Math.floor(next() * 40) }, () => Math.floor(next() * 6) / 6);
      const skip = (i: number) => i % 7 === 3;
      expect(topLabels(scores, 5)).toEqual(bySort(scores, 5));
      expect(topLabels(scores, 5, skip)).toEqual(bySort(scores, 5, skip));
      expect(topLabels(scores, 1)).toEqual(bySort(scores, 1));
    }
  });
});

describe('a classifier that has answered many messages', () => {
  test('still gives the recorded probabilities once it has switched to its faster lookups', () => {
    // After a few dozen predictions the classifier finds word n-grams by stem number and scores
    // on weights laid out in blocks: the fixture recorded before either must still hold, bit for bit.
    const fixture = path.join(__dirname, 'fixtures', 'predictions-snapshot.json');
    const expected = (JSON.parse(fs.readFileSync(fixture, 'utf8')) as { predictions: unknown }).predictions;
    const model = IntentClassifier.train(SNAPSHOT_CORPUS, { epochs: 20 });
    for (let round = 0; round < 5; round++) expect(JSON.parse(JSON.stringify(snapshotPredictions(model)))).toEqual(expected);
  });
});

describe('two models reading the same words', () => {
  test('each scores a message as it did before either kept feature numbers on the shared token readings', () => {
    // Each vectoriser keeps its own feature numbers on a token's shared reading: a second model
    // with another vocabulary must never read the first one's (nor the first the second's).
    const first = IntentClassifier.train(SNAPSHOT_CORPUS, { epochs: 20 });
    const second = IntentClassifier.train(SNAPSHOT_CORPUS.filter((_, i) => i % 3 !== 0), { epochs: 15, charNgramMax: 4 });
    const predictions = (model: IntentClassifier) => JSON.stringify(snapshotPredictions(model));
    // A model's first few dozen messages are vectorised by feature name, without token readings' numbers.
    const firstByName = predictions(first);
    const secondByName = predictions(second);
    expect(firstByName).not.toBe(secondByName);
    for (let round = 0; round < 4; round++) {
      expect(predictions(second)).toBe(secondByName);
      expect(predictions(first)).toBe(firstByName);
    }
  });
});
