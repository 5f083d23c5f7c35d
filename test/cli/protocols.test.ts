import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCliCaptured } from '../support/runCli';
import { usePdfjsInJest } from '../support/pdfjs';
import { ProtocolLibrary } from '../../src/protocols/library';
import { MODEL_CACHE_DIR } from '../support/model';

const fixture = path.join(__dirname, '../protocols/fixtures/lettered.txt');

describe('protocol-bot clauses and clause', () => {
  test('lists a council\'s clauses as JSON', async () => {
    const result = await runCliCaptured(['clauses', '--council', 'halstead', '--json']);
    expect(result.code).toBe(0);
    const clauses = JSON.parse(result.stdout);
    expect(clauses.map((c: { ref: string }) => c.ref)).toContain('fn1');
    expect(Object.keys(clauses[0]).sort()).toEqual(['council', 'heading', 'ref', 'text']);
  });

  test('prints one clause by name', async () => {
    const result = await runCliCaptured(['clause', 'flitwick:58']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^\[flitwick:58\] — Councillors' access to documents and information\n {4}A Councillor who is not a member of a specific committee/);
  });

  test.each([
    [['clauses', '--council', 'atlantis'], /unknown council "atlantis"; known councils: alsager, cottingham, flitwick, halstead, tewkesbury/],
    [['clause', 'flitwick:999'], /flitwick has no clause 999; its clauses run 1 … 80/],
    [['clause', 'flitwick-58'], /not a clause name/],
    [['clause', 'atlantis:1'], /unknown council "atlantis"/],
    [['frobnicate'], /unknown command/],
  ])('bad input %j: exit 2 and one clear line', async (args, message) => {
    const result = await runCliCaptured(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
  });
});

describe('protocol-bot ingest', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'protocols-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('adds a council in the "(a)" style and reports its clauses', async () => {
    const env = { PROTOCOLS_DIR: dir };
    const result = await runCliCaptured(['ingest', fixture, '--council', 'marshwood', '--name', 'Little Marshwood Parish Council'], env);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Added Little Marshwood Parish Council \(marshwood\): 7 clauses, 1\(a\) … 3\(b\)/);
    const listed = await runCliCaptured(['clauses', '--council', 'marshwood', '--json'], env);
    expect(JSON.parse(listed.stdout).map((c: { ref: string }) => c.ref)).toEqual(['1(a)', '1(b)', '2(a)', '2(b)', '2(c)', '3(a)', '3(b)']);
    const again = await runCliCaptured(['ingest', fixture, '--council', 'marshwood'], env);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/same clauses as the current version v1.*nothing was written/);
  });

  test('warns about gaps and duplicates in the numbering', async () => {
    const result = await runCliCaptured(['ingest', path.join(__dirname, '../protocols/fixtures/sections.txt'), '--council', 'wharfedale', '--name', 'Upper Wharfedale Town Council'], { PROTOCOLS_DIR: dir });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/warning: duplicate clause number 3\.1/);
    expect(result.stderr).toMatch(/warning: gap in numbering: 2\.2 is followed by 2\.4/);
  });

  test.each([
    [['ingest', 'no-such-file.txt', '--council', 'x1', '--name', 'X'], /no such file/],
    [['ingest', fixture, '--council', 'Bad Id', '--name', 'X'], /--council "Bad Id"/],
    [['ingest', fixture, '--council', 'marshwood'], /council "marshwood" is new: give its full name with --name/],
    // uat19: a folder was "no such file", which sends the operator looking for a typo in a path that is there.
    [['ingest', path.join(__dirname, '../protocols/fixtures'), '--council', 'x1', '--name', 'X'], /fixtures is a folder, not a file: give the protocol's own file \(PDF, Word \.docx, HTML, Markdown or text\)\. Nothing was added\.$/m],
  ])('refuses bad input %j and writes nothing', async (args, message) => {
    const result = await runCliCaptured(args, { PROTOCOLS_DIR: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  test('refuses a file with no clauses and writes nothing', async () => {
    const notes = path.join(dir, 'notes.txt');
    fs.writeFileSync(notes, 'Minutes\n\nThe meeting opened at 7pm.\n');
    const result = await runCliCaptured(['ingest', notes, '--council', 'notes', '--name', 'Notes'], { PROTOCOLS_DIR: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/found no numbered clauses/);
    expect(fs.readdirSync(dir)).toEqual(['notes.txt']);
  });
});

describe('protocol-bot ingest: files as councils publish them', () => {
  const generated = path.join(__dirname, '../protocols/fixtures/generated');
  let dir: string;
  beforeAll(() => usePdfjsInJest());
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'protocols-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('adds a council from its PDF, keeping the cleaned text and the adoption date printed in it', async () => {
    const result = await runCliCaptured(['ingest', path.join(generated, 'ashcombe.pdf'), '--council', 'ashcombe', '--name', 'Ashcombe Magna Town Council'], { PROTOCOLS_DIR: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Added Ashcombe Magna Town Council \(ashcombe\): 64 clauses, 1\.1 … 10\.7\./);
    const library = ProtocolLibrary.load(dir);
    expect(library.version('ashcombe')).toEqual({ number: 1, adopted: '12 May 2025', ingested: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(fs.readFileSync(path.join(dir, 'ashcombe.txt'), 'utf8')).not.toMatch(/Page \d of \d/);
  });

  test('--dry-run lists clauses, numbering and furniture, and writes nothing', async () => {
    const result = await runCliCaptured(['ingest', path.join(generated, 'ashcombe.docx'), '--council', 'ashcombe', '--dry-run'], { PROTOCOLS_DIR: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Dry run, nothing written\. ashcombe\.docx read as Word: 64 clauses/);
    expect(result.stdout).toMatch(/\n {2}6\.1 +\[SECTION 6 – INFORMATION AND DOCUMENTS\] {2}Councillors are entitled to see any document/);
    expect(result.stdout).toMatch(/Numbering: no gaps or duplicates\./);
    expect(result.stdout).toMatch(/Routes proposed from the text \(check each against its sentence\):/);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  test.each([
    ['a scanned PDF', () => path.join(generated, 'scanned.pdf'), /no text layer/],
    ['an encrypted PDF', () => path.join(generated, 'encrypted.pdf'), /encrypted/],
    ['an encrypted PDF that opens without a password', () => path.join(generated, 'encrypted-no-password.pdf'), /encrypted/],
    ['an old binary Word file', () => path.join(generated, 'legacy.doc'), /old binary Word \(\.doc\)/],
    ['an empty file', (d: string) => (fs.writeFileSync(path.join(d, 'in', 'empty.txt'), ''), path.join(d, 'in', 'empty.txt')), /the file is empty/],
    [
      'a 50 MB file',
      (d: string) => {
        const file = path.join(d, 'in', 'huge.pdf');
        fs.writeFileSync(file, '%PDF-1.7\n');
        fs.truncateSync(file, 50 * 1024 * 1024);
        return file;
      },
      /the file is 50 MB, above the 25 MB limit/,
    ],
  ])('refuses %s: one line, exit 2, nothing written', async (_, make, message) => {
    fs.mkdirSync(path.join(dir, 'in'));
    const protocols = path.join(dir, 'protocols');
    const result = await runCliCaptured(['ingest', make(dir), '--council', 'refused', '--name', 'Refused Town Council'], { PROTOCOLS_DIR: protocols });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stdout).toBe('');
    expect(fs.existsSync(protocols)).toBe(false);
  });
});

describe('protocol-bot versions and diff', () => {
  const unseen = path.join(__dirname, '../protocols/fixtures/unseen/ashcombe.txt');
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'protocols-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('re-ingesting keeps the previous version; versions lists both; diff shows what changed, word by word', async () => {
    const env = { PROTOCOLS_DIR: dir };
    expect((await runCliCaptured(['ingest', unseen, '--council', 'ashcombe', '--name', 'Ashcombe Magna Town Council'], env)).code).toBe(0);
    const revised = path.join(dir, 'revised.txt');
    fs.writeFileSync(
      revised,
      fs
        .readFileSync(unseen, 'utf8')
        .replace('12 May 2025 (Minute 25/048)', '9 March 2026 (Minute 26/011)')
        .replace('within three working days', 'within two working days')
        .replace(/^1\.5 .*$/m, '')
        .replace(/^(10\.7 .*)$/m, '$1\n10.8 The Council will publish this protocol on its website.'),
    );
    const update = await runCliCaptured(['ingest', revised, '--council', 'ashcombe'], env);
    expect(update.code).toBe(0);
    expect(update.stdout).toMatch(/Updated Ashcombe Magna Town Council \(ashcombe\) to v2 \(adopted 9 March 2026\).*v1 \(adopted 12 May 2025\) is kept/);

    const versions = await runCliCaptured(['versions', 'ashcombe'], env);
    expect(versions.stdout).toMatch(/^v1 {2}adopted 12 May 2025 {2}ingested \S+ {2}64 clauses\nv2 {2}adopted 9 March 2026 {2}ingested \S+ {2}64 clauses {2}\(current\)\n$/);

    const diff = await runCliCaptured(['diff', 'ashcombe'], env);
    expect(diff.code).toBe(0);
    expect(diff.stdout).toMatch(/Added \(1\):\n {2}\+ 10\.8 {2}The Council will publish/);
    expect(diff.stdout).toMatch(/Removed \(1\):\n {2}- 1\.5 {2}The Council will review the protocol/);
    expect(diff.stdout).toMatch(/~ 4\.5 .*within \[-three-\] \{\+two\+\} working days/);
    const same = await runCliCaptured(['diff', 'ashcombe', '--from', '12 May 2025', '--to', 'v2'], env);
    expect(same.stdout).toBe(diff.stdout);

    const library = ProtocolLibrary.load(dir);
    expect(library.ids()).toEqual(['ashcombe']); // old versions are not loaded as councils
    expect(library.version('ashcombe')).toMatchObject({ number: 2, adopted: '9 March 2026' });
    expect(library.clause('ashcombe', '10.8')).toBeDefined();
  });

  test('a shipped council has one version; diff says there is nothing to compare', async () => {
    const diff = await runCliCaptured(['diff', 'alsager']);
    expect(diff.code).toBe(2);
    expect(diff.stderr).toMatch(/alsager has only one version \(v1 \(adopted 2019\)\)/);
    expect((await runCliCaptured(['versions', 'atlantis'])).stderr).toMatch(/unknown council "atlantis"/);
  });
});

describe('an answer names the version of the protocol it quotes', () => {
  test('the Reply carries the version and its adoption date', async () => {
    const result = await runCliCaptured(['ask', 'who deals with the press?', '--council', 'cottingham', '--json'], { MODEL_CACHE_DIR: MODEL_CACHE_DIR });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).council).toEqual({ id: 'cottingham', name: 'Cottingham Parish Council', version: 1, adopted: '21 February 2013', clerkTitle: 'Clerk' });
  });
});
