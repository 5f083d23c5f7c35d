import { WEIGHTS } from '../../src/answer/select';
import { asksFirstStep, laterStepCue } from '../../src/answer/questionType';
import { chooseInOneClause } from '../support/answers';

// answers29: a sentence written for after a first step has failed ("A councillor whose request has been refused may ask
// …") shares the words of a first-step question (the request, the document) and beat the first step ("Requests should be
// made to the Clerk"). To a message that tells of no setback, real or supposed, it now gives way; whether any sentence
// answers is still decided without it. Clause texts and questions are my own wording, not from any evaluation set.

const ENTITLED = 'Councillors may see any document of the council that they need for their work as councillors.';
const FIRST = 'Requests for documents should be made to the Clerk.';
const LATER = 'A councillor whose request for a document has been refused may ask the Resources Committee to review the refusal of the request.';
const CLAUSE = `${ENTITLED} ${FIRST} ${LATER}`;

describe('a sentence for after a failed first step', () => {
  test('is read from its condition, not from a rule that mentions refusing', () => {
    expect(laterStepCue(LATER)).toBe(true);
    expect(laterStepCue('If the Clerk refuses a request, reasons will be given in writing.')).toBe(true);
    expect(laterStepCue('If you have heard nothing after a fortnight, you may ask the Chair to chase it.')).toBe(true);
    expect(laterStepCue('Where an informal talk does not settle the matter, the employee may complain to the Monitoring Officer.')).toBe(true);
    expect(laterStepCue('You may then ask the Chair to look again.', 'If the Clerk declines to give you a file, you will be told why.')).toBe(true);
    expect(laterStepCue('An employee who is asked to canvass for a party may decline.')).toBe(false);
    expect(laterStepCue('The Clerk may refuse a request that would take too much staff time.')).toBe(false);
    expect(laterStepCue(FIRST)).toBe(false);
  });

  test('a message asks the first step only when it tells of no setback, real or supposed', () => {
    expect(asksFirstStep('How do I get hold of the tree survey for the rec?')).toBe(true);
    expect(asksFirstStep('The clerk refused to give me the tree survey. What can I do?')).toBe(false);
    expect(asksFirstStep("What if the clerk won't give me the tree survey?")).toBe(false);
    expect(asksFirstStep('Can I appeal if the answer is no?')).toBe(false);
  });

  test('gives way to the first step when the message tells of no setback', () => {
    expect(chooseInOneClause(CLAUSE, 'I need the tree survey document. Who should my request go to?')).toBe(FIRST);
  });

  test('still answers a message that tells of one', () => {
    expect(chooseInOneClause(CLAUSE, 'My request for the tree survey document was refused by the clerk. What can I do now?')).toBe(LATER);
  });

  test('the later step is what decided it', () => {
    const saved = WEIGHTS.laterStep;
    WEIGHTS.laterStep = 0;
    try {
      expect(chooseInOneClause(CLAUSE, 'I need the tree survey document. Who should my request go to?')).toBe(LATER);
    } finally {
      WEIGHTS.laterStep = saved;
    }
  });
});
