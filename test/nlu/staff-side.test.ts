import { tellsOfTroubleWithOwnManagerOrColleague, STAFF_SIDE_OVERRULES_BELOW } from '../../src/nlu/staffSide';
import { asksWhomTheyAnswerTo } from '../../src/nlu/answerableTo';
import { findQuestion } from '../../src/nlu/question';
import { assistantFor, OFFICER_ASKER } from '../support/shippedAssistant';
import { readingRuleDecision } from '../support/ruleInput';

const trouble = tellsOfTroubleWithOwnManagerOrColleague;

describe("an officer's trouble with their own manager or a colleague (staffSide.ts)", () => {
  test('is told by the asker\'s own manager or a colleague and trouble between them, with no member named', () => {
    expect(trouble('my supervisor yells at me whenever the rota goes wrong. is there anything i can do')).toBe(true);
    expect(trouble("Me and a colleague have fallen out over the allotment lettings and it's awful at work.")).toBe(true);
    expect(trouble('I feel my manager is undermining me with the rest of the team. Where do I take that?')).toBe(true);
  });

  test('a member named, no trouble, or trouble with no one of the staff side, is not', () => {
    // The member may be the one complained of: the classifier's reading stands.
    expect(trouble('A councillor shouted at my colleague in reception. What should we do?')).toBe(false);
    expect(trouble('my manager says the cllr who screamed at me should be reported. how?')).toBe(false);
    expect(trouble('Can my line manager see my sickness record?')).toBe(false);
    expect(trouble('Someone shouted at me in the car park after the meeting.')).toBe(false);
    // "member of staff" is not a member.
    expect(trouble('a member of staff and my colleague keep shouting at each other')).toBe(true);
  });

  test("overrules a complaint about a councillor however sure, a weak other topic, only for an officer or the Clerk", () => {
    const text = 'my boss has been picking on me since I came back from leave, what can I do';
    expect(readingRuleDecision(text, { label: 'complaint_about_councillor', confidence: 0.95 }, 'officer')).toEqual({ intent: 'staff_personal_matters' });
    expect(readingRuleDecision(text, { label: 'roles_of_officers', confidence: STAFF_SIDE_OVERRULES_BELOW - 0.2 }, 'clerk')).toEqual({ intent: 'staff_personal_matters' });
    expect(readingRuleDecision(text, { label: 'roles_of_officers', confidence: 0.8 }, 'officer')).toBeUndefined();
    expect(readingRuleDecision(text, { label: 'complaint_about_councillor', confidence: 0.95 }, 'councillor')).toBeUndefined();
  });

  test('is read as the officer\'s own matter by the assistant', () => {
    // complaint_about_councillor without the rule
    expect(assistantFor('flitwick').answer('my line manager keeps yelling at me in the office, what can I do', OFFICER_ASKER).intent).toBe('staff_personal_matters');
  });
});

describe('an officer asking whom they answer to (answerableTo.ts)', () => {
  const asks = (message: string): boolean => asksWhomTheyAnswerTo(findQuestion(message));

  test('is told by whom the asker reports or answers to, their boss, who is in charge of them', () => {
    expect(asks('started on monday as the admin assistant. who do i answer to?')).toBe(true);
    expect(asks("Who's my line manager, the RFO or the town clerk?")).toBe(true);
    expect(asks('who is in charge of me while the clerk is off sick')).toBe(true);
  });

  test('reporting someone, or whom someone else answers to, is not', () => {
    expect(asks('The vice-chair swore at me. Who do I report him to?')).toBe(false);
    expect(asks('Who does the clerk report to?')).toBe(false);
  });

  test('overrules a complaint about a councillor however sure, not instructing staff, only for an officer or the Clerk', () => {
    const text = 'who do I report to - the clerk or the chairman?';
    expect(readingRuleDecision(text, { label: 'complaint_about_councillor', confidence: 0.8 }, 'officer')).toEqual({ intent: 'roles_of_officers' });
    expect(readingRuleDecision(text, { label: 'instructing_officers', confidence: 0.3 }, 'officer')).toBeUndefined();
    expect(readingRuleDecision(text, { label: 'complaint_about_councillor', confidence: 0.8 }, 'councillor')).toBeUndefined();
  });

  test('is read as the officers\' role by the assistant', () => {
    // complaint_about_councillor without the rule ("report", "the chairman")
    expect(assistantFor('alsager').answer('new here - who do I report to, the town clerk or the chairman?', OFFICER_ASKER).intent).toBe('roles_of_officers');
  });
});
