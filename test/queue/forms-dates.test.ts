import { FORMS, checkAnswer, formField, readDate, readForm } from '../../src/queue/forms';

/** A date typed the British way (UAT: "31/12/2026" was refused, with a 2025 date as the example). */
const NOW = new Date('2026-11-30T12:00:00Z');
const neededBy = formField('document_access', 'neededBy');

describe('a needed-by date typed at the console', () => {
  test.each([
    ['2026-12-31', '2026-12-31'],
    ['31/12/2026', '2026-12-31'],
    ['1/2/2027', '2027-02-01'],
    ['01.02.2027', '2027-02-01'],
    ['1-2-2027', '2027-02-01'],
  ])('%s is read as %s (day first, as in the UK)', (typed, iso) => {
    expect(checkAnswer(neededBy, typed, NOW)).toBeNull();
    const read = readForm('document_access', { what: 'The March minutes', neededBy: typed }, NOW);
    expect(read).toEqual({ ok: true, value: { what: 'The March minutes', neededBy: iso } });
  });

  test.each(['12/31/2026', 'next Tuesday', '2026-13-01'])('%s is refused, with both ways of writing a date named', (typed) => {
    expect(checkAnswer(neededBy, typed, NOW)).toMatch(/DD\/MM\/YYYY( \(the day first\))? or YYYY-MM-DD/);
  });

  test('a date that has passed is refused however it is written', () => {
    expect(checkAnswer(neededBy, '29/11/2026', NOW)).toMatch(/has passed/);
    expect(checkAnswer(neededBy, '30/11/2026', NOW)).toBeNull();
  });

  test('the refusal gives no example date that has itself passed', () => {
    const message = checkAnswer(neededBy, 'soon', NOW)!;
    for (const year of message.match(/\b20\d\d\b/g) ?? []) expect(Number(year)).toBeGreaterThanOrEqual(2026);
  });

  test('the console prompt says a date may be written either way', () => {
    expect(FORMS.document_access.fields.find((f) => f.name === 'neededBy')!.prompt).toMatch(/DD\/MM\/YYYY/);
  });
});

describe('a needed-by date typed without its year (uat20: the refusal\'s own example, "31/12", was refused)', () => {
  test.each([
    ['31/12', '2026-12-31'],
    ['30/11', '2026-11-30'],
    ['15/1', '2027-01-15'],
    ['1.3', '2027-03-01'],
  ])('%s is the next such day from today: %s', (typed, iso) => {
    expect(checkAnswer(neededBy, typed, NOW)).toBeNull();
    expect(readForm('document_access', { what: 'The March minutes', neededBy: typed }, NOW)).toEqual({ ok: true, value: { what: 'The March minutes', neededBy: iso } });
  });

  test.each(['31/02', '0/5', '12/31'])('%s, not a day of any year, is refused', (typed) => {
    expect(readDate(typed, NOW)).toBeUndefined();
    expect(checkAnswer(neededBy, typed, NOW)).not.toBeNull();
  });
});

/**
 * A date written the right way that is not a day of the calendar (uat20 left "31/02/2027" told to write
 * DD/MM/YYYY, which it had): told that this day does not exist, and nothing else typed lost.
 */
describe('a needed-by date written rightly that does not exist', () => {
  test.each([
    ['31/02/2027', 'There is no 31 February 2027'],
    ['2027-04-31', 'There is no 31 April 2027'],
    ['29.2.2027', 'There is no 29 February 2027'],
    ['31/11', 'There is no 31 November'],
    ['31/02', 'There is no 31 February'],
    ['0/5/2027', 'There is no day 0'],
  ])('%s: "%s", not the format sentence', (typed, says) => {
    const problem = checkAnswer(neededBy, typed, NOW);
    expect(problem).toContain(says);
    expect(problem).not.toMatch(/DD\/MM\/YYYY/);
  });

  test('29/02 without a year is told it needs one, since only a leap year has it', () => {
    expect(checkAnswer(neededBy, '29/02', NOW)).toMatch(/29 February .*leap year.*year/);
  });

  test.each([
    ['12/31/2026', 'There is no month 31'],
    ['2026-13-01', 'There is no month 13'],
  ])('%s: "%s", with the day first named', (typed, says) => {
    expect(checkAnswer(neededBy, typed, NOW)).toMatch(new RegExp(`^${says}: .*DD/MM/YYYY \\(the day first\\) or YYYY-MM-DD`));
  });

  test('the form is given back with everything typed, the impossible date too', () => {
    const typed = { what: 'The planning file for 12 High Street', meeting: 'Planning committee, 3 March', reason: 'To read before the meeting', neededBy: '31/02/2027' };
    expect(readForm('document_access', typed, NOW)).toEqual({ ok: false, problems: { neededBy: expect.stringContaining('There is no 31 February 2027') }, answers: typed });
  });
});
