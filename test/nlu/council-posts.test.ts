import path from 'node:path';
import { Assistant } from '../../src/assistant/assistant';
import { readPostTitles, withoutPostReading } from '../../src/nlu/councilPosts';
import { ProtocolLibrary } from '../../src/protocols/library';
import { councilMetadataSchema } from '../../src/protocols/metadata';
import { parseProtocol } from '../../src/protocols/parse';
import { staffPostTitles } from '../../src/protocols/postTitles';
import { MODEL_CACHE_DIR } from '../support/model';

const root = path.join(__dirname, '../..');

/** A protocol of this test's own: its staff posts have local names no training example uses. */
const ORCHARDLEY = `ORCHARDLEY PARISH COUNCIL

MEMBER AND OFFICER PROTOCOL

1. GENERAL

1.1 The Clerk is the Council's Proper Officer and its Head of Paid Service.

1.2 The Clerk manages the staff, who include the Deputy Clerk, the Village Orderly and the Green Keeper.

2. WORK FOR STAFF

2.1 No Councillor may direct the Village Orderly, the Green Keeper or any other employee; requests for work are made to the Clerk, who sets priorities.

3. THE VILLAGE HALL

3.1 The Village Hall and the Orchardley Bulletin are managed by the Hall Committee.
`;

const clausesOf = (text: string) => parseProtocol(text, 'orchardley').clauses;

describe("a council's own post titles (intent61)", () => {
  test('are read from lists of the staff and from the titles the Clerk holds, never a body, place or publication', () => {
    const titles = staffPostTitles(clausesOf(ORCHARDLEY));
    expect(titles).toEqual(expect.arrayContaining(['head of paid service', 'proper officer', 'village orderly', 'green keeper', 'deputy clerk']));
    expect(titles).not.toContain('village hall');
    expect(titles).not.toContain('orchardley bulletin');
    expect(titles).not.toContain('hall committee');
  });

  test('a shipped protocol that names no posts this way gives none', () => {
    const library = ProtocolLibrary.load(path.join(root, 'data/protocols'));
    expect(staffPostTitles(library.get('cottingham').clauses)).toEqual([]);
  });

  test('a message naming a local title reads it as a member of staff; one already read so, or naming none, is unchanged', () => {
    const titles = ['head of paid service', 'village orderly', 'green keepers', 'proper officer'];
    expect(readPostTitles('Can I ask the Village Orderly to sweep the lychgate?', titles)).toBe('Can I ask the Village Orderly officer to sweep the lychgate?');
    expect(readPostTitles('the green keeper said no', titles)).toBe('the green keeper officer said no');
    expect(readPostTitles('Who is our Head of Paid Service?', titles)).toBe('Who is our Head of Paid Service officer?');
    expect(readPostTitles('Ask the Proper Officer', titles)).toBe('Ask the Proper Officer');
    expect(readPostTitles('When is the fete?', titles)).toBe('When is the fete?');
  });

  test('a part of the message quoted back loses what was added', () => {
    const titles = ['village orderly'];
    const read = readPostTitles("can the Village Orderly's van be borrowed", titles);
    expect(read).toBe("can the Village Orderly's officer van be borrowed");
    expect(withoutPostReading(read, titles)).toBe("can the Village Orderly's van be borrowed");
  });

  test("with the protocol loaded, a question naming a local post is answered from it, not turned away", () => {
    const library = ProtocolLibrary.load(path.join(root, 'data/protocols'));
    library.add({ council: councilMetadataSchema.parse({ id: 'orchardley', name: 'Orchardley Parish Council' }), clauses: clausesOf(ORCHARDLEY), warnings: [] });
    const assistant = Assistant.create({ config: { COUNCIL: 'orchardley', INTENTS_DIR: path.join(root, 'intents'), MODEL_CACHE_DIR }, library });
    const read = assistant.read('Can I get the Village Orderly to tidy the churchyard before the fete?', { council: 'orchardley', role: 'councillor' });
    expect(read.result.intent).toBe('instructing_officers');
    expect(assistant.classify('Can I get the Village Orderly to tidy the churchyard before the fete?', 'councillor').intent).not.toBe('instructing_officers');
  });
});
