import fs from 'node:fs';
import path from 'node:path';
import { documentsAskedIn } from '../../src/assistant/documentsAsked';
import { assistantFor, COUNCILLOR_ASKER } from '../support/shippedAssistant';

/**
 * uat18: the offered document request's "What documents…" field (and the subject made from it) dropped a quotation
 * the asker typed: "the clerk said “that’s not for councillors” — can she refuse to give me the minutes?" prefilled
 * "the clerk said — can she refuse …", in Slack, Teams and the console alike (the classifier sets a long quotation
 * aside as someone else's words). The design set chose the change; the check set, written with it before the code,
 * is only counted.
 */
interface PrefillSet {
  rows: { message: string; prefill: string }[];
}
const load = (name: string): PrefillSet => JSON.parse(fs.readFileSync(path.join(__dirname, 'documents-asked', `${name}.json`), 'utf8')) as PrefillSet;

describe('the design set', () => {
  test.each(load('design').rows)('$message', ({ message, prefill }) => expect(documentsAskedIn(message)).toBe(prefill));
});

test('the check set: all 5 of its rows (1 before the change)', () => {
  const set = load('check');
  expect(set.rows.filter((row) => documentsAskedIn(row.message) === row.prefill).length).toBe(set.rows.length);
});

test('small talk before the asking sentence is still left out', () => {
  expect(documentsAskedIn('hi all. Can I have the report titled “Options for the future of the village hall car park”?')).toBe(
    'Can I have the report titled “Options for the future of the village hall car park”?',
  );
});

test("the answer's offer carries the quotation, as every channel's form is prefilled from it", () => {
  const message = 'the clerk said “that’s not for councillors” — can she refuse to give me the minutes?';
  const reply = assistantFor('cottingham').answer(message, COUNCILLOR_ASKER, { council: 'cottingham' });
  const offer = reply.actions.find((action) => action.kind === 'document_request');
  expect(offer?.prefill.subject).toBe(message);
});
