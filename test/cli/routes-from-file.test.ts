import fs from 'node:fs';
import path from 'node:path';
import { runCliCaptured } from '../support/runCli';
import { usePdfjsInJest } from '../support/pdfjs';
import { PROTOCOLS_DIR, removeTempDirs, tempDir } from '../support/fixtures';

/**
 * `routes <council> --from <file>` before ingesting (docs/uat-twenty-second-session.md): the Clerk has the council's PDF
 * or Word file, and `routes` read its bytes as text, so a protocol `ingest` takes whole was "found no numbered clauses".
 * It reads files as ingest does now, and refuses the same files in the same words.
 */
const GENERATED = path.join(__dirname, '../protocols/fixtures/generated');
const kindsOf = (json: string) => (JSON.parse(json) as Array<{ kind: string; recipient: string; clause: string }>).map((p) => `${p.kind}: ${p.recipient} (${p.clause})`);

beforeAll(() => usePdfjsInJest());
afterAll(() => removeTempDirs());

describe('routes --from a PDF or Word file', () => {
  const env = { PROTOCOLS_DIR };

  test.each(['pdf', 'docx'])('the .%s proposes what the same protocol in the library proposes', async (format) => {
    const fromLibrary = await runCliCaptured(['routes', 'flitwick', '--json'], env);
    const fromFile = await runCliCaptured(['routes', 'flitwick', '--from', path.join(GENERATED, `flitwick.${format}`), '--json'], env);
    expect(fromFile.stderr).toBe('');
    expect(fromFile.code).toBe(0);
    expect(kindsOf(fromFile.stdout)).toEqual(kindsOf(fromLibrary.stdout));
    expect(kindsOf(fromFile.stdout)).toContain('complaint_about_clerk: Personnel Committee (80)');
  });

  test('an empty file, a folder and a text with no numbered clauses are refused as ingest refuses them, saying nothing changed', async () => {
    const dir = tempDir();
    const empty = path.join(dir, 'empty.txt');
    const unnumbered = path.join(dir, 'notes.txt');
    fs.writeFileSync(empty, '');
    fs.writeFileSync(unnumbered, 'Councillors should be polite to staff.\nStaff answer to the clerk.\nComplaints go to the chair.\n');
    const refusal = async (file: string) => {
      const result = await runCliCaptured(['routes', 'newcouncil', '--from', file], env);
      expect(result.code).toBe(2);
      return result.stderr;
    };
    expect(await refusal(empty)).toMatch(/empty\.txt: the file is empty\. Nothing has been changed\./);
    expect(await refusal(dir)).toMatch(/is a folder, not a file: give the protocol's own file \(PDF, Word \.docx, HTML, Markdown or text\)\. Nothing has been changed\./);
    expect(await refusal(unnumbered)).toMatch(/notes\.txt: found no numbered clauses \(is it a Member\/Officer protocol\?\): looked for .* Nothing has been changed\./);
    expect(await refusal(path.join(dir, 'missing.pdf'))).toMatch(/no such file: .*missing\.pdf/);
  });

  test('its help says which files it reads', async () => {
    const help = await runCliCaptured(['routes', '--help'], env);
    expect(help.stdout.replace(/\s+/g, ' ')).toMatch(/--from <file> read the protocol from this file \(PDF, Word \.docx, HTML, Markdown or text, as ingest reads it\)/);
  });
});
