import { chooseInOneClause } from '../support/answers';
import { typeCue } from '../../src/answer/questionType';

// The fifty-sixth answer round (branch answers56): "Can the chairman make a decision between meetings?" asks about a
// third party's power, which a protocol may deny as something held ("No single member has authority to …", "has no
// greater power than …") rather than with a modal. Clause texts and questions are written for these tests, in my own
// words; none is taken from an evaluation set or from the design or check pairs.

describe('a power denied as something its subject lacks', () => {
  test('is a "can …?" answer as "may not" is', () => {
    expect(typeCue('can', 'No single member has authority to bind the Council on their own.')).toBe(1);
    expect(typeCue('can', 'No councillor has the power to hire staff.')).toBe(1);
    expect(typeCue('can', 'The Mayor chairs the meetings but has no greater power than other members to decide anything.')).toBe(1);
    expect(typeCue('can', 'Members have no authority to direct the groundsmen.')).toBe(1);
  });

  test('a power held, or a duty held, is not read as one', () => {
    expect(typeCue('can', 'Officers have a duty to give balanced advice.')).toBe(0);
    expect(typeCue('can', 'The hall has no heating in the main room.')).toBe(0);
  });

  test('so the denial is quoted for "can the chair …?", not a sentence that only shares its words', () => {
    const rule = 'No single member has authority to settle a matter on behalf of the Council outside a meeting.';
    const clause = `Between meetings the chair should settle with the Clerk which matters go on the next agenda. ${rule} The vice-chair takes the chair when the chair is away.`;
    expect(chooseInOneClause(clause, 'Can the chair settle a matter by herself between meetings?')).toContain(rule);
  });
});
