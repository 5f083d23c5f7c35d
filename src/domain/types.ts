/**
 * The words every layer shares — who someone is, what kinds of request exist and where a
 * request can be in its life. The bottom of the import graph: this module imports nothing, so
 * the NLU, the queue and the channels can all use it without importing upward.
 */

export const ROLES = ['councillor', 'officer', 'clerk'] as const;
export type Role = (typeof ROLES)[number];

export const REQUEST_KINDS = ['document_access', 'complaint', 'question'] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];

export const REQUEST_STATUSES = ['new', 'acknowledged', 'in_progress', 'resolved', 'refused', 'withdrawn'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export const COMPLAINT_SUBJECTS = ['officer', 'councillor', 'clerk'] as const;
export type ComplaintSubject = (typeof COMPLAINT_SUBJECTS)[number];

export interface Person {
  /** Platform-qualified user id: `slack:U123`, `teams:29:1ab…`, `console:jo`, or any CLI id. */
  userId: string;
  name: string;
  role: Role;
}
