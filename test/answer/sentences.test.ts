import { splitSentences } from '../../src/answer/sentences';
import { library } from '../support/fixtures';

const clauseText = (council: string, ref: string): string => library().clause(council, ref)!.text;
const units = (text: string): string[] => splitSentences(text).map((u) => u.text);

describe('sentences of the shipped protocols', () => {
  test('alsager 20: "e.g." does not end the sentence', () => {
    expect(units(clauseText('alsager', '20'))).toEqual([
      "Members must respect the impartiality of officers and do nothing to compromise it, e.g. by insisting an officer change his/her professional advice.",
    ]);
  });

  test('flitwick 70: "i.e." and curly quotes stay inside their sentence', () => {
    expect(units(clauseText('flitwick', '70'))).toEqual([
      'Correspondence between an individual Councillor and an officer should not be copied to another Councillor unless the author expressly intends and states that this is the case or consents.',
      'Where correspondence is copied, this should always be made explicit, i.e. there should be no “blind” copies.',
    ]);
  });

  test('tewkesbury 3.3: a bracketed "(i.e. …)" and straight quotes stay inside their sentence', () => {
    const found = units(clauseText('tewkesbury', '3.3'));
    expect(found).toHaveLength(2);
    expect(found[1]).toMatch(/^However, a Member does not have the right to be provided with "exempt" or "confidential" information \(i\.e\. that which is not available to the public\) unless .* as a Councillor\.$/);
  });

  test('halstead 1.2: an inline (a) … (g) list is one sentence', () => {
    const found = units(clauseText('halstead', '1.2'));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^The Council's elected members are responsible for: \(a\) giving the council leadership;.*\(g\) representing the area and the Council externally\.$/);
  });

  test('halstead 1.3: a lead-in ending in a colon and its lettered list are one unit', () => {
    const found = units(clauseText('halstead', '1.3'));
    expect(found).toHaveLength(1);
    expect(found[0].split('\n')).toHaveLength(4);
  });

  test('cottingham 3.1: a lead-in and its bullets are one unit, so "four main areas" comes with the four', () => {
    const [unit] = units(clauseText('cottingham', '3.1'));
    expect(unit.startsWith('Councillors have four main areas of responsibility:\n• To determine Council policy')).toBe(true);
    expect(unit.endsWith('• To act as advocates for their constituents.')).toBe(true);
  });

  test('alsager 61: bullets without full stops stay with their lead-in', () => {
    const found = units(clauseText('alsager', '61'));
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('• Take up the concern with the Officer or Line Manager privately');
  });

  test('tewkesbury 2.9: a long list of full sentences is split, and the sentences after the last item stand alone', () => {
    const found = units(clauseText('tewkesbury', '2.9'));
    expect(found[0]).toBe('Officers can expect Members to:');
    expect(found).toContain("Any dispute as to urgency should be referred to the Officer's Manager.");
    expect(found).toContain('Members are not entitled to demand urgent responses to correspondence/calls unless the subject matter is deemed by the Officer to be urgent.');
  });

  test('flitwick 18: the sentence after the last bullet, on the same line, is not part of that bullet', () => {
    const found = units(clauseText('flitwick', '18'));
    expect(found).toHaveLength(2);
    expect(found[0].startsWith('Councillors are not authorised to instruct officers other than:\n')).toBe(true);
    expect(found[0].endsWith('where staff have been specifically allocated to give support to a Councillor or group of Councillors.')).toBe(true);
    expect(found[1]).toBe('In practice the Mayor will be consulted on the Agenda of full Council and offer guidance to the Clerk on behalf of the Council.');
  });

  test('every unit of every shipped clause is a verbatim slice of the clause', () => {
    for (const id of library().ids()) {
      for (const clause of library().get(id).clauses) {
        for (const unit of splitSentences(clause.text)) {
          expect(clause.text.slice(unit.start, unit.end)).toBe(unit.text);
          expect(unit.text.trim()).toBe(unit.text);
          expect(unit.text.length).toBeGreaterThan(0);
        }
      }
    }
  });
});

describe('abbreviations, numbers and quotations', () => {
  test.each([
    ['Cllr. Smith raised it with the Clerk. The Clerk replied.', ['Cllr. Smith raised it with the Clerk.', 'The Clerk replied.']],
    ['See Standing Order No. 3 for the rule. It applies to all.', ['See Standing Order No. 3 for the rule.', 'It applies to all.']],
    ['Mr. Jones and Dr. Patel attended. Both spoke.', ['Mr. Jones and Dr. Patel attended.', 'Both spoke.']],
    ['Officers must say "No." They must not be pressed.', ['Officers must say "No."', 'They must not be pressed.']],
    ['The limit (see 2.12.6) applies. It is firm.', ['The limit (see 2.12.6) applies.', 'It is firm.']],
    ['Phones, laptops etc. are provided. Return them.', ['Phones, laptops etc. are provided.', 'Return them.']],
  ])('%s', (text, expected) => {
    expect(units(text)).toEqual(expected);
  });
});

describe('a list whose last line runs on into the next paragraph', () => {
  const lines = (...l: string[]): string => l.join('\n');

  test('the sentences after the last bullet stand alone when every other bullet is one sentence', () => {
    const text = lines('Staff may refuse a request:', '- made outside office hours;', '- made by text message. Refusals are recorded by the Clerk.');
    expect(units(text)).toEqual([
      lines('Staff may refuse a request:', '- made outside office hours;', '- made by text message.'),
      'Refusals are recorded by the Clerk.',
    ]);
  });

  test('a list whose bullets each hold two sentences stays one unit', () => {
    const text = lines('Members should:', '- book rooms early. The diary fills quickly.', '- return keys. Lost keys are charged.');
    expect(units(text)).toEqual([text]);
  });

  test('a lettered list runs on too', () => {
    const text = lines('The Clerk decides:', '(a) the agenda;', '(b) the minutes. Members may comment on both.');
    expect(units(text)).toEqual([lines('The Clerk decides:', '(a) the agenda;', '(b) the minutes.'), 'Members may comment on both.']);
  });
});
