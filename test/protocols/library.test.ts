import fs from 'node:fs';
import path from 'node:path';
import { ProtocolLibrary } from '../../src/protocols/library';
import { staleCuratedRefs, staleCuratedRefsIn } from '../../src/protocols/curated';
import { parseProtocol } from '../../src/protocols/parse';
import { loadIntents } from '../../src/nlu/intents';
import { PROJECT_ROOT, PROTOCOLS_DIR, removeTempDirs, tempDir } from '../support/fixtures';
import { runCliCaptured } from '../support/runCli';

afterEach(removeTempDirs);

function copyOfShippedProtocols(): string {
  const dir = tempDir();
  for (const file of fs.readdirSync(PROTOCOLS_DIR)) fs.copyFileSync(path.join(PROTOCOLS_DIR, file), path.join(dir, file));
  return dir;
}

describe('the library reads a council only when asked for it', () => {
  test('a council whose text cannot be read does not stop the others being used', () => {
    const dir = copyOfShippedProtocols();
    fs.writeFileSync(path.join(dir, 'unreadable.json'), JSON.stringify({ id: 'unreadable', name: 'Unreadable Town Council', routes: {} }));
    fs.mkdirSync(path.join(dir, 'unreadable.txt')); // reading it would fail
    const library = ProtocolLibrary.load(dir);
    expect(library.has('unreadable')).toBe(true);
    expect(library.metadata('unreadable').name).toBe('Unreadable Town Council');
    expect(library.clause('alsager', '37')?.text).toMatch(/^Officers will respect the position of Chairman/);
    expect(() => library.get('unreadable')).toThrow(/EISDIR/);
  });

  test('each council names the version it quotes', () => {
    const library = ProtocolLibrary.load(PROTOCOLS_DIR);
    expect(library.version('cottingham')).toEqual({ number: 1, adopted: '21 February 2013' });
    expect(library.version('flitwick')).toEqual({ number: 1 });
  });
});

describe('curated clause references made stale by a new version', () => {
  const intents = loadIntents(path.join(PROJECT_ROOT, 'intents'));

  test('a clause the maps cite that is gone, or whose text changed, is flagged', () => {
    const text = fs.readFileSync(path.join(PROTOCOLS_DIR, 'alsager.txt'), 'utf8');
    const before = parseProtocol(text, 'alsager').clauses;
    const revisedText = text.replace(/^17\. .*$/m, '').replace('notify and make advance arrangements', 'agree in writing');
    const after = parseProtocol(revisedText, 'alsager').clauses;
    const stale = staleCuratedRefs({ council: 'alsager', clauses: after, previous: before, intents });
    expect(stale).toContainEqual({ council: 'alsager', ref: '17', where: 'intents/instructing_officers.yaml', problem: 'missing' });
    expect(stale.filter((s) => s.ref === '58').map((s) => s.problem)).toContain('changed');
  });

  test('ingest warns about them, and staleCuratedRefsIn (for doctor) finds them afterwards', async () => {
    const dir = copyOfShippedProtocols();
    const revised = path.join(dir, 'alsager-2024.txt');
    fs.writeFileSync(revised, fs.readFileSync(path.join(PROTOCOLS_DIR, 'alsager.txt'), 'utf8').replace(/^17\. .*$/m, ''));
    const result = await runCliCaptured(['ingest', revised, '--council', 'alsager', '--adopted', 'March 2024'], { PROTOCOLS_DIR: dir });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/warning: curated reference alsager:17 in intents\/instructing_officers\.yaml no longer exists/);
    const stale = staleCuratedRefsIn(ProtocolLibrary.load(dir), intents);
    expect(stale.map((s) => `${s.council}:${s.ref}:${s.problem}`)).toContain('alsager:17:missing');
    expect(staleCuratedRefsIn(ProtocolLibrary.load(PROTOCOLS_DIR), intents)).toEqual([]);
  });
});
