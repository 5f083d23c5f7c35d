import { IntentClassifier } from '../../src/nlu/classifier';

// A toy corpus written for this test: three topics, a few phrasings each.
const corpus = [
  ...['when is the bin collected', 'my wheelie bin was missed', 'recycling collection day', 'bins not emptied this week', 'missed refuse collection'].map((text) => ({ text, label: 'bins' })),
  ...['report a pothole on my road', 'the road surface is broken', 'pothole outside the school', 'road repairs needed', 'dangerous holes in the road'].map((text) => ({ text, label: 'roads' })),
  ...['book the village hall', 'hire the community hall for a party', 'is the hall free on saturday', 'hall booking prices', 'reserve the hall for a meeting'].map((text) => ({ text, label: 'hall' })),
];

describe('IntentClassifier', () => {
  const model = IntentClassifier.train(corpus);

  test('recognises new wordings of each topic', () => {
    expect(model.predict('the bin men missed our street').label).toBe('bins');
    expect(model.predict('there is a huge pothole on the high road').label).toBe('roads');
    expect(model.predict('can I hire the hall next saturday').label).toBe('hall');
  });

  test('survives typos through character n-grams', () => {
    expect(model.predict('potholle in the raod').label).toBe('roads');
  });

  test('gives probabilities that sum to one, most probable first', () => {
    const prediction = model.predict('recycling bins');
    const total = prediction.ranked.reduce((sum, r) => sum + r.probability, 0);
    expect(total).toBeCloseTo(1, 6);
    expect(prediction.ranked[0].probability).toBeGreaterThanOrEqual(prediction.ranked[1].probability);
    expect(prediction.confidence).toBe(prediction.ranked[0].probability);
  });

  test('is less confident about words it has never seen than about a clear match', () => {
    expect(model.predict('quantum chromodynamics').confidence).toBeLessThan(model.predict('missed bin collection').confidence);
  });

  test('uses the role feature to separate the same words asked by different people', () => {
    const roleCorpus = [
      ...corpus,
      ...['how do I complain', 'I want to make a complaint', 'where do complaints go'].map((text) => ({ text, label: 'complain_as_resident', role: 'resident' })),
      ...['how do I complain', 'I want to make a complaint', 'where do complaints go'].map((text) => ({ text, label: 'complain_as_staff', role: 'staff' })),
    ];
    const roleModel = IntentClassifier.train(roleCorpus);
    expect(roleModel.predict('how can I make a complaint?', 'resident').label).toBe('complain_as_resident');
    expect(roleModel.predict('how can I make a complaint?', 'staff').label).toBe('complain_as_staff');
  });

  test('a heavier role token makes the role count for more against the words', () => {
    // Words that lean towards one reading, asked by the role that belongs to the other.
    const roleCorpus = [
      ...corpus,
      ...['how do I complain about the office', 'the staff were rude, I want to complain', 'complaint about the office'].map((text) => ({ text, label: 'complain_as_resident', role: 'resident' })),
      ...['how do I complain', 'where do complaints go'].map((text) => ({ text, label: 'complain_as_staff', role: 'staff' })),
    ];
    const light = IntentClassifier.train(roleCorpus, { roleWeight: 1 });
    const heavy = IntentClassifier.train(roleCorpus, { roleWeight: 3 });
    const asked = 'I want to complain about the office';
    expect(heavy.predict(asked, 'staff').probabilityOf('complain_as_staff')).toBeGreaterThan(light.predict(asked, 'staff').probabilityOf('complain_as_staff'));
  });

  test('a model saved before the role weight existed reads it as 1', () => {
    const roleCorpus = [...corpus, { text: 'how do I complain', label: 'complain_as_staff', role: 'staff' }];
    const trained = IntentClassifier.train(roleCorpus, { roleWeight: 1 });
    const saved = trained.toJSON();
    delete (saved.options as { roleWeight?: number }).roleWeight;
    const loaded = IntentClassifier.fromJSON(saved);
    expect(loaded.predict('how do I complain', 'staff').ranked).toEqual(trained.predict('how do I complain', 'staff').ranked);
  });

  test('trains the same model twice from the same data', () => {
    const again = IntentClassifier.train(corpus);
    expect(again.predict('hall hire').ranked).toEqual(model.predict('hall hire').ranked);
  });

  test('refuses to train on nothing', () => {
    expect(() => IntentClassifier.train([])).toThrow(/no examples/);
  });
});
