import { questionWeight } from '../../src/nlu/engine';
import { reportedThings } from '../../src/nlu/faultReport';
import { assistantFor } from '../support/shippedAssistant';

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
    expect(assistantFor('flitwick').answer("What's the procedure for reporting a pothole?", asker('officer')).intent).toBe('out_of_scope');
    expect(assistantFor('alsager').answer('Who do I report a broken streetlight to?', asker('officer')).intent).toBe('out_of_scope');
    expect(assistantFor('halstead').answer('Is there a proper procedure for complaining about dog mess along the canal towpath?', asker('councillor')).intent)
      .toBe('out_of_scope');
  });

  test('a complaint about a person or about behaviour is still one', () => {
    expect(assistantFor('flitwick').answer("How do I report a councillor's conduct?", asker('officer')).intent).toBe('complaint_about_councillor');
    expect(assistantFor('alsager').answer("What's the procedure for complaining about the clerk?", asker('councillor')).intent).toBe('complaint_about_officer');
    expect(assistantFor('cottingham').answer('How do I report bullying?', asker('officer')).intent).toBe('complaint_about_councillor');
    expect(assistantFor('tewkesbury').answer('How do I raise a complaint about aggressive behaviour at the meeting?', asker('officer')).intent)
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
    expect(assistantFor('cottingham').answer(
      "The clerk said she can't give me the quotes for the bus shelter until after the meeting. Thoughts?", asker('councillor'),
    ).intent).not.toBe('out_of_scope');
    expect(assistantFor('flitwick').answer(
      'Two members have given me conflicting instructions about the Christmas market stalls. Views?', asker('officer'),
    ).intent).not.toBe('out_of_scope');
  });

  test('a story of the town stays out of scope', () => {
    expect(assistantFor('halstead').answer('Thinking of organising a quiz night for the scouts in March. Thoughts?', asker('councillor')).intent)
      .toBe('out_of_scope');
    expect(assistantFor('alsager').answer('The car park barrier is stuck open again. Any ideas?', asker('officer')).intent).toBe('out_of_scope');
  });
});
