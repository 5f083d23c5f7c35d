/**
 * The form modals, filled in with what the council's protocol says about routing. Opened from
 * slash commands and from the buttons under an answer, so they live in one place.
 */
import { complaintRoutings, routeRequest } from '../../queue/routing';
import type { ComplaintSubject, Role } from '../../queue/types';
import { complaintModal, documentRequestModal, ModalView, questionModal } from './blocks';
import type { SlackContext } from './context';

type Core = Pick<SlackContext, 'library' | 'assistant'>;

/** The council a form is for: the one named (if the library holds it), else the default. */
export function councilOf(ctx: Core, requested?: string): string {
  return requested && ctx.library.has(requested) ? requested : ctx.assistant.defaultCouncil;
}

export function documentRequestView(ctx: Core, council: string, prefill: { what?: string; meeting?: string } = {}): ModalView {
  const metadata = ctx.library.get(council).council;
  return documentRequestModal({ council, clerkTitle: metadata.clerkTitle, ...prefill, routing: routeRequest(metadata, 'document_access') });
}

/** The complaint form, each choice showing where a complaint by someone of the complainant's role would go. */
export function complaintView(ctx: Core, council: string, complainant: Role, prefill: { about?: ComplaintSubject; whatHappened?: string } = {}): ModalView {
  const metadata = ctx.library.get(council).council;
  return complaintModal({ council, clerkTitle: metadata.clerkTitle, ...prefill, routings: complaintRoutings(metadata, complainant) });
}

export function questionView(ctx: Core, council: string, prefill: { question?: string; botAnswer?: string } = {}): ModalView {
  const metadata = ctx.library.get(council).council;
  return questionModal({ council, clerkTitle: metadata.clerkTitle, ...prefill });
}
