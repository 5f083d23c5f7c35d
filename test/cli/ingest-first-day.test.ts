import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCliCaptured } from '../support/runCli';
import { ProtocolLibrary } from '../../src/protocols/library';

/**
 * A new council's Clerk adding their protocol on the first day (docs/uat-tenth-session.md): what
 * ingest tells them must name their own Clerk's title, say when the document gave no adoption
 * date, and let them add that date afterwards without a second, identical version.
 */
const PROTOCOL = `Nethercott Parish Council
Member/Officer Protocol

1. Roles

1.1 Councillors set policy and officers carry it out. Staff are managed by the Town Clerk.

1.2 Councillors should not give instructions to individual members of staff.

2. Concerns

2.1 A councillor with a concern about a member of staff should raise it privately with the Town Clerk.

2.2 Officers should treat councillors with courtesy, and councillors should do the same.
`;

describe('protocol-bot ingest, a new council on its first day', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ingest-first-day-'));
    file = path.join(dir, 'nethercott protocol.txt');
    fs.writeFileSync(file, PROTOCOL);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const ingest = (...args: string[]) => runCliCaptured(['ingest', file, '--council', 'nethercott', ...args], { PROTOCOLS_DIR: path.join(dir, 'protocols') });

  test("says a kind with no route goes to the council's own Clerk, by the title it was given", async () => {
    const dry = await ingest('--clerk-title', 'Town Clerk', '--dry-run');
    expect(dry.stdout).toMatch(/Document disputes: not found in the text; without a route these go to the Town Clerk/);
    const added = await ingest('--name', 'Nethercott Parish Council', '--clerk-title', 'Town Clerk');
    expect(added.code).toBe(0);
    expect(added.stdout).toMatch(/Document disputes: not found in the text; without a route these go to the Town Clerk/);
    expect(added.stdout).not.toMatch(/go to the Clerk\b/);
  });

  test('says when the document prints no adoption date, and how to give one', async () => {
    const added = await ingest('--name', 'Nethercott Parish Council');
    expect(added.code).toBe(0);
    expect(added.stdout).toMatch(/No adoption date was found in the text.*--adopted/s);
    const dated = fs.readFileSync(file, 'utf8').replace('Member/Officer Protocol', 'Member/Officer Protocol\nAdopted by the Council on 12 May 2025');
    fs.writeFileSync(file, dated);
    const withDate = await ingest('--dry-run');
    expect(withDate.stdout).not.toMatch(/No adoption date/);
  });

  // uat26: a dry run of a new council said nothing of --name, and a date read from the file was never shown.
  test('a dry run of a new council says --name will be needed; the date read is shown, in the dry run and when saved', async () => {
    const first = await ingest('--dry-run');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/nethercott is a new council: when you save it, give its full name with --name/);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('Member/Officer Protocol', 'Member/Officer Protocol\nAdopted by the Council on 12 May 2025'));
    const dry = await ingest('--dry-run', '--name', 'Nethercott Parish Council');
    expect(dry.stdout).not.toMatch(/is a new council/);
    expect(dry.stdout).toMatch(/Adoption date read from the text: 12 May 2025 \(answers name this version by it\)\. If that is wrong, give the right one with --adopted "<date>"/);
    const added = await ingest('--name', 'Nethercott Parish Council');
    expect(added.stdout).toMatch(/^Added Nethercott Parish Council \(nethercott\): 4 clauses, 1\.1 … 2\.2\.\n\nAdoption date read from the text: 12 May 2025/);
    // Given with --adopted, the date is the person's own: nothing to confirm.
    fs.rmSync(path.join(dir, 'protocols'), { recursive: true });
    const given = await ingest('--name', 'Nethercott Parish Council', '--adopted', '1 June 2025');
    expect(given.stdout).not.toMatch(/Adoption date read/);
  });

  test('the adoption date given afterwards for the same file is saved on the current version, not as a new one', async () => {
    expect((await ingest('--name', 'Nethercott Parish Council')).code).toBe(0);
    const again = await ingest('--adopted', '12 May 2025');
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/its text is unchanged, and its adoption date is now 12 May 2025/s);
    const library = ProtocolLibrary.load(path.join(dir, 'protocols'));
    expect(library.version('nethercott')).toMatchObject({ number: 1, adopted: '12 May 2025' });
    // The same file once more, with nothing new: nothing is written.
    const unchanged = await ingest();
    expect(unchanged.stdout).toMatch(/nothing was written/);
  });
});
