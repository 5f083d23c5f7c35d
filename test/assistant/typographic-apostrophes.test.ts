import fs from 'node:fs';
import path from 'node:path';
import { Assistant } from '../../src/assistant/assistant';
import { ProtocolLibrary } from '../../src/protocols/library';
import { councilMetadataSchema } from '../../src/protocols/metadata';
import { parseProtocol } from '../../src/protocols/parse';
import { MODEL_CACHE_DIR } from '../support/model';

// Phones, Teams and Word type "council’s" and "won’t" where people at a keyboard type "council's": the same question
// must get the same answer. The questions are my own, not from an evaluation set; the protocols are two design texts.
const root = path.join(__dirname, '../..');
let assistant: Assistant;

beforeAll(() => {
  const library = ProtocolLibrary.load(path.join(root, 'data/protocols'));
  for (const id of ['foxleigh', 'brindlecombe']) {
    const { clauses, warnings } = parseProtocol(fs.readFileSync(path.join(root, `test/eval/protocols/${id}.txt`), 'utf8'), id);
    library.add({ council: councilMetadataSchema.parse({ id, name: id }), clauses, warnings });
  }
  assistant = Assistant.create({ config: { COUNCIL: 'foxleigh', INTENTS_DIR: path.join(root, 'intents'), MODEL_CACHE_DIR }, library });
});

const answered = (council: string, text: string) => assistant.answer(text, { id: 'test:apostrophes', name: 'A councillor', role: 'councillor' }, { council }).answer?.ref;

describe('a typographic apostrophe is read as the typed one', () => {
  test.each([
    ['foxleigh', "Am I allowed to take the council's projector home for a family party?"],
    ['foxleigh', "Can I take the council's laptop home to do my own accounts?"],
    ['brindlecombe', "The clerk won't let me have the tree survey. Can I challenge that?"],
    ['brindlecombe', "What happens if the clerk won't show me the lease?"],
    ['brindlecombe', "I've been refused the grant file. Where can I take it?"],
  ])('%s: %s', (council, question) => {
    expect(answered(council, question.replaceAll("'", '\u2019'))).toBe(answered(council, question));
  });
});
