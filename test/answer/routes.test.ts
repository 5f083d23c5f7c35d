import fs from 'node:fs';
import path from 'node:path';
import { proposeRoutes } from '../../src/answer/routes';
import { parseProtocol } from '../../src/protocols/parse';
import { councilMetadataSchema } from '../../src/protocols/metadata';
import { runCliCaptured } from '../support/runCli';
import { library, PROJECT_ROOT, removeTempDirs, tempDir } from '../support/fixtures';

const ASHDOWN = path.join(PROJECT_ROOT, 'test/eval/protocols/ashdown.txt');

afterAll(removeTempDirs);

describe('routes proposed from a protocol ingested a minute ago', () => {
  const { clauses, warnings } = parseProtocol(fs.readFileSync(ASHDOWN, 'utf8'), 'ashdown');
  const proposals = proposeRoutes({ council: councilMetadataSchema.parse({ id: 'ashdown', name: 'Ashdown Parish Council' }), clauses, warnings });
  const byKind = Object.fromEntries(proposals.map((p) => [p.kind, p]));

  test('each kind comes with the clause and the verbatim sentence that names who receives it', () => {
    expect(byKind.complaint_about_officer).toMatchObject({ recipient: 'Clerk', clause: '17(a)' });
    expect(byKind.complaint_about_clerk).toMatchObject({ recipient: 'Chair of the Staffing Committee', clause: '17(a)' });
    expect(byKind.complaint_about_councillor).toMatchObject({ recipient: 'Clerk', clause: '18(a)' });
    expect(byKind.document_access).toMatchObject({ recipient: 'Clerk', clause: '15(b)' });
    for (const proposal of proposals) expect(clauses.find((c) => c.ref === proposal.clause)!.text).toContain(proposal.sentence);
  });

  test('a council whose text names the Chief Executive as its Clerk routes complaints about it to the post the text names', () => {
    const tewkesbury = proposeRoutes(library().get('tewkesbury'));
    expect(tewkesbury.find((p) => p.kind === 'complaint_about_clerk')).toMatchObject({ recipient: 'Monitoring Officer', clause: '2.25' });
  });

  test('a complaint "made to", or that "goes to", a post is a route like one "raised with" it', () => {
    const text = [
      'Brackenfield Parish Council',
      'Member and Officer Protocol',
      '',
      '1. Complaints',
      '1.1 A councillor who is unhappy with the work of a member of staff should raise it privately with the Parish Clerk.',
      '1.2 A complaint about the Parish Clerk should be made to the Vice-Chair of the Council.',
      '1.3 Where an employee has a concern about a councillor, it goes to the Chairman of the Council.',
    ].join('\n');
    const parsed = parseProtocol(text, 'brackenfield');
    const routes = proposeRoutes({ council: councilMetadataSchema.parse({ id: 'brackenfield', name: 'Brackenfield Parish Council', clerkTitle: 'Parish Clerk' }), ...parsed });
    expect(routes.find((p) => p.kind === 'complaint_about_clerk')).toMatchObject({ recipient: 'Vice-Chair of the Council', clause: '1.2' });
    expect(routes.find((p) => p.kind === 'complaint_about_councillor')).toMatchObject({ recipient: 'Chairman of the Council', clause: '1.3' });
  });

  test('"the Proper Officer" is the Clerk: a complaint about the Proper Officer is the Clerk route, and one raised with it the officers\' route', () => {
    const text = [
      'Ravensby Town Council',
      '',
      '6. Concerns',
      '6.1 A councillor dissatisfied with the work of a member of staff shall raise it with the Proper Officer.',
      '6.2 Complaints about the Proper Officer shall be made to the Chairman of the Personnel Committee.',
    ].join('\n');
    const routes = proposeRoutes({ council: councilMetadataSchema.parse({ id: 'ravensby', name: 'Ravensby Town Council' }), ...parseProtocol(text, 'ravensby') });
    expect(routes.find((p) => p.kind === 'complaint_about_officer')).toMatchObject({ recipient: 'Proper Officer', clause: '6.1' });
    expect(routes.find((p) => p.kind === 'complaint_about_clerk')).toMatchObject({ recipient: 'Chairman of the Personnel Committee', clause: '6.2' });
  });

  test('a kind the text does not settle is left out rather than guessed', () => {
    expect(proposeRoutes(library().get('cottingham')).map((p) => p.kind)).not.toContain('document_access');
  });
});

describe('protocol-bot routes', () => {
  test('prints the proposals and the routes to paste, and changes no file', async () => {
    const dir = tempDir();
    fs.copyFileSync(path.join(PROJECT_ROOT, 'data/protocols/cottingham.txt'), path.join(dir, 'cottingham.txt'));
    const metadata = path.join(dir, 'cottingham.json');
    fs.writeFileSync(metadata, JSON.stringify({ id: 'cottingham', name: 'Cottingham Parish Council', routes: {} }));
    const before = fs.readFileSync(metadata, 'utf8');
    const result = await runCliCaptured(['routes', 'cottingham'], { PROTOCOLS_DIR: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/nothing has been changed/);
    expect(result.stdout).toMatch(/Complaints about the Clerk: Chair of the Personnel Committee \(clause 7\.3\)/);
    expect(result.stdout).toMatch(/"complaint_about_clerk": \{\n\s+"recipient": "Chair of the Personnel Committee",\n\s+"clause": "7.3"/);
    expect(fs.readFileSync(metadata, 'utf8')).toBe(before);
  });

  test('--from reads a text file not yet ingested; --json prints the proposals', async () => {
    const result = await runCliCaptured(['routes', 'ashdown', '--from', ASHDOWN, '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).map((p: { kind: string }) => p.kind)).toEqual(['complaint_about_officer', 'complaint_about_clerk', 'complaint_about_councillor', 'document_access']);
  });
});
