import fs from 'node:fs';
import path from 'node:path';
import type { Asker, Reply } from '../../src/assistant/reply';
import { onlyPersonNamed, peopleNamed } from '../../src/conversation/slots';
import { personBefore, standsFor } from '../../src/conversation/referent';
import { assistantWithThreads } from '../support/threads';

/**
 * follow22: whom the complaint the bot offers is about, when the complaint question says it only with "she", "he" or
 * "they" and the thread, or the message before the question, named one person ("Can I ask the clerk to print leaflets?
 * Also who do I complain to if she says no?" — the Clerk, not "an officer"). The design set chose the rules; the check set
 * was written with it, before the code, and is only counted.
 */
interface PersonSet {
  rows: { council: string; role: 'councillor' | 'officer'; turns: string[]; about: string }[];
}
const load = (name: string): PersonSet => JSON.parse(fs.readFileSync(path.join(__dirname, 'complaint-person', `${name}.json`), 'utf8')) as PersonSet;
const threads = assistantWithThreads();
let n = 0;

/** The `about` of the complaint form the last turn offered (or opened). */
function complaintAbout(row: PersonSet['rows'][number]): string | undefined {
  const asker: Asker = { id: 'test:follow22', name: 'Test', role: row.role };
  const thread = `follow22-${++n}`;
  let reply: Reply | undefined;
  for (const text of row.turns) reply = threads.assistant.answer(text, asker, { council: row.council, record: false, thread });
  const form = reply?.open?.kind === 'complaint' ? reply.open : reply?.actions.find((a) => a.kind === 'complaint');
  return form?.prefill.about;
}

describe('the design set', () => {
  test.each(load('design').rows)('$turns → $about', (row) => expect(complaintAbout(row)).toBe(row.about));
});

test('the check set: at least 4 of its 8 rows (2 before the change)', () => {
  const rows = load('check').rows;
  expect(rows.filter((row) => complaintAbout(row) === row.about).length).toBeGreaterThanOrEqual(4);
});

describe('the people a text names', () => {
  test.each([
    ['can I ask the clerk to book the hall?', ['clerk']],
    ['the deputy clerk booked it', ['officer']],
    ['the vice-chair asked me', ['vice_chair']],
    ['can a councillor ask the clerk to book it?', ['clerk', 'councillor']],
    ['can I book the hall?', []],
  ])('"%s" names %j', (text, people) => expect(peopleNamed(text).sort()).toEqual([...people].sort()));

  test('only one kind named is a person a pronoun can stand for; two are not', () => {
    expect(onlyPersonNamed('the town clerk sent it')).toBe('clerk');
    expect(onlyPersonNamed('a councillor told the caretaker')).toBeUndefined();
  });
});

describe('what a pronoun stands for', () => {
  test('a turn naming no one whose "she" follows the one person named', () => {
    expect(standsFor('and if she will not?', 'clerk')).toBe('clerk');
    expect(standsFor('can they refuse me?', 'officer')).toBe('officer');
  });

  test('not when the turn names someone itself, has no pronoun, or nobody was named before', () => {
    expect(standsFor('can I complain about the groundsman if she refuses?', 'clerk')).toBeUndefined();
    expect(standsFor('how do I complain?', 'clerk')).toBeUndefined();
    expect(standsFor('can I complain about her?', undefined)).toBeUndefined();
  });

  test('a further question of one message takes the person from the text before it', () => {
    const message = 'Could the clerk put up a notice for my surgery? And who hears a complaint if he won’t?';
    expect(personBefore(message, 'And who hears a complaint if he won’t?')).toBe('clerk');
    expect(personBefore('Could a councillor get the clerk to put up a notice? And who hears a complaint if he won’t?', 'And who hears a complaint if he won’t?')).toBeUndefined();
  });
});

describe('in a thread', () => {
  const cllr: Asker = { id: 'test:follow22-thread', name: 'Test', role: 'councillor' };
  test('a thanks that names the Clerk still says whom a later "her" is', () => {
    const thread = `follow22-thanks-${++n}`;
    threads.assistant.answer('thanks, the clerk has sorted the room out', cllr, { council: 'halstead', record: false, thread });
    const reply = threads.assistant.answer('can I still complain about her though?', cllr, { council: 'halstead', record: false, thread });
    expect(reply.actions.find((a) => a.kind === 'complaint')?.prefill.about).toBe('clerk');
  });

  test('after a turn naming two people, "she" is left to the question: no guess', () => {
    const thread = `follow22-two-${++n}`;
    threads.assistant.answer('can a councillor ask the clerk to print a newsletter?', cllr, { council: 'flitwick', record: false, thread });
    const reply = threads.assistant.answer('who do I complain to if she refuses?', cllr, { council: 'flitwick', record: false, thread });
    // Whoever the question's own reading says; "she" is not made the Clerk (nor the councillor) by the thread.
    expect(reply.actions.find((a) => a.kind === 'complaint')?.prefill.about).not.toBe('clerk');
  });
});
