import { AnswerSelector } from '../../src/answer/select';
import { asksForNextStep, questionType, remedyCue, typeCue } from '../../src/answer/questionType';
import type { Clause } from '../../src/protocols/parse';
import { sideOf } from '../support/answers';

// The sixth answer round: after a setback ("the clerk refused", "it hasn't worked"), "what can I do?"
// asks for the next step the protocol offers, not the rule that was applied. Clause texts and questions
// are my own, written for these tests; none is taken from an evaluation set.
const clause = (ref: string, text: string, heading = ''): Clause => ({ council: 'testshire', ref, heading, text });

const access = [
  clause('7', 'Members may ask the Proper Officer for any report or record they need for their work as members. Records held by a committee may be seen by members of that committee.'),
  clause('8', 'Where the Proper Officer declines to supply a record, the member may ask the Policy Committee to review that refusal, and will be told the reasons in writing.'),
];
const concerns = [
  clause('11', 'A member who is worried about the work of an officer should speak to the Proper Officer in private.'),
  clause('12', 'A member who is not satisfied with how the Proper Officer has dealt with such a concern may take it to the Chair of the Personnel Panel.'),
];
const breaches = [
  clause('20', 'A member may ask for a copy of this protocol again at any time, and the council will send one.'),
  clause('21', 'A member who persistently fails to follow this protocol may be removed by the council from its committees.'),
];
const all = (clauses: Clause[]) => clauses.map((c) => ({ clause: c, prior: 1 }));

describe('a setback and "what now?" want the next step', () => {
  test('a setback with a question about what to do next is read as asking for the next step; either alone is not', () => {
    expect(asksForNextStep('The clerk refused to show me the file. What can I do?')).toBe(true);
    expect(asksForNextStep("Having a quiet word hasn't worked. What are my options?")).toBe(true);
    expect(asksForNextStep("I'm not happy with what the clerk did about it. Is there anything I can do?")).toBe(true);
    expect(asksForNextStep('What can I do to help the clerk prepare the agenda?')).toBe(false);
    expect(asksForNextStep('The clerk refused my request last week.')).toBe(false);
  });

  test('a sentence that names the setback or offers a review is a next step; a plain rule is not', () => {
    expect(remedyCue('Where the Proper Officer declines to supply a record, the member may ask the Policy Committee to review that refusal.')).toBe(1);
    expect(remedyCue('If the matter is not resolved informally, a formal complaint may be made.')).toBe(1);
    expect(remedyCue('Appeals are heard by a panel of three members.')).toBeGreaterThan(0);
    expect(remedyCue('Members may ask the Proper Officer for any report they need.')).toBe(0);
  });

  test('refused a record, "what can I do?" is answered by the review, not by the right to see it', () => {
    const chosen = new AnswerSelector().choose(access, "The proper officer won't give me the committee's records because I'm not on it. What can I do about it?", 'councillor', all(access));
    expect(chosen?.ref).toBe('8');
  });

  test('unhappy with how a concern was handled, the member is sent on, not back to where they started', () => {
    const chosen = new AnswerSelector().choose(concerns, "I spoke to the proper officer about the caretaker's work and I'm not happy with what she did about it. What can I do?", 'councillor', all(concerns));
    expect(chosen?.text).toContain('Chair of the Personnel Panel');
  });

  test('"what are my options?" asks how, so a sentence saying what to do gets its cue', () => {
    expect(questionType('What are my options?')).toBe('how');
    expect(questionType("It hasn't worked. What are the next steps?")).toBe('how');
  });
});

describe('after a setback, the next step is the asker\'s, whoever refused', () => {
  // The clerk refused, so the message names an officer; but "what now" asks what the asker may do next.
  const refused = [clause('5', 'A councillor refused a document may put the request to the next meeting of the Council.'), clause('6', 'Staff give advice that is honest and politically neutral, and no councillor shall press a member of staff to change that advice.')];
  test.each(['the clerk refused to give me the payroll report, what now', 'The clerk turned down my request for the lease. What can I do next?'])('%s', (question) => {
    expect(sideOf(question, 'councillor')).toBe('councillor');
    expect(new AnswerSelector().choose(refused, question, 'councillor', refused.map((c) => ({ clause: c, prior: 1 })))?.ref).toBe('5');
  });
});

describe('everyday words for repetition and for ignoring a rule', () => {
  test('a member who ignores the protocol again and again meets the sentence on persistent failure', () => {
    const chosen = new AnswerSelector().choose(breaches, 'One member has ignored this protocol again and again. What can the council do about it?', 'councillor', all(breaches));
    expect(chosen?.ref).toBe('21');
  });
});

describe('"who" wants the post one is sent to', () => {
  test('"tell the Proper Officer", "put to the Mayor" name a post that acts', () => {
    expect(typeCue('who', 'An officer who is upset should tell the Proper Officer as soon as they can.')).toBe(1);
    expect(typeCue('who', 'If it concerns the Town Clerk, the question should be put to the Mayor.')).toBe(1);
    expect(typeCue('who', 'The Mayor opened the new pavilion.')).toBeLessThan(1);
  });
});

describe('a condition before the question', () => {
  test('"If I …, will it …?" asks what will happen, and a "he" inside the condition does not change whose side it is', () => {
    expect(questionType('If I report the chairman for how he speaks to me, will it go against me?')).toBe('will');
    const gifts = [
      clause('40', 'An officer who reports a member in good faith will not be disadvantaged in any way. Reports will be kept on file for six years.'),
    ];
    const chosen = new AnswerSelector().choose(gifts, 'If I report the chairman for how he speaks to me, will it be held against me?', 'officer', all(gifts));
    expect(chosen?.text).toContain('will not be disadvantaged');
  });
});

describe('everyday words for what a protocol says formally', () => {
  const letters = [
    clause('50', 'Letters and emails sent in the council’s name are signed by the Proper Officer. If an officer copies a member’s correspondence to a third party, the member will be informed.'),
  ];
  const gifts = [
    clause('60', 'No member may accept hospitality or gifts from a supplier of the council. Tickets for civic events are sent out to members by the Proper Officer.'),
  ];
  test('a forwarded email is copied correspondence', () => {
    const chosen = new AnswerSelector().choose(letters, 'The office forwarded my email to the police. Shouldn’t someone have said?', 'councillor', all(letters));
    expect(chosen?.text).toContain('copies a member’s correspondence');
  });
  test('"can I keep them?" about tickets asks whether a gift may be accepted', () => {
    const chosen = new AnswerSelector().choose(gifts, 'A firm that wants our grass-cutting work sent me concert tickets. Can I keep them?', 'councillor', all(gifts));
    expect(chosen?.text).toContain('may accept hospitality or gifts');
  });
});
