import { contentStems } from '../../src/nlu/normalize';
import { NearestKnownWords, UNKNOWN_WORDS } from '../../src/nlu/unknownWords';
import { WordVectors } from '../../src/nlu/vectors';

/** A table of four dimensions: "lamp" near "lights", "successor" near nothing the examples use, "bus" near "buses". */
const WORDS = ['lights', 'bus', 'buses', 'lamp', 'successor', 'kettle', 'agenda'];
const ROWS = [
  [100, 20, 0, 0], // lights
  [0, 100, 10, 0], // bus
  [0, 100, 20, 0], // buses
  [95, 30, 0, 0], // lamp: cosine with lights about 0.99
  [0, 0, 0, 100], // successor: orthogonal to every example word
  [0, 0, 100, 0], // kettle: an example word used once
  [-100, 0, 0, 0], // agenda
];
const table = WordVectors.fromWords(WORDS, Int8Array.from(ROWS.flat()), 4);

/** The examples' words and uses: "kettle" once only, so it may not stand for another word. */
const exampleWords = (): [string, number][] => [
  ['lights', 5],
  ['bus', 3],
  ['kettle', 1],
  ['agenda', 9],
];
const known = new Set(contentStems('lights bus kettle agenda'));
const knows = (stem: string): boolean => known.has(stem);

describe('NearestKnownWords', () => {
  const nearest = new NearestKnownWords(() => table, exampleWords, knows);

  it('reads a word no example uses as the example word nearest it', () => {
    expect(nearest.rewrite('the lamp outside is flickering')).toBe('the lights outside is flickering');
  });

  it('keeps a word with no example word near enough, and the words the examples use', () => {
    expect(nearest.rewrite('who picks his successor for the agenda')).toBe('who picks his successor for the agenda');
  });

  it('never reads a word as an example word used only once', () => {
    expect(nearest.nearest('kettle')).toBeUndefined();
    const onlyKettle = new NearestKnownWords(() => table, () => [['kettle', 1]], knows);
    expect(onlyKettle.rewrite('the successor')).toBe('the successor');
  });

  it('replaces nothing without a table (the vectors off or unusable)', () => {
    const without = new NearestKnownWords(() => null, exampleWords, knows);
    expect(without.rewrite('the lamp outside')).toBe('the lamp outside');
  });

  it('asks for the cosine it is set to', () => {
    expect(UNKNOWN_WORDS.minCosine).toBeGreaterThan(0);
    expect(nearest.nearest('lamp')).toBe('lights');
  });
});
