import path from 'node:path';
import { ClauseSelector } from '../../src/protocols/select';
import { ProtocolLibrary } from '../../src/protocols/library';
import { loadIntents } from '../../src/nlu/intents';
import { PROJECT_ROOT, PROTOCOLS_DIR } from '../support/fixtures';

// Clauses the shipped protocols' texts give to a topic, which the intents' clause maps once left out
// (docs/citations.md, 2026-11-30 fifth session). Questions in my own words, about invented situations.
const library = ProtocolLibrary.load(PROTOCOLS_DIR);
const intents = new Map(loadIntents(path.join(PROJECT_ROOT, 'intents')).map((i) => [i.id, i]));
const selector = new ClauseSelector(library, intents);
const cited = (council: string, intent: string, message: string) => selector.select(council, intent, message).map((s) => s.clause.ref);

describe('clauses the shipped maps now include', () => {
  test("Tewkesbury: officers' courtesy to the public (2.14) answers a question on courtesy", () => {
    expect(cited('tewkesbury', 'respect_and_courtesy', 'A resident says the woman on reception was curt with her. Are staff expected to be courteous with the public too?')).toContain('2.14');
  });

  test('Tewkesbury: what group leaders should do for relations with officers (2.22) is about political groups', () => {
    expect(cited('tewkesbury', 'political_groups', 'What is expected of the leader of a political group in how members treat officers?')).toContain('2.22');
  });

  test('Halstead: officers advise minority parties too (1.8), beside advice to any group (1.9)', () => {
    expect(cited('halstead', 'roles_of_officers', 'Do officers give advice to minority parties as well?')[0]).toBe('1.8');
  });
});
