import { isOpen } from '../queue/lifecycle';
import { KIND_NAMES, refusalWords } from '../queue/kind-words';
import { aboutLabel as formAboutLabel, formField, subjectFrom } from '../queue/forms';
import { isAboutTheClerk } from '../queue/roles';
import type { ProtocolLibrary } from '../protocols/library';
import type { ClerkRequest, RequestKind, RequestStatus, Routing } from '../queue/types';

/** Closing as refused in a kind's words lives with the kind's names in the core (queue/kind-words.ts); channels take it from here. */
export { refusalWords };

/** Words every channel uses for the queue's codes, so Slack, Teams and the console agree. */

/**
 * What a bare mention (the question to follow) or a bare "ask" is told, in every channel: the question it waits for,
 * with an example a person can type as it is. Slack and Teams each had their own (uat17).
 */
export const ASK_WHAT = 'What would you like to ask? For example: "can I give the groundsman instructions?"';

/** Where the council has no title of its own for its Clerk (the metadata's default). */
export const DEFAULT_CLERK_TITLE = 'Clerk';

/**
 * The council's own title for its Clerk ("Chief Executive", "Town Clerk"), from its metadata
 * (`clerkTitle` in data/protocols/<id>.json; "Clerk" where it gives none): the one source every
 * channel names the Clerk from where a person reads who deals with something (help, forms,
 * offers, lists, receipts). "Clerk" as the bot's role (CLERK_USER_IDS, the Clerks' channel,
 * "Clerks only") is the product's word for the people who run the queue and stays as it is.
 */
export function clerkTitleOf(library: Pick<ProtocolLibrary, 'has' | 'get'>, council: string): string {
  return library.has(council) ? library.get(council).council.clerkTitle : DEFAULT_CLERK_TITLE;
}

/**
 * A core sentence written with "the Clerk" (the forms' prompts, help lines), in the council's
 * words: "ask the Clerk" → "ask the Chief Executive". Only "the Clerk" as a person is replaced,
 * never "Clerks" or "a Clerk" (the role).
 */
export function inCouncilWords(text: string, clerkTitle: string): string {
  return clerkTitle === DEFAULT_CLERK_TITLE ? text : text.replace(/\bthe Clerk\b(?!s)/gi, `the ${clerkTitle}`);
}

/**
 * A request form's field as Slack's modal and Teams' card label it: the core form's one label (src/queue/forms.ts),
 * naming the Clerk by the council's title, so the two cannot drift apart (the console asks the field's `prompt`).
 */
export const fieldLabel = (kind: RequestKind, name: string, clerkTitle: string): string => inCouncilWords(formField(kind, name).label, clerkTitle);

const STATUS_LABELS: Record<RequestStatus, string> = {
  new: 'New',
  acknowledged: 'Acknowledged',
  in_progress: 'In progress',
  resolved: 'Resolved',
  refused: 'Refused',
  withdrawn: 'Withdrawn',
};

/** `question` → "Question for the Chief Executive" (the council's title; "Question for the Clerk" where it has none). */
export const kindLabel = (kind: RequestKind | string, clerkTitle = DEFAULT_CLERK_TITLE): string =>
  Object.hasOwn(KIND_NAMES, kind) ? inCouncilWords(KIND_NAMES[kind as RequestKind], clerkTitle) : kind;
/** A kind inside a sentence ("Your question for the Clerk …"): only its first letter lowered, so the Clerk keeps its capital. */
export const kindInSentence = (kind: RequestKind | string, clerkTitle = DEFAULT_CLERK_TITLE): string => kindLabel(kind, clerkTitle).replace(/^./, (c) => c.toLowerCase());
/**
 * A status in a council's words for that kind of request, where they differ from the queue's one word: a complaint the
 * Clerk closes with "refused" is "not upheld" (uat22: "Your complaint #2 is now refused."). Only the words: the stored
 * status stays `refused`, which the CLI's `--status` and `/move` still take.
 */
const KIND_STATUS_LABELS: Partial<Record<RequestKind, Partial<Record<RequestStatus, string>>>> = {
  complaint: { refused: 'Not upheld' },
};

/** A kind's own word for a status (KIND_STATUS_LABELS), or undefined where it has none. */
function kindStatusWord(status: RequestStatus | string, kind: RequestKind | string): string | undefined {
  const ownWords = Object.hasOwn(KIND_STATUS_LABELS, kind) ? KIND_STATUS_LABELS[kind as RequestKind] : undefined;
  return ownWords && Object.hasOwn(ownWords, status) ? ownWords[status as RequestStatus] : undefined;
}

/** A status as people read it, for a request of `kind` (every caller names the kind, so no channel says it another way). */
export function statusLabel(status: RequestStatus | string, kind: RequestKind | string): string {
  return kindStatusWord(status, kind) ?? (Object.hasOwn(STATUS_LABELS, status) ? STATUS_LABELS[status as RequestStatus] : status);
}
const CLERK_MOVE_VERBS: Partial<Record<RequestStatus, string>> = { acknowledged: 'acknowledge', in_progress: 'start', resolved: 'resolve', refused: 'refuse' };

/**
 * The name of the Clerk's button (Slack's and Teams') that moves a request of `kind` to `to`: "Refuse", but "Not upheld"
 * on a complaint (the kind's own word for the status it leads to), so the button says what the complainant will read
 * (uat23 left "Refuse" on a complaint whose update said "not upheld"). Only the name: the button's action and the stored
 * status stay `refused`.
 */
export function clerkMoveLabel(to: RequestStatus, kind: RequestKind | string): string {
  const verb = CLERK_MOVE_VERBS[to];
  return kindStatusWord(to, kind) ?? (verb ? `${verb.charAt(0).toUpperCase()}${verb.slice(1)}` : statusLabel(to, kind));
}

/**
 * What a command's help says of `refused`, the code a Clerk types (the console's `/move`, the CLI's `queue move`): that
 * on a complaint it is read "not upheld", the words the complainant and the buttons use; the code itself is unchanged.
 */
export const REFUSED_CODE_HELP = `refused closes a complaint as "${statusLabel('refused', 'complaint').toLowerCase()}"`;

/**
 * What someone who is not of the Clerk's team is told when they try a Clerk's move (Acknowledge, Start, Resolve,
 * Refuse), in every channel: the same sentence whether the request is theirs, someone else's or none, so a button's
 * or a command's number never tells them which requests exist. `withdraw` says how the channel withdraws one's own
 * request ("/my-requests lets you withdraw it"). Slack's words since uat9; Teams and the console passed on the
 * queue's "Request #1 is not yours: …" / "There is no request #7." (uat16).
 */
export function clerkOnlyRefusal(to: RequestStatus, withdraw: string): string {
  return `Only the Clerk's team can ${CLERK_MOVE_VERBS[to] ?? 'move'} requests, so nothing was changed. If this is your request, ${withdraw}.`;
}

/**
 * What the complaint form says before anything is typed, in every channel: that it is confidential, what the Clerks'
 * channel sees of it, and that one about the Clerk never reaches that channel. Slack said ":lock: *Confidential.* A
 * complaint is never posted in a public channel; only those who deal with it can read it.", Teams what the Clerks'
 * channel sees, the console only its title (uat19); the receipt says the same in `confidentialityLine`.
 */
export function complaintFormIntro(clerkTitle = DEFAULT_CLERK_TITLE): string {
  return `Complaints are confidential, never posted in a public channel: the Clerks' channel shows only that one was filed, who deals with it and its number, and one about the ${clerkTitle} never reaches it.`;
}

/**
 * What someone outside the Clerk's team is told on asking for the Clerk's queue, in every channel, with the council's
 * title for its Clerk and the channel's command for one's own requests (`command`: "/my-requests", "**my requests**").
 * Slack said "Sorry, the Clerk's queue is only open to the Clerk's team. …" (whatever the council calls its Clerk),
 * Teams "Only the Town Clerk's team can see the queue. Type 'my requests' to see yours.", the console "The queue is for
 * the Town Clerk's team. …" (uat19).
 */
export function queueOnlyForClerks(clerkTitle: string, command: string): string {
  return `Only the ${clerkTitle}'s team can see the queue. Type ${command} to see your own requests and where they are.`;
}

/**
 * What a requester is told the moment a request is filed, in every channel: "Thank you. Your document request is filed
 * as #7." `mark` as for `statusUpdateLine` (uat16: "Thank you…", "✅ Document request #2 filed", "Filed as request #1.").
 */
export function filedLine(
  request: { kind: RequestKind | string; id: number },
  clerkTitle = DEFAULT_CLERK_TITLE,
  mark: { words?: (text: string) => string; strong?: (text: string) => string } = {},
): string {
  const words = mark.words ?? ((text: string) => text);
  const strong = mark.strong ?? ((text: string) => text);
  return `Thank you. Your ${words(kindInSentence(request.kind, clerkTitle))} is filed as ${strong(`#${request.id}`)}.`;
}

/**
 * What a receipt says of a confidential request (a complaint), in every channel: where it is never shown, and what the
 * Clerks' channel sees of it; of one about the Clerk, that only the person the protocol names receives it. Slack said
 * "never posted in a public channel", Teams what the Clerks' channel shows, the console nothing (uat18).
 */
export function confidentialityLine(request: Pick<ClerkRequest, 'kind' | 'details'>, clerkTitle = DEFAULT_CLERK_TITLE): string {
  return isAboutTheClerk(request)
    ? `Complaints are confidential, never posted in a public channel: one about the ${clerkTitle} never reaches the Clerks' channel; only the person your protocol names receives it.`
    : "Complaints are confidential, never posted in a public channel: the Clerks' channel shows only that one was filed, who deals with it and its number.";
}

/**
 * What a receipt says comes next, in every channel: each step told (`where` is how the channel tells: "here", "by
 * direct message"), and how to list one's requests (`command` as the channel writes it: "/my-requests", "**my
 * requests**"). A complaint about the Clerk that nobody is set up to receive (the queue's `filedNotice`, passed as
 * `notice`) will have no steps until someone is: nobody can act on it through the bot. The three receipts promised
 * "You'll be told of every step" / "a direct message at every step" / "I'll tell you here of each step" beside
 * "cannot deliver it" (uat18).
 */
export function nextSteps(notice: string | undefined, where: string, command: string): string {
  const steps =
    notice === undefined
      ? `You will be told ${where} of every step.`
      : 'Nobody can act on it through this bot until someone is set up to receive it, so there will be no steps to tell you of until then.';
  return `${steps} Type ${command} to see your requests.`;
}

/**
 * What a requester is told when their request moves, in every channel: "Your document request #7 is now in progress."
 * `mark` lets a channel escape the words and embolden the number and the status (Slack's mrkdwn); the words are the
 * core's (uat16: Slack, Teams and the console had said it three ways).
 */
export function statusUpdateLine(
  request: { kind: RequestKind | string; id: number; status: RequestStatus | string },
  clerkTitle = DEFAULT_CLERK_TITLE,
  mark: { words?: (text: string) => string; strong?: (text: string) => string } = {},
): string {
  const words = mark.words ?? ((text: string) => text);
  const strong = mark.strong ?? ((text: string) => text);
  return `Your ${words(kindInSentence(request.kind, clerkTitle))} ${strong(`#${request.id}`)} is now ${strong(words(statusLabel(request.status, request.kind).toLowerCase()))}.`;
}
/**
 * What whoever moved a request is told, in every channel and the CLI: "Complaint #3 is now not upheld." Slack's home
 * said "Question for the Clerk #3 is now …" whatever the council calls its Clerk, the console "Request #3 is now …",
 * the CLI the status's code ("… is now refused"), so a complaint was "refused" there (uat23).
 */
export function movedLine(request: { kind: RequestKind | string; id: number; status: RequestStatus | string }, clerkTitle = DEFAULT_CLERK_TITLE): string {
  return `${kindLabel(request.kind, clerkTitle)} #${request.id} is now ${statusLabel(request.status, request.kind).toLowerCase()}.`;
}
/** A status code in a queue's message: every code (a complaint's "refused" differs from its words, not only "in_progress"). */
const STATUS_CODE = new RegExp(String.raw`\b(?:${Object.keys(STATUS_LABELS).join('|')})\b`, 'g');

/**
 * A queue error as a person reads it, in Slack, Teams and the console alike: a sentence ("There is no request #2.").
 * Statuses in words ("in progress") where people press buttons and never typed the codes; `codes` keeps them where
 * the person types them (the console's /move, whose usage line lists them), so a refusal names what to type. In words,
 * a status is the request's `kind`'s (the error's: QueueError.kind): "Request #3 is not upheld and closed; …" for a
 * complaint, where it read "refused" (uat23, section 5).
 */
export function queueMessageText(message: string, statuses: 'words' | 'codes' = 'words', kind: RequestKind | string = ''): string {
  const trimmed = message.trim();
  const words = statuses === 'codes' ? trimmed : trimmed.replace(STATUS_CODE, (code) => statusLabel(code, kind).toLowerCase());
  const text = `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/**
 * Who hears of a change the requester makes (a withdrawal): the Clerk's team, except for a
 * complaint about the Clerk, which only the person the protocol names receives.
 */
export function whoIsTold(request: Pick<ClerkRequest, 'kind' | 'details' | 'routing'>, clerkTitle = DEFAULT_CLERK_TITLE): string {
  if (!isAboutTheClerk(request)) return `the ${clerkTitle}`;
  const recipient = request.routing.recipient;
  return /^(the|whoever)\b/i.test(recipient) ? recipient : `the ${recipient}`;
}

/** Whom a complaint is about, in the council's words: `clerk` → "the Chief Executive" (the forms' words, queue/forms.ts). */
export const aboutLabel = (about: string, clerkTitle = DEFAULT_CLERK_TITLE): string => inCouncilWords(formAboutLabel(about), clerkTitle);

/** The words for a request's details, in the order every channel shows them ("whatHappened" → "What happened"). */
const DETAIL_LABELS: Record<string, string> = {
  what: 'What',
  meeting: 'Meeting or committee',
  reason: 'Why needed',
  neededBy: 'Needed by',
  about: 'About',
  whatHappened: 'What happened',
  outcomeSought: 'Outcome sought',
  question: 'Question',
  botAnswer: "The bot's answer",
};
const DETAIL_ORDER = Object.keys(DETAIL_LABELS);
const detailRank = (key: string): number => (Object.hasOwn(DETAIL_LABELS, key) ? DETAIL_ORDER.indexOf(key) : DETAIL_ORDER.length);
export const detailLabel = (key: string): string => (Object.hasOwn(DETAIL_LABELS, key) ? DETAIL_LABELS[key] : key);

/**
 * A request's details as every channel shows them: labelled in words, in the forms' order, blank ones left out,
 * whom a complaint is about in the council's words and a date as a date. Values are what people typed: each
 * channel still makes them harmless for its own markup.
 */
export function detailFacts(request: Pick<ClerkRequest, 'details'>, clerkTitle = DEFAULT_CLERK_TITLE): Array<{ label: string; value: string }> {
  return Object.entries(request.details as unknown as Record<string, unknown>)
    .filter(([, value]) => value !== undefined && value !== null && String(value).trim() !== '')
    .sort(([a], [b]) => detailRank(a) - detailRank(b))
    .map(([key, value]) => ({ label: detailLabel(key), value: shownDetail(key, String(value), clerkTitle) }));
}

/**
 * A request's subject and details as the Clerks' post shows them, in every channel: the subject once. A form makes a
 * document request's subject from its "what" and a question's from the question (`subjectFrom`), so the post said it
 * twice, as "Subject" and again as "What" (uat22, section 3); then only the detail is shown, whole, under its own label.
 * A subject typed apart (the CLI's `--subject`) is shown as well as the details.
 */
export function subjectAndDetails(request: Pick<ClerkRequest, 'subject' | 'details'>, clerkTitle = DEFAULT_CLERK_TITLE): { subject?: string; facts: Array<{ label: string; value: string }> } {
  const details = request.details as unknown as Record<string, unknown>;
  const madeFromADetail = Object.values(details).some((value) => typeof value === 'string' && value.trim() !== '' && subjectFrom(value) === request.subject);
  return { ...(madeFromADetail ? {} : { subject: request.subject }), facts: detailFacts(request, clerkTitle) };
}

function shownDetail(key: string, value: string, clerkTitle: string): string {
  if (key === 'about') return aboutLabel(value, clerkTitle);
  // A date the form took as a day ("2031-03-10") is read at noon, so no time zone moves it to the day before.
  if (key === 'neededBy') return formatDate(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00:00Z` : value);
  return value;
}

/** Made on first use: creating it loads ICU's time-zone data, ≈ 10 ms of every start (an `ask` never shows a date). */
let dateFormat: Intl.DateTimeFormat | undefined;
const DATE_FORMAT = (): Intl.DateTimeFormat =>
  (dateFormat ??= new Intl.DateTimeFormat('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'Europe/London',
  }));

/** `2025-11-25T…` → `Tue 25 Nov 2025` (UK council time). Unparseable input is shown as given. */
export function formatDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const part = (type: Intl.DateTimeFormatPartTypes) => DATE_FORMAT().formatToParts(date).find((p) => p.type === type)?.value ?? '';
  return `${part('weekday')} ${part('day')} ${part('month')} ${part('year')}`;
}

/** What the complaint form says above where each choice goes (src/queue/routing.ts complaintRoutings), in every channel. */
export const COMPLAINT_ROUTES_HEADING = 'Who receives it, under your protocol:';

/** Where a request goes, the same words in every channel: `Town Clerk (clause alsager:53)`. */
export function routeText(routing: Pick<Routing, 'recipient' | 'clause'>, council: string): string {
  return routing.clause ? `${routing.recipient} (clause ${council}:${routing.clause})` : routing.recipient;
}

/**
 * A route's note as people read it beside the route: a clause it names in the form `routeText` gives ("(clause 4.4)" →
 * "(clause fernleigh:4.4)"), so a receipt does not name one clause two ways (uat22: "Goes to: Town Clerk (clause
 * fernleigh:4.4)" above "… put to the Chair of the Council (clause 4.4)."). Only "clause"/"clauses" before a number is
 * read as a ref; a note's other numbers, and refs already with their council, are left as written.
 */
export function routeNoteText(note: string, council: string): string {
  const ref = String.raw`\d+(?:\.\d+)*[a-z]?\b(?!:)`;
  return note.replace(new RegExp(String.raw`\b(clauses?) (${ref}(?:(?:, | and | or |-|–)${ref})*)`, 'gi'), (_, word: string, refs: string) =>
    `${word} ${refs.replace(new RegExp(ref, 'gi'), (one) => `${council}:${one}`)}`,
  );
}

/**
 * The label before a request's route on a receipt, an update and `/show`, in every channel: "Goes to" while it
 * is open, "Went to" once closed (no longer with anyone). Lists keep their shorter "Routed to".
 */
export const routeLabel = (status: RequestStatus): string => (isOpen(status) ? 'Goes to' : 'Went to');

/** What is due next, in every channel: acknowledgement and resolution while new, resolution while open, then when it closed. */
export function dueWords(request: Pick<ClerkRequest, 'status' | 'acknowledgeBy' | 'resolveBy' | 'updatedAt'>): string {
  if (request.status === 'new') return `acknowledge by ${formatDate(request.acknowledgeBy)}; resolve by ${formatDate(request.resolveBy)}`;
  if (isOpen(request.status)) return `resolve by ${formatDate(request.resolveBy)}`;
  return `closed ${formatDate(request.updatedAt)}`;
}

/**
 * What a requester's update says under its first line (`statusUpdateLine`), in every channel and in this order: what the
 * request is about, where it went, what is due or when it closed, and, when it is refused, the protocol's word on where a
 * refusal can be taken (the route's note: "If the Town Clerk refuses a request, it can be put to the Chair of the Council
 * (clause 4.4)."). uat22: one step read '“…” · goes to … · resolve by …' in Slack and 'Subject: … / Goes to: …. / To be
 * resolved by ….' in Teams, and neither said where a refusal could go.
 */
export function updateDetails(request: Pick<ClerkRequest, 'subject' | 'routing' | 'council' | 'status' | 'acknowledgeBy' | 'resolveBy' | 'updatedAt'>): {
  subject: string;
  /** "Goes to", or "Went to" once closed. */
  routeLabel: string;
  routeTo: string;
  due: string;
  afterRefusal?: string;
} {
  const due = dueWords(request);
  return {
    subject: request.subject,
    routeLabel: routeLabel(request.status),
    routeTo: routeText(request.routing, request.council),
    due: `${due.charAt(0).toUpperCase()}${due.slice(1)}`,
    ...(request.status === 'refused' && request.routing.note ? { afterRefusal: routeNoteText(request.routing.note, request.council) } : {}),
  };
}

/**
 * What a receipt says under its first line (`filedLine`), in every channel and in this order, the order of an update
 * (`updateDetails`): what the request is about (not for a complaint, whose subject only says whom it is about), where it
 * goes, what is due (none when the queue's notice says nobody can receive it: `receiptDueWords`), then the route's note.
 * uat22: Slack put the due dates before the note, Teams and the console after; Slack and the console had no subject.
 */
export function receiptDetails(
  request: Pick<ClerkRequest, 'kind' | 'subject' | 'routing' | 'council' | 'status' | 'acknowledgeBy' | 'resolveBy' | 'updatedAt'>,
  notice: string | undefined,
): { subject?: string; routeLabel: string; routeTo: string; due?: string; note?: string } {
  const due = receiptDueWords(request, notice);
  return {
    ...(request.kind === 'complaint' ? {} : { subject: request.subject }),
    routeLabel: routeLabel(request.status),
    routeTo: routeText(request.routing, request.council),
    ...(due === undefined ? {} : { due: `${due.charAt(0).toUpperCase()}${due.slice(1)}` }),
    ...(request.routing.note ? { note: routeNoteText(request.routing.note, request.council) } : {}),
  };
}

/**
 * The due dates a receipt promises, as `dueWords` says them, or none when the queue's notice says nobody can receive
 * the request: "Acknowledge by …" beside "cannot deliver it" promised a date nobody would keep (the seventeenth
 * session's walk). The queue still records the dates, and `/my-requests` and the Clerk's views still show them.
 */
export function receiptDueWords(request: Pick<ClerkRequest, 'status' | 'acknowledgeBy' | 'resolveBy' | 'updatedAt'>, notice: string | undefined): string | undefined {
  return notice === undefined ? dueWords(request) : undefined;
}

/**
 * Which protocol, and which version of it, an answer quotes: "Quoted from Cottingham Parish
 * Council's protocol (adopted 21 February 2013)". A version number is named when there has been
 * more than one, or when the adoption date is not known.
 */
export function quotedFromLine(council: { name: string; version?: number; adopted?: string }): string {
  const version = council.version !== undefined && (council.version > 1 || !council.adopted) ? `version ${council.version}` : '';
  const adopted = council.adopted ? `adopted ${council.adopted}` : '';
  const which = [version, adopted].filter(Boolean).join(', ');
  return `Quoted from ${council.name}'s protocol${which ? ` (${which})` : ''}`;
}

/** The hand-offs an answer can offer (the `Reply`'s `actions[].kind`), as a 👍/👎 button carries them. */
export const OFFER_KINDS = ['document_request', 'complaint', 'question', 'my_requests'] as const;
export type OfferKind = (typeof OFFER_KINDS)[number];

/**
 * What 👍/👎 under an answer says back, the same in every channel. 👎 points only to a hand-off
 * that answer offered: "Ask the Chief Executive" where it offered one, else the form it did offer,
 * else how to get one (asking again in other words; an unsure reading offers "Ask the …").
 * `offers` is what the button carried; a button made before it carried them counts as none.
 * `commands` names how a channel without buttons reaches each hand-off (the console's "/ask-clerk"),
 * said after the hand-off's name as the console's "You can:" line says it.
 */
export function feedbackThanks(helpful: boolean, offers: readonly string[], clerkTitle = DEFAULT_CLERK_TITLE, commands: Partial<Record<OfferKind, string>> = {}): string {
  if (helpful) return 'Thanks, glad that helped.';
  const thanks = 'Thanks for telling me.';
  const named = (kind: OfferKind, label: string) => `"${label}"${commands[kind] ? ` (${commands[kind]})` : ''}`;
  if (offers.includes('question')) return `${thanks} If you still need an answer, ${named('question', `Ask the ${clerkTitle}`)} under the answer passes your question on.`;
  if (offers.includes('document_request')) return `${thanks} If you still need the papers, ${named('document_request', 'Request these documents')} under the answer asks the ${clerkTitle} for them.`;
  if (offers.includes('complaint')) return `${thanks} If you want to complain, ${named('complaint', 'Make a complaint')} under the answer opens the form.`;
  return `${thanks} Try asking again in other words: when I am not sure of an answer, I offer to pass your question to the ${clerkTitle}.`;
}
