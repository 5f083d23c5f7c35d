/**
 * uat17: "no thanks" to an offer to file. The console alone said "All right." (its own pattern for a bare no); Slack
 * and Teams read "no" after an offer as a follow-up of the topic and answered it again from the protocol. Now the core
 * reads the decline, closes the offer and says so, for every channel. The design set chose the words; the check set
 * was written with it, before the code, and is only counted.
 */
import fs from 'node:fs';
import path from 'node:path';
import { declinesOffer } from '../../src/conversation/turn';
import { assistantWithThreads } from '../support/threads';

interface NoSet {
  rows: { text: string; declines: boolean }[];
}
const load = (name: string): NoSet => JSON.parse(fs.readFileSync(path.join(__dirname, 'offer-no', `${name}.json`), 'utf8')) as NoSet;

describe('the design set', () => {
  test.each(load('design').rows)('"$text" → $declines', ({ text, declines }) => expect(declinesOffer(text)).toBe(declines));
});

test('the check set: all 14 rows (6 before the change: only its non-declines)', () => {
  const rows = load('check').rows;
  expect(rows.filter((r) => declinesOffer(r.text) === r.declines).length).toBe(14);
});

describe('in a thread', () => {
  const threads = assistantWithThreads('cottingham');
  const councillor = { id: 'u-offer-no', name: 'Cllr Test', role: 'councillor' as const };
  const ask = (text: string, thread: string) => threads.assistant.answer(text, councillor, { thread, record: false });

  test('"no thanks" after an offer says nothing is sent, quotes nothing, offers nothing, and closes the offer', () => {
    expect(ask('Could I get a copy of the minutes from last month’s planning committee please?', 'on-1').actions.map((a) => a.kind)).toContain('document_request');
    const declined = ask('no thanks', 'on-1');
    expect(declined.summary).toBe('All right: nothing has been sent to the Clerk.');
    expect([declined.clauses, declined.actions, declined.answer, declined.open]).toEqual([[], [], null, undefined]);
    expect(ask('yes', 'on-1').open).toBeUndefined();
  });

  test('with no offer standing, "no" is not a decline of anything', () => {
    ask('Could I get a copy of the minutes from last month’s planning committee please?', 'on-2');
    ask('no', 'on-2');
    expect(ask('no', 'on-2').summary).not.toBe('All right: nothing has been sent to the Clerk.');
  });

  test('a no that says more is read for what it says', () => {
    ask('Could I get a copy of the minutes from last month’s planning committee please?', 'on-3');
    expect(ask('no, what about the chairman?', 'on-3').summary).not.toMatch(/^All right/);
  });
});
