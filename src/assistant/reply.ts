import type { Role } from '../domain/types';
import type { Answer } from '../answer/select';

export type { Answer } from '../answer/select';

/** Who sent a message. `id` is platform-qualified (`slack:U123`, `teams:29:1ab…`, `console:jo`). */
export interface Asker {
  id: string;
  name: string;
  role: Role;
}

export interface CitedClause {
  council: string;
  ref: string;
  heading: string;
  /** Verbatim protocol text. */
  text: string;
  score: number;
}

/** A hand-off the answer offers; the channel renders it as a button or a command hint. */
export interface OfferedAction {
  kind: 'document_request' | 'complaint' | 'question' | 'my_requests';
  label: string;
  /** What the form can be pre-filled with. */
  prefill: {
    subject?: string;
    about?: 'officer' | 'councillor' | 'clerk';
    question?: string;
    botAnswer?: string;
  };
}

/** A short line about one of the asker's own requests, for `request_status`. */
export interface RequestLine {
  id: number;
  kind: string;
  subject: string;
  status: string;
  overdue: boolean;
}

/** Platform-neutral answer: Slack, Teams and the console each render it. */
export interface Reply {
  intent: string;
  confidence: number;
  /** True when the classifier was not confident enough to answer from the protocol. */
  uncertain: boolean;
  /**
   * `version`/`adopted`: which version of the protocol the clauses are quoted from; `clerkTitle`:
   * the council's title for its Clerk, which channels name the Clerk by (optional for older fixtures).
   */
  council: { id: string; name: string; version?: number; adopted?: string; clerkTitle?: string };
  /** The one-line neutral summary above the clauses, or the bot's own words. */
  summary: string;
  /**
   * The sentence that answers, verbatim from clause `ref` (the first cited clause); channels lead
   * with it. Null for conversation and out-of-scope replies and when no sentence answers well
   * enough. The assistant always sets it; optional only so older fixtures still type-check.
   */
  answer?: Answer | null;
  /** Said before the summary when the bot is unsure it understood (render it prominently). */
  notice?: string;
  clauses: CitedClause[];
  actions: OfferedAction[];
  /** The asker's requests, for `request_status`. */
  requests?: RequestLine[];
  /** Read as a follow-up: earlier turns of the thread shaped the answer. */
  followUp?: boolean;
  /** The asker accepted an offer ("ok, file it"): open this form now, pre-filled. */
  open?: OfferedAction;
}
