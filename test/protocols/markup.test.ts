import { decodeEntities } from '../../src/protocols/formats/markup';

describe('HTML entities in a published protocol', () => {
  test('named and numbered entities become their characters', () => {
    expect(decodeEntities('Members &amp; Officers &ndash; clause &#55; &#x2019;s')).toBe('Members & Officers – clause 7 ’s');
  });

  test.each(Object.getOwnPropertyNames(Object.prototype))('"&%s;" is not an entity and is kept as written', (name) => {
    expect(decodeEntities(`a &${name}; b`)).toBe(`a &${name}; b`);
  });
});
