import { routesCheck } from '../../src/ops/doctor';
import { councilMetadataSchema } from '../../src/protocols/metadata';

/**
 * `doctor` says whom the running council routes requests to, and crosses a council that names nobody for complaints
 * about its Clerk (a freshly ingested protocol whose proposed routes nobody has confirmed): such a complaint goes
 * nowhere the bot can deliver it.
 */

const council = (routes: object) => councilMetadataSchema.parse({ id: 'marlbury', name: 'Marlbury Town Council', clerkTitle: 'Town Clerk', routes });

test('a council with every route: a tick naming who receives complaints about the Clerk, and its clause', () => {
  const check = routesCheck(
    council({
      complaint_about_clerk: { recipient: 'Chair of the Staffing Committee', clause: '9' },
      complaint_about_officer: { recipient: 'Town Clerk', clause: '8' },
      complaint_about_councillor: { recipient: 'Town Clerk', clause: '10' },
      complaint_about_councillor_by_councillor: { recipient: 'Monitoring Officer', clause: '11' },
      document_access: { recipient: 'Policy Committee', clause: '6' },
    }),
  );
  expect(check).toEqual({ name: 'routes', ok: true, detail: 'complaints about the Town Clerk go to Chair of the Staffing Committee (clause 9)' });
});

test('a council with no routes: a cross saying what becomes of a complaint about the Clerk, and what to run', () => {
  const check = routesCheck(council({}));
  expect(check.ok).toBe(false);
  expect(check.detail).toMatch(/^marlbury names nobody for complaints about the Town Clerk: such a complaint is kept from the Town Clerk/);
  expect(check.detail).toMatch(/complaints about officers, complaints about councillors, complaints about councillors by councillors, document disputes go to the Town Clerk \(no route of their own\)$/);
  expect(check.fix).toMatch(/`protocol-bot routes marlbury`/);
});

test('only complaints about the Clerk routed: a tick that still says the rest go to the Clerk', () => {
  const check = routesCheck(council({ complaint_about_clerk: { recipient: 'Mayor' } }));
  expect(check).toMatchObject({ ok: true, detail: "complaints about the Town Clerk go to Mayor; complaints about officers, complaints about councillors, complaints about councillors by councillors, document disputes go to the Town Clerk (no route of their own)" });
});
