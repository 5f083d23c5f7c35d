import { AnswerSelector, WEIGHTS } from '../../src/answer/select';
import type { Clause } from '../../src/protocols/parse';

// answers50 (issue #10): refused a paper, a councillor who asks who else can decide wants the clause giving the next
// step, not the entitlement the message shares most words with (a document, a report, the council's holding it, the
// work). With the remedy cue weighted 0.5 the entitlement's extra shared words won; at 1 the step does. Clause texts
// and questions are my own wording, written for this test; none is taken from an evaluation set.
const clause = (ref: string, text: string): Clause => ({ council: 'testshire', ref, heading: '', text });
const clauses = [
  clause('3', 'Councillors are entitled to see any letter or report held by the Council that they need in order to do their work as councillors.'),
  clause('4', 'Where the Clerk declines to provide a document, the councillor may ask that the matter be decided by the Chair and Vice-Chair together.'),
];
const refOf = (question: string) => new AnswerSelector().choose(clauses, question, 'councillor', clauses.map((c) => ({ clause: c, prior: 1 })))?.ref;
const REFUSED = "The clerk won't let me see the letter and report the council holds on the flood work. Is there anyone above her I can go to?";

describe('after a refusal, the next step outweighs the entitlement the message shares words with', () => {
  test('the step is chosen', () => {
    expect(refOf(REFUSED)).toBe('4');
  });

  test('the remedy weight is what decided it', () => {
    const saved = WEIGHTS.remedy;
    WEIGHTS.remedy = 0.5;
    try {
      expect(refOf(REFUSED)).toBe('3');
    } finally {
      WEIGHTS.remedy = saved;
    }
  });

  test('a message telling of no setback still gets the entitlement', () => {
    expect(refOf('Can I see the report the council holds on the flood work?')).toBe('3');
  });
});
