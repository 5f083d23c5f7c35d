import path from 'node:path';
import { Assistant } from '../../src/assistant/assistant';
import { askersOwnRole } from '../../src/nlu/askerSide';
import { canonicalWords } from '../../src/nlu/normalize';
import { asksAboutDirectingStaff } from '../../src/nlu/directing';
import { findQuestion } from '../../src/nlu/question';
import { ProtocolLibrary } from '../../src/protocols/library';
import { MODEL_CACHE_DIR } from '../support/model';

const root = path.join(__dirname, '../..');

describe('a member directing staff, asked about as a matter of propriety', () => {
  test.each([
    ['The gutters at the pavilion were full of moss so I told the caretaker to get up a ladder before the rain. Was that ok?', 'councillor'],
    ['Leaves all over the cemetery paths. I phoned the grounds team and had them blow them clear by lunchtime. Did I overstep?', 'councillor'],
    ['The mayor rang me on Saturday and told me to open the hall for her guests. Do I have to?', 'officer'],
    // a parish's lengthsman is council staff (messy34)
    ['The ditch by the church floods every time it rains. Am I allowed to tell the lengthsman to clear it?', 'councillor'],
  ])('"%s" (%s) tells of it', (text, role) => {
    expect(asksAboutDirectingStaff(findQuestion(text), role)).toBe(true);
  });

  test.each([
    // no one directs anyone
    ['I left my car on the verge by the pavilion during the match. Was that ok?', 'councillor'],
    // a member directs staff, but the question is about the service
    ['The chair asked me to book the hall for the quiz night. What does it cost to hire?', 'officer'],
    // the asker is staff, so their own "I told the caretaker" is no member directing staff
    ['I told the caretaker to lock the gates at six. Was that ok?', 'officer'],
  ])('"%s" (%s) does not', (text, role) => {
    expect(asksAboutDirectingStaff(findQuestion(text), role)).toBe(false);
  });
});

describe("the asker's own role", () => {
  test("an officer's question about their own role is about officers' roles", () => {
    expect(askersOwnRole('roles_of_councillors', 'Is it part of my job to brief councillors on the budget?', 'officer')).toBe('roles_of_officers');
    expect(askersOwnRole('roles_of_councillors', 'What is expected of me when a member rings the office?', 'clerk')).toBe('roles_of_officers');
  });

  test("a councillor's question about their own role is about councillors' roles", () => {
    expect(askersOwnRole('roles_of_officers', 'Is it my role to check the clerk has paid the invoices?', 'councillor')).toBe('roles_of_councillors');
  });

  test('left alone: no first person, no known role, the asker naming the other side as theirs, or another intent', () => {
    expect(askersOwnRole('roles_of_councillors', 'What are councillors for?', 'officer')).toBe('roles_of_councillors');
    expect(askersOwnRole('roles_of_councillors', 'Is it my job to brief councillors?', undefined)).toBe('roles_of_councillors');
    expect(askersOwnRole('roles_of_councillors', 'As a councillor on the district too, what is my role here?', 'officer')).toBe('roles_of_councillors');
    expect(askersOwnRole('instructing_officers', 'Is it my job to tell the groundsman what to do?', 'officer')).toBe('instructing_officers');
  });
});

describe("the asker's other half", () => {
  test('is their partner, while the other half of a budget is not', () => {
    expect(canonicalWords('my other half does the books for the club').join(' ')).toBe('my partner does the books for the club');
    expect(canonicalWords('the other half of the grant').join(' ')).toBe('the other half of the grant');
  });
});

describe('who acts, end to end', () => {
  const library = ProtocolLibrary.load(path.join(root, 'data/protocols'));
  const assistant = Assistant.create({ config: { COUNCIL: 'alsager', INTENTS_DIR: path.join(root, 'intents'), MODEL_CACHE_DIR }, library });

  test('a story of services in which a councillor directed staff is answered as instructing officers, with the Clerk offered', () => {
    const reply = assistant.answer(
      'The skip behind the community centre was overflowing onto the path again on Sunday, so I rang the depot lads and got them to clear it first thing Monday. That alright?',
      { id: 'test', name: 'Jo', role: 'councillor' },
    );
    expect(reply.intent).toBe('instructing_officers');
    expect(reply.actions.map((a) => a.kind)).toContain('question');
  });

  test("an officer asking about their own role gets officers' roles", () => {
    const reply = assistant.answer('Is it my job to explain council policy to councillors who ring up?', { id: 'test', name: 'Sam', role: 'officer' });
    expect(reply.intent).toBe('roles_of_officers');
  });
});
