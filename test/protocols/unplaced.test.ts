import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseProtocol } from '../../src/protocols/parse';
import { PROTOCOLS_DIR } from '../support/fixtures';
import { runCliCaptured } from '../support/runCli';

/**
 * Text that goes into no clause is shown at ingest, never dropped unseen. The trap: a web page
 * whose numbered list items collide with its numbered sections, so that an item without a full
 * stop ("2. Officers advise …") is read as section 2's heading and then replaced by the real one.
 */

const PAGE = `<html><head><title>Little Marsh Protocol</title></head><body>
<h1>Little Marsh Parish Council Member/Officer Protocol</h1>
<h2>1. Roles</h2>
<ol><li>Councillors set policy and officers carry it out.</li><li>Officers give councillors impartial advice on every matter before the council</li></ol>
<h2>2. Complaints</h2>
<p>2.1 A complaint about the Clerk goes to the Chair of the Council.</p>
</body></html>`;

describe('text in no clause', () => {
  test('a numbered line read as a heading, with no clause under it, is reported', () => {
    const text = '# 1. Roles\n1. Councillors set policy and officers carry it out.\n2. Officers give councillors impartial advice on every matter before the council\n# 2. Complaints\n2.1 A complaint about the Clerk goes to the Chair of the Council.';
    const { clauses, warnings } = parseProtocol(text, 'little-marsh');
    expect(clauses.map((c) => c.ref)).toEqual(['1', '2.1']);
    expect(warnings).toEqual(['in no clause: "Officers give councillors impartial advice on every matter before the…"']);
  });

  test('a section heading followed by a subheading, and every shipped protocol, report nothing', () => {
    const nested = '1. GENERAL\n1.1 This protocol applies to all.\n2. ACCESS TO INFORMATION\nRights of Members to Information\n2.1 Members may ask for documents.';
    expect(parseProtocol(nested, 'x').warnings).toEqual([]);
    for (const file of fs.readdirSync(PROTOCOLS_DIR).filter((f) => f.endsWith('.txt'))) {
      const { warnings } = parseProtocol(fs.readFileSync(path.join(PROTOCOLS_DIR, file), 'utf8'), file);
      expect(warnings.filter((w) => w.startsWith('in no clause'))).toEqual([]);
    }
  });

  test('ingest --dry-run shows it in its own section, apart from the numbering', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unplaced-'));
    try {
      fs.writeFileSync(path.join(dir, 'protocol.html'), PAGE);
      const out = path.join(dir, 'protocols');
      fs.mkdirSync(out);
      const result = await runCliCaptured(['ingest', path.join(dir, 'protocol.html'), '--council', 'little-marsh', '--name', 'Little Marsh Parish Council', '--dry-run'], { PROTOCOLS_DIR: out });
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/Numbering: no gaps or duplicates\./);
      expect(result.stdout).toMatch(/\nText in no clause \(a clause read as a heading\? check it in the file\):\n {2}"Officers give councillors impartial advice on every matter before the…"\n/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
