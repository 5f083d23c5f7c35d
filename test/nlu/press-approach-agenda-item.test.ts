import { findQuestion } from '../../src/nlu/question';
import { asksHowToAnswerThePress } from '../../src/nlu/pressApproach';
import { asksToBringAMatterBeforeAMeeting } from '../../src/nlu/agendaItem';
import { asksWhereToTakeAMembersMistreatment } from '../../src/nlu/mistreatedOfficer';
import { asksAboutContactOutOfHours } from '../../src/nlu/outOfHours';
import { asksAboutTakingPartWithOwnStake } from '../../src/nlu/ownStake';
import { assistantFor, COUNCILLOR_ASKER, OFFICER_ASKER } from '../support/shippedAssistant';
import { readingRuleDecision } from '../support/ruleInput';

const councillor = COUNCILLOR_ASKER;
const officer = OFFICER_ASKER;

const pressApproach = (message: string): boolean => asksHowToAnswerThePress(message, findQuestion(message));
const agendaItem = (message: string): boolean => asksToBringAMatterBeforeAMeeting(findQuestion(message));
const outOfHours = (message: string): boolean => asksAboutContactOutOfHours(message, findQuestion(message));
const mistreated = (message: string): boolean => asksWhereToTakeAMembersMistreatment(message, findQuestion(message));

describe('the press come to the asker, with a question of answering them (pressApproach.ts)', () => {
  test('is told by a reporter, a paper or a station that rang, emailed or wants something, and a question of replying', () => {
    expect(pressApproach('Woman from the Mercury rang about the flooded underpass on Station Road. Should I talk to her?')).toBe(true);
    expect(pressApproach('Got a voicemail from a reporter about the burst main on Elm Street. Do I ring her back?')).toBe(true);
    expect(pressApproach("> Hello, I'm from the Clarion Herald. Could you confirm the pool is closing?\nThis came to the office inbox. Can I reply?")).toBe(true);
  });

  test('a paper read, not calling, or a call with no question of answering it, is not', () => {
    expect(pressApproach('I read in the Echo that the swimming baths are closing. Can I reply to the letters page?')).toBe(false);
    expect(pressApproach('A reporter rang about the flooding on Mill Road. Who fixes the drains?')).toBe(false);
  });

  test('overrules a weak reading of another topic, not a sure one nor what was said in confidence', () => {
    const text = 'chap from the Herald emailed about the bypass. do i reply?';
    expect(readingRuleDecision(text, { label: 'correspondence', confidence: 0.4 })).toEqual({ intent: 'media_relations' });
    expect(readingRuleDecision(text, { label: 'correspondence', confidence: 0.75 })).toBeUndefined();
    expect(readingRuleDecision(text, { label: 'confidential_information', confidence: 0.3 })).toBeUndefined();
  });

  test('is read as media relations by the assistant', () => {
    // correspondence without the rule (an email, a reply)
    expect(assistantFor('flitwick').answer('chap from the Herald emailed about the bypass. do i reply?', councillor).intent).toBe('media_relations');
  });
});

describe('a matter asked to be brought before a meeting (agendaItem.ts)', () => {
  test('is told by getting, putting or raising something to be discussed at a meeting or onto the agenda', () => {
    expect(agendaItem('how do i get the fly tipping behind the co-op put on the agenda')).toBe(true);
    expect(agendaItem('Can I have the speeding on Mill Lane looked at by the next full council?')).toBe(true);
    expect(agendaItem('how do i get the bus shelter tabled?')).toBe(true);
    expect(agendaItem('can I table a motion about the bus shelter?')).toBe(true);
  });

  test('a meeting named for another reason, or the agenda only read, is not', () => {
    expect(agendaItem('can i get a parking permit for the hall car park on meeting nights')).toBe(false);
    expect(agendaItem("I'm not on the committee. Can I get copies of the depot costings?")).toBe(false);
    expect(agendaItem("What's on the agenda for Thursday's finance committee?")).toBe(false);
    expect(agendaItem('can you draft me a motion about the bus shelter?')).toBe(false);
  });

  test('overrules a weak reading of another topic, not a chair\'s or a sure one', () => {
    const text = 'Can I get the dog fouling by the school talked about at the next meeting?';
    expect(readingRuleDecision(text, { label: 'ward_matters_and_public_meetings', confidence: 0.3 })).toEqual({ intent: 'decisions_and_agendas' });
    expect(readingRuleDecision(text, { label: 'chairs_and_committees', confidence: 0.3 })).toBeUndefined();
    expect(readingRuleDecision(text, { label: 'ward_matters_and_public_meetings', confidence: 0.6 })).toBeUndefined();
  });

  test('is read as agendas by the assistant', () => {
    // out of scope without the rule (fly tipping, the co-op)
    expect(assistantFor('flitwick').answer('how do i get the fly tipping behind the co-op put on the agenda', councillor).intent).toBe('decisions_and_agendas');
  });
});

describe('a house is outside work only when contact comes to it (outOfHours.ts)', () => {
  test('contact at, to or round the house is', () => {
    expect(outOfHours('A councillor came round to my house on a weekday to contact me about the allotments. Is that ok?')).toBe(true);
    expect(outOfHours('Is it ok for a cllr to ring the caretaker at his house about the hall keys?')).toBe(true);
  });

  test('something outside the house is not', () => {
    expect(outOfHours("The clerk says not to contact the contractors directly, but they're outside my house now. Can I have a word?")).toBe(false);
  });
});

describe("a member's mistreatment of staff, told by an officer asking what to do (mistreatedOfficer.ts)", () => {
  test('is told by a member, rudeness or a belittling name, and a question of what to do or who to go to', () => {
    expect(mistreated('At the planning meeting a member mocked my deputy\'s accent. Who does she go to?')).toBe(true);
    expect(mistreated('Cllr Pike called our receptionist a "useless lump" at the dinner. She was in tears. What now?')).toBe(true);
  });

  test('a raised voice is mistreatment, and "who do I even go to" asks a route (messy-round40)', () => {
    expect(mistreated('The chair raised his voice at me in front of the public over a typo. Who do I even go to?')).toBe(true);
    expect(mistreated('Cllr Oakes bellowed at the caretaker across the car park. Where do I take this?')).toBe(true);
    expect(mistreated('The chair raised his voice at me in the meeting. Is that allowed?')).toBe(false);
  });

  test('asking whether it is allowed, or no member named, is not', () => {
    expect(mistreated('is it ok for a cllr to be rude to me in the car park?')).toBe(false);
    expect(mistreated('A resident shouted at me at the counter. What can I do?')).toBe(false);
  });

  test("overrules a weak reading of another topic for an officer, not a councillor's message nor pressure on advice", () => {
    const text = 'At the planning meeting a member mocked my deputy\'s accent. Who does she go to?';
    expect(readingRuleDecision(text, { label: 'staff_personal_matters', confidence: 0.4 }, 'officer')).toEqual({ intent: 'complaint_about_councillor' });
    expect(readingRuleDecision(text, { label: 'staff_personal_matters', confidence: 0.4 }, 'councillor')).toBeUndefined();
    expect(readingRuleDecision(text, { label: 'officer_impartiality', confidence: 0.4 }, 'officer')).toBeUndefined();
  });

  test('is read as a complaint about a councillor by the assistant', () => {
    // out of scope without the rule (a meeting, an accent)
    expect(assistantFor('flitwick').answer("At the planning meeting a member mocked my deputy's accent. Who does she go to?", officer).intent).toBe('complaint_about_councillor');
  });
});

describe("a member's own road, and being in the meeting, are a stake and taking part (ownStake.ts)", () => {
  const text = 'The speed bumps item is about my road. Can I be in the meeting for it?';

  test('are read by the matcher', () => {
    expect(asksAboutTakingPartWithOwnStake(text, findQuestion(text))).toBe(true);
  });

  test('are read as interests by the assistant', () => {
    // decisions_and_agendas without "my road" and "be in the meeting"
    expect(assistantFor('flitwick').answer(text, councillor).intent).toBe('interests_and_conflicts');
  });
});
