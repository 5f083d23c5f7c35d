import path from 'node:path';
import { readPublicationTitles, withoutPublicationReading } from '../../src/nlu/councilPublications';
import { ProtocolLibrary } from '../../src/protocols/library';
import { parseProtocol } from '../../src/protocols/parse';
import { publicationTitles } from '../../src/protocols/publicationTitles';

const root = path.join(__dirname, '../..');

/** A protocol of this test's own: a newsletter and a local paper by their own names, and a hall that is neither. */
const BARROWFIELD = `BARROWFIELD PARISH COUNCIL

MEMBER AND OFFICER PROTOCOL

1. GENERAL

1.1 The Clerk is the Council's Proper Officer.

2. PUBLICITY

2.1 Items for the Council's newsletter, the Barrowfield Herald, are approved by the Clerk. A Councillor approached by a reporter from the Wessex Evening Times shall say whether he or she speaks for the Council.

3. PREMISES

3.1 The Barrowfield Clarion Hall and the Courier Cottage are managed by the Clerk.

3.2 The press may film meetings held in the Barrowfield Clarion Hall.
`;

const clausesOf = (text: string) => parseProtocol(text, 'barrowfield').clauses;

describe("a council's own publication titles (intent62)", () => {
  test('are read only from sentences about the press or publicity, with a short form for a distinct title word', () => {
    const titles = publicationTitles(clausesOf(BARROWFIELD));
    expect(titles).toEqual(expect.arrayContaining(['barrowfield herald', 'the herald', 'wessex evening times']));
    expect(titles).not.toContain('the times');
    expect(titles.join('|')).not.toMatch(/clarion|courier/);
  });

  test('a shipped protocol that names no publication gives none', () => {
    const library = ProtocolLibrary.load(path.join(root, 'data/protocols'));
    expect(publicationTitles(library.get('flitwick').clauses)).toEqual([]);
  });

  test('a message naming a title reads it as the press; one naming none is unchanged', () => {
    const titles = ['barrowfield herald', 'the herald'];
    expect(readPublicationTitles('Can I write for the Barrowfield Herald?', titles)).toBe('Can I write for the Barrowfield Herald local newspaper?');
    expect(readPublicationTitles('who edits the herald', titles)).toBe('who edits the herald local newspaper');
    expect(readPublicationTitles('When is the fete?', titles)).toBe('When is the fete?');
  });

  test('a part of the message quoted back loses what was added', () => {
    const titles = ['barrowfield herald', 'the herald'];
    const read = readPublicationTitles("the Barrowfield Herald's editor", titles);
    expect(withoutPublicationReading(read, titles)).toBe("the Barrowfield Herald's editor");
  });
});
