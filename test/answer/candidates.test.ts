import path from 'node:path';
import { Assistant } from '../../src/assistant/assistant';
import { answerWithClauses, CANDIDATES, PRIORS } from '../../src/answer/compose';
import { AnswerSelector, CandidateClause } from '../../src/answer/select';
import { ClauseSelector } from '../../src/protocols/select';
import type { Clause } from '../../src/protocols/parse';
import type { CitedClause } from '../../src/assistant/reply';
import { ProtocolLibrary } from '../../src/protocols/library';
import { councilMetadataSchema } from '../../src/protocols/metadata';
import { MODEL_CACHE_DIR } from '../support/model';
import { PROJECT_ROOT, PROTOCOLS_DIR } from '../support/fixtures';

// The cite14 round (docs/citations.md): the answer stage can only answer from the clauses it gathers. These
// tests pin down where the candidates come from and how many each source lends. Clause texts and questions
// are written for this test, in my own words; none is taken from an evaluation set or from the pair files.

/** Records the candidates it is asked to choose among, then chooses as usual. */
class RecordingSelector extends AnswerSelector {
  seen: CandidateClause[] = [];
  override choose(...args: Parameters<AnswerSelector['choose']>): ReturnType<AnswerSelector['choose']> {
    this.seen = args[3];
    return super.choose(...args);
  }
}

describe("the answer stage's candidate clauses", () => {
  const library = ProtocolLibrary.load(PROTOCOLS_DIR);
  const council = 'gatherham';
  const own: Clause[] = [
    { council, ref: '1', heading: 'Roles', text: 'Councillors set policy together at meetings of the Council.' },
    { council, ref: '2(a)', heading: 'Staff', text: 'Staff are employed by the Council as a whole.' },
    { council, ref: '2(b)', heading: 'Staff', text: 'Staff take their instructions from the Clerk and from no individual councillor.' },
    { council, ref: '3', heading: 'Contractors', text: 'Councillors should not direct the hedge cutting contractor; concerns about the hedges go to the Clerk.' },
    ...Array.from({ length: 8 }, (_, i) => ({ council, ref: String(10 + i), heading: 'Allotments', text: `Allotment rule ${i + 1}: plot holders keep the allotment paths and hedges tidy.` })),
  ] as Clause[];
  library.add({ council: councilMetadataSchema.parse({ id: council, name: 'Gatherham Parish Council' }), clauses: own, warnings: [] });
  let assistant: Assistant;
  beforeAll(() => {
    assistant = Assistant.create({ config: { COUNCIL: council, INTENTS_DIR: path.join(PROJECT_ROOT, 'intents'), MODEL_CACHE_DIR }, library });
  });
  const cite = (clause: Clause, score: number): CitedClause => ({ council: clause.council, ref: clause.ref, heading: clause.heading, text: clause.text, score });
  /** The candidates, ref → prior, for a message whose intent ranked only `ranked` (no topic reading: the words and the map alone). */
  const candidates = (text: string, ranked: CitedClause[]) => {
    const answers = new RecordingSelector();
    const selector = new ClauseSelector(library, assistant.engine.intents);
    const intent = assistant.engine.intents.get('instructing_officers')!;
    answerWithClauses({ library, selector, answers }, { council, intent, text, role: 'councillor', ranked });
    return new Map(answers.seen.map((c) => [c.clause.ref, c.prior]));
  };

  test('a clause the intent did not rank, but the message names in its own words, is still a candidate, at a small prior', () => {
    const found = candidates('Can I tell the hedge cutting contractor to come back and do the hedges again?', [cite(own[0], 1)]);
    expect(found.get('1')).toBe(1);
    expect(found.get('3')).toBeGreaterThan(0);
    expect(found.get('3')).toBeLessThanOrEqual(PRIORS.search);
  });

  test("a ranked clause brings its siblings in a small section, at a share of its prior", () => {
    const found = candidates('Who do staff take instructions from?', [cite(own[1], 1)]);
    expect(found.get('2(b)')).toBeCloseTo(CANDIDATES.siblingShare);
  });

  test('the search lends no more than its share, however many clauses share the words', () => {
    const found = candidates('Who keeps the allotment paths and hedges tidy on the allotments?', [cite(own[0], 1)]);
    const fromSearch = [...found.keys()].filter((ref) => Number(ref) >= 10);
    expect(fromSearch.length).toBeGreaterThan(0);
    expect(fromSearch.length).toBeLessThanOrEqual(CANDIDATES.search);
  });

  test("the intent lends at most its share of its ranked clauses", () => {
    const ranked = own.slice(4, 12).map((c, i) => cite(c, 1 - i / 10));
    const found = candidates('Is there a rule about allotment plots?', ranked);
    const fromIntent = ranked.filter((c) => (found.get(c.ref) ?? 0) > PRIORS.search);
    expect(fromIntent.length).toBe(CANDIDATES.intent);
  });
});
