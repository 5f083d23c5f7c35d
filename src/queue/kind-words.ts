import type { RequestKind } from './types';

/**
 * A request's kind in words, the one place the queue's refusals and every channel's labels take them from: a complaint is
 * "Complaint #3" and closed as "not upheld", where the queue's own refusals said "request #3" and "refusing request #3"
 * whatever the kind (uat25). "the Clerk" is the role; channels put it in the council's words.
 */
export const KIND_NAMES: Record<RequestKind, string> = {
  document_access: 'Document request',
  complaint: 'Complaint',
  question: 'Question for the Clerk',
};

/** "complaint #3", "document request #7"; "request #3" only where the kind is not known. */
export function requestRef(kind: RequestKind | undefined, id: number): string {
  const name = kind && Object.hasOwn(KIND_NAMES, kind) ? KIND_NAMES[kind] : 'Request';
  return `${name.charAt(0).toLowerCase()}${name.slice(1)} #${id}`;
}

/**
 * Closing a request as refused, in its kind's words: a complaint is closed as not upheld, not refused (the status stored is
 * still `refused`). `doing` heads Slack's modal, `done` is what a button pressed once the request has moved on says can no
 * longer be done, `reasonLabel` names the reason's box (Slack's modal, Teams' card), `closing(ref)` is the act in the
 * queue's own refusals ("closing complaint #3 as not upheld needs a reason").
 */
export function refusalWords(kind: RequestKind | string | undefined): { doing: string; done: string; reasonLabel: string; closing: (ref: string) => string } {
  return kind === 'complaint'
    ? { doing: 'Closing as not upheld', done: 'closed as not upheld', reasonLabel: 'Why it is not upheld', closing: (ref) => `closing ${ref} as not upheld` }
    : { doing: 'Refusing', done: 'refused', reasonLabel: 'Reason for refusing', closing: (ref) => `refusing ${ref}` };
}
