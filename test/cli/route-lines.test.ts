import { formatRouteProposals, routeProposalLines } from '../../src/cli/routes';
import { councilMetadataSchema } from '../../src/protocols/metadata';
import { runCliCaptured } from '../support/runCli';

/** What ingest tells the person about kinds the text names no one for (UAT, eighth session). */
describe('ingest: kinds with no route found in the text', () => {
  const lines = routeProposalLines([], { existing: {}, accepted: [], dryRun: true, file: 'marlbury.json', clerkTitle: 'Clerk' }).join('\n');

  test('a complaint about the Clerk is never said to go to the Clerk', () => {
    expect(lines).toMatch(/Complaints about the Clerk: not found in the text; without a route these name no recipient and are kept from the Clerk: set one by hand/);
    expect(lines).not.toMatch(/Complaints about the Clerk: [^\n]*go to the Clerk/);
  });

  test('other kinds still go to the Clerk', () => {
    expect(lines).toMatch(/Complaints about officers: not found in the text; without a route these go to the Clerk/);
    expect(lines).toMatch(/Document disputes: not found in the text; without a route these go to the Clerk/);
  });

  test("a councillor's complaint about another councillor: to the Clerk, noted as not set out (uat25)", () => {
    expect(lines).toMatch(/Complaints about councillors by councillors: not found in the text; without a route these go to the Clerk, noted as not set out in the protocol/);
  });
});

describe("ingest and routes: a councillor's complaint about another councillor, proposed and saved only when asked (uat25)", () => {
  const proposal = {
    kind: 'complaint_about_councillor_by_councillor' as const,
    recipient: 'Monitoring Officer',
    clause: '8',
    sentence: 'A breach of this protocol by a councillor may result in a complaint to the Monitoring Officer.',
  };

  test('printed with its sentence, not applied, and in the JSON to paste', () => {
    const protocol = { council: councilMetadataSchema.parse({ id: 'marlbury', name: 'Marlbury Parish Council' }), clauses: [], warnings: [] };
    const printed = formatRouteProposals(protocol, [proposal]);
    expect(printed).toMatch(/Complaints about councillors by councillors: Monitoring Officer \(clause 8\)\n {4}"A breach of this protocol by a councillor/);
    expect(printed).toMatch(/"complaint_about_councillor_by_councillor": \{\n\s+"recipient": "Monitoring Officer",\n\s+"clause": "8"/);
    const lines = routeProposalLines([proposal], { existing: {}, accepted: [], dryRun: false, file: 'marlbury.json', clerkTitle: 'Clerk' }).join('\n');
    expect(lines).toMatch(/Not applied\. Check them, then run the same ingest with --accept-routes/);
  });

  test('a route already set is kept, never replaced', () => {
    const existing = { complaint_about_councillor_by_councillor: { recipient: 'Standards Committee', clause: '9' } };
    const lines = routeProposalLines([proposal], { existing, accepted: [], dryRun: false, file: 'marlbury.json', clerkTitle: 'Clerk' }).join('\n');
    expect(lines).toMatch(/Complaints about councillors by councillors: Monitoring Officer \(clause 8\); kept: already routed to Standards Committee \(clause 9\)/);
    expect(lines).toMatch(/Nothing to save: every kind proposed already has a route, which is kept\./);
  });
});

describe('routes <council> says where to put the routes', () => {
  test('in the metadata file of the protocols folder in use, not always data/protocols', () => {
    const protocol = { council: councilMetadataSchema.parse({ id: 'marlbury', name: 'Marlbury Parish Council' }), clauses: [], warnings: [] };
    expect(formatRouteProposals(protocol, [], '/srv/council-bot/protocols/marlbury.json')).toMatch(/then put this in \/srv\/council-bot\/protocols\/marlbury\.json:/);
  });
});

describe('ingest --help', () => {
  test('says --council is required (UAT: only the error said so)', async () => {
    const help = await runCliCaptured(['ingest', '--help'], {});
    expect(help.stdout).toMatch(/--council <id>\s+\(required\) council id/);
  });
});

/**
 * A revised protocol whose routing clause now names another post (uat15: Cottingham's revised 7.3 sends a
 * complaint about the Clerk to the Chair of the Staffing Committee; the saved route still named the Personnel
 * Committee's Chair, and ingest said only "Nothing to save: every kind proposed already has a route, which is kept").
 */
describe('ingest: a kept route whose own clause now names another post', () => {
  const sentence = 'If a Councillor is dissatisfied with the Clerk, the matter should be raised with the Chair of the Staffing Committee.';
  const proposal = { kind: 'complaint_about_clerk' as const, recipient: 'Chair of the Staffing Committee', clause: '7.3', sentence };
  const report = (recipient: string, clause = '7.3') =>
    routeProposalLines([proposal], { existing: { complaint_about_clerk: { recipient, clause } }, accepted: [], dryRun: false, file: '/srv/protocols/cottingham.json', clerkTitle: 'Clerk' }).join('\n');

  test('is flagged, with what to change and where, and "Nothing to save" is not said', () => {
    const lines = report('Chair of the Personnel Committee');
    expect(lines).toMatch(/Complaints about the Clerk: Chair of the Staffing Committee \(clause 7\.3\); kept: already routed to Chair of the Personnel Committee \(clause 7\.3\), which clause 7\.3 no longer names/);
    expect(lines).toContain(
      'Check the route for complaints about the Clerk: it still names the Chair of the Personnel Committee, but clause 7.3 now names the Chair of the Staffing Committee. If the post has changed, correct "recipient" under routes.complaint_about_clerk in /srv/protocols/cottingham.json (--accept-routes never replaces a route).',
    );
    expect(lines).not.toMatch(/Nothing to save/);
  });

  test('is not flagged when the clause names the same post, or when the kept route is from another clause', () => {
    expect(report('the chair of the staffing committee')).toMatch(/Nothing to save: every kind proposed already has a route, which is kept\.$/);
    expect(report('Chair of the Council', '9.1')).not.toMatch(/no longer names|Check the route/);
  });
});
