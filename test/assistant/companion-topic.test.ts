import path from 'node:path';
import { Assistant } from '../../src/assistant/assistant';
import { companionTopic } from '../../src/answer/companionTopic';
import { ProtocolLibrary } from '../../src/protocols/library';
import { MODEL_CACHE_DIR } from '../support/model';

// A chair setting an officer's work is claimed by two topics (chairs and committees, instructing officers), and a
// protocol may say the rule under either: the reply cites each topic's best clause (docs/messy-round35.md). The
// messages are my own, not from an evaluation set.
const root = path.join(__dirname, '../..');

describe('companionTopic', () => {
  test.each([
    ['chairs_and_committees', 'The mayor keeps handing me extra jobs on top of my normal work, is that ok?', 'instructing_officers'],
    ['chairs_and_committees', 'our committee chair wants me to rewrite the whole events plan by friday', 'instructing_officers'],
    ['chairs_and_committees', 'Does the chairman get to boss the caretaker about?', 'instructing_officers'],
    ['instructing_officers', 'As vice-chair can I tell the clerk what to do first?', 'chairs_and_committees'],
  ])('%s: %s', (intent, message, companion) => {
    expect(companionTopic(intent, message)).toBe(companion);
  });

  test.each([
    // A chair's question that is not about anyone's work being set.
    ['chairs_and_committees', 'Who chairs the planning committee this year?'],
    ['chairs_and_committees', 'can the chair decide things between meetings on her own?'],
    // Someone's work set, with no chair named: the classifier's own reading stands.
    ['instructing_officers', 'can I ask the groundsman to cut the verge outside my house?'],
    // Another topic altogether.
    ['media_relations', 'the mayor wants me to tell the paper about the fete'],
  ])('none for %s: %s', (intent, message) => {
    expect(companionTopic(intent, message)).toBeUndefined();
  });
});

describe('a chair setting an officer’s work cites the rule on instructing officers and the chair’s', () => {
  let assistant: Assistant;
  beforeAll(() => {
    const library = ProtocolLibrary.load(path.join(root, 'data/protocols'));
    assistant = Assistant.create({ config: { COUNCIL: 'flitwick', INTENTS_DIR: path.join(root, 'intents'), MODEL_CACHE_DIR }, library });
  });
  const cited = (council: string, text: string, role: 'councillor' | 'officer') => assistant.read(text, { council, role }).clauses.slice(0, 3).map((c) => c.ref);

  test.each([
    'the chairman phoned me on sunday and told me to reopen the pavilion for his mates. do i have to?',
    'Our committee chair gives me a list of tasks after every meeting, is that how it works?',
  ])('Flitwick, read as about chairs, also cites whose instructions officers take: %s', (text) => {
    // 18: councillors are not authorised to instruct officers; 35: officers work to their senior officers' instructions.
    expect(cited('flitwick', text, 'officer').some((ref) => ['18', '35'].includes(ref))).toBe(true);
  });

  test('Alsager, read as instructing officers, also cites the chairman’s clause', () => {
    const refs = cited('alsager', 'As chairman can I ask the admin assistant to sort my ward post first thing each morning?', 'councillor');
    // 38: officers work to the instructions of their senior officers, not the Chairman; 39: not imposing priorities.
    expect(refs.some((ref) => ['38', '39'].includes(ref))).toBe(true);
  });
});
