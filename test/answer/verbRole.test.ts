import { chooseInOneClause } from '../support/answers';
import { askerVerbStems, verbRoleIn } from '../../src/answer/verbRole';
import { WEIGHTS } from '../../src/answer/select';
import { stem } from '../../src/nlu/normalize';

// The fifty-seventh answer round (branch answers57): a question's one verb ("Who should I tell?", "How do I handle this?")
// matched in an off-topic sentence where the verb is a post's act ("The Clerk handles press enquiries"), done to a person,
// or in an aside. Clause texts and questions are written for
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

  test("a post's or a body's, done to a person or in an aside: another's", () => {
    expect(verbRoleIn('The Clerk handles enquiries from the press.', stem('handle'), 'officer')).toBe('other');
    expect(verbRoleIn('A member of staff who ignores this guide may be dealt with under the disciplinary procedure.', stem('dealt'), 'councillor')).toBe('other');
    expect(verbRoleIn('Concerns will be kept as private as the law allows.', stem('allow'), 'councillor')).toBe('other');
    expect(verbRoleIn('Requests go to the Clerk, who will look into them and tell the councillor the outcome.', tell, 'officer')).toBe('other');
  });

  test("a thing acted on, a pronoun, or the other side's own act (the side cue weighs that) is not read", () => {
    expect(verbRoleIn('An officer who feels pressured should tell the Clerk.', tell, 'councillor')).toBe('unknown');
    expect(verbRoleIn('Gifts worth less than £25 may be kept.', stem('keep'), 'officer')).toBe('unknown');
    expect(verbRoleIn('They should tell the Clerk.', tell, 'councillor')).toBe('unknown');
  });
});

describe('a sentence sharing only the verb, as a post’s act', () => {
  test("loses to the rule on the asker's case", () => {
    const rule = 'Calls to staff at home after six in the evening are not acceptable.';
    const clause = `The Clerk handles every enquiry from the press. ${rule}`;
    expect(WEIGHTS.offRoleVerb).toBeLessThan(1);
    expect(chooseInOneClause(clause, 'A councillor keeps ringing me at home. How do I handle this?', 'officer')).toBe(rule);
  });
});
