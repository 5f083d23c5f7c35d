import { findQuestion } from '../../src/nlu/question';

// answers38: two of the three messages the twelfth session's walks got wrong ran their story and their question together
// with a comma. The messages here are my own wording, written for these tests.
describe('a story and its question joined by a comma', () => {
  test('the clause that asks is the asking part, the story before it the backstory', () => {
    const parts = findQuestion('the deputy clerk laughed at me in front of the parish meeting, who do i complain to');
    expect(parts.asking).toEqual(['who do i complain to']);
    expect(parts.backstory).toEqual(['the deputy clerk laughed at me in front of the parish meeting']);
    expect(parts.hasContext).toBe(true);
    expect(findQuestion('Cllr Amos phones my mobile before breakfast most days, is that ok?').asking).toEqual(['is that ok?']);
  });

  test('a condition before the comma is part of one question', () => {
    expect(findQuestion('If the clerk is off sick for a month, who do I ask for the agenda?').backstory).toEqual([]);
    expect(findQuestion('Quick one: when a councillor breaks the protocol, do I tell the clerk?').backstory).toEqual([]);
  });

  test('a story that names none of the council\'s people keeps its question: its words carry the scope', () => {
    expect(findQuestion('the fox keeps knocking my wheelie bin over at night, who do i complain to').backstory).toEqual([]);
  });

  test('not a relative clause, and not the words that hand over a pasted email', () => {
    expect(findQuestion('I rang the clerk, who is new to the job').backstory).toEqual([]);
    const forwarded = findQuestion('Passing on what a member sent me, is this a breach?\n> The clerk ignored my email for a month.');
    expect(forwarded.asking).toEqual(['Passing on what a member sent me, is this a breach?']);
  });
});

describe('a very long message', () => {
  // testspeed1: a 100 KB message of one word took seconds here (the comma pattern backtracked over the whole
  // sentence without a comma in it), and did so in every channel the robustness suite drives.
  test('one word of 100,000 letters is read in well under a second', () => {
    const started = process.hrtime.bigint();
    expect(findQuestion('a'.repeat(100_000)).backstory).toEqual([]);
    expect(Number(process.hrtime.bigint() - started) / 1e6).toBeLessThan(1000);
  });

  // The same pattern, with commas to try, took about 19 s on this sentence; so did the search for the last colon before a
  // long run of letters. The story is now found by the last comma's position, the clause after a colon likewise.
  test('a sentence of 100,000 characters with commas, or with a long run before a colon, likewise', () => {
    const started = process.hrtime.bigint();
    expect(findQuestion(`${'ab, '.repeat(25_000)}can I see it`).asking).toHaveLength(1);
    expect(findQuestion(`the clerk ${'a'.repeat(100_000)}: b, can i see it`).asking).toHaveLength(1);
    expect(Number(process.hrtime.bigint() - started) / 1e6).toBeLessThan(1000);
  });

  test('the story is split from its question at the last comma, as before', () => {
    const parts = findQuestion('the clerk told me off, in front of everyone at the meeting,   who do i complain to');
    expect(parts.backstory).toEqual(['the clerk told me off, in front of everyone at the meeting']);
    expect(parts.asking).toEqual(['who do i complain to']);
  });
});
