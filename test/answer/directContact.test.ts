import { asksToGoDirect, directContactCue } from '../../src/answer/directContact';
import { WEIGHTS } from '../../src/answer/select';
import { chooseInOneClause, sideOf } from '../support/answers';

// answers38: "may I approach / talk to a post directly?" (the twelfth session's walk, Tewkesbury). Clause texts and
// questions are my own wording, written for these tests.
describe('asking whether a member may go to one of the staff directly', () => {
  test('is read in its everyday forms, and a direction to staff is not one', () => {
    expect(asksToGoDirect('Can I talk to the planning officer directly?')).toBe(true);
    expect(asksToGoDirect('can I go straight to the head of finance?')).toBe(true);
    expect(asksToGoDirect('Can I email the caretaker myself or must I go through the clerk?')).toBe(true);
    expect(asksToGoDirect('Can I ask the office to direct staff to cut the verges?')).toBe(false);
    expect(asksToGoDirect('Who do I complain to about the clerk?')).toBe(false);
  });

  test('a sentence on whom members may approach, or on requests made directly, carries the cue; a concern sent to the Clerk does not', () => {
    expect(directContactCue('Members may approach any head of service for advice.')).toBe(1);
    expect(directContactCue('Simple enquiries, such as the date of a meeting, may be made to any member of staff directly.')).toBe(1);
    expect(directContactCue('Members should always bring concerns about issues directly to the Clerk.')).toBe(0);
    expect(directContactCue('Members must not give instructions to staff.')).toBe(0);
  });

  const approach = 'Members may approach any director or the chief executive for the information and advice they need in their role.';
  const clause = `Members must not give instructions to any officer. ${approach}`;

  test('the sentence on whom members may approach answers it, and without the cue it does not', () => {
    const question = 'Can I talk to a director directly about my ward?';
    expect(chooseInOneClause(clause, question)).toBe(approach);
    const saved = WEIGHTS.directContact;
    WEIGHTS.directContact = 0;
    try {
      expect(chooseInOneClause(clause, question)).not.toBe(approach);
    } finally {
      WEIGHTS.directContact = saved;
    }
  });

  test('"is X allowed to stop me …" asks whether the asker may', () => {
    expect(sideOf('is the chief executive allowed to stop me talking to a head of service?', 'councillor')).toBe('councillor');
    expect(sideOf('Is the chief executive allowed to refuse a meeting?', 'councillor')).toBe('officer');
  });
});
