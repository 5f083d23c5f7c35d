import { notThisPairsRoute } from '../../src/answer/complaintRoute';
import { aboutAnotherSide, routeForComplaintAboutCouncillor } from '../../src/answer/routes';
import type { Clause } from '../../src/protocols/parse';

// answers67 (docs/answers-round67.md): where a protocol sets out no route for a councillor's complaint about another
// councillor, no sentence about another pair may stand in for one. Sentences are my own wording.
const clause = (ref: string, text: string): Clause => ({ ref, heading: 'Complaints', text }) as Clause;

describe("a councillor's complaint about another councillor", () => {
  const filter = notThisPairsRoute('Another councillor keeps breaching the code of conduct. Who do I complain to?', 'councillor')!;

  test('a complaint about staff is read as such, route or not', () => {
    const pointer = 'If a Member has a concern or complaint about, the conduct or capability of any Officer he/she should raise it as paragraph 9 below sets out.';
    expect(aboutAnotherSide(pointer, 'councillor')).toBe(true);
    expect(filter(pointer)).toBe(false);
    const listed = 'If a Councillor is dissatisfied with the conduct, behaviour or performance of the Clerk or another employee, the matter should be raised with the Chair.';
    expect(aboutAnotherSide(listed, 'councillor')).toBe(true);
    // "a member of staff" is staff, not a member.
    expect(aboutAnotherSide('A Councillor unhappy with the conduct of a member of staff shall tell the Clerk.', 'councillor')).toBe(true);
  });

  test('only a route for a complaint about a councillor, or the standards route, can answer', () => {
    expect(routeForComplaintAboutCouncillor('A Member who wishes to complain about another Member should raise it with the Chair of the Council.')).toBe(true);
    expect(routeForComplaintAboutCouncillor('Breaches of this protocol by a Member may result in a complaint to the Monitoring Officer.')).toBe(true);
    expect(routeForComplaintAboutCouncillor('Group leaders must resolve any reported breaches of this protocol by their members.')).toBe(false);
    expect(filter('A timely response from officers to enquiries and complaints;')).toBe(false);
    expect(filter('A breach of the data protection rules may be a criminal offence.')).toBe(false);
  });

  test("the sentences after another pair's route in its clause carry it on, unless they name whom they are about", () => {
    const officers = clause('7', 'An officer who is concerned about a councillor should raise it with the Clerk. The Clerk will decide how it is dealt with. A complaint about a councillor may also be referred to the Monitoring Officer.');
    expect(filter('The Clerk will decide how it is dealt with.', officers)).toBe(false);
    expect(filter('A complaint about a councillor may also be referred to the Monitoring Officer.', officers)).toBe(true);
  });

  test('an officer asking about the Clerk keeps a route that names the Clerk after a councillor’s route', () => {
    const clerk = notThisPairsRoute('How do I make a complaint about the clerk?', 'officer')!;
    const both = clause('8', 'A councillor unhappy with an officer should raise it with the Clerk. A complaint about the Clerk should be made in writing to the Chair.');
    expect(clerk('A complaint about the Clerk should be made in writing to the Chair.', both)).toBe(true);
  });
});
