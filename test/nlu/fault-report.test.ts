import path from 'node:path';
import { Assistant } from '../../src/assistant/assistant';
import { questionWeight } from '../../src/nlu/engine';
import { reportedThings } from '../../src/nlu/faultReport';
import { ProtocolLibrary } from '../../src/protocols/library';
import { MODEL_CACHE_DIR } from '../support/model';

const root = path.join(__dirname, '../..');
const library = ProtocolLibrary.load(path.join(root, 'data/protocols'));
const assistant = (council: string) =>
  Assistant.create({ config: { COUNCIL: council, INTENTS_DIR: path.join(root, 'intents'), MODEL_CACHE_DIR }, library });
const asker = (role: 'councillor' | 'officer') => ({ id: 'test', name: 'Pat', role }) as const;

describe('a fault in a service reported, with no council person complained of', () => {
  test('the thing reported is read apart, unless the message names a council person or points back at its story', () => {
    expect(reportedThings("What's the procedure for reporting a pothole?")).toEqual(['a pothole']);
    expect(reportedThings('Where do I report a broken streetlight to?')).toEqual(['a broken streetlight']);
    expect(reportedThings('Is there a process for complaining about litter on the green?')).toEqual(['litter on the green']);
    // a council person is named: the complaint may be about them
    expect(reportedThings('The caretaker shrugged when I reported the broken gate. Can I complain?')).toEqual([]);
    // "it", "him": what is reported is told elsewhere in the message
    expect(reportedThings('There is a hole in the road. Who do I report it to?')).toEqual([]);
    expect(reportedThings('How do I make a complaint?')).toEqual([]);
  });

  test('is out of scope, though "procedure" and "report" are the words of the complaint examples', () => {
    expect(assistant('flitwick').answer("What's the procedure for reporting a pothole?", asker('officer')).intent).toBe('out_of_scope');
    expect(assistant('alsager').answer('Who do I report a broken streetlight to?', asker('officer')).intent).toBe('out_of_scope');
    expect(assistant('halstead').answer('Is there a proper procedure for complaining about dog mess along the canal towpath?', asker('councillor')).intent)
      .toBe('out_of_scope');
  });

  test('a complaint about a person or about behaviour is still one', () => {
    expect(assistant('flitwick').answer("How do I report a councillor's conduct?", asker('officer')).intent).toBe('complaint_about_councillor');
    expect(assistant('alsager').answer("What's the procedure for complaining about the clerk?", asker('councillor')).intent).toBe('complaint_about_officer');
    expect(assistant('cottingham').answer('How do I report bullying?', asker('officer')).intent).toBe('complaint_about_councillor');
    expect(assistant('tewkesbury').answer('How do I raise a complaint about aggressive behaviour at the meeting?', asker('officer')).intent)
      .toBe('complaint_about_councillor');
  });
});

describe('"Thoughts?", "Any ideas?", "Views?" after a story', () => {
  test('ask without saying about what, so the story says what the message is about', () => {
    const story = ['The clerk says I cannot see the quotes for the bus shelter until after the meeting.'];
    expect(questionWeight(['Thoughts?'], story)).toBe(questionWeight(['Next steps?'], story));
    expect(questionWeight(['Any ideas?'], story)).toBe(questionWeight(['Next steps?'], story));
  });

  test('a protocol story is answered, not turned away', () => {
    expect(assistant('cottingham').answer(
      "The clerk said she can't give me the quotes for the bus shelter until after the meeting. Thoughts?", asker('councillor'),
    ).intent).not.toBe('out_of_scope');
    expect(assistant('flitwick').answer(
      'Two members have given me conflicting instructions about the Christmas market stalls. Views?', asker('officer'),
    ).intent).not.toBe('out_of_scope');
  });

  test('a story of the town stays out of scope', () => {
    expect(assistant('halstead').answer('Thinking of organising a quiz night for the scouts in March. Thoughts?', asker('councillor')).intent)
      .toBe('out_of_scope');
    expect(assistant('alsager').answer('The car park barrier is stuck open again. Any ideas?', asker('officer')).intent).toBe('out_of_scope');
  });
});
