import type { Clause } from '../../protocols/parse';
import type { Reply } from '../../assistant/reply';
import { answerLine, splitAtAnswer } from '../../answer/wording';
import { alsoAskedLine, answerQuotedIn } from '../../assistant/alsoAsked';
import type { Answer } from '../../assistant/reply';
import type { ClerkRequest, HistoryEntry } from '../../queue/types';
import { DEFAULT_CLERK_TITLE, detailFacts, dueWords, formatDate, kindLabel, quotedFromLine, routeLabel, routeNoteText, routeText, statusLabel } from '../labels';
import { terminalSafe } from './terminal';

/** Terminal text for the core's objects. Pure functions: text in, text out. */

const indent = (text: string, prefix = '    '): string =>
  text
    .split('\n')
    .map((line) => `${prefix}${line}`)
    .join('\n');

export function formatClause(clause: Pick<Clause, 'council' | 'ref' | 'heading' | 'text'>): string {
  const heading = clause.heading ? ` — ${clause.heading}` : '';
  return `[${clause.council}:${clause.ref}]${heading}\n${indent(clause.text)}`;
}

const BOLD = (text: string) => text.split('\n').map((line) => `\x1b[1m${line}\x1b[22m`).join('\n');

/**
 * A reply as terminal text: the answer first ("Under 7.3: …"), then the clauses in full, the
 * answering sentence in bold inside its quote when `bold` (stdout is a terminal).
 */
export function formatReply(reply: Reply, options: { bold?: boolean } = { bold: process.stdout.isTTY === true }): string {
  const lines: string[] = [];
  // Unsure, the bot says so first: a sentence it only offers must not read as the answer.
  const doubtFirst = reply.uncertain && Boolean(reply.notice);
  if (doubtFirst) lines.push(reply.notice!, '');
  if (reply.answer) lines.push(answerLine(reply.answer));
  if (reply.notice && !doubtFirst) lines.push(...(reply.answer ? [''] : []), reply.notice, '');
  if (reply.summary && !reply.answer) lines.push(reply.summary);
  const quoted = (clause: Reply['clauses'][number], answer: Answer | null) => {
    const parts = options.bold ? splitAtAnswer(clause, answer) : null;
    return formatClause(parts ? { ...clause, text: `${parts.before}${BOLD(parts.answer)}${parts.after}` } : clause);
  };
  if (reply.clauses.length > 0 || reply.also?.some((also) => also.clauses.length > 0)) lines.push('', `${quotedFromLine(reply.council)}:`);
  for (const clause of reply.clauses) lines.push('', quoted(clause, answerQuotedIn(reply, clause)));
  // A further question of the message: its answer after the first's (the asker's words printed harmless), then its own clauses.
  for (const also of reply.also ?? []) {
    lines.push('', terminalSafe(alsoAskedLine(also)));
    for (const clause of also.clauses) lines.push('', quoted(clause, also.answer));
  }
  if (reply.requests) {
    lines.push('');
    if (reply.requests.length === 0) lines.push(`You have no requests with the ${reply.council.clerkTitle ?? DEFAULT_CLERK_TITLE}.`);
    for (const r of reply.requests) {
      lines.push(`  #${r.id} ${kindLabel(r.kind, reply.council.clerkTitle)} · ${statusLabel(r.status, r.kind)}${r.overdue ? ' · OVERDUE' : ''}: ${terminalSafe(r.subject)}`);
    }
  }
  const offers = reply.actions.map((a) => `${a.label} (${ACTION_COMMANDS[a.kind]})`);
  if (offers.length > 0) lines.push('', `You can: ${offers.join('; ')}.`);
  lines.push(`(${reply.intent}, confidence ${reply.confidence.toFixed(2)})`);
  return lines.join('\n');
}

/** The console's command for each hand-off an answer offers (its "You can:" line, and 👎's reply). */
export const ACTION_COMMANDS: Record<Reply['actions'][number]['kind'], string> = {
  document_request: '/request',
  complaint: '/complaint',
  question: '/ask-clerk',
  my_requests: '/my-requests',
};

/**
 * One request on one line, in the words Slack and Teams use ("#3 Document request · New · from
 * Jo: … · acknowledge by Thu 3 Dec 2026; resolve by …"), not the queue's codes; `/move` still
 * takes the codes, which its usage line lists.
 */
export function formatRequestLine(request: ClerkRequest, clerkTitle = DEFAULT_CLERK_TITLE): string {
  const flag = request.overdue ? ' · OVERDUE' : '';
  const subject = request.confidential ? '(confidential complaint)' : request.subject;
  return `#${request.id} ${kindLabel(request.kind, clerkTitle)} · ${statusLabel(request.status, request.kind)}${flag} · from ${terminalSafe(request.requester.name)}: ${terminalSafe(subject)} · ${dueWords(request)}`;
}

/**
 * A request in full for `/show`. `nameOf` names who moved it (the queue's people), as the cards name
 * people; an id the queue does not know is shown as it is.
 */
export function formatRequest(request: ClerkRequest & { history?: HistoryEntry[] }, clerkTitle = DEFAULT_CLERK_TITLE, nameOf: (userId: string) => string = (userId) => userId): string {
  const lines = [formatRequestLine(request, clerkTitle)];
  const routing = request.routing;
  lines.push(`  ${routeLabel(request.status)}: ${routeText(routing, request.council)}${routing.note ? ` — ${routeNoteText(routing.note, request.council)}` : ''}`);
  // Details and notes are what people typed: printed harmless, like everything else users wrote.
  // Labelled as the cards label them, not by the queue's field names ("whatHappened").
  for (const { label, value } of detailFacts(request, clerkTitle)) lines.push(`  ${label}: ${terminalSafe(value)}`);
  for (const h of request.history ?? []) {
    const move = `${h.from ? `${statusLabel(h.from, request.kind)} → ` : ''}${statusLabel(h.to, request.kind)}`;
    lines.push(`  ${formatDate(h.at)} ${h.at.slice(11, 16)}  ${move} by ${terminalSafe(nameOf(h.by))}${h.note ? `: ${terminalSafe(h.note)}` : ''}`);
  }
  return lines.join('\n');
}
