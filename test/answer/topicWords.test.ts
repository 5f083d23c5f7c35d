import { coveredSentence } from '../../src/answer/coveredOutOfScope';
import { thingsOfKinds } from '../../src/answer/thingKinds';
import { topicWordsFor } from '../../src/answer/topicWords';
import { parseProtocol } from '../../src/protocols/parse';

// messy-round36: on a council's own protocol, a message the model reads as out of scope in everyday words ("fuel", the
// office shutting, a lunch invitation) is met by the rule on its topic in the protocol's words (expenses, hours,
// hospitality). The protocol text and the questions are my own, written for these tests; none is from an evaluation set.
const BRAMLEY = `Bramley Parish Council: Councillors and Staff

1. Staff hours

1.1 Staff work set hours, 9am to 4pm on weekdays. Councillors should not telephone them outside those hours unless there is an emergency.

2. Money

2.1 Councillors' expenses are claimed from the Finance Officer within one month.

3. Gifts

3.1 Hospitality offered to a councillor must be entered in the register kept by the Clerk.
`;

const { clauses } = parseProtocol(BRAMLEY, 'bramley');

describe('everyday words that name a protocol topic', () => {
  it('reads mileage, fuel and a clock time as the topic they name', () => {
    expect(topicWordsFor('Can I claim for fuel?').get('fuel')).toMatch(/expenses/);
    expect(topicWordsFor('who do I ring at 10 pm').get('10pm')).toBe('hours');
    expect(topicWordsFor('the office shuts at 4.30pm').get('4.30pm')).toBe('hours');
  });

  it('reads "time" as hours only beside a word for opening or shutting', () => {
    expect(topicWordsFor('what time is the meeting').has('time')).toBe(false);
    expect(topicWordsFor('what time does the office shut').get('time')).toBe('hours');
  });

  it('finds the expenses rule for a claim in other words', () => {
    expect(coveredSentence(clauses, 'Is there a deadline to claim fuel?')?.ref).toBe('2.1');
  });

  it('finds the hours rule for the office shutting and a phone call', () => {
    expect(coveredSentence(clauses, 'Who do I phone once the office shuts?')?.ref).toBe('1.1');
  });

  it('finds the hospitality rule for a meal offered in the asking sentence itself', () => {
    expect(thingsOfKinds('Do I need to log a lunch invitation from a supplier?')).toEqual([]);
    expect(thingsOfKinds('Do I need to log a lunch invitation from a supplier?', { givenAsked: true })).toEqual([{ thing: 'lunch', words: 'hospitality' }]);
    expect(coveredSentence(clauses, 'Do I need to log a lunch invitation from a supplier?')?.ref).toBe('3.1');
  });

  it('leaves a meal the asker has, not one offered, unmet', () => {
    expect(coveredSentence(clauses, 'Can I have lunch at my desk?')).toBeNull();
  });
});
