/**
 * The Clerk queue's public types: the contract between the queue (the only code that writes
 * SQL) and everything that files, moves, lists or renders requests.
 */

// The shared vocabulary lives at the bottom of the import graph; re-exported here so the
// queue's contract reads as one file.
export { COMPLAINT_SUBJECTS, REQUEST_KINDS, REQUEST_STATUSES, ROLES } from '../domain/types';
export type { ComplaintSubject, Person, RequestKind, RequestStatus, Role } from '../domain/types';
import type { ComplaintSubject, Person, RequestKind, RequestStatus } from '../domain/types';

export interface DocumentAccessDetails {
  /** What documents or information. */
  what: string;
  /** Which committee or meeting they belong to. */
  meeting?: string;
  /** Why the councillor needs them (the need-to-know test). */
  reason?: string;
  /** ISO date (YYYY-MM-DD) by which they are needed. */
  neededBy?: string;
}

export interface ComplaintDetails {
  about: ComplaintSubject;
  whatHappened: string;
  outcomeSought?: string;
}

export interface QuestionDetails {
  question: string;
  /** The bot's answer, if it gave one, so the Clerk sees what was already said. */
  botAnswer?: string;
}

export type NewRequest =
  | { kind: 'document_access'; council: string; requester: Person; subject: string; details: DocumentAccessDetails }
  | { kind: 'complaint'; council: string; requester: Person; subject: string; details: ComplaintDetails }
  | { kind: 'question'; council: string; requester: Person; subject: string; details: QuestionDetails };

/** Who receives a request, and the protocol clause that says so (from the council's metadata). */
export interface Routing {
  recipient: string;
  clause?: string;
  note?: string;
}

export interface ClerkRequest {
  id: number;
  kind: RequestKind;
  council: string;
  status: RequestStatus;
  requester: Person;
  subject: string;
  details: DocumentAccessDetails | ComplaintDetails | QuestionDetails;
  routing: Routing;
  /** Complaints are always confidential: never shown in a public channel. */
  confidential: boolean;
  createdAt: string;
  updatedAt: string;
  acknowledgeBy: string;
  resolveBy: string;
  /** Past its acknowledgement target while `new`, or its resolution target while open. */
  overdue: boolean;
}

export interface HistoryEntry {
  at: string;
  by: string;
  from: RequestStatus | null;
  to: RequestStatus;
  note?: string;
}

/** A notification waiting in (or delivered from) the outbox. */
export interface Notification {
  id: number;
  requestId: number;
  /**
   * `clerks`: the Clerks' channel; `requester`: the person who filed the request;
   * `clerk_complaints`: one person named in CLERK_COMPLAINTS_USER_IDS, privately, for a
   * complaint about the Clerk (which never goes to the Clerks' channel).
   */
  audience: 'clerks' | 'requester' | 'clerk_complaints';
  /** For `requester`: their platform-qualified user id; for `clerk_complaints`: the id as configured. */
  recipient?: string;
  event: 'filed' | 'status_changed';
  /** The request as it was when the notification was written. */
  request: ClerkRequest;
  /** For `status_changed`: the history entry that caused it. */
  change?: HistoryEntry;
  attempts: number;
}

/** A channel's way of delivering notifications; the dispatcher picks the first that accepts. */
export interface NotificationSender {
  readonly name: string;
  accepts(notification: Notification): boolean;
  /** Resolves when delivered; throws to have the dispatcher retry later with backoff. */
  deliver(notification: Notification): Promise<void>;
}

/**
 * Thrown by a sender when a notification's recipient can never be reached (a requester whose
 * account was deactivated: they left the council). The outbox records it as given up, with the
 * reason, instead of retrying it for ever and counting it as a channel failing (uat20).
 */
export class RecipientGone extends Error {
  constructor(readonly reason: string) {
    super(`the recipient can no longer be reached: ${reason}`);
    this.name = 'RecipientGone';
  }
}

/**
 * Refusals a user can be told about: illegal moves, permissions, unknown ids, bad input. `kind` is the request's, where
 * the message says its status, so a channel can say the status in that kind's words (a complaint "not upheld").
 */
export class QueueError extends Error {
  constructor(
    readonly code: 'not_found' | 'forbidden' | 'illegal_transition' | 'invalid',
    message: string,
    readonly kind?: RequestKind,
  ) {
    super(message);
    this.name = 'QueueError';
  }
}
