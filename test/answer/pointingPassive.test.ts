import { chooseInOneClause, sideCuesInOneClause as sideCues } from '../support/answers';

// answers51: a rule in the passive whose subject is "it" or "they" ("If the worry is about the Clerk, it should be taken
// to …") names no side, so the side cue (+1 for the asker's side) went to the clause's opening rule, which names the
// asker's side and shares more of the question, and the opening rule was quoted though the later one answers. Such a
// rule now takes the side of the sentence before it that names one, as "They must …" did. Clauses and questions are my
// own wording, not taken from any evaluation set or pair file.

const OPENING = 'A councillor who is unhappy with the work of a member of staff should raise it quietly with the Clerk.';
const ABOUT_CLERK = 'If the concern is about the Clerk, it should be taken to the chair of the Staffing Committee.';
const THIS_RULE = 'These should be kept in a locked drawer.';

describe('a passive rule whose subject is "it" or "they"', () => {
  test('takes the side of the sentence before it that names one', () => {
    const cues = sideCues(`${OPENING} ${ABOUT_CLERK}`, "I'm not happy with how the clerk herself is doing things. Who do I go to?");
    expect(cues[OPENING]).toBe(1);
    expect(cues[ABOUT_CLERK]).toBe(1);
  });

  test('so the rule for the case asked about is quoted, not the clause opening', () => {
    expect(chooseInOneClause(`${OPENING} ${ABOUT_CLERK}`, "I'm not happy with how the clerk herself is doing things. Who do I go to?")).toBe(ABOUT_CLERK);
  });

  test('a rule on "These …" takes no side: it points to a thing, and took answers from other clauses', () => {
    const cues = sideCues(`${OPENING} ${THIS_RULE}`, 'Where do I keep the papers?');
    expect(cues[THIS_RULE]).toBe(0);
  });
});
