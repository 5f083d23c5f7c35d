import { protocolWordsFor } from '../../src/answer/synonyms';
import { asksForNextStep, remedyCue } from '../../src/answer/questionType';

// answers44: the asker's everyday words for telling, sacking, taking on and grumbling, read in a protocol's words; and a
// setback asked as "where do I take it now?".
// Messages and sentences are my own, written for these tests; none is taken from an evaluation set.
const words = (message: string) => protocolWordsFor(message).join(' ').split(' ');

describe("the asker's words in a protocol's words (synonyms.ts, answers44)", () => {
  it('reads letting someone know as informing or notifying them, not as a permission', () => {
    expect(words('Do I have to let the clerk know before I hold a ward meeting?')).toEqual(expect.arrayContaining(['inform', 'notify']));
    expect(words('Will they let me know the outcome?')).toContain('told');
    expect(words('Will they let me see the file?')).not.toContain('notify');
  });

  it('reads asking whom to tell, or whether to tell anyone, as asking where a thing is reported or passed', () => {
    expect(words('A contractor sent me a hamper. Who do I tell?')).toEqual(expect.arrayContaining(['report', 'passed']));
    expect(words('Do I need to tell anyone about my brother applying for the job?')).toContain('notify');
    expect(words('Can I tell the press about the new play area?')).not.toContain('report');
  });

  it('reads sacking, letting go and getting rid of staff as dismissal', () => {
    expect(words('Who can sack the caretaker?')).toContain('dismissal');
    expect(words('Can we let the groundsman go?')).toContain('dismissal');
    expect(words('Can I get rid of the assistant clerk?')).toContain('dismiss');
    expect(words('Can I let it go to the next meeting?')).not.toContain('dismissal');
  });

  it('reads taking people on as appointing them, a word with someone as raising it, and a gripe as a complaint', () => {
    expect(words('Who takes on new staff?')).toContain('appoint');
    expect(words('Can I take on the job of chairing the panel?')).not.toContain('appoint');
    expect(words('Can I have a word with the caretaker about the hall?')).toContain('raise');
    expect(words('Where do I take a gripe about the clerk?')).toContain('complaint');
    expect(words('I want to make a complaint about the clerk.')).not.toContain('concern');
  });
});

describe('a setback and "where do I take it now?" (questionType.ts, answers44)', () => {
  it('reads "where do I take it now" after a setback as asking the next step, and not without one', () => {
    expect(asksForNextStep('I raised it with the officer and got nowhere. Where do I take my complaint now?')).toBe(true);
    expect(asksForNextStep('Where do I take my complaint about the officer?')).toBe(false);
  });

  it('reads "fails to resolve" in a condition as the setback a next step is for', () => {
    expect(remedyCue('If talking to the officer fails to resolve the matter, the councillor should raise it with the Clerk.')).toBeGreaterThan(0);
    expect(remedyCue('The councillor should raise it with the Clerk.')).toBe(0);
  });
});
