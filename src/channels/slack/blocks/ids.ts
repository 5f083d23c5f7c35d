/** The ids Slack sends back (action_ids, callback_ids, block ids) and the message type every builder returns. */
import type { types as Slack } from '@slack/bolt';

export type KnownBlock = Slack.KnownBlock;
export type ModalView = Slack.ModalView;
export type HomeView = Slack.HomeView;

export interface SlackMessage {
  /** Notification and screen-reader fallback; mrkdwn, so escaped like the blocks. */
  text: string;
  blocks: KnownBlock[];
}

/** action_id of every button this app renders; listeners register on exactly these. */
export const ACTIONS = {
  offerDocumentRequest: 'offer_document_request',
  offerComplaint: 'offer_complaint',
  offerQuestion: 'offer_question',
  offerMyRequests: 'offer_my_requests',
  feedbackHelpful: 'feedback_helpful',
  feedbackUnhelpful: 'feedback_unhelpful',
  acknowledge: 'request_acknowledge',
  start: 'request_start',
  resolve: 'request_resolve',
  refuse: 'request_refuse',
  viewDetails: 'request_view_details',
  withdraw: 'request_withdraw',
} as const;

/** callback_id of every modal. */
export const VIEWS = {
  documentRequest: 'document_request',
  complaint: 'complaint',
  question: 'question',
  refuse: 'refuse_reason',
  resolve: 'resolve_note',
  details: 'request_details',
  filed: 'request_filed',
} as const;

/** block_id of every modal input; view_submission errors are keyed by these. */
export const FIELDS = {
  what: 'what',
  meeting: 'meeting',
  reason: 'reason',
  neededBy: 'needed_by',
  about: 'about',
  whatHappened: 'what_happened',
  outcome: 'outcome',
  question: 'question',
  refuseReason: 'refuse_reason',
  resolveNote: 'resolve_note',
} as const;

/** Every input element uses this action_id, so a field is read as `values[blockId].value`. */
export const INPUT_ACTION = 'value';

