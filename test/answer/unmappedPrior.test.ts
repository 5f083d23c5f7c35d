import path from 'node:path';
import { Assistant } from '../../src/assistant/assistant';
import { ClauseTopics, IntentReading } from '../../src/answer/topicAffinity';
import { answerWithClauses } from '../../src/answer/compose';
import { AnswerSelector, CandidateClause } from '../../src/answer/select';
import { ClauseSelector } from '../../src/protocols/select';
import type { Clause } from '../../src/protocols/parse';
import type { CitedClause } from '../../src/assistant/reply';
import { ProtocolLibrary } from '../../src/protocols/library';
import { councilMetadataSchema } from '../../src/protocols/metadata';
import { MODEL_CACHE_DIR } from '../support/model';
import { PROJECT_ROOT, PROTOCOLS_DIR } from '../support/fixtures';

/** Records the candidates it is asked to choose among, then chooses as usual. */
class RecordingSelector extends AnswerSelector {
  seen: CandidateClause[] = [];
  override choose(...args: Parameters<AnswerSelector['choose']>): ReturnType<AnswerSelector['choose']> {
    this.seen = args[3];
    return super.choose(...args);
  }
}

/** A stand-in classifier: only the first clause reads as about the message's topic, so the topic lends the others nothing. */
const reading: IntentReading = [{ label: 'keys', probability: 1 }];
const readClause = (text: string): IntentReading => [{ label: /consent/.test(text) ? 'keys' : 'other', probability: 1 }];

// Clause texts written for this test, in my own words; not taken from any evaluation set.
describe("the clause ranking's prior on a protocol with no clause map", () => {
  const library = ProtocolLibrary.load(PROTOCOLS_DIR);
  const own: Clause[] = [
    { council: 'ranktown', ref: '1', heading: 'Keys', text: 'Councillors hold keys to the hall only with the written consent of the Clerk.' },
    { council: 'ranktown', ref: '2', heading: 'Keys', text: 'Keys are returned to the Clerk when a councillor leaves office.' },
    { council: 'ranktown', ref: '3', heading: 'Review', text: 'The Council reviews this protocol every two years.' },
  ] as Clause[];
  library.add({ council: councilMetadataSchema.parse({ id: 'ranktown', name: 'Ranktown Parish Council' }), clauses: own, warnings: [] });
  let assistant: Assistant;
  beforeAll(() => {
    assistant = Assistant.create({ config: { COUNCIL: 'ranktown', INTENTS_DIR: path.join(PROJECT_ROOT, 'intents'), MODEL_CACHE_DIR }, library });
  });
  const cite = (clause: Clause, score: number): CitedClause => ({ council: clause.council, ref: clause.ref, heading: clause.heading, text: clause.text, score });
  const priors = (council: string, ranked: CitedClause[]) => {
    const answers = new RecordingSelector();
    const selector = new ClauseSelector(library, assistant.engine.intents);
    const intent = [...assistant.engine.intents.values()].find((i) => i.kind === 'topic')!;
    answerWithClauses({ library, selector, answers, topics: new ClauseTopics(readClause) }, { council, intent, text: 'Can I keep a key to the hall?', role: 'councillor', ranked, reading });
    return new Map(answers.seen.map((c) => [c.clause.ref, c.prior]));
  };

  test('a close second keeps a close prior, and a distant third a small one: the ranking is trusted as far as its scores say', () => {
    const byRef = priors('ranktown', [cite(own[0], 0.8), cite(own[1], 0.76), cite(own[2], 0.16)]);
    expect(byRef.get('1')).toBeCloseTo(1);
    expect(byRef.get('2')).toBeCloseTo(0.95);
    expect(byRef.get('3')).toBeCloseTo(0.2);
  });

  test("a mapped protocol's clauses keep a prior by rank: the map's order has no scale to read", () => {
    const cottingham = library.get('cottingham').clauses;
    const byRef = priors('cottingham', [cite(cottingham[0], 0.8), cite(cottingham[1], 0.76), cite(cottingham[2], 0.16)]);
    expect(byRef.get(cottingham[0].ref)).toBeCloseTo(1);
    expect(byRef.get(cottingham[1].ref)).toBeCloseTo(0.82);
    expect(byRef.get(cottingham[2].ref)).toBeCloseTo(0.64);
  });
});
