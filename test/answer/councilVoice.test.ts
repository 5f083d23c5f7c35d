import { chooseInOneClause } from '../support/answers';
import { asksRouteAfterMistreatment, questionType, routeCue, typeCue } from '../../src/answer/questionType';

// The eighteenth answer round (branch answers18): a protocol written in the council's own voice states its rules in
// the plain present ("Our staff do not accept gifts …", "We do not investigate …"), and a message that tells of being
// wronged and asks what to do wants the route, not the rule of courtesy that was broken. Clause texts and questions are
// written for these tests, in my own words; none is taken from an evaluation set or from the design or check pairs.

describe('a rule in the plain present, with no modal', () => {
  test('"do not" in the main clause is a "can I" answer, as a bare "should" is', () => {
    expect(typeCue('can', 'Our groundsmen do not take jobs from individual councillors.')).toBe(0.6);
    expect(typeCue('can', 'We do not lend council tools to residents.')).toBe(0.6);
  });

  test('"does not" in a leading condition, or describing what a text does, is not a rule', () => {
    expect(typeCue('can', 'If a quiet word does not settle it, the Clerk arranges a meeting.')).toBe(0);
    expect(typeCue('can', 'This guide does not replace the standing orders.')).toBe(0);
  });

  test('so the rule is quoted for "can I …?", not only a description of the same staff', () => {
    const rule = 'Our groundsmen do not take a job from anyone but the Clerk.';
    const clause = `The groundsmen's jobs for the week are given out at the depot. ${rule} The hall is let to local groups on weekday evenings.`;
    expect(chooseInOneClause(clause, 'Can I give the groundsmen a job to do by my house?')).toContain(rule);
  });
});

describe('a message that tells of being wronged and asks what to do', () => {
  test('is read as asking for a route only when the asker was wronged and asks what to do or whom to tell', () => {
    expect(asksRouteAfterMistreatment('Cllr Price shouted at me in the car park. What should I do?')).toBe(true);
    expect(asksRouteAfterMistreatment('The chairman has been patronising to me all week. Who do I tell?')).toBe(true);
    expect(asksRouteAfterMistreatment("I've got a grievance about the rota the deputy clerk drew up. Where do I take it?")).toBe(true);
    expect(asksRouteAfterMistreatment('The chairman has been patronising to the new clerk. Is that allowed?')).toBe(false);
    expect(asksRouteAfterMistreatment('What should I do if I lose my council laptop?')).toBe(false);
  });

  test('a sentence that sends the matter to a post is a route; a rule of conduct is not', () => {
    expect(routeCue('Anyone on the staff who is spoken to rudely by a councillor should tell the Parish Clerk.')).toBe(1);
    expect(routeCue('Councillors should not raise a complaint about staff with the press.')).toBe(0);
    expect(routeCue('Councillors and staff are polite to one another at all times.')).toBe(0);
  });

  test('the route is the answer, not the courtesy rule that shares the story\'s words', () => {
    const route = 'Anyone on the staff who is treated rudely by a councillor should tell the Parish Clerk.';
    const clause = `Councillors and staff are always courteous and respectful to each other, on the phone as in person. ${route}`;
    expect(chooseInOneClause(clause, 'A councillor was really rude to me on the phone. What should I do?', 'officer')).toBe(route);
  });

  test('"What\'s the right thing to do?" asks how, as "What should I do?" does', () => {
    expect(questionType('The chair keeps ringing me at home. What\'s the right thing to do?')).toBe('how');
  });
});
