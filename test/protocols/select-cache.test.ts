import fs from 'node:fs';
import path from 'node:path';
import { loadIntents } from '../../src/nlu/intents';
import { ProtocolLibrary } from '../../src/protocols/library';
import { ClauseSelector } from '../../src/protocols/select';
import { PROJECT_ROOT, PROTOCOLS_DIR, removeTempDirs, tempDir } from '../support/fixtures';

afterEach(removeTempDirs);

const intents = new Map(loadIntents(path.join(PROJECT_ROOT, 'intents')).map((i) => [i.id, i]));
const topics = [...intents.values()].filter((i) => i.kind === 'topic').slice(0, 10);
/** Each topic asked in one of its own examples, in every shipped council: mapped and searched clauses both. */
const COUNCILS = ['flitwick', 'alsager', 'cottingham', 'halstead', 'tewkesbury'];

function copyOfShippedProtocols(): string {
  const dir = tempDir();
  for (const file of fs.readdirSync(PROTOCOLS_DIR)) fs.copyFileSync(path.join(PROTOCOLS_DIR, file), path.join(dir, file));
  return dir;
}

/** What a selector cites for every topic in every council (refs and scores), and each intent's vocabulary. */
function citations(selector: ClauseSelector): string[] {
  const vocabularies = [...intents.values()].map((intent) => `${intent.id}: ${JSON.stringify([...selector.expansion(intent)])}`);
  return vocabularies.concat(...COUNCILS.map((council) =>
    topics.map((intent) => {
      const example = intent.examples[0];
      const text = typeof example === 'string' ? example : example.text;
      const cited = (list: { clause: { ref: string }; score: number }[]) => list.map((s) => `${s.clause.ref}=${s.score}`).join(' ');
      return `${council} ${intent.id}: ${cited(selector.select(council, intent.id, text))} | ${cited(selector.search(council, intent, text, 5, 0))}`;
    }),
  ));
}

describe('clause selection from the compiled cache', () => {
  test('a warm start cites exactly what stemming every protocol afresh cites, with the same intent vocabularies, and parses only the council asked about', () => {
    const cacheDir = tempDir();
    const fresh = citations(new ClauseSelector(ProtocolLibrary.load(PROTOCOLS_DIR), intents));
    expect(citations(new ClauseSelector(ProtocolLibrary.load(PROTOCOLS_DIR), intents, cacheDir))).toEqual(fresh); // cold: fills the cache
    expect(citations(new ClauseSelector(ProtocolLibrary.load(PROTOCOLS_DIR), intents, cacheDir))).toEqual(fresh);

    const library = ProtocolLibrary.load(PROTOCOLS_DIR);
    const parsed = jest.spyOn(library, 'get');
    const mapped = topics.find((i) => i.clauses.flitwick)!;
    const warm = new ClauseSelector(library, intents, cacheDir);
    warm.select('flitwick', mapped.id, 'Can I see the papers?');
    warm.search('flitwick', mapped, 'Can I see the papers?');
    expect(new Set(parsed.mock.calls.map(([id]) => id))).toEqual(new Set(['flitwick']));
  });

  test('a changed protocol text is stemmed again, not read from the stale cache', () => {
    const cacheDir = tempDir();
    const dir = copyOfShippedProtocols();
    const intent = topics.find((i) => i.clauses.flitwick)!;
    const ref = intent.clauses.flitwick[0];
    const message = 'Who looks after the allotment bees?';
    new ClauseSelector(ProtocolLibrary.load(dir), intents, cacheDir).expansion(intent);
    new ClauseSelector(ProtocolLibrary.load(dir), intents, cacheDir).select('flitwick', intent.id, message);

    const text = fs.readFileSync(path.join(dir, 'flitwick.txt'), 'utf8');
    const clauseStart = new RegExp(`^${ref.replace('.', '\\.')}\\.?\\s`, 'm');
    expect(text).toMatch(clauseStart);
    fs.writeFileSync(path.join(dir, 'flitwick.txt'), text.replace(clauseStart, (start) => `${start}The allotment bees are looked after by the Clerk; the bees, the bees, the bees. `));
    const changed = new ClauseSelector(ProtocolLibrary.load(dir), intents, cacheDir).select('flitwick', intent.id, message);
    expect(changed).toEqual(new ClauseSelector(ProtocolLibrary.load(dir), intents).select('flitwick', intent.id, message));
    expect(changed[0].clause.ref).toBe(ref);
    expect(changed[0].clause.text).toMatch(/allotment bees/);
    const vocabulary = (cacheDir?: string) => [...new ClauseSelector(ProtocolLibrary.load(dir), intents, cacheDir).expansion(intent)];
    expect(vocabulary(cacheDir)).toEqual(vocabulary());
  });
});
