import { CLOSING_NOTE_MAX, CLOSING_NOTE_WORDS, closingNoteProblem } from './closing-notes';
import { isClerk } from './roles';
import { refusalWords, requestRef } from './kind-words';
import { Person, QueueError, RequestKind, RequestStatus } from './types';

/**
 * The request lifecycle: new → acknowledged → in_progress → resolved | refused, and withdrawn
 * by the requester at any point while open. Pure rules, no SQL, so the state machine can be
 * read (and tested) in one place.
 */
export const OPEN_STATUSES: readonly RequestStatus[] = ['new', 'acknowledged', 'in_progress'];
export const CLOSED_STATUSES: readonly RequestStatus[] = ['resolved', 'refused', 'withdrawn'];
export const isOpen = (status: RequestStatus): boolean => OPEN_STATUSES.includes(status);

/** The moves the Clerk makes; withdrawal is the requester's and is handled apart. */
const CLERK_MOVES: Record<RequestStatus, readonly RequestStatus[]> = {
  new: ['acknowledged'],
  acknowledged: ['in_progress'],
  in_progress: ['resolved', 'refused'],
  resolved: [],
  refused: [],
  withdrawn: [],
};

export function nextClerkMoves(status: RequestStatus): readonly RequestStatus[] {
  return CLERK_MOVES[status];
}

export interface MoveSubject {
  id: number;
  /** Carried on the refusals that say a status, so a channel can word it for the kind (see QueueError). */
  kind?: RequestKind;
  status: RequestStatus;
  requester: { userId: string };
}

/**
 * Throws a QueueError explaining why `actor` may not move `request` to `to`, or returns
 * quietly. Clerks act on any request; everyone else sees and withdraws only their own.
 * `actsAsClerk` is the Clerk's authority on this request (see Roles.actsAsClerk).
 */
export function checkMove(request: MoveSubject, to: RequestStatus, actor: Person, note?: string, actsAsClerk = isClerk(actor)): void {
  const own = actor.userId === request.requester.userId;
  const clerk = actsAsClerk;
  // "complaint #3", not "request #3", wherever the kind is known (kind-words.ts).
  const ref = requestRef(request.kind, request.id);
  if (!clerk && !own) {
    throw new QueueError('forbidden', `${ref} is not yours: only the Clerk and the person who filed it can act on it`, request.kind);
  }
  if (to === request.status) throw new QueueError('illegal_transition', `${ref} is already ${to}`, request.kind);
  if (!isOpen(request.status)) {
    throw new QueueError('illegal_transition', `${ref} is ${request.status} and closed; it cannot be moved to ${to}`, request.kind);
  }
  if (to === 'withdrawn') {
    if (!own) throw new QueueError('forbidden', `only the person who filed ${ref} can withdraw it`, request.kind);
    return;
  }
  if (!clerk) {
    throw new QueueError('forbidden', `only the Clerk can move ${ref} to ${to}; you can withdraw your own request`, request.kind);
  }
  const allowed = CLERK_MOVES[request.status];
  if (!allowed.includes(to)) {
    throw new QueueError('illegal_transition', `${ref} is ${request.status}: it can move to ${allowed.join(' or ')} next, not ${to}`, request.kind);
  }
  // The one rule for what the requester is sent (closing-notes.ts), in a command line's words: no field to mark.
  const problem = closingNoteProblem(to, note);
  if (problem === CLOSING_NOTE_WORDS.reasonMissing) throw new QueueError('invalid', `${refusalWords(request.kind).closing(ref)} needs a reason: add a note saying why`, request.kind);
  if (problem) throw new QueueError('invalid', `the note on ${ref} is too long: at most ${CLOSING_NOTE_MAX.toLocaleString('en-GB')} characters`, request.kind);
}
