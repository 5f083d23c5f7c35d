import fs from 'node:fs';
import path from 'node:path';
import { IntentClassifier } from '../../src/nlu/classifier';
import { modelDigest, SNAPSHOT_CORPUS, snapshotPredictions } from './snapshot-corpus';

/**
 * A guard for speed work on the classifier: the fixture holds the model digest and every
 * probability of a model trained on a fixed corpus, recorded before the hot path was rewritten.
 * Optimisations must leave both unchanged to the last bit. A deliberate change to what the model
 * learns (features, normalisation, training) changes them too: then regenerate the fixture with
 * `node -r ./test/support/register-ts.js test/nlu/snapshot-corpus.ts --write` and say so in the commit.
 */
const FIXTURE = path.join(__dirname, 'fixtures', 'predictions-snapshot.json');

describe('the classifier, against predictions recorded before it was made faster', () => {
  const expected = JSON.parse(fs.readFileSync(FIXTURE, 'utf8')) as { digest: string; predictions: ReturnType<typeof snapshotPredictions> };
  const model = IntentClassifier.train(SNAPSHOT_CORPUS, { epochs: 20 });

  test('training on the same examples gives the same weights, bit for bit', () => {
    expect(modelDigest(model)).toBe(expected.digest);
  });

  test('gives the same labels and probabilities for every message', () => {
    expect(JSON.parse(JSON.stringify(snapshotPredictions(model)))).toEqual(expected.predictions);
  });

  test('a model saved and loaded again predicts exactly as the one trained', () => {
    const loaded = IntentClassifier.fromJSON(JSON.parse(JSON.stringify(model.toJSON())));
    expect(JSON.parse(JSON.stringify(snapshotPredictions(loaded)))).toEqual(expected.predictions);
  });
});
