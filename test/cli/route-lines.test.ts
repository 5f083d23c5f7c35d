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

/**
 * `routes <council>` once routes are saved (docs/uat-twenty-second-session.md): it still said "then put this in …json"
 * over routes `ingest --accept-routes` had saved, and pasting its JSON would have replaced a route set by hand.
 */
describe('routes <council> on a council that already has routes (uat26)', () => {
  const proposals = [
    { kind: 'complaint_about_officer' as const, recipient: 'Parish Clerk', clause: '4.1', sentence: 'A councillor who is unhappy with a member of staff should raise it with the Parish Clerk.' },
    { kind: 'complaint_about_clerk' as const, recipient: 'Chair of the Personnel Committee', clause: '4.2', sentence: 'If the concern is about the Parish Clerk, it should be raised with the Chair of the Personnel Committee.' },
  ];
  const council = (routes: Record<string, { recipient: string; clause?: string }>) => ({
    council: councilMetadataSchema.parse({ id: 'marlbury', name: 'Marlbury Parish Council', clerkTitle: 'Parish Clerk', routes }),
    clauses: [],
    warnings: [],
  });

  test('none saved: every proposal to paste, as before', () => {
    const printed = formatRouteProposals(council({}), proposals, 'marlbury.json');
    expect(printed).not.toMatch(/already saved|kept:/);
    expect(printed).toMatch(/then put this in marlbury\.json:\n\{\n {2}"routes": \{\n {4}"complaint_about_officer"[\s\S]*"complaint_about_clerk"/);
  });

  test('all saved: each says so, and nothing is offered to paste', () => {
    const printed = formatRouteProposals(council({ complaint_about_officer: { recipient: 'Parish Clerk', clause: '4.1' }, complaint_about_clerk: { recipient: 'the Chair of the Personnel Committee', clause: '4.2' } }), proposals, 'marlbury.json');
    expect(printed).toMatch(/Complaints about officers: Parish Clerk \(clause 4\.1\); already saved\n/);
    expect(printed).toMatch(/Complaints about the Clerk: Chair of the Personnel Committee \(clause 4\.2\); already saved\n/);
    expect(printed).toMatch(/Every kind proposed already has a route in marlbury\.json; nothing to add\. The proposals, for reference:/);
    expect(printed).not.toMatch(/then put this in/);
  });

  test('one set by hand to another post: kept and named, and only the kind with no route is offered', () => {
    const printed = formatRouteProposals(council({ complaint_about_clerk: { recipient: 'Chair of the Council', clause: '4.2' } }), proposals, 'marlbury.json');
    expect(printed).toMatch(/Complaints about the Clerk: Chair of the Personnel Committee \(clause 4\.2\); kept: already routed to Chair of the Council \(clause 4\.2\)/);
    expect(printed).toMatch(/then add these under "routes" in marlbury\.json \(the routes already there are kept\):\n\{\n {2}"routes": \{\n {4}"complaint_about_officer"/);
    const pasted = printed.slice(printed.indexOf('(the routes already there are kept):'));
    expect(pasted).not.toMatch(/complaint_about_clerk/);
  });
});
