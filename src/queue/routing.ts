import type { CouncilMetadata, RouteKind } from '../protocols/metadata';
import type { ComplaintSubject, RequestKind, Routing } from './types';

/** The metadata route that covers a request: complaints are routed by whom they are about. */
export function routeKind(kind: RequestKind, about?: ComplaintSubject): RouteKind {
  if (kind !== 'complaint') return kind;
  if (!about) throw new Error('a complaint is routed by whom it is about');
  return `complaint_about_${about}`;
}

/**
 * Who receives a request under the council's own protocol, with the clause that says so.
 * Routing is data (`routes` in data/protocols/<id>.json); a kind the metadata does not route
 * goes to the council's Clerk (its `clerkTitle`), with no clause claimed. Except a complaint
 * about the Clerk: sending it to the person complained about would be wrong, and naming anyone
 * else would state a rule the protocol (as the bot holds it) does not, so it names no one.
 */
export function routeRequest(council: CouncilMetadata, kind: RequestKind, about?: ComplaintSubject): Routing {
  const route = council.routes[routeKind(kind, about)];
  if (!route && about === 'clerk') return { recipient: `whoever ${council.name} names for complaints about its ${council.clerkTitle}` };
  if (!route) return { recipient: council.clerkTitle };
  return {
    recipient: route.recipient,
    ...(route.clause ? { clause: route.clause } : {}),
    ...(route.note ? { note: route.note } : {}),
  };
}
