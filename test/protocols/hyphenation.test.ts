import { isLayoutBreak, mendBrokenWords, Vocabulary } from '../../src/protocols/hyphenation';

describe('words broken at a line end', () => {
  const vocabulary = new Vocabulary([
    'Members take decisions. The decision-making process is set out here.',
    'Officers are co-opted rarely. Their workload is heavy.',
    'The work and the load are shared.',
  ]);

  test.each([
    ['responsi', 'bilities', true], // a fragment that is no word: joined
    ['work', 'load', true], // printed whole elsewhere: joined
    ['decision', 'making', false], // printed hyphenated elsewhere: kept
    ['need-to', 'know', false], // a compound already: kept
    ['co', 'opted', false], // a prefix English hyphenates
    ['Member', 'Officer', false], // a capital after the break
  ])('"%s-" + "%s" is one word: %s', (left, right, joined) => {
    expect(isLayoutBreak(left, right, vocabulary)).toBe(joined);
  });

  test('the whole word moves up to the first line; the rest of the lines stay as they were', () => {
    expect(mendBrokenWords(['2.1 Their responsi-', 'bilities differ.', 'This is the need-to-', 'know rule.', 'A lone dash -', 'stays.'])).toEqual([
      '2.1 Their responsibilities',
      'differ.',
      'This is the need-to-know',
      'rule.',
      'A lone dash -',
      'stays.',
    ]);
  });
});
