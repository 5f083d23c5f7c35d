import { caseParty } from '../../src/conversation/party';
import { readTurn } from '../../src/conversation/turn';
import { assistantWithThreads } from '../support/threads';

/**
 * A follow-up whose condition changes whom the thread's case is about ("and if it's the vice-chair I'm unhappy with?",
 * "what if the clerk does it?", "and if a colleague complains about me?"): the thread's question stays, its side follows
 * the party (follow30). Sentences written for these tests.
 */
const threads = assistantWithThreads('cottingham');

const ask = (text: string, thread: string, council: string, role: 'councillor' | 'officer') =>
  threads.assistant.answer(text, { id: `test:${role}`, name: 'Test', role }, { council, record: false, thread });

describe('the party a condition puts in the case', () => {
  test.each([
    ["and if it's the vice-chair I'm unhappy with?", 'vice_chair'],
    ['what if it was one of the other councillors who did it?', 'councillor'],
    ['same if the town clerk does it?', 'clerk'],
    ["and if she's the leader of the opposition group?", 'councillor'],
    ['what if a colleague complains about me?', 'asker'],
    ['and if the receptionist makes a complaint about us?', 'asker'],
    ["what if it's the mayor doing it?", 'chair'],
  ])('"%s" puts %s in the case', (text, party) => {
    expect(caseParty(text.toLowerCase())).toBe(party);
  });

  test.each([
    "what if it's the mayor's husband instead?",
    'and if she starts working for the clerk?',
    "and if it's urgent?",
    'and if I have an interest?',
    'can the clerk do anything about it?',
  ])('"%s" puts no party in the case', (text) => {
    expect(caseParty(text.toLowerCase())).toBeUndefined();
  });
});

describe('a complaint thread follows the party', () => {
  test('from an officer to a councillor', () => {
    const thread = 'case-party-officer-to-member';
    expect(ask('the office manager was rude to me when I phoned, how do I raise it?', thread, 'flitwick', 'councillor').intent).toBe('complaint_about_officer');
    const next = ask("and if it's the deputy mayor I'm unhappy with?", thread, 'flitwick', 'councillor');
    expect(next.followUp).toBe(true);
    expect(next.intent).toBe('complaint_about_councillor');
  });

  test('to the asker, when an officer complains about them', () => {
    const thread = 'case-party-about-me';
    expect(ask('I want to complain about how a planning officer treated me, who do I write to?', thread, 'tewkesbury', 'councillor').intent).toBe('complaint_about_officer');
    const next = ask('what if a member of staff complains about me?', thread, 'tewkesbury', 'councillor');
    expect(next.intent).toBe('complaint_about_councillor');
  });

  test('staying on the officers\' side for the clerk', () => {
    const thread = 'case-party-clerk';
    expect(ask("I'm unhappy with how the assistant clerk handled my enquiry, who do I go to?", thread, 'cottingham', 'councillor').intent).toBe('complaint_about_officer');
    expect(ask('and if the clerk does it?', thread, 'cottingham', 'councillor').intent).toBe('complaint_about_officer');
  });
});

describe('the side a follow-up moved to is the one the thread remembers', () => {
  test('a question of what befalls someone names the party', () => {
    expect(caseParty('and could the caretaker get into trouble for it?')).toBe('officer');
    expect(caseParty('will the vice-chairman be reported?')).toBe('vice_chair');
    expect(caseParty('can the clerk deal with it?')).toBeUndefined();
  });

  test('the next turn stays on the new side', () => {
    const thread = 'case-party-remembered';
    expect(ask('the office manager was short with me at the counter, how do I take it up?', thread, 'flitwick', 'councillor').intent).toBe('complaint_about_officer');
    expect(ask("and if it's the deputy mayor I'm unhappy with?", thread, 'flitwick', 'councillor').intent).toBe('complaint_about_councillor');
    expect(ask('does that go to the monitoring officer?', thread, 'flitwick', 'councillor').intent).not.toBe('complaint_about_officer');
  });
});

describe('a qualified person is still only a person', () => {
  test.each(['and what about the parish clerk?', 'and a fellow member?', 'what about a senior officer, same?', 'and the ward councillors?'])('"%s" names only people', (text) => {
    expect(readTurn(text).namesOnlyPeople).toBe(true);
  });

  test.each(['and the town hall?', 'what about other options?'])('"%s" names a thing', (text) => {
    expect(readTurn(text).namesOnlyPeople).toBe(false);
  });
});

describe('a party named in a condition that reads alone as a complaint', () => {
  test('is a complaint of its own after a thread on something else', () => {
    const thread = 'case-party-own-complaint';
    expect(ask("I'm having trouble with my supervisor, can I mention it to a councillor?", thread, 'alsager', 'officer').intent).toBe('staff_personal_matters');
    expect(ask("and if it's a councillor who's giving me grief?", thread, 'alsager', 'officer').intent).toBe('complaint_about_councillor');
  });
});
