import { WEIGHTS } from '../../src/answer/select';
import { chooseInOneClause, sideCuesInOneClause } from '../support/answers';

// answers43: a rule in the passive on a thing ("Agendas marked private should be handed back …", "every offer … must be
// reported …") names neither side, so the side cue never counted for it, and a rival sentence naming the asker's side
// ("Councillors must not share …") won on it. Such a rule binds whoever holds the thing: when the message names the thing
// or the act, it now counts for the side asked about, as a rule naming that side does. Clause texts and questions are my
// own wording, not taken from any evaluation set or pair file.

const SHARE = 'Councillors must not share private papers or information with anyone outside the Council.';
const HAND_BACK = 'Agendas marked private should be handed back to the Clerk at the end of the meeting.';
const OTHERS = 'The Clerk keeps the register of interests. Councillors and staff will treat one another with courtesy.';

const sideCues = sideCuesInOneClause;

describe('a passive rule on a thing the message names', () => {
  const QUESTION = 'Can I keep the private agendas after the meeting or share them?';

  test('counts for the side asked about', () => {
    expect(sideCues(`${SHARE} ${HAND_BACK} ${OTHERS}`, QUESTION)[HAND_BACK]).toBe(1);
  });

  test('so it answers, over a rule that names the asker side', () => {
    // Before: "Councillors must not share private papers …", on its side, "share" and "private".
    expect(chooseInOneClause(`${SHARE} ${HAND_BACK} ${OTHERS}`, QUESTION)).toBe(HAND_BACK);
  });

  test('the thing rule is what decides it', () => {
    const saved = WEIGHTS.thingRule;
    WEIGHTS.thingRule = 0;
    try {
      expect(chooseInOneClause(`${SHARE} ${HAND_BACK} ${OTHERS}`, QUESTION)).toBe(SHARE);
    } finally {
      WEIGHTS.thingRule = saved;
    }
  });

  test('after a "may be accepted" in the same sentence, the rule is the later clause', () => {
    const GIFT = 'A small present, such as a tin of sweets, may be accepted, but every offer, whether accepted or not, must be reported to the Clerk.';
    expect(sideCues(`Councillors and staff must refuse hospitality from contractors. ${GIFT}`, 'Someone gave me a tin of sweets. Do I have to report it?', 'officer')[GIFT]).toBe(1);
  });
});

describe('a passive sentence is not read so', () => {
  test('when the message names neither its thing nor its act', () => {
    const other = 'Bookings of the hall are not to be disturbed.';
    expect(sideCues(`${SHARE} ${other}`, 'Can I share a lift home with the Clerk?')[other]).toBe(0);
  });

  test('when the clause before it spoke of the other side only', () => {
    const CLERK = 'The Clerk may spend up to £500 between meetings in an emergency.';
    const REPORTED = 'Spending of that kind must be reported to the next meeting of the Council.';
    expect(sideCues(`${CLERK} ${REPORTED}`, 'Can I spend council money between meetings?')[REPORTED]).toBe(0);
  });

  test('when "may be" says what can happen, not what is allowed or required', () => {
    const BREACH = 'A serious breach may be reported to the Monitoring Officer.';
    expect(sideCues(`${SHARE} ${BREACH}`, 'If I break the rules, could a serious breach be reported to someone?')[BREACH]).toBe(0);
  });

  test('when it is a second predicate of a sentence about something else', () => {
    const GROUPS = 'Decisions of party groups are not Council decisions and should not be presented as such.';
    expect(sideCues(`${SHARE} ${GROUPS}`, 'Can I say our party group decided it?')[GROUPS]).toBe(0);
  });

  test('for the other side, when the thing is given to one side', () => {
    const GIVEN = 'Information given to a councillor must only be used for council business.';
    expect(sideCues(`Councillors and staff must not use council equipment for private work. ${GIVEN}`, 'Can I use the information for a private job?', 'officer')[GIVEN]).toBe(0);
    expect(sideCues(`Councillors and staff must not use council equipment for private work. ${GIVEN}`, 'Can I use the information for a private job?', 'councillor')[GIVEN]).toBe(1);
  });

  test('when its case is a post the message does not name', () => {
    const EXCEPTION = 'If a complaint is against the Clerk, the complaint must be made in writing to the Chair.';
    expect(sideCues(`Councillors should take complaints about staff to their line manager. ${EXCEPTION}`, 'How do I make a complaint about the caretaker?')[EXCEPTION]).toBe(0);
  });

  test('when the act is the story\'s, or done to the asker', () => {
    const LETTERS = 'Letters giving instructions on behalf of the Council should never be sent in the name of a councillor.';
    expect(sideCues(`Councillors should raise concerns privately. ${LETTERS}`, 'A resident sent me a rude email; where do I take it?')[LETTERS]).toBe(0);
    const OFFER = 'Any offer over that value must be reported to the Clerk.';
    expect(sideCues(`Councillors must refuse gifts over £25. ${OFFER}`, 'A builder offered me rugby tickets. Can I take them?')[OFFER]).toBe(0);
    const OUTCOME = 'The outcome must be reported to the Clerk.';
    expect(sideCues(`Councillors should raise concerns privately. ${OUTCOME}`, 'Can I be reported for raising a concern?')[OUTCOME]).toBe(0);
  });
});
