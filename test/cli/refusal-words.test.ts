import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../support/fixtures';
import { runCliCaptured } from '../support/runCli';

/**
 * Two refusals worded for what went wrong (uat22, section 3; fixed in uat23). Both already refused with exit 2 and
 * wrote nothing; they named the wrong fault: `checked <council> 99` said clause 99 "has no changed-text warning" where
 * there is no clause 99, and a text file named `.docx` got the no-numbered-clauses refusal, not "not a Word document".
 */

jest.setTimeout(60_000);

let dir: string;
let env: NodeJS.ProcessEnv;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'refusal-words-'));
  fs.mkdirSync(path.join(dir, 'protocols'));
  for (const file of ['cottingham.txt', 'cottingham.json']) fs.copyFileSync(path.join(PROJECT_ROOT, 'data', 'protocols', file), path.join(dir, 'protocols', file));
  env = { COUNCIL: 'cottingham', PROTOCOLS_DIR: path.join(dir, 'protocols'), DATABASE_PATH: path.join(dir, 'queue.sqlite'), LOG_LEVEL: 'error' };
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

test('checked names a clause that does not exist as that, in the words of `clause`', async () => {
  const before = fs.readFileSync(path.join(dir, 'protocols', 'cottingham.json'), 'utf8');
  const result = await runCliCaptured(['checked', 'cottingham', '99', '--by', 'Sam Clerk'], env);
  expect(result.code).toBe(2);
  expect(result.stderr).toMatch(/cottingham has no clause 99; its clauses run \S+ … \S+\. Nothing was recorded\./);
  expect(result.stderr).not.toMatch(/changed-text warning/);
  expect(fs.readFileSync(path.join(dir, 'protocols', 'cottingham.json'), 'utf8')).toBe(before);
});

test('a text file named .docx is said not to be a Word document; nothing is written', async () => {
  const file = path.join(dir, 'minutes.docx');
  fs.writeFileSync(file, 'Notes from the meeting\nWe talked about the hall and the budget.\n');
  const result = await runCliCaptured(['ingest', file, '--council', 'ashby', '--dry-run'], env);
  expect(result.code).toBe(2);
  expect(result.stderr).toMatch(/this is not a Word document: its name ends \.docx but it is plain text/);
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
  expect(fs.readdirSync(path.join(dir, 'protocols')).sort()).toEqual(['cottingham.json', 'cottingham.txt']);
});

test('the same text named .txt is still read as text (and refused for having no numbered clauses)', async () => {
  const file = path.join(dir, 'minutes.txt');
  fs.writeFileSync(file, 'Notes from the meeting\nWe talked about the hall and the budget.\n');
  const result = await runCliCaptured(['ingest', file, '--council', 'ashby', '--dry-run'], env);
  expect(result.code).toBe(2);
  expect(result.stderr).not.toMatch(/Word document/);
});
