import path from 'node:path';
import { IntentEngine } from '../../src/nlu/engine';
import { loadIntents } from '../../src/nlu/intents';
import { sharesNearReading, VECTOR_VOTE } from '../../src/nlu/vectorVote';
import { VECTORS } from '../../src/nlu/vectors';
import { MODEL_CACHE_DIR } from '../support/model';

/**
 * The vote reads a topic told in words no example uses; it must not carry a message the classifier reads as out of scope
 * to a topic the classifier does not itself see near, which is what a polite wrapper's words did (docs/word-vectors.md,
 * vec3's section).
 */
describe('the word-vector vote on an out-of-scope reading', () => {
  test('only the classifier\'s own first readings keep their share of the vote', () => {
    const shares = new Map([['instructing_officers', 0.6], ['roles_of_officers', 0.3], ['media_relations', 0.1]]);
    const ranked = [{ label: 'out_of_scope' }, { label: 'roles_of_officers' }, { label: 'thanks' }, { label: 'instructing_officers' }];
    expect([...sharesNearReading(shares, ranked, 3)]).toEqual([['roles_of_officers', 0.3]]);
    expect([...sharesNearReading(shares, ranked, 4)]).toEqual([['roles_of_officers', 0.3], ['instructing_officers', 0.6]]);
    expect(sharesNearReading(shares, [{ label: 'out_of_scope' }], 3).size).toBe(0);
  });

  test('a joke asked for inside a courteous wrapper stays out of scope, where the unguarded vote made it a topic', () => {
    // With the vote switched on (WORD_VECTORS=on, the default).
    const enabled = VECTORS.enabled;
    VECTORS.enabled = true;
    let engine: IntentEngine;
    try {
      engine = IntentEngine.train(loadIntents(path.join(__dirname, '../../intents')), { cacheDir: MODEL_CACHE_DIR });
    } finally {
      VECTORS.enabled = enabled;
    }
    // The bench's wrapper (bench/messages.ts) round an ask the protocol does not cover.
    const wrapped = 'Hi there, sorry to bother you on a busy day. Quick one from me as a fairly new member: Tell me a joke. Thanks in advance for any pointers, I could not find it in the pack we were given.';
    const near = VECTOR_VOTE.nearWhenOutOfScope;
    try {
      expect(engine.classify(wrapped, 'officer').intent).toBe('out_of_scope');
      VECTOR_VOTE.nearWhenOutOfScope = Number.MAX_SAFE_INTEGER;
      expect(engine.classify(wrapped, 'officer').intent).not.toBe('out_of_scope');
    } finally {
      VECTOR_VOTE.nearWhenOutOfScope = near;
    }
  });
});
