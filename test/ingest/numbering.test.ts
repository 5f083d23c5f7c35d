import fs from 'node:fs';
import path from 'node:path';
import { removeTempDirs, tempDir } from '../support/fixtures';
import { runCliCaptured } from '../support/runCli';

/** `protocol-bot ingest` on protocols numbered in styles the parser once could not read. */

const FIXTURES = path.join(__dirname, '../fixtures/numbering');

afterAll(removeTempDirs);

describe('protocol-bot ingest and clause numbering', () => {
  test('a protocol numbered "(1)" is added, with its clauses as the document numbers them', async () => {
    const dir = tempDir('ingest-numbering-');
    const result = await runCliCaptured(['ingest', path.join(FIXTURES, 'paren.txt'), '--council', 'netherby', '--name', 'Netherby Parish Council'], { PROTOCOLS_DIR: dir });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Added Netherby Parish Council \(netherby\): 8 clauses, 1 … 8\./);
    const clauses = await runCliCaptured(['clause', 'netherby:8', '--json'], { PROTOCOLS_DIR: dir });
    expect(JSON.parse(clauses.stdout)).toMatchObject({ ref: '8', heading: 'Complaints', text: expect.stringMatching(/Chair of the Staffing Committee\.$/) });
  });

  test('--dry-run lists A1-style refs under their PART headings, and proposes routes citing them', async () => {
    const dir = tempDir('ingest-numbering-');
    const result = await runCliCaptured(['ingest', path.join(FIXTURES, 'alnumeric.txt'), '--council', 'fenwick-marsh', '--dry-run'], { PROTOCOLS_DIR: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/: 7 clauses, A1 … C2\./);
    expect(result.stdout).toMatch(/\n {2}B3 {2}\[PART B – ROLES\] {2}The Town Clerk manages/);
    expect(result.stdout).toMatch(/Complaints about the Clerk: Chair of the Personnel Committee \(clause C2\)/);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  test('a document with no clause numbering is refused with what was looked for, and nothing is written', async () => {
    const dir = tempDir('ingest-numbering-');
    const result = await runCliCaptured(['ingest', path.join(FIXTURES, 'prose.txt'), '--council', 'ousebridge', '--name', 'Little Ousebridge Parish Council'], { PROTOCOLS_DIR: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/found no numbered clauses \(is it a Member\/Officer protocol\?\): looked for 3 or more clause numbers in sequence written "1\.", "1\)", "1\.1", "\(1\)"/);
    expect(result.stderr).toMatch(/nearest: "\(1\)" once in sequence \("\(1\) Apologies were received from Cllr H…"\)/);
    expect(result.stderr).toMatch(/Nothing was added\./);
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
