import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCliCaptured } from '../support/runCli';

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
    const again = await runCliCaptured(['ingest', fixture, '--council', 'marshwood', '--name', 'Little Marshwood'], env);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already exists.*--force/);
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
    [['ingest', fixture, '--council', 'marshwood'], /required option '--name/],
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
