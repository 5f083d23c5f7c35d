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
  /**
   * Which of the message's questions offered it when that is not the first (1 the second…), so
   * "the second one" and the channels' "which?" count questions, not buttons. Absent for the first.
   */
  forQuestion?: number;
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
  /**
   * "yes" after a reply that offered a form for each of two questions: the summary asks which, and the
   * actions are those offers again. Channels add no offer line of their own.
   */
  asksWhich?: boolean;
  /** The asker accepted an offer ("ok, file it"): open this form now, pre-filled. */
  open?: OfferedAction;
  /**
   * Further questions in the same message that the protocol covers under another topic, each
   * answered as the first is (src/assistant/alsoAsked.ts). Channels render each after the first
   * answer: `lead` and `summary` on one line, then its clauses with `answer` emphasised.
   */
  also?: AlsoAnswered[];
}

/** A second question of the message, covered by the protocol under another topic, and its answer. */
export interface AlsoAnswered {
  /** The asking sentence, as the reply names it ("can the clerk refuse to give me documents"). */
  question: string;
  intent: string;
  /** The line's opening in the bot's words: `You also asked "…":`. */
  lead: string;
  /** "Under 4.1: …" (the answering sentence), or the bot's words when no sentence answers it. */
  summary: string;
  /** The sentence that answers, verbatim from clause `ref`; null when none answers well enough. */
  answer: Answer | null;
  /** Its clauses not already quoted for the first question, the answering clause first. */
  clauses: CitedClause[];
}
