import { proposeRoutes, RouteProposal } from '../../src/answer/routes';
import { parseProtocol } from '../../src/protocols/parse';
import { councilMetadataSchema } from '../../src/protocols/metadata';
import type { RouteKind } from '../../src/protocols/metadata';

/**
 * Routes proposed from a town council's flat protocol in a plainer drafting (answers49): a complaint "made to" a post in
 * the active voice ("should make it to the Clerk"), a breach "by a councillor" reported to the Mayor (a sanction about a
 * councillor, never the route for complaints about staff), and a refused request "referred … to" a committee. Before,
 * the officers' route was the Mayor of the breach sentence and no document route was found. The text is my own. (Printed
 * with a title line over each rule, the title is read as the rule's first words, and "Complaints by staff A member of
 * staff …" is then read as the officers' route: docs/answers.md, answers49, the lead's decision.)
 */
const text = [
  'EXAMPLE TOWN COUNCIL',
  '1. A councillor who wants work done should ask the Clerk.',
  '2. A councillor may see any paper he or she needs. A request which the Clerk turns down may be referred by the councillor to the Finance and General Purposes Committee.',
  '3. A councillor with a complaint about a member of staff should make it to the Clerk in writing. A complaint about the Clerk goes to the Mayor.',
  '4. A member of staff who is treated rudely by a councillor should tell the Clerk.',
  '5. A breach of this protocol by a councillor will be reported to the Mayor.',
].join('\n');

const proposed = (): Partial<Record<RouteKind, RouteProposal>> => {
  const { clauses, warnings } = parseProtocol(text, 'town');
  return Object.fromEntries(proposeRoutes({ council: councilMetadataSchema.parse({ id: 'town', name: 'T' }), clauses, warnings }).map((p) => [p.kind, p]));
};

test("a councillor's complaint about staff goes where 'should make it to' sends it, not to a breach's recipient", () => {
  expect(proposed().complaint_about_officer).toMatchObject({ recipient: 'Clerk', clause: '3' });
});

test('a refused request referred by the councillor to a committee is the document route', () => {
  expect(proposed().document_access).toMatchObject({ recipient: 'Finance and General Purposes Committee', clause: '2' });
});
