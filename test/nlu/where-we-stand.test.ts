import path from 'node:path';
import { Assistant } from '../../src/assistant/assistant';
import { canonicalWords } from '../../src/nlu/normalize';
import { ProtocolLibrary } from '../../src/protocols/library';
import { MODEL_CACHE_DIR } from '../support/model';

const root = path.join(__dirname, '../..');

describe('"where do I stand?"', () => {
  test('asks what to do, while standing orders and standing for election keep their words', () => {
    expect(canonicalWords('where do we stand?').join(' ')).toBe('what should i do');
    expect(canonicalWords('where does the council stand on this').join(' ')).toBe('what should i do on this');
    expect(canonicalWords('how do i stand for election').join(' ')).toBe('how do i stand for election');
    expect(canonicalWords('what do standing orders say').join(' ')).toBe('what do standing orders say');
  });

  test('after a story of a member running the clerk down in public, is answered from the protocol, not turned away', () => {
    const library = ProtocolLibrary.load(path.join(root, 'data/protocols'));
    const assistant = Assistant.create({ config: { COUNCIL: 'alsager', INTENTS_DIR: path.join(root, 'intents'), MODEL_CACHE_DIR }, library });
    const reply = assistant.answer(
      'Councillor Fenwick keeps telling people at the pub that I lost the grant money. Where do I stand?',
      { id: 'test', name: 'Sam', role: 'clerk' },
    );
    expect(reply.intent).not.toBe('out_of_scope');
  });
});
