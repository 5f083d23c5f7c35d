import { IntentClassifier, LabelledText } from '../../src/nlu/classifier';
import { sharedViews } from '../../src/nlu/normalize';
import { TRAINING_OPTIONS } from '../../src/nlu/training';
import { wordClassKeys } from '../../src/nlu/wordClasses';

const classesOf = (text: string): string[] => wordClassKeys(sharedViews(text).wordStems);

describe('word classes: words of one kind read as one feature', () => {
  test('an illness, an insult, a press outlet and a kind of personal data are each found, phrases too', () => {
    expect(classesOf('The clerk brought in a fit note after her stay in hospital')).toEqual(['k:health', 'k:health']);
    expect(classesOf('He called the clerk a moron and was sarcastic all evening')).toEqual(['k:insult', 'k:insult']);
    expect(classesOf('A podcast and the local paper both want a quote from a councillor')).toEqual(['k:press', 'k:press']);
    expect(classesOf("Can an officer give me residents' phone numbers and dates of birth?")).toEqual(['k:personalData', 'k:personalData']);
  });

  test('words that mean something else in a council are left out', () => {
    expect(classesOf('I hold a ward surgery with the clerk at the library every month')).toEqual([]);
    expect(classesOf('The chair took the item with the press and public excluded')).toEqual([]);
    expect(classesOf('May a councillor address the meeting before the vote? I have a number of points')).toEqual([]);
    expect(classesOf('The clerk sent the agenda papers out late')).toEqual([]);
  });

  test('count only in a message that names a side: a class word alone does not make a question about the protocol', () => {
    expect(classesOf('Which local paper prints the planning notices?')).toEqual([]);
    expect(classesOf('Which local paper should the clerk send our planning notices to?')).toEqual(['k:press']);
  });

  // Three topics taught with a few words each; the messages name words of a class no example uses.
  const corpus: LabelledText[] = [
    { text: 'my colleague is off sick again', label: 'staff' },
    { text: 'the officer has been ill for a month', label: 'staff' },
    { text: 'the clerk is on maternity leave', label: 'staff' },
    { text: 'the clerk sent the agenda out late', label: 'agendas' },
    { text: 'who sets the agenda, the chair or the clerk', label: 'agendas' },
    { text: 'can a councillor add an item to the agenda', label: 'agendas' },
    { text: 'a journalist from the newspaper rang the clerk', label: 'media' },
    { text: 'the radio want a comment from a councillor', label: 'media' },
    { text: 'should the officer speak to the reporter', label: 'media' },
  ];

  test('the engine trains with word classes', () => {
    expect(TRAINING_OPTIONS.wordClassWeight).toBeGreaterThan(0);
  });

  test("what an example's words teach reaches other words of their class", () => {
    const withClasses = IntentClassifier.train(corpus, { wordClassWeight: 1, seed: 3 });
    const without = IntentClassifier.train(corpus, { wordClassWeight: 0, seed: 3 });
    for (const [text, label] of [
      ['pregnant clerk', 'staff'],
      ['chemotherapy for the clerk', 'staff'],
      ['a podcast for the clerk', 'media'],
      ['the bbc rang the clerk', 'media'],
    ] as const) {
      // Without the classes the word is unknown to the model; with them it leans to its class's topic.
      expect(withClasses.predict(text).probabilityOf(label)).toBeGreaterThan(without.predict(text).probabilityOf(label) + 0.05);
    }
    expect(withClasses.predict('pregnant clerk').label).toBe('staff');
    expect(withClasses.predict('the bbc rang the clerk').label).toBe('media');
  });

  test('reads the classes the same before and after the classifier switches to its by-stem lookups', () => {
    const model = IntentClassifier.train(corpus, { wordClassWeight: 1, seed: 3 });
    const texts = ['the clerk is pregnant and the bbc rang', 'a reporter called the officer an idiot', 'the agenda went out late'];
    const first = texts.map((text) => [...model.predict(text).probabilities]);
    for (let i = 0; i < 40; i++) model.predict(`filler message number ${i} about the agenda`);
    expect(texts.map((text) => [...model.predict(text).probabilities])).toEqual(first);
  });

  test('a model with word classes saved and loaded again reads them the same', () => {
    const model = IntentClassifier.train(corpus, { wordClassWeight: 1, seed: 3 });
    const loaded = IntentClassifier.fromJSON(JSON.parse(JSON.stringify(model.toJSON())) as ReturnType<IntentClassifier['toJSON']>);
    expect(loaded.predict('a vlogger wants to film the clerk').probabilities).toEqual(model.predict('a vlogger wants to film the clerk').probabilities);
  });
});
