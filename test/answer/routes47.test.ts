import { proposeRoutes, RouteProposal } from '../../src/answer/routes';
import { parseProtocol } from '../../src/protocols/parse';
import { councilMetadataSchema } from '../../src/protocols/metadata';
import type { RouteKind } from '../../src/protocols/metadata';

/**
 * Routes proposed from a text whose drafting the proposer misread before routes47 (the text is my own, written for this
 * test). A wrong proposal is worse than "not found": the clerk confirming it may not read the clause.
 */
const MARLWOOD = `Marlwood Town Council – How Councillors and Staff Work Together

1. Who is who

1.1 The Town Manager is the Council's Clerk and Proper Officer and leads all other staff; the Staffing Panel oversees the Town Manager.

2. Asking for things

2.1 Requests for work go to the Town Manager, who answers within five working days.

2.2 Staff acknowledge each request within two working days. If a councillor is unhappy with how long an answer is taking, the councillor may raise it with the Chair of the Council.

3. Papers

3.1 A councillor may see any paper needed for council duties. If the Town Manager refuses a request, the councillor may ask the Staffing Panel to reconsider the refusal.

4. When things go wrong

4.1 A councillor should take up any concern about a member of staff privately with the Town Manager.

4.2 If your concern is about the Town Manager, take it to the Chair of the Staffing Panel.

4.3 A member of staff who is mistreated by a councillor shall tell the Town Manager. If the councillor concerned is the Town Mayor, the matter should instead be taken to the Chair of the Staffing Panel.

4.4 A breach of this protocol by a councillor may be reported to the Monitoring Officer.
`;

const proposed = (): Partial<Record<RouteKind, RouteProposal>> => {
  const { clauses, warnings } = parseProtocol(MARLWOOD, 'marlwood');
  return Object.fromEntries(proposeRoutes({ council: councilMetadataSchema.parse({ id: 'marlwood', name: 'T' }), clauses, warnings }).map((p) => [p.kind, p]));
};

describe('routes read from a text whose Clerk is the Town Manager and whose bodies are panels', () => {
  const routes = proposed();

  test('a councillor unhappy with how long an answer takes is not a complaint about an officer: the staff route is 4.1', () => {
    expect(routes.complaint_about_officer).toMatchObject({ recipient: 'Town Manager', clause: '4.1' });
  });

  test('"The Town Manager is the Council\'s Clerk": a concern about the Town Manager is the Clerk\'s route, to a panel\'s chair named whole', () => {
    expect(routes.complaint_about_clerk).toMatchObject({ recipient: 'Chair of the Staffing Panel', clause: '4.2' });
    expect(routes.complaint_about_clerk?.inferred).toBeUndefined();
  });

  test('a clause that names only the wrong done ("mistreated") holds the route; "the councillor concerned" is not its sender', () => {
    expect(routes.complaint_about_councillor).toMatchObject({ recipient: 'Town Manager', clause: '4.3' });
  });

  test('"may ask the Staffing Panel to reconsider the refusal" names who settles a refused request', () => {
    expect(routes.document_access).toMatchObject({ recipient: 'Staffing Panel', clause: '3.1' });
  });
});

test('a complaint about how someone was treated is still a person\'s doing, and keeps its route', () => {
  const text = [
    'Ferncombe Parish Council – Protocol',
    '1. If a member of staff is unhappy with the way they have been treated by a councillor, they should tell the Clerk.',
    '2. If a councillor is unhappy with the time a reply is taking from staff, the councillor may raise it with the Chairman.',
  ].join('\n');
  const { clauses, warnings } = parseProtocol(text, 'ferncombe');
  const routes = proposeRoutes({ council: councilMetadataSchema.parse({ id: 'ferncombe', name: 'T' }), clauses, warnings });
  expect(routes.find((p) => p.kind === 'complaint_about_councillor')).toMatchObject({ recipient: 'Clerk', clause: '1' });
  // The slow reply (2) is the only councillor's route in the text: "not found", not "Chairman", for staff and (by
  // elimination) for the Clerk alike.
  expect(routes.find((p) => p.kind === 'complaint_about_officer')).toBeUndefined();
  expect(routes.find((p) => p.kind === 'complaint_about_clerk')).toBeUndefined();
});
