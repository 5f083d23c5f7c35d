import fs from 'node:fs';
import path from 'node:path';
import { offerTaken, RememberedOffer } from '../../src/conversation/offers';
import { readTurn } from '../../src/conversation/turn';

/**
 * uat17: a yes said at more length takes the one form offered ("yes please, I'd like that", "ok let’s do it", "that’s
 * fine, go ahead"), in every channel, as a bare "yes" does; a no, a thanks, a question or a wish to wait does not.
 * The design set chose the words; the check set was written with it, before the code, and is only counted.
 */
interface YesSet {
  offers: Pick<RememberedOffer, 'kind' | 'asked'>[];
  rows: { text: string; takes: boolean }[];
}
const load = (name: string): YesSet => JSON.parse(fs.readFileSync(path.join(__dirname, 'offer-yes', `${name}.json`), 'utf8')) as YesSet;
const takes = (text: string, set: YesSet) => {
  const offers = set.offers.map((offer, question) => ({ ...offer, question, intent: 'document_access', label: offer.kind, prefill: {} }));
  return offerTaken(text, readTurn(text), offers) === 0;
};

describe('the design set', () => {
  const set = load('design');
  test.each(set.rows)('"$text" → $takes', ({ text, takes: expected }) => expect(takes(text, set)).toBe(expected));
});

test('the check set: at least 15 of its 18 rows (9 before the change)', () => {
  const set = load('check');
  expect(set.rows.filter((r) => takes(r.text, set) === r.takes).length).toBeGreaterThanOrEqual(15);
});

test('a long run of yes words is still only a short turn: nine words or more is not read as one', () => {
  const set = load('design');
  expect(takes('yes please yes please yes please yes please yes', set)).toBe(false);
});
