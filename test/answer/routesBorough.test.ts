import { proposeRoutes, readRoute, RouteProposal } from '../../src/answer/routes';
import { parseProtocol } from '../../src/protocols/parse';
import { councilMetadataSchema } from '../../src/protocols/metadata';
import type { RouteKind } from '../../src/protocols/metadata';

/**
 * Routes proposed from a borough's constitution (answers45): complaints go to "that Officer's Director", "his or her
 * Director" and "the Leader of the Council", and the Clerk's post is "the Head of Paid Service". Before, the officers' route
 * was a member of the public's Code complaint to the Monitoring Officer, the Clerk's was not found, and the councillors'
 * was the Monitoring Officer the Director informs. The text is my own, written for this test.
 */
const text = [
  'EXAMPLE BOROUGH COUNCIL',
  'PROTOCOL ON MEMBER AND OFFICER RELATIONS',
  '1. A Member who is dissatisfied with the conduct of an Officer shall raise the matter with that Officer\'s Director and not in public; if it remains unresolved, it may be referred to the Head of Paid Service.',
  '2. A complaint about the Head of Paid Service, the Monitoring Officer or the Chief Finance Officer shall be made in writing to the Leader of the Council.',
  '3. An Officer who considers that a Member has bullied or harassed him or her shall report the matter to his or her Director; the Director shall inform the Monitoring Officer.',
  '4. A complaint by a member of the public that a Member has breached the Code of Conduct shall be sent to the Monitoring Officer.',
].join('\n');

const proposed = (): Partial<Record<RouteKind, RouteProposal>> => {
  const { clauses, warnings } = parseProtocol(text, 'borough');
  return Object.fromEntries(proposeRoutes({ council: councilMetadataSchema.parse({ id: 'borough', name: 'T' }), clauses, warnings }).map((p) => [p.kind, p]));
};

test("each kind's route is the post its own sentence sends it to", () => {
  const routes = proposed();
  expect(routes.complaint_about_officer).toMatchObject({ recipient: "Officer's Director", clause: '1' });
  expect(routes.complaint_about_clerk).toMatchObject({ recipient: 'Leader of the Council', clause: '2' });
  // An officer's route (3, to the Director, written without "his or her") or the public's (4): both send a complaint about a councillor.
  expect([
    ['Director', '3'],
    ['Monitoring Officer', '4'],
  ]).toContainEqual([routes.complaint_about_councillor?.recipient, routes.complaint_about_councillor?.clause]);
});

test('a complaint named by whom it is about, or by whom it is from, has that sender, not a post in its subject', () => {
  expect(readRoute('A complaint about the Head of Paid Service, the Monitoring Officer or the Chief Finance Officer shall be made in writing to the Leader of the Council.')?.sender).toBeNull();
  expect(readRoute('A complaint by a member of the public that a Member has breached the Code of Conduct shall be sent to the Monitoring Officer.')?.sender).toBe('public');
});
