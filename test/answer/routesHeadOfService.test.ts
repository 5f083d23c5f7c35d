import { proposeRoutes, RouteProposal } from '../../src/answer/routes';
import { parseProtocol } from '../../src/protocols/parse';
import { councilMetadataSchema } from '../../src/protocols/metadata';
import type { RouteKind } from '../../src/protocols/metadata';

/**
 * A borough's officers are managed by a "Head of Service" (answers52): a councillor's complaint about an officer goes to
 * "the Officer's Head of Service". Before, that post was no recipient, and the officers' route was taken from the next
 * rule, the one for complaints about the Chief Executive (to the Leader of the Council). The text is my own, written for
 * this test.
 */
const text = [
  'EXAMPLE BOROUGH COUNCIL',
  'PART 6 – CONCERNS',
  '6.1 Concerns about an Officer',
  '6.1.1 A Member who is unhappy with the conduct of an Officer should raise it privately with the Officer\'s Head of Service and not at a public meeting.',
  '6.2 Concerns about the Chief Executive',
  '6.2.1 A concern about the conduct of the Chief Executive should be raised with the Leader of the Council.',
  '6.3 Concerns about a Member',
  '6.3.1 An Officer who is treated with disrespect by a Member should tell their line manager.',
].join('\n');

test("a councillor's complaint about an officer goes to the Officer's Head of Service; the Chief Executive's to the Leader", () => {
  const { clauses, warnings } = parseProtocol(text, 'borough');
  const routes: Partial<Record<RouteKind, RouteProposal>> = Object.fromEntries(
    proposeRoutes({ council: councilMetadataSchema.parse({ id: 'borough', name: 'T' }), clauses, warnings }).map((p) => [p.kind, p]),
  );
  expect(routes.complaint_about_officer).toMatchObject({ recipient: "Officer's Head of Service", clause: '6.1.1' });
  expect(routes.complaint_about_clerk).toMatchObject({ recipient: 'Leader of the Council', clause: '6.2.1' });
});
