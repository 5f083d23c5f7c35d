import type { CouncilMetadata, Route, RouteKind } from '../protocols/metadata';
import { COMPLAINT_SUBJECTS, type ComplaintSubject, type RequestKind, type Role, type Routing } from './types';

/** The metadata route that covers a request: complaints are routed by whom they are about. */
export function routeKind(kind: RequestKind, about?: ComplaintSubject): RouteKind {
  if (kind !== 'complaint') return kind;
  if (!about) throw new Error('a complaint is routed by whom it is about');
  return `complaint_about_${about}`;
}

/**
 * Whether a council's route for a complaint is for the side that makes it. The routes a protocol sets out are each for one
 * pair (src/answer/routes.ts): a councillor's complaint about an officer, an officer's about a councillor; the route
 * "about a councillor" is where an officer takes one, not where a councillor takes a complaint about another councillor,
 * and the route "about an officer" is a councillor's, not a member of staff's grievance about a colleague. A complaint
 * about the Clerk keeps its route whoever makes it: it must never reach the Clerk. Without the complainant's role, as before.
 */
function routeIsForComplainant(about: ComplaintSubject, by: Role | undefined): boolean {
  if (by === undefined || about === 'clerk') return true;
  const byOfficer = by === 'officer' || by === 'clerk';
  return about === 'councillor' ? byOfficer : !byOfficer;
}

/**
 * Who receives a request under the council's own protocol, with the clause that says so.
 * Routing is data (`routes` in data/protocols/<id>.json); a kind the metadata does not route
 * goes to the council's Clerk (its `clerkTitle`), with no clause claimed. Except a complaint
 * about the Clerk: sending it to the person complained about would be wrong, and naming anyone
 * else would state a rule the protocol (as the bot holds it) does not, so it names no one.
 * `by`, the complainant's role: a complaint whose route is set out only for the other side goes along the council's route
 * for its own pair where there is one (a councillor's about another councillor: `complaint_about_councillor_by_councillor`,
 * often the Monitoring Officer), else to the Clerk with no clause and a note that the protocol does not set out where it goes.
 */
export function routeRequest(council: CouncilMetadata, kind: RequestKind, about?: ComplaintSubject, by?: Role): Routing {
  if (kind === 'complaint' && about && !routeIsForComplainant(about, by)) {
    const ownPair = about === 'councillor' ? council.routes.complaint_about_councillor_by_councillor : undefined;
    if (ownPair) return routingOf(ownPair);
    const pair = about === 'councillor' ? "a councillor's complaint about another councillor" : "a member of staff's complaint about a colleague";
    return { recipient: council.clerkTitle, note: `The protocol does not set out where ${pair} goes, so it goes to the ${council.clerkTitle}.` };
  }
  const route = council.routes[routeKind(kind, about)];
  if (!route && about === 'clerk') return { recipient: `whoever ${council.name} names for complaints about its ${council.clerkTitle}` };
  if (!route) return { recipient: council.clerkTitle };
  return routingOf(route);
}

const routingOf = (route: Route): Routing => ({
  recipient: route.recipient,
  ...(route.clause ? { clause: route.clause } : {}),
  ...(route.note ? { note: route.note } : {}),
});

/**
 * Where a complaint about each kind of person would go for this complainant, as a complaint form shows beside each choice
 * before one is made: the same rule as filing (`routeRequest` with the complainant's role), so the form never promises a
 * route the filed complaint does not take.
 */
export function complaintRoutings(council: CouncilMetadata, by?: Role): Record<ComplaintSubject, Routing> {
  return Object.fromEntries(COMPLAINT_SUBJECTS.map((about) => [about, routeRequest(council, 'complaint', about, by)])) as Record<ComplaintSubject, Routing>;
}
