import path from 'node:path';
import { Assistant } from '../../src/assistant/assistant';
import { AnswerSelector } from '../../src/answer/select';
import { answerWords, OMITTED, splitAtAnswer } from '../../src/answer/wording';
import { listLayout } from '../../src/answer/sentences';
import { parseProtocol } from '../../src/protocols/parse';
import { ProtocolLibrary } from '../../src/protocols/library';
import { MODEL_CACHE_DIR } from '../support/model';
import { PROJECT_ROOT, PROTOCOLS_DIR } from '../support/fixtures';

// answers26: a list enumerated on one line after a lead-in ("… is responsible for: (a) …; (b) …; and (c) …") is one
// sentence to the splitter; the first line now reads its lead-in and the item that answers, as a bulleted list's does.
// Clause texts and questions are my own wording, not taken from any evaluation set or from the design or check pairs.

const ALLOTMENT_DUTIES =
  'The Allotments Officer is responsible for: (a) keeping the waiting list for plots and offering vacant plots in turn; ' +
  '(b) collecting the annual rent from every plot holder by the end of March; (c) inspecting each site twice a year and ' +
  'writing to holders whose plots are neglected; (d) arranging repairs to the water troughs, fences and gates; and ' +
  '(e) keeping a record of every dispute between plot holders and how it was settled.';

function chooseIn(clauseText: string, question: string) {
  const { clauses } = parseProtocol(`1. Test\n\n1.1 ${clauseText}\n`, 'test');
  return new AnswerSelector().choose(clauses, question, 'councillor', [{ clause: clauses[0], prior: 1 }]);
}

describe('an inline enumerated list', () => {
  test('listLayout reads the lead-in up to its colon and each item after its marker, every span a verbatim slice', () => {
    const layout = listLayout(ALLOTMENT_DUTIES)!;
    const slice = (span: { start: number; end: number }) => ALLOTMENT_DUTIES.slice(span.start, span.end);
    expect(slice(layout.leadIn)).toBe('The Allotments Officer is responsible for:');
    expect(layout.items.map(slice)).toEqual([
      'keeping the waiting list for plots and offering vacant plots in turn;',
      'collecting the annual rent from every plot holder by the end of March;',
      'inspecting each site twice a year and writing to holders whose plots are neglected;',
      'arranging repairs to the water troughs, fences and gates; and',
      'keeping a record of every dispute between plot holders and how it was settled.',
    ]);
  });

  test('roman and numbered markers count; a bracketed letter that is not a run of items in sequence does not', () => {
    expect(listLayout('Staff may: (i) take leave; (ii) swap shifts; and (iii) work from home.')?.items).toHaveLength(3);
    expect(listLayout('Staff may: (1) take leave, (2) swap shifts, or (3) work from home.')?.items).toHaveLength(3);
    expect(listLayout('Members should see clause (a) of the standing orders before the meeting.')).toBeNull();
    expect(listLayout('The Clerk decides: (a) what goes on the agenda (c) and nothing else.')).toBeNull();
    expect(listLayout('Two things matter: (b) the budget; (c) the precept.')).toBeNull();
  });

  test('a question about one duty leads with the lead-in and that duty; the answer text stays the whole sentence', () => {
    const chosen = chooseIn(ALLOTMENT_DUTIES, 'Who collects the rent from allotment plot holders?')!;
    expect(chosen.text).toBe(ALLOTMENT_DUTIES);
    expect(chosen.focus?.item).toBe('collecting the annual rent from every plot holder by the end of March;');
    expect(answerWords(chosen)).toBe(`The Allotments Officer is responsible for: ${OMITTED} collecting the annual rent from every plot holder by the end of March ${OMITTED}`);
    for (const piece of answerWords(chosen).split(OMITTED).map((p) => p.trim()).filter(Boolean)) expect(chosen.text).toContain(piece);
  });

  test('the first item reads on from the lead-in with its marker; the last is not followed by an ellipsis', () => {
    const first = chooseIn(ALLOTMENT_DUTIES, 'Who keeps the waiting list for an allotment plot?')!;
    expect(answerWords(first)).toBe(`The Allotments Officer is responsible for: (a) keeping the waiting list for plots and offering vacant plots in turn ${OMITTED}`);
    const last = chooseIn(ALLOTMENT_DUTIES, 'Is a record kept when two plot holders have a dispute?')!;
    expect(answerWords(last)).toBe(`The Allotments Officer is responsible for: ${OMITTED} keeping a record of every dispute between plot holders and how it was settled.`);
  });

  test('the quoted clause emphasises the item, and stays whole', () => {
    const chosen = chooseIn(ALLOTMENT_DUTIES, 'Who collects the rent from allotment plot holders?')!;
    const parts = splitAtAnswer({ ref: '1.1', text: ALLOTMENT_DUTIES }, chosen)!;
    expect(parts.answer).toBe(chosen.focus!.item);
    expect(parts.before.endsWith('(b) ')).toBe(true);
    expect(`${parts.before}${parts.answer}${parts.after}`).toBe(ALLOTMENT_DUTIES);
  });
});

describe('through the assistant, on a shipped protocol', () => {
  test('Halstead 1.2, the members\' responsibilities on one line: asked about scrutiny, the reply leads with that item', () => {
    const assistant = Assistant.create({ config: { COUNCIL: 'halstead', INTENTS_DIR: path.join(PROJECT_ROOT, 'intents'), MODEL_CACHE_DIR }, library: ProtocolLibrary.load(PROTOCOLS_DIR) });
    const reply = assistant.answer('Is scrutinising the council\'s performance and services a councillor\'s job?', { id: 'test:cllr', name: 'Cllr Test', role: 'councillor' }, { council: 'halstead', record: false });
    expect(reply.answer?.ref).toBe('1.2');
    expect(reply.summary).toBe(`Under 1.2: The Council's elected members are responsible for: ${OMITTED} the scrutiny of Council policy, performance, compliance and services ${OMITTED}`);
    expect(reply.clauses[0].text).toContain(reply.answer!.text);
  });
});
