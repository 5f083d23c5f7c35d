/** An answer from the core as Slack messages: summary, quoted clauses, offered actions and feedback. */
import { DEFAULT_CLERK_TITLE, inCouncilWords, kindLabel, quotedFromLine, statusLabel } from '../../labels';
import type { OfferedAction, Reply, RequestLine } from '../../../assistant/reply';
import type { RequestStatus } from '../../../queue/types';
import { isOpen } from '../../../queue/lifecycle';
import { escapeMrkdwn, quoteMrkdwn } from '../escape';
import { LIMITS, oneLine, splitRendered, truncate } from '../text';
import { answerWords, splitAtAnswer } from '../../../answer/wording';
import { answerQuotedIn } from '../../../assistant/alsoAsked';
import type { Answer, CitedClause } from '../../../assistant/reply';
import { ACTIONS, KnownBlock, SlackMessage } from './ids';
import { button, context, section, sections } from './builders';
import { encodeFeedback, encodeOffer } from './payloads';
import { canBeRated } from '../../../assistant/rating';

const OFFER_ACTION_IDS: Record<OfferedAction['kind'], string> = {
  document_request: ACTIONS.offerDocumentRequest,
  complaint: ACTIONS.offerComplaint,
  question: ACTIONS.offerQuestion,
  my_requests: ACTIONS.offerMyRequests,
};

const OFFER_DEFAULT_LABELS: Record<OfferedAction['kind'], string> = {
  document_request: 'Request these documents',
  complaint: 'Make a complaint',
  question: 'Ask the Clerk',
  my_requests: 'My requests',
};

function requestLineText(line: RequestLine, clerkTitle: string): string {
  const overdue = line.overdue && isOpen(line.status as RequestStatus) ? ' :warning: overdue' : '';
  return `*#${line.id}* · ${escapeMrkdwn(kindLabel(line.kind, clerkTitle))} · “${escapeMrkdwn(truncate(oneLine(line.subject), 120))}” · ${escapeMrkdwn(statusLabel(line.status, line.kind))}${overdue}`;
}

/**
 * An answer as one or more messages (normally one): the summary, each cited clause quoted with
 * its `council:ref` and heading, the asker's requests for `request_status`, then buttons for the
 * offered actions and 👍/👎 feedback on the last message.
 */
export function replyMessages(reply: Reply): SlackMessage[] {
  const pointsToHelp = Boolean(reply.summary && OTHER_CHANNELS_HELP.test(reply.summary));
  if (pointsToHelp) reply = { ...reply, summary: reply.summary.replace(OTHER_CHANNELS_HELP, '').trim() };
  const body: KnownBlock[] = [];
  // The answer leads: the clause, then its own sentence; the clauses follow in full. Unsure, the
  // bot says so first, so a sentence it only offers does not read as the answer.
  const notice = reply.notice ? sections(reply.notice, (raw) => `:grey_question: ${escapeMrkdwn(raw)}`) : [];
  if (reply.uncertain) body.push(...notice);
  if (reply.answer) body.push(section(`*Under ${escapeMrkdwn(reply.answer.ref)}:* ${escapeMrkdwn(truncate(oneLine(answerWords(reply.answer)), LIMITS.sectionText - 60))}`));
  if (!reply.uncertain) body.push(...notice);
  if (reply.summary && !reply.answer) body.push(...sections(reply.summary));
  const clerkTitle = reply.council.clerkTitle ?? DEFAULT_CLERK_TITLE;
  if (pointsToHelp) body.push(section(slackCommands(clerkTitle).map((command) => `• ${command.line}`).join('\n')));

  for (const clause of reply.clauses) body.push(...clauseSections(clause, answerQuotedIn(reply, clause)));
  // A further question of the message: its answer after the first's, then its own clauses.
  for (const also of reply.also ?? []) {
    // The lead names the asker's question (at most ~140 characters); the answer's words fill the rest of the section.
    const said = also.answer ? `*Under ${escapeMrkdwn(also.answer.ref)}:* ${escapeMrkdwn(truncate(oneLine(answerWords(also.answer)), LIMITS.sectionText - 260))}` : escapeMrkdwn(also.summary);
    body.push(section(`*${escapeMrkdwn(oneLine(also.lead))}* ${said}`));
    for (const clause of also.clauses) body.push(...clauseSections(clause, also.answer));
  }

  if (reply.requests) {
    if (reply.requests.length === 0) body.push(section(`You have no requests with the ${escapeMrkdwn(clerkTitle)}.`));
    for (const line of reply.requests) body.push(section(requestLineText(line, clerkTitle)));
  }

  if (reply.clauses.length > 0 || reply.also?.some((also) => also.clauses.length > 0)) {
    body.push(context(escapeMrkdwn(quotedFromLine(reply.council))));
  }

  const closing: KnownBlock[] = [];
  if (reply.actions.length > 0) {
    closing.push({
      type: 'actions',
      block_id: 'offered_actions',
      elements: reply.actions.map((action, index) =>
        button(action.label || inCouncilWords(OFFER_DEFAULT_LABELS[action.kind], clerkTitle), OFFER_ACTION_IDS[action.kind], encodeOffer(reply.council.id, action.prefill), index === 0 ? 'primary' : undefined),
      ),
    });
  }
  if (canBeRated(reply)) {
    const value = encodeFeedback(reply);
    closing.push({
      type: 'actions',
      block_id: 'feedback',
      elements: [button('👍 Helpful', ACTIONS.feedbackHelpful, value), button('👎 Not helpful', ACTIONS.feedbackUnhelpful, value)],
    });
  }

  // Split into messages of at most 50 blocks, keeping the buttons together on the last one.
  const perMessage = LIMITS.messageBlocks;
  const messages: KnownBlock[][] = [];
  for (let i = 0; i < body.length; i += perMessage) messages.push(body.slice(i, i + perMessage));
  if (messages.length === 0) messages.push([]);
  const last = messages[messages.length - 1];
  if (last.length + closing.length <= perMessage) last.push(...closing);
  else messages.push(closing);

  // The notification's preview: the doubt when unsure, else the answer (not a "you also asked" aside).
  const preview = reply.uncertain && reply.notice ? reply.notice : reply.summary || reply.notice || '';
  const fallback = truncate(escapeMrkdwn(oneLine(preview)), LIMITS.fallbackText) || 'Answer';
  return messages.map((blocks) => ({ text: fallback, blocks }));
}

/** A quoted clause under its `council:ref` and heading, the answering sentence in bold inside the quote. */
function clauseSections(clause: CitedClause, answer: Answer | null): KnownBlock[] {
  const title = `*${escapeMrkdwn(`${clause.council}:${clause.ref}`)}*${clause.heading ? ` · ${escapeMrkdwn(clause.heading)}` : ''}`;
  // Line by line: mrkdwn bold does not span lines.
  const parts = splitAtAnswer(clause, answer);
  const bolded = parts ? parts.answer.split('\n').map((line) => (line.trim() ? `*${line.trim()}*` : line)).join('\n') : '';
  const text = parts ? `${parts.before}${bolded}${parts.after}` : clause.text;
  return splitRendered(text, quoteMrkdwn, LIMITS.sectionText - title.length - 1).map((chunk, index) => section(index === 0 ? `${title}\n${chunk}` : chunk));
}

/**
 * Slack never passes `/help` to an app (it is Slack's own command), so the core's pointer to it
 * is left out of a reply and Slack's own commands are listed instead, as Teams' help card lists
 * its own.
 */
const OTHER_CHANNELS_HELP = /\s*Type \/help for (?:commands|the list)\.?/i;

/** Slack's own commands, as its help and its welcome list them, written with "the Clerk" (see `slackCommands`). */
export const SLACK_COMMANDS: readonly { line: string; clerkOnly?: boolean }[] = [
  { line: '`/protocol <question>`: an answer only you see (or message me directly, or @mention me in a channel)' },
  { line: '`/request-documents`: ask the Clerk for documents or information' },
  { line: '`/complaint`: a confidential complaint' },
  { line: '`/my-requests`: your requests and where they are' },
  { line: '`/clerk-queue`: the open queue (Clerks only)', clerkOnly: true },
  { line: '`/protocol-role`: your role (councillor, officer or Clerk), which my answers follow' },
  { line: '`/protocol-role @name officer`: give someone their role (Clerks only)', clerkOnly: true },
];

/** Slack's commands in the council's words: "ask the Chief Executive for documents" where its Clerk is titled so. */
export const slackCommands = (clerkTitle: string): typeof SLACK_COMMANDS =>
  SLACK_COMMANDS.map((command) => ({ ...command, line: inCouncilWords(command.line, escapeMrkdwn(clerkTitle)) }));
