import { asksForNextStep, postActs, questionType, remedyCue, typeCue } from '../../src/answer/questionType';
import { AnswerSelector, FEATURE_NAMES } from '../../src/answer/select';
import { parseProtocol } from '../../src/protocols/parse';
import { chooseInOneClause } from '../support/answers';

// The thirteenth answer round (branch answers14): protocols drafted in the impersonal style ("It is not acceptable for a
// councillor to …", "It is for the Clerk to decide …", "Requests are to be made to …"), whose sentences have only "It" or
// "There" as their grammatical subject. Clause texts and questions are written for these tests, in my own words; none is
// taken from an evaluation set or from the Pelsworth pairs.

/** The features the selector gives each sentence of a one-clause protocol, by the sentence's opening words. */
function featuresOf(clauseText: string, question: string, role: 'councillor' | 'officer' = 'councillor') {
  const { clauses } = parseProtocol(`1. Test\n\n1.1 ${clauseText}\n`, 'test');
  let rows: { text: string; features: number[] }[] = [];
  new AnswerSelector().choose(clauses, question, role, [{ clause: clauses[0], prior: 1 }], { onScored: (seen) => (rows = seen) });
  return (start: string, feature: (typeof FEATURE_NAMES)[number]) => rows.find((r) => r.text.startsWith(start))!.features[FEATURE_NAMES.indexOf(feature)];
}

describe('a rule in the impersonal style', () => {
  test('binds the side it names after "for" or "open to", and is a permission or prohibition outright', () => {
    const clause =
      'It is not acceptable for a councillor to use the parish van for private errands. It is open to a member of staff to refuse such a request. The van is kept at the depot.';
    const feature = featuresOf(clause, 'Could I borrow the van to move some furniture at the weekend?');
    expect(feature('It is not acceptable', 'role')).toBe(1);
    expect(feature('It is open to a member of staff', 'role')).toBeLessThan(0);
    expect(feature('It is not acceptable', 'type')).toBe(1);
    expect(feature('The van is kept', 'role')).toBe(0);
  });

  test('"is to" is an obligation and "are free to" a permission, but "the aim is to" is neither', () => {
    expect(typeCue('can', 'Any gift worth more than ten pounds is to be entered in the register.')).toBe(1);
    expect(typeCue('can', 'Councillors are free to speak to residents about any planning application.')).toBe(1);
    expect(typeCue('can', 'The aim of the grants scheme is to support small clubs.')).toBe(0);
    expect(typeCue('can', 'There is no right for a councillor to see the payroll.')).toBe(1);
  });

  test('asked whether they may, a councillor gets the impersonal rule for councillors, not the exception beside it', () => {
    const clause =
      'It is not acceptable for a councillor to direct the grounds team. It is accepted that in a flood a councillor may ask whoever is on duty to close the gates.';
    expect(chooseInOneClause(clause, 'Can I ask the grounds team to cut the hedge?')).toContain('It is not acceptable for a councillor to direct the grounds team.');
  });
});

describe('a post given the act in the impersonal style acts', () => {
  test('"It is for the Clerk to decide", "rests with the Clerk", "is a matter for the committee"', () => {
    expect(postActs('It is for the Town Clerk to decide which contractor is called out.')).toBe(true);
    expect(postActs('Responsibility for the allotment waiting list rests with the Deputy Clerk.')).toBe(true);
    expect(postActs('Any appeal is a matter for the Personnel Committee.')).toBe(true);
    expect(postActs('It is for councillors to agree the budget at a meeting.')).toBe(false);
    expect(typeCue('who', 'It is for the Town Clerk to decide which contractor is called out.')).toBe(1);
  });

  test('the Chairman one is sent to is a post as the Chair is, but not one consulted', () => {
    expect(typeCue('who', 'Where the employee concerned is the Clerk, the declaration is to be made to the Chairman.')).toBe(1);
    expect(typeCue('who', 'An officer may act between meetings in consultation with the Chairman.')).toBe(0.6);
  });
});

describe('no reply is a setback', () => {
  test('"no answer from the clerk … What now?" asks for the next step, which "If you have heard nothing …" offers', () => {
    expect(asksForNextStep('I sent the clerk my questions about the budget three weeks ago and have had no reply. What now?')).toBe(true);
    expect(questionType('What now?')).toBe('how');
    expect(remedyCue('If you have heard nothing within ten working days, you may ask the Chairman to chase it.')).toBe(1);
    const clause =
      'The office replies to letters from councillors within ten working days. A reply may take longer where the letter needs advice from the district council. If you have heard nothing within ten working days, you may ask the Chairman to chase it.';
    expect(chooseInOneClause(clause, "I wrote a letter to the office about the play area a month ago and there's been no reply. What now?")).toContain('If you have heard nothing');
  });
});

describe('an "it" that is a thing, not the impersonal subject', () => {
  test('"it is not required to be in the public domain" is no obligation; "It is not acceptable for …" is', () => {
    expect(typeCue('can', 'Where the minutes are agreed and it is not required to be kept private, a councillor should pass it on.')).toBe(0.6);
    expect(typeCue('can', 'It is not acceptable for a councillor to keep the minutes private.')).toBe(1);
  });
});
