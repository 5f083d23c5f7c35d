import fs from 'node:fs';
import path from 'node:path';
import { offerTaken, RememberedOffer } from '../../src/conversation/offers';
import { readTurn } from '../../src/conversation/turn';

/**
 * twoq19: which offer a turn takes after a reply that offered two forms, one per question. The design
 * set chose the rules; the check set was written with it, before the code, and is held to the same bar.
 */
interface PickSet {
  offers: Pick<RememberedOffer, 'kind' | 'asked'>[];
  rows: { text: string; pick: number | 'ask' | null }[];
}
const load = (name: string): PickSet => JSON.parse(fs.readFileSync(path.join(__dirname, 'offer-picks', `${name}.json`), 'utf8')) as PickSet;
const offersOf = (set: PickSet): RememberedOffer[] =>
  set.offers.map((offer, question) => ({ ...offer, question, intent: 'document_access', label: offer.kind, prefill: {} }));
const taken = (text: string, offers: RememberedOffer[]) => {
  const pick = offerTaken(text, readTurn(text), offers);
  return pick === 'which' ? 'ask' : pick ?? null;
};

describe.each(['design', 'check'])('the %s set', (name) => {
  const set = load(name);
  test.each(set.rows)('"$text" → $pick', ({ text, pick }) => {
    expect(taken(text, offersOf(set))).toBe(pick);
  });
});

describe('one offer, made for the second question only', () => {
  const [, second] = offersOf(load('design'));
  test('a bare yes takes it', () => expect(taken('yes please', [second])).toBe(0));
  test('"the second one" takes it; "the first one" takes nothing (the first question offered none)', () => {
    expect(taken('the second one', [second])).toBe(0);
    expect(taken('the first one', [second])).toBeNull();
  });
  test('a follow-up question is no pick', () => expect(taken('what about officers?', [second])).toBeNull());
});

test('no offers: nothing is taken', () => expect(taken('yes', [])).toBeNull());
