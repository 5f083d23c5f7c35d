import { asksToPutAThingRight } from '../../src/nlu/officeFault';
import { findQuestion } from '../../src/nlu/question';
import { assistantFor, OFFICER_ASKER } from '../support/shippedAssistant';

const officer = OFFICER_ASKER;

const putsRight = (message: string): boolean => {
  const parts = findQuestion(message);
  return asksToPutAThingRight(parts.asking, parts.backstory);
};

describe('a thing in the office gone wrong, and how to put it right', () => {
  test('is told by a thing failing and a question of mending, buying or nothing of its own', () => {
    expect(putsRight("The caretaker's van won't start and the hall needs opening. Any ideas?")).toBe(true);
    expect(putsRight('The scanner is jammed with the planning papers in it. How do I unjam it?')).toBe(true);
    expect(putsRight('The 8.10 train was cancelled again and the office opened late. Who runs that service?')).toBe(true);
  });

  test('a question of the protocol told with such a story is not', () => {
    // asks of a member's conduct
    expect(putsRight('The kettle broke so a councillor sent me out for his coffee. Any ideas?')).toBe(false);
    // asks leave
    expect(putsRight("The heating's off at the office. Should I work from home until it's fixed?")).toBe(false);
    // asks of staff, spending or the minutes, not of the machine
    expect(putsRight('The printer is broken. Can the clerk buy a new one without asking the council?')).toBe(false);
    expect(putsRight('The laptop crashed and the draft minutes were lost. How do we fix the record?')).toBe(false);
    // asks no remedy
    expect(putsRight('The printer died so the agenda went out a day late. Does the meeting still go ahead?')).toBe(false);
    // nothing failed
    expect(putsRight('We are buying a new printer for the office. Any ideas?')).toBe(false);
  });

  test('a message that only tells of the fault asks for it to be put right (docs/messy-round33.md)', () => {
    expect(putsRight('the office dishwasher has packed up')).toBe(true);
    expect(putsRight("the boiler at the council offices isn't working again")).toBe(true);
    // a question, with no remedy in it, is not
    expect(putsRight('is the office boiler broken')).toBe(false);
    // a member named
    expect(putsRight('the mayor has broken the office kettle')).toBe(false);
    // nothing failing
    expect(putsRight('the office kettle is new')).toBe(false);
  });

  test('reads a fault told without a question out of scope, not as response times', () => {
    // response_times (0.22) without the rule
    expect(assistantFor('halstead').answer("the office phones aren't working", officer).intent).toBe('out_of_scope');
  });

  test('reads out of scope, not as staff being directed, when the topic reading is weak', () => {
    expect(assistantFor('halstead').answer("The caretaker's van won't start and the hall needs opening. Any ideas?", officer).intent)
      .toBe('out_of_scope');
  });

  test('a story of a broken thing that asks of a member\'s conduct keeps its topic', () => {
    expect(assistantFor('halstead').answer('The photocopier broke, so a councillor told me to drive his leaflets to the print shop in my own car. Do I have to?', officer).intent)
      .not.toBe('out_of_scope');
  });
});
