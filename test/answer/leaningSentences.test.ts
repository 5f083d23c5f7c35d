import { leansOnBefore } from '../../src/answer/leaning';
import { asksFirstStep } from '../../src/answer/questionType';
import { chooseInOneClause } from '../support/answers';

// answers48: the right clause, the wrong sentence. A sentence that leans on the one before ("Any offer over that value
// …", "… outside those hours", "You must then …", "… instead") cannot be read alone, so it is quoted with the sentence it
// leans on, and after a chosen sentence it carries on from when it scores nearly as well. Clause texts and questions are
// my own wording, written for these tests; none is taken from an evaluation set or from the design or check pairs.

describe('a sentence that leans on the one before', () => {
  test('points back with a demonstrative, a later step, a continuation or an opening reference', () => {
    expect(leansOnBefore('Any offer over that value must be reported to the Clerk.')).toBe(true);
    expect(leansOnBefore('Staff need not answer the telephone outside those hours.')).toBe(true);
    expect(leansOnBefore('When the Mayor is away the Deputy Mayor carries out these duties.')).toBe(true);
    expect(leansOnBefore('The councillor must then leave the room while the matter is discussed.')).toBe(true);
    expect(leansOnBefore('If the two still disagree, the Chair settles it.')).toBe(true);
    expect(leansOnBefore('If the complaint is about the Mayor, the Clerk tells the Deputy Mayor instead.')).toBe(true);
    expect(leansOnBefore('In that case the councillor may ask the Finance Committee to look at it.')).toBe(true);
    expect(leansOnBefore('However, a councillor may ask for a briefing.')).toBe(true);
  });

  test('not when the noun was named earlier in the sentence, nor a "therefore" joining its own halves, nor a new subject', () => {
    expect(leansOnBefore('Staff arrange committee meetings when the members of that committee ask.')).toBe(false);
    expect(leansOnBefore('Where a service is run by another authority, the councillor should contact that authority.')).toBe(false);
    expect(leansOnBefore('Staff must stay out of party politics, and therefore should not attend group meetings.')).toBe(false);
    expect(leansOnBefore('Councillors should make sure that members of the public are treated with courtesy.')).toBe(false);
    expect(leansOnBefore('Requests for work go to the Clerk.')).toBe(false);
  });

  test("a list's items point back to its lead-in, not to the sentence before", () => {
    expect(leansOnBefore('Councillors should:\n- follow the seven principles;\n- show these principles in what they do.')).toBe(false);
  });
});

describe('quoting a leaning sentence', () => {
  const LIMIT = 'Nobody may accept a gift worth more than £40 from a contractor.';
  const REPORT = 'Any offer over that value must be reported to the Clerk within a week.';

  test('the sentence it leans on is quoted before it', () => {
    expect(chooseInOneClause(`${LIMIT} ${REPORT}`, 'A contractor offered me a hamper worth sixty pounds. Do I have to report the offer?')).toBe(`${LIMIT} ${REPORT}`);
  });

  const CHAIR = 'The Mayor chairs council meetings and represents the council at civic events.';
  const DEPUTY = 'When the Mayor is away the Deputy Mayor carries out these functions.';

  test('a sentence that carries on from the chosen one, and scores nearly as well, is quoted after it', () => {
    expect(chooseInOneClause(`${CHAIR} ${DEPUTY}`, 'The mayor is off sick. Who chairs the meeting?')).toBe(`${CHAIR} ${DEPUTY}`);
  });

  test('a chain of leaning sentences is quoted from where it starts', () => {
    const grant = 'The Council lends councillors a tablet and a printer for their council work.';
    const paid = 'These items are paid for by the Council taxpayer.';
    const limit = 'They must not be used for private business or for campaigning.';
    expect(chooseInOneClause(`${grant} ${paid} ${limit}`, 'Can I use the council tablet for my own business?')).toBe(`${grant} ${paid} ${limit}`);
  });

  test('a sentence that does not lean is quoted alone', () => {
    const apart = 'The Clerk keeps the register of gifts.';
    expect(chooseInOneClause(`${apart} ${REPORT.replace('over that value', 'of a gift')}`, 'Who do I report the offer of a gift to?')).toBe(REPORT.replace('over that value', 'of a gift'));
  });
});

describe('a later step, when the message tells of a first step that failed or asks about the refusal itself', () => {
  const FIRST = 'An employee who is treated badly by a councillor should tell the Clerk, who will try to settle it informally.';
  const LATER = 'If an informal approach does not settle it, the Clerk may refer the matter to the Monitoring Officer.';

  test('"he is still shouting at me" tells of a setback', () => {
    expect(asksFirstStep("The clerk spoke to him but he's still shouting at me. What happens now?")).toBe(false);
    expect(chooseInOneClause(`${FIRST} ${LATER}`, "The clerk had an informal word with him but he's still shouting at me. What happens now?", 'officer')).toBe(LATER);
  });

  test('"is the clerk allowed to say no?" asks about the refusal, not a first step', () => {
    expect(asksFirstStep('Is the clerk allowed to say no when I ask for a report?')).toBe(false);
    expect(asksFirstStep('Can the clerk refuse to give me the file?')).toBe(false);
    expect(asksFirstStep('How do I ask the clerk for a report?')).toBe(true);
  });
});

describe('a grant limited by "None of these may …"', () => {
  test('the limit is quoted with the grant', () => {
    const grant = 'A councillor may use a council meeting room for a ward surgery.';
    const limit = 'None of these rooms may be used for party meetings.';
    expect(chooseInOneClause(`${grant} ${limit}`, 'Can I use a council meeting room for my surgery?')).toBe(`${grant} ${limit}`);
  });
});
