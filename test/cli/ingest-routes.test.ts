import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCliCaptured } from '../support/runCli';
import { CLI, killChildren, runProcess } from '../support/process';
import { ProtocolLibrary } from '../../src/protocols/library';

/**
 * Routes proposed from a protocol's own text at ingest (issue 10, item 8): printed for the
 * person to confirm, saved only with --accept-routes, and never replacing a route already set.
 */
const ashdown = path.join(__dirname, '../eval/protocols/ashdown.txt');
const ashcombe = path.join(__dirname, '../protocols/fixtures/unseen/ashcombe.txt');

/** The routes a dry run printed, as `{kind label: "recipient (clause ref)"}`. */
const printedRoutes = (stdout: string): string[] => [...stdout.matchAll(/^ {2}(Complaints about [\w ]+|Document disputes): (.+? \(clause [^)]+\))/gm)].map((m) => `${m[1]}: ${m[2]}`);

describe('protocol-bot ingest proposes routes from the text', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'protocols-routes-'));
  });
  afterEach(() => {
    killChildren();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('--dry-run (a real process) prints each route with its clause and sentence, and writes nothing', async () => {
    const result = await runProcess(CLI, ['ingest', ashdown, '--council', 'ashdown', '--dry-run'], { PROTOCOLS_DIR: dir }, { ms: 60_000 });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Routes proposed from the text \(check each against its sentence\):/);
    expect(result.stdout).toMatch(/ {2}Complaints about the Clerk: Chair of the Staffing Committee \(clause 17\(a\)\)\n {6}"A councillor who is unhappy with the work or behaviour of a member of staff should raise it privately with the Clerk;/);
    expect(result.stdout).toMatch(/ {2}Complaints about councillors: Clerk \(clause 18\(a\)\)/);
    expect(result.stdout).toMatch(/Nothing applied\. To save them: ingest again without --dry-run and with --accept-routes/);
    expect(fs.readdirSync(dir)).toEqual([]);
  }, 90_000);

  test('a new council is added without routes unless --accept-routes; then it gets exactly the routes printed', async () => {
    const env = { PROTOCOLS_DIR: dir };
    const dry = await runCliCaptured(['ingest', ashcombe, '--council', 'ashcombe', '--dry-run'], env);
    const proposed = printedRoutes(dry.stdout);
    expect(proposed.length).toBeGreaterThan(0);

    const added = await runCliCaptured(['ingest', ashcombe, '--council', 'ashcombe', '--name', 'Ashcombe Magna Town Council'], env);
    expect(added.code).toBe(0);
    expect(added.stdout).toMatch(/Added Ashcombe Magna Town Council \(ashcombe\): 64 clauses/);
    expect(printedRoutes(added.stdout)).toEqual(proposed);
    expect(added.stdout).toMatch(/Not applied\. Check them, then run the same ingest with --accept-routes/);
    expect(ProtocolLibrary.load(dir).metadata('ashcombe').routes).toEqual({});

    // The same file again with --accept-routes: the text stays at v1, the routes are saved.
    const accepted = await runCliCaptured(['ingest', ashcombe, '--council', 'ashcombe', '--accept-routes'], env);
    expect(accepted.code).toBe(0);
    expect(accepted.stdout).toMatch(/its text is unchanged, and \d+ proposed route\(s\) were saved/);
    const library = ProtocolLibrary.load(dir);
    expect(library.version('ashcombe')).toMatchObject({ number: 1 });
    const saved = library.metadata('ashcombe').routes;
    const LABEL = { complaint_about_officer: 'Complaints about officers', complaint_about_clerk: 'Complaints about the Clerk', complaint_about_councillor: 'Complaints about councillors', complaint_about_councillor_by_councillor: 'Complaints about councillors by councillors', document_access: 'Document disputes' } as const;
    // Each complaint route as printed; a document request still goes to the Clerk (below).
    const { document_access: documents, ...complaints } = saved;
    const savedLines = Object.entries(complaints).map(([kind, route]) => `${LABEL[kind as keyof typeof LABEL]}: ${route!.recipient} (clause ${route!.clause})`);
    expect(savedLines.sort()).toEqual(proposed.filter((line) => !line.startsWith('Document disputes')).sort());
    for (const route of Object.values(complaints)) expect(library.clause('ashcombe', route!.clause!)).toBeDefined();
    expect(documents).toEqual({ recipient: 'Clerk', note: 'If the Clerk refuses a request, it can be put to the Chair of the Council (clause 6.4).' });
  });

  test('a document dispute settled by another post is saved as a note: the document request itself still goes to the Clerk (uat22)', async () => {
    // Fernleigh (uat22): "Requests for documents must be made to the Town Clerk …" and "If the Town Clerk refuses a request,
    // the councillor may ask the Chair of the Council to decide." Saved as the proposal, every document request's receipt
    // said "Goes to: Chair of the Council (clause fernleigh:4.4)", and Teams' form "Goes to Chair of the Council" above
    // "Send to the Town Clerk".
    const env = { PROTOCOLS_DIR: dir };
    const text = path.join(dir, 'fernleigh-source.txt');
    fs.writeFileSync(
      text,
      [
        'Fernleigh Town Council Member/Officer Protocol',
        '4. Access to documents',
        '4.1 A councillor may see any document held by the Council which he or she reasonably needs to carry out his or her duties.',
        '4.2 Requests for documents must be made to the Town Clerk in writing or by email, saying which document is wanted and why.',
        '4.3 If the Town Clerk refuses a request, the councillor may ask the Chair of the Council to decide. The Chair’s decision is final.',
        '5. Complaints',
        '5.1 A councillor who is unhappy with the conduct of an officer should raise it with the Town Clerk.',
        '',
      ].join('\n'),
    );
    const added = await runCliCaptured(['ingest', text, '--council', 'fernleigh', '--name', 'Fernleigh Town Council', '--clerk-title', 'Town Clerk', '--accept-routes'], env);
    expect(added.code).toBe(0);
    expect(added.stdout).toMatch(/Document disputes: Chair of the Council \(clause 4\.3\); saved as: document requests go to the Town Clerk, a refusal to the Chair of the Council/);
    const routes = ProtocolLibrary.load(dir).metadata('fernleigh').routes;
    expect(routes.document_access).toEqual({ recipient: 'Town Clerk', note: 'If the Town Clerk refuses a request, it can be put to the Chair of the Council (clause 4.3).' });
    expect(routes.complaint_about_officer).toEqual({ recipient: 'Town Clerk', clause: '5.1' });

    // The `routes` command's JSON to paste says the same.
    const proposed = await runCliCaptured(['routes', 'fernleigh'], env);
    expect(proposed.stdout).toContain('"recipient": "Town Clerk",\n      "note": "If the Town Clerk refuses a request, it can be put to the Chair of the Council (clause 4.3)."');
  });

  test('--accept-routes never replaces a route someone has set: it fills only the kinds without one', async () => {
    const env = { PROTOCOLS_DIR: dir };
    expect((await runCliCaptured(['ingest', ashdown, '--council', 'ashdown', '--name', 'Ashdown Parish Council'], env)).code).toBe(0);
    const file = path.join(dir, 'ashdown.json');
    const metadata = JSON.parse(fs.readFileSync(file, 'utf8'));
    metadata.routes = { complaint_about_clerk: { recipient: 'Chair of the Council', clause: '17(a)' } };
    fs.writeFileSync(file, JSON.stringify(metadata));

    const revised = path.join(dir, 'revised.txt');
    fs.writeFileSync(revised, fs.readFileSync(ashdown, 'utf8').replace('14 May 2024', '2 June 2026'));
    const update = await runCliCaptured(['ingest', revised, '--council', 'ashdown', '--accept-routes'], env);
    expect(update.code).toBe(0);
    expect(update.stdout).toMatch(/Complaints about the Clerk: Chair of the Staffing Committee \(clause 17\(a\)\); kept: already routed to Chair of the Council \(clause 17\(a\)\)/);
    expect(update.stdout).toMatch(/Complaints about councillors: Clerk \(clause 18\(a\)\); saved/);
    const routes = ProtocolLibrary.load(dir).metadata('ashdown').routes;
    expect(routes.complaint_about_clerk).toEqual({ recipient: 'Chair of the Council', clause: '17(a)' });
    expect(routes.complaint_about_councillor).toEqual({ recipient: 'Clerk', clause: '18(a)' });
  });
});

describe('protocol-bot routes --from', () => {
  test('a bad council id is named as the argument it is, in one line, exit 2', async () => {
    const result = await runCliCaptured(['routes', 'x', '--from', ashdown]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('protocol-bot: council "x": a council id is 2–40 lower-case letters, digits or dashes, starting with a letter\n');
  });

  test('proposes the same routes as ingest --dry-run does for that text', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'protocols-routes-'));
    try {
      const routes = await runCliCaptured(['routes', 'ashdown', '--from', ashdown, '--json']);
      const dry = await runCliCaptured(['ingest', ashdown, '--council', 'ashdown', '--dry-run'], { PROTOCOLS_DIR: dir });
      const proposals = JSON.parse(routes.stdout) as Array<{ recipient: string; clause: string }>;
      expect(proposals.length).toBe(4);
      for (const p of proposals) expect(dry.stdout).toContain(`: ${p.recipient} (clause ${p.clause})`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
