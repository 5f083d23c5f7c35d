import { MAX_READ, readablePart } from '../../src/nlu/readablePart';

describe('the part of a long message the assistant reads', () => {
  test('a message up to the limit is read whole', () => {
    const message = 'x'.repeat(MAX_READ);
    expect(readablePart(message)).toBe(message);
    expect(readablePart('Can I see the minutes?')).toBe('Can I see the minutes?');
  });

  test('a longer paste is read by its opening and its end, where the question is, cut at spaces', () => {
    const story = 'The contractor wrote to us again about the hall roof and the scaffolding. '.repeat(200);
    const message = `Hi all, quick one. ${story}So my question is: can I see the tender report?`;
    const read = readablePart(message);
    expect(read.length).toBeLessThanOrEqual(MAX_READ);
    expect(read.startsWith('Hi all, quick one. The contractor')).toBe(true);
    expect(read.endsWith('So my question is: can I see the tender report?')).toBe(true);
    expect(read).toContain('\n…\n');
    // Whole words on both sides of the gap.
    const [opening, end] = read.split('\n…\n');
    expect(story.includes(opening.slice(-30)) || message.startsWith(opening)).toBe(true);
    expect(message.endsWith(end)).toBe(true);
    expect(end.startsWith(' ')).toBe(false);
  });

  test('what it reads is read the same way again', () => {
    const message = 'word '.repeat(5_000);
    expect(readablePart(readablePart(message))).toBe(readablePart(message));
  });
});
