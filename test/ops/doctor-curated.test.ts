import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../support/fixtures';
import { CLI, killChildren, runProcess } from '../support/process';
import { runCliCaptured } from '../support/runCli';

/**
 * `protocol-bot doctor` flags the hand-made clause references (the intents' clause maps, the
 * routes in <id>.json) that a council's protocol no longer has, or whose text has changed since
 * the version before.
 */

jest.setTimeout(90_000);

const shipped = path.join(PROJECT_ROOT, 'data', 'protocols');
let dir: string;
let env: NodeJS.ProcessEnv;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'doctor-curated-'));
  fs.mkdirSync(path.join(dir, 'protocols'));
  for (const file of ['cottingham.txt', 'cottingham.json']) fs.copyFileSync(path.join(shipped, file), path.join(dir, 'protocols', file));
  env = { COUNCIL: 'cottingham', PROTOCOLS_DIR: path.join(dir, 'protocols'), DATABASE_PATH: path.join(dir, 'queue.sqlite'), LOG_LEVEL: 'error' };
});
afterEach(() => {
  killChildren();
  fs.rmSync(dir, { recursive: true, force: true });
});

interface JsonReport {
  ok: boolean;
  checks: Array<{ name: string; ok: boolean; detail: string; fix?: string }>;
}
const curatedCheck = (stdout: string) => (JSON.parse(stdout) as JsonReport).checks.find((c) => c.name === 'curated_refs');

test('the shipped protocols: every curated reference is sound', async () => {
  const run = await runCliCaptured(['doctor', '--json'], env);
  expect(curatedCheck(run.stdout)).toMatchObject({ ok: true, detail: expect.stringMatching(/every curated clause reference of 1 council\(s\)/) });
});

test('a clause the intents and the routes point at is gone: a cross naming both, exit 1 (as a process)', async () => {
  const text = path.join(env.PROTOCOLS_DIR!, 'cottingham.txt');
  fs.writeFileSync(text, fs.readFileSync(text, 'utf8').replace(/^7\.3\s.*$/m, ''));
  const run = await runProcess(CLI, ['doctor'], env, { ms: 60_000 });
  expect(run.code).toBe(1);
  const line = run.stdout.split('\n').find((l) => l.includes('curated_refs'));
  expect(line).toMatch(/^✗ curated_refs: \d+ stale curated clause reference\(s\): /);
  expect(line).toMatch(/cottingham:7\.3 in intents\/complaint_about_officer\.yaml no longer exists/);
  expect(line).toMatch(/cottingham:7\.3 in routes\.complaint_about_clerk no longer exists/);
  expect(line).toMatch(/protocol-bot diff <council>/);
});

test('a new version changed the text of a curated clause: doctor says it has changed', async () => {
  const revised = path.join(dir, 'revised.txt');
  fs.writeFileSync(revised, fs.readFileSync(path.join(shipped, 'cottingham.txt'), 'utf8').replace('Chair of the Personnel Committee', 'Chair of the Staffing Committee'));
  const ingest = await runCliCaptured(['ingest', revised, '--council', 'cottingham', '--adopted', '1 March 2026'], env);
  expect(ingest.code).toBe(0);
  expect(ingest.stderr).toMatch(/warning: curated reference cottingham:7\.3 in intents\/complaint_about_officer\.yaml has changed text/);

  const run = await runCliCaptured(['doctor', '--json'], env);
  expect(run.code).toBe(1);
  const check = curatedCheck(run.stdout)!;
  expect(check.ok).toBe(false);
  expect(check.detail).toMatch(/cottingham:7\.3 in intents\/complaint_about_officer\.yaml has changed text since the previous version/);
  expect(check.detail).not.toMatch(/7\.1 /);
});

describe('the Clerk says a changed clause has been checked (`protocol-bot checked`)', () => {
  const metadataFile = () => path.join(env.PROTOCOLS_DIR!, 'cottingham.json');
  const ingestWith = async (from: string, to: string, adopted: string) => {
    const revised = path.join(dir, `revised-${adopted.replace(/\W/g, '')}.txt`);
    fs.writeFileSync(revised, fs.readFileSync(path.join(env.PROTOCOLS_DIR!, 'cottingham.txt'), 'utf8').replace(from, to));
    expect((await runCliCaptured(['ingest', revised, '--council', 'cottingham', '--adopted', adopted], env)).code).toBe(0);
  };

  test('doctor turns ✓ for that version and clause only, and ✗ again when a later version changes the clause again', async () => {
    await ingestWith('Chair of the Personnel Committee', 'Chair of the Staffing Committee', '1 March 2026');
    const before = curatedCheck((await runCliCaptured(['doctor', '--json'], env)).stdout)!;
    expect(before.ok).toBe(false);
    expect(before.fix).toMatch(/protocol-bot checked <council> <ref>/);

    const checked = await runCliCaptured(['checked', 'cottingham', '7.3', '--by', 'Sam Clerk'], env);
    expect(checked.code).toBe(0);
    expect(checked.stdout).toMatch(/^Checked: cottingham:7\.3 \(intents\/complaint_about_officer\.yaml, .*routes\.complaint_about_clerk\) in v2 \(adopted 1 March 2026\), by Sam Clerk on \d{4}-\d{2}-\d{2}\./);
    // The route still names the old post: the Clerk is told so.
    expect(checked.stdout).toMatch(/Note: routes\.complaint_about_clerk sends to the Chair of the Personnel Committee, whom clause 7\.3 does not name now/);
    const stored = JSON.parse(fs.readFileSync(metadataFile(), 'utf8')) as { checked: Array<{ ref: string; version: number; by: string; at: string }> };
    expect(stored.checked).toEqual([{ ref: '7.3', version: 2, by: 'Sam Clerk', at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) }]);
    const after = curatedCheck((await runCliCaptured(['doctor', '--json'], env)).stdout)!;
    expect(after).toMatchObject({ ok: true, detail: expect.stringMatching(/whose changed text a person has checked \(1 clause\(s\)/) });

    // v3 changes 7.3 again: the check was of v2's text, so doctor reports it again.
    await ingestWith('in the first instance', 'at first', '2 April 2026');
    expect(JSON.parse(fs.readFileSync(metadataFile(), 'utf8')).checked).toBeUndefined();
    const again = curatedCheck((await runCliCaptured(['doctor', '--json'], env)).stdout)!;
    expect(again.ok).toBe(false);
    expect(again.detail).toMatch(/cottingham:7\.3 in intents\/complaint_about_officer\.yaml has changed text/);
  });

  test('a clause with nothing to check, or another council\'s, is refused and nothing is written', async () => {
    await ingestWith('Chair of the Personnel Committee', 'Chair of the Staffing Committee', '1 March 2026');
    const before = fs.readFileSync(metadataFile(), 'utf8');
    const unchanged = await runCliCaptured(['checked', 'cottingham', '7.1', '--by', 'Sam Clerk'], env);
    expect(unchanged.code).toBe(2);
    expect(unchanged.stderr).toMatch(/cottingham:7\.1 has no changed-text warning in the current version: nothing to mark .*Nothing was recorded\./);
    const other = await runCliCaptured(['checked', 'cottingham', 'flitwick:3'], env);
    expect(other.code).toBe(2);
    expect(fs.readFileSync(metadataFile(), 'utf8')).toBe(before);
  });

  test('`--help` lists the command', async () => {
    const help = await runCliCaptured(['--help'], env);
    expect(help.stdout).toMatch(/checked \[options\] <council> <refs\.\.\.>/);
  });
});

describe("a revision's new clauses that no topic maps", () => {
  const revisedFixture = path.join(PROJECT_ROOT, 'test/protocols/fixtures/revised/cottingham.txt');

  test('ingest names them and says what to do; doctor lists them until a topic maps them', async () => {
    const ingest = await runCliCaptured(['ingest', revisedFixture, '--council', 'cottingham'], env);
    expect(ingest.code).toBe(0);
    expect(ingest.stdout).toMatch(/New clauses in no topic's clause map: 8\.1, 8\.2, 8\.3, 8\.4\. .*\nAdd each to the `clauses:` list for cottingham in the intent whose questions it answers/);
    const before = curatedCheck((await runCliCaptured(['doctor', '--json'], env)).stdout)!;
    expect(before.ok).toBe(false);
    expect(before.detail).toMatch(/4 new clause\(s\) in no topic's clause map: .*cottingham:8\.1 is new in this version and in no topic's clause map/);
    expect(before.fix).toMatch(/Add each new clause to the `clauses:` list/);

    // The maintainer maps them (in a copy of the intents) and checks 7.3: doctor is satisfied.
    const intents = path.join(dir, 'intents');
    fs.cpSync(path.join(PROJECT_ROOT, 'intents'), intents, { recursive: true });
    const documents = path.join(intents, 'document_access.yaml');
    fs.writeFileSync(documents, fs.readFileSync(documents, 'utf8').replace('cottingham: ["5.1"]', 'cottingham: ["5.1", "8.1", "8.2", "8.3", "8.4"]'));
    const mapped = { ...env, INTENTS_DIR: intents };
    expect((await runCliCaptured(['checked', 'cottingham', '7.3', '--by', 'Sam Clerk'], mapped)).code).toBe(0);
    expect(curatedCheck((await runCliCaptured(['doctor', '--json'], mapped)).stdout)).toMatchObject({ ok: true });
  });

  test('one no topic needs can be marked checked instead', async () => {
    await runCliCaptured(['ingest', revisedFixture, '--council', 'cottingham'], env);
    const checked = await runCliCaptured(['checked', 'cottingham', '7.3', '8.1', '8.2', '8.3', '8.4', '--by', 'Sam Clerk'], env);
    expect(checked.stdout).toMatch(/Checked: cottingham:8\.4 \(new, in no topic's clause map\) in v2 \(adopted 19 November 2026\)/);
    expect(curatedCheck((await runCliCaptured(['doctor', '--json'], env)).stdout)).toMatchObject({ ok: true });
  });
});
