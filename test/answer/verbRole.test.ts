import { chooseInOneClause } from '../support/answers';
import { askerVerbStems, verbRoleIn } from '../../src/answer/verbRole';
import { WEIGHTS } from '../../src/answer/select';
import { stem } from '../../src/nlu/normalize';

// The fifty-seventh answer round (branch answers57): a question's one verb ("Who should I tell?", "How do I handle this?")
// matched in an off-topic sentence where the verb is another's act ("The Clerk handles press enquiries", "An officer who …
// should tell the Clerk" to a councillor), done to a person, or in an aside. Clause texts and questions are written for
// these tests, in my own words; none is taken from an evaluation set or from the design or check pairs.

describe("the asker's own act in the asking sentence", () => {
  test('is the first verb after "I" or "we", past the words that frame it', () => {
    expect(askerVerbStems('Who should I tell?')).toEqual([stem('tell')]);
    expect(askerVerbStems('Am I allowed to answer him?')).toEqual([stem('answer')]);
    expect(askerVerbStems('Can I just ask the caretaker?')).toEqual([stem('ask')]);
    expect(askerVerbStems('Do I need to say anything?')).toEqual([stem('say')]);
  });

  test('is not a condition, nor what the asker is', () => {
    expect(askerVerbStems('If I ask an officer for advice, will it be shared?')).toEqual([]);
    expect(askerVerbStems('Am I employed by the mayor?')).toEqual([]);
    expect(askerVerbStems('Who am I accountable to?')).toEqual([]);
    expect(askerVerbStems('Can I be told the outcome?')).toEqual([]);
  });
});

describe('the role a verb plays in a protocol sentence', () => {
  const tell = stem('tell');
  test("the asker's side, the reader or an instruction: the asker's own act", () => {
    expect(verbRoleIn('A councillor who is related to a member of staff must tell the Clerk.', tell, 'councillor')).toBe('own');
    expect(verbRoleIn('If you are worried, tell the Clerk.', tell, 'officer')).toBe('own');
    expect(verbRoleIn('Information must only be used by the Member for council business.', stem('use'), 'councillor')).toBe('own');
  });

  test("the other side's, a post's, done to a person or in an aside: another's", () => {
    expect(verbRoleIn('An officer who feels pressured should tell the Clerk.', tell, 'councillor')).toBe('other');
    expect(verbRoleIn('The Clerk handles enquiries from the press.', stem('handle'), 'officer')).toBe('other');
    expect(verbRoleIn('A member of staff who ignores this guide may be dealt with under the disciplinary procedure.', stem('dealt'), 'councillor')).toBe('other');
    expect(verbRoleIn('Concerns will be kept as private as the law allows.', stem('allow'), 'councillor')).toBe('other');
    expect(verbRoleIn('Requests go to the Clerk, who will look into them and tell the councillor the outcome.', tell, 'officer')).toBe('other');
  });

  test('a thing acted on, or a pronoun, is not read', () => {
    expect(verbRoleIn('Gifts worth less than £25 may be kept.', stem('keep'), 'officer')).toBe('unknown');
    expect(verbRoleIn('They should tell the Clerk.', tell, 'councillor')).toBe('unknown');
  });
});

describe('a sentence sharing only the verb, as another’s act', () => {
  test("loses to the rule for the asker's own side", () => {
    const rule = 'A councillor must declare any family link with a member of staff in writing to the Clerk.';
    const clause = `An officer who is offered a gift should tell the Clerk. ${rule}`;
    expect(WEIGHTS.offRoleVerb).toBeLessThan(1);
    expect(chooseInOneClause(clause, 'My cousin has just started as the caretaker. Who do I tell?', 'councillor')).toBe(rule);
  });
});
