import { IntentClassifier, LabelledText } from '../../src/nlu/classifier';
import { sharedViews } from '../../src/nlu/normalize';
import { TRAINING_OPTIONS } from '../../src/nlu/training';
import { wordClassKeys } from '../../src/nlu/wordClasses';

const classesOf = (text: string): string[] => wordClassKeys(sharedViews(text).wordStems);

describe('word classes: words of one kind read as one feature', () => {
  test('an illness, an insult, a press outlet and a kind of personal data are each found, phrases too', () => {
    expect(classesOf('She brought in a fit note after her stay in hospital')).toEqual(['k:health', 'k:health']);
    expect(classesOf('He called the clerk a moron and was sarcastic all evening')).toEqual(['k:insult', 'k:insult']);
    expect(classesOf('A podcast and the local paper both want a quote')).toEqual(['k:press', 'k:press']);
    expect(classesOf("Can I have residents' phone numbers and dates of birth?")).toEqual(['k:personalData', 'k:personalData']);
  });

  test('words that mean something else in a council are left out', () => {
    expect(classesOf('I hold a ward surgery at the library every month')).toEqual([]);
    expect(classesOf('The item was taken with the press and public excluded')).toEqual([]);
    expect(classesOf('May I address the meeting before the vote? I have a number of points')).toEqual([]);
    expect(classesOf('The agenda papers went out late')).toEqual([]);
  });

  // Three topics taught with a few words each; the messages name words of a class no example uses.
  const corpus: LabelledText[] = [
    { text: 'my colleague is off sick again', label: 'staff' },
    { text: 'she has been ill for a month', label: 'staff' },
    { text: 'he is on maternity cover', label: 'staff' },
    { text: 'the agenda went out late', label: 'agendas' },
    { text: 'who sets the agenda for the meeting', label: 'agendas' },
    { text: 'can an item be added to the agenda', label: 'agendas' },
    { text: 'a journalist from the newspaper rang me', label: 'media' },
    { text: 'the radio want a comment', label: 'media' },
    { text: 'should I speak to the reporter', label: 'media' },
  ];

  test('the engine trains with word classes', () => {
    expect(TRAINING_OPTIONS.wordClassWeight).toBeGreaterThan(0);
  });

  test("what an example's words teach reaches other words of their class", () => {
    const withClasses = IntentClassifier.train(corpus, { wordClassWeight: 1, seed: 3 });
    const without = IntentClassifier.train(corpus, { wordClassWeight: 0, seed: 3 });
    for (const [text, label] of [
      ['pregnant', 'staff'],
      ['chemotherapy', 'staff'],
      ['podcast', 'media'],
      ['bbc', 'media'],
    ] as const) {
      expect(withClasses.predict(text).label).toBe(label);
      // Without the classes the word is unknown: no reading leans to its class's topic.
      expect(without.predict(text).probabilityOf(label)).toBeLessThan(withClasses.predict(text).probabilityOf(label) - 0.2);
    }
  });

  test('reads the classes the same before and after the classifier switches to its by-stem lookups', () => {
    const model = IntentClassifier.train(corpus, { wordClassWeight: 1, seed: 3 });
    const texts = ['she is pregnant and the bbc rang', 'a reporter called me an idiot', 'the agenda went out late'];
    const first = texts.map((text) => [...model.predict(text).probabilities]);
    for (let i = 0; i < 40; i++) model.predict(`filler message number ${i} about the agenda`);
    expect(texts.map((text) => [...model.predict(text).probabilities])).toEqual(first);
  });

  test('a model with word classes saved and loaded again reads them the same', () => {
    const model = IntentClassifier.train(corpus, { wordClassWeight: 1, seed: 3 });
    const loaded = IntentClassifier.fromJSON(JSON.parse(JSON.stringify(model.toJSON())) as ReturnType<IntentClassifier['toJSON']>);
    expect(loaded.predict('a vlogger wants to film me').probabilities).toEqual(model.predict('a vlogger wants to film me').probabilities);
  });
});
