import { chooseInOneClause, sideOf } from '../support/answers';
import { dutyAsked, statesConduct } from '../../src/answer/questionType';

// The fifty-eighth answer round (branch answers58): "Do officers have to stay neutral …?" asks a party's duty, which a
// protocol often states with no modal ("Staff serve the Council as a whole …", "The Clerk will: …", "Officers have a duty
// to …"), so a "may" or "must" sentence about someone else won. Clause texts and questions are written for these tests, in
// my own words; none is taken from an evaluation set or from the design or check pairs.

describe('a question of duty', () => {
  test('is read with whose duty it asks', () => {
    expect(dutyAsked('Do officers have to stay neutral when councillors argue?')).toBe('officers');
    expect(dutyAsked('Is the clerk required to minute every meeting?')).toBe('the clerk');
    expect(dutyAsked('Must the clerk attend the annual parish meeting?')).toBe('the clerk');
    expect(dutyAsked('Hi, quick one: are councillors expected to reply to residents?')).toBe('councillors');
    expect(dutyAsked('Do I have to declare it?')).toBe('I');
  });

  test('a question of permission is not one', () => {
    expect(dutyAsked('Can officers go to a party group meeting?')).toBeUndefined();
    expect(dutyAsked('Am I allowed to ring the clerk at home?')).toBeUndefined();
    expect(dutyAsked('Is it OK to ask the clerk for the figures?')).toBeUndefined();
  });

  test('its side is the party whose duty it asks, not every side it names', () => {
    expect(sideOf('Do officers have to stay neutral when councillors argue?', 'councillor')).toBe('officer');
    expect(sideOf('Are councillors obliged to answer letters from staff?', 'officer')).toBe('councillor');
  });
});

describe('a sentence stating a party’s conduct', () => {
  test('with no modal, or a bare "should", counts', () => {
    expect(statesConduct('Staff serve the whole Council and stay out of party politics.')).toBe(true);
    expect(statesConduct('The Clerk will:\n• publish the agenda;\n• keep the minutes.')).toBe(true);
    expect(statesConduct('Employees have a legal duty to act impartially.')).toBe(true);
    expect(statesConduct('When advising members, officers should give balanced advice.')).toBe(true);
  });

  test('a negation, or a party inside a longer subject, does not', () => {
    expect(statesConduct('Staff will not take on work for a single councillor.')).toBe(false);
    expect(statesConduct('Members of the finance committee must meet quarterly.')).toBe(false);
    expect(statesConduct("Officers' reports go to the committee a week ahead.")).toBe(false);
  });

  test('so it answers "do officers have to …?" over a rule for the other side that shares its words', () => {
    const duty = 'Staff give every councillor even-handed advice, whatever their party.';
    const clause = `Councillors must not press a member of staff to take a side in a party dispute. ${duty}`;
    expect(chooseInOneClause(clause, 'Do staff have to stay even-handed when councillors of different parties dispute something?')).toContain(duty);
  });

  test('but not a question about the asker\'s own duty', () => {
    const rule = 'Councillors must register any gift worth more than £25 within 28 days.';
    const clause = `Councillors are elected by the residents of their ward. ${rule}`;
    expect(chooseInOneClause(clause, 'A supplier gave me a bottle of wine. Do I have to register it?')).toContain(rule);
  });
});
