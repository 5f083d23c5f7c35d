import { asksDefinition, asksSpan, breachCondition, definitionCue, spanCue, typeCue } from '../../src/answer/questionType';
import { chooseInOneClause } from '../support/answers';

// answers42: on a protocol written a minute ago (its own Part/1(a) layout, a glossary clause), three kinds of question
// met sentences whose form the type cues did not read. A definition question ("What counts as a working day?") found no
// cue in the glossary sentence that answers it; a span question ("How long …?") took any time word ("at its next
// meeting") as well as a span ("within ten working days"); and "what happens if I break it?" found no consequence in a
// sentence whose condition is the breach ("Where a councillor appears to have broken this protocol, the Chair will …").
// Clause texts and questions are my own wording, not from any evaluation set.

/** Two more sentences, so that a clause's words are not all in every sentence. */
const OTHERS = 'Councillors and officers will treat one another with courtesy. The Clerk manages the staff.';

describe('a definition question', () => {
  const GLOSSARY = 'In these rules, "councillor" includes a co-opted councillor, and "working day" means any weekday that is not a bank holiday.';
  const RULE = 'Questions about what these rules mean for a working day deadline should go to the Clerk.';
  const CLAUSE = `${GLOSSARY} ${RULE} ${OTHERS}`;

  test('is read from its wording', () => {
    expect(asksDefinition('What counts as a working day here?')).toBe(true);
    expect(asksDefinition('What does "officer" mean in the protocol?')).toBe(true);
    expect(asksDefinition('What is meant by a co-opted member?')).toBe(true);
    expect(asksDefinition('What does the vice-chair do when the chair is away?')).toBe(false);
    expect(asksDefinition('Can I see the minutes?')).toBe(false);
  });

  test('a glossary sentence gives a meaning; an explanation does not', () => {
    expect(definitionCue(GLOSSARY)).toBe(1);
    expect(definitionCue('"Staff" means every person the Council employs.')).toBe(1);
    expect(definitionCue('This means that the Clerk decides the order of work.')).toBe(0);
  });

  test('is answered by the glossary sentence', () => {
    // Before: the rule that shares more of the question's words ("what … mean", "working day").
    expect(chooseInOneClause(CLAUSE, 'What counts as a working day under these rules?')).toBe(GLOSSARY);
  });
});

describe('a question asking how long', () => {
  const LATER = 'If the Clerk turns down a request for a paper, the councillor may ask the Resources Committee to look at it at its next meeting.';
  const SPAN = 'Requests go to the Clerk in writing, and the Clerk will normally send the paper within ten working days.';
  const CLAUSE = `Councillors may see any paper that they need for their work. ${SPAN} ${LATER} ${OTHERS}`;

  test('asks a span; "when" alone does not', () => {
    expect(asksSpan('How long will I wait for the paper?')).toBe(true);
    expect(asksSpan('How soon should the clerk reply?')).toBe(true);
    expect(asksSpan('When was the protocol last reviewed?')).toBe(false);
    expect(spanCue(SPAN)).toBe(true);
    expect(spanCue(LATER)).toBe(false);
  });

  test('is answered by the sentence that gives a span, not one with another time word', () => {
    // Before: "at its next meeting" was as good a time as "within ten working days", and the councillor's own step won.
    expect(typeCue('when', LATER)).toBe(1);
    expect(chooseInOneClause(CLAUSE, 'How long will I wait for a paper once I have asked the Clerk for it?')).toBe(SPAN);
    expect(chooseInOneClause(CLAUSE, 'How soon will I get the paper I asked the Clerk for?')).toBe(SPAN);
  });
});

describe('what happens after a breach', () => {
  const CASE = 'Where a councillor appears to have breached this protocol, the Chair will first talk to them in private.';
  const NEXT = 'A serious or repeated breach may be reported to the Monitoring Officer.';
  const STAFF = 'An employee who breaches this protocol may face action under the disciplinary procedure.';

  test('a sentence whose condition is a breach states a consequence; a suspicion of one does not', () => {
    expect(breachCondition(CASE)).toBe(true);
    expect(typeCue('what_if', CASE)).toBe(1);
    expect(breachCondition('If an officer believes that a councillor may be in breach of the Code, they should tell the Clerk.')).toBe(false);
  });

  test('is answered by the case for the asker, with the sentence that carries it on', () => {
    // Before: the employee's sentence, whose "may face action" was the only consequence read.
    expect(chooseInOneClause(`${CASE} ${NEXT} ${STAFF} ${OTHERS}`, 'What happens if I breach this protocol?')).toBe(`${CASE} ${NEXT}`);
  });
});
