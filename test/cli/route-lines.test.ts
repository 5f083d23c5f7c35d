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
