/**
 * Adaptive Cards (schema 1.5) for Teams. Pure functions: the core's objects in, card JSON out.
 *
 * Text the bot does not write itself (what a user typed, names from Teams profiles, and the
 * protocol's verbatim clauses) goes into RichTextBlock/TextRun, which the Adaptive Card schema
 * never reads as markdown: `**bold**`, `[link](…)` and list markers stay literal. Backslash
 * escapes in a TextBlock would be the alternative, but Teams clients render them
 * inconsistently (microsoft/AdaptiveCards#5590). TextBlocks carry only the bot's own words.
 */
import { CLOSING_NOTE_MAX } from '../../queue/closing-notes';
import { formField, maxLength } from '../../queue/forms';
import { aboutLabel, clerkMoveLabel, COMPLAINT_ROUTES_HEADING, complaintFormIntro, confidentialityLine, DEFAULT_CLERK_TITLE, detailFacts, fieldLabel, filedLine, dueWords, formatDate, inCouncilWords, kindLabel, nextSteps, quotedFromLine, receiptDetails, refusalWords, routeNoteText, routeText, statusLabel, statusUpdateLine, subjectAndDetails, updateDetails } from '../labels';
import type { Answer, OfferedAction, Reply, RequestLine } from '../../assistant/reply';
import { assistantTitle, CouncilNames, HOW_TO_ASK, whatIDo } from '../../assistant/welcome';
import { isOpen, nextClerkMoves } from '../../queue/lifecycle';
import { answerWords, splitAtAnswer } from '../../answer/wording';
import { answerQuotedIn } from '../../assistant/alsoAsked';
import { canBeRated, ratedAnswers } from '../../assistant/rating';
import type {
  ClerkRequest,
  HistoryEntry,
  ComplaintSubject,
  RequestStatus,
  RequestKind,
  Routing,
} from '../../queue/types';
import { COMPLAINT_SUBJECTS } from '../../queue/types';

export type CardElement = Record<string, unknown>;

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: string;
  version: '1.5';
  body: CardElement[];
  actions?: CardElement[];
  msteams?: { width: 'Full' };
}

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

/** The `verb` of every button the bot renders; bot.ts routes on it. */
export const VERB = {
  feedback: 'feedback',
  openForm: 'open_form',
  submitDocumentRequest: 'submit_document_request',
  submitComplaint: 'submit_complaint',
  submitQuestion: 'submit_question',
  move: 'move_request',
  myRequests: 'my_requests',
  showDetails: 'show_details',
} as const;

export type FormKind = 'document_request' | 'complaint' | 'question';

/** Per-field problems shown in a re-rendered form; `form` is for the form as a whole. */
export type Problems = Partial<Record<string, string>>;

export interface DocumentRequestValues {
  what?: string;
  meeting?: string;
  reason?: string;
  neededBy?: string;
}
export interface ComplaintValues {
  about?: string;
  whatHappened?: string;
  outcomeSought?: string;
}
export interface QuestionValues {
  question?: string;
  botAnswer?: string;
}

export interface FormOptions<V> {
  /** Identifies this form instance; a second submission of the same form files nothing new. */
  formId: string;
  council: string;
  councilName: string;
  /** The council's title for its Clerk, which the form names the Clerk by ("Chief Executive"). */
  clerkTitle: string;
  values?: V;
  problems?: Problems;
}

// ---------------------------------------------------------------------------------------------
// Building blocks

export function card(body: CardElement[], actions: CardElement[] = []): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body,
    ...(actions.length > 0 ? { actions } : {}),
    msteams: { width: 'Full' },
  };
}

/** The attachment that carries a card in a message activity. */
export const attachment = (content: AdaptiveCard) => ({ contentType: ADAPTIVE_CARD_CONTENT_TYPE, content });

/** The bot's own words. */
const say = (text: string, style: Record<string, unknown> = {}): CardElement => ({ type: 'TextBlock', text, wrap: true, ...style });

const heading = (text: string): CardElement => say(text, { size: 'Medium', weight: 'Bolder' });

const problemText = (text: string): CardElement => say(`⚠ ${text}`, { color: 'Attention', spacing: 'Small' });

type RunStyle = { weight?: 'Bolder'; isSubtle?: boolean; color?: string; italic?: boolean };

/** One run of text that is never read as markdown. */
const run = (text: string, style: RunStyle = {}): CardElement => ({ type: 'TextRun', text, ...style });

/** A paragraph of literal text, made of runs. */
const rich = (inlines: CardElement[], style: Record<string, unknown> = {}): CardElement => ({ type: 'RichTextBlock', inlines, ...style });

/**
 * Literal text (a user's words, a clause of the protocol), one paragraph a line: a line break
 * means something in the source, and a TextRun would not show it reliably.
 */
export function literal(text: string, style: RunStyle = {}): CardElement[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line, i) => rich([run(line, style)], { spacing: i === 0 ? 'Default' : 'Small' }));
}

/** A clause as `literal` paragraphs, with the answering sentence's runs in bold. */
function emphasised(text: string, parts: { before: string; answer: string; after: string } | null): CardElement[] {
  if (!parts) return literal(text);
  const paragraphs: CardElement[][] = [[]];
  const add = (piece: string, bold: boolean) => {
    piece.split(/\r?\n/).forEach((line, i) => {
      if (i > 0) paragraphs.push([]);
      if (line.trim() !== '') paragraphs[paragraphs.length - 1].push(run(line, bold ? { weight: 'Bolder' } : {}));
    });
  };
  add(parts.before, false);
  add(parts.answer, true);
  add(parts.after, false);
  return paragraphs.filter((inlines) => inlines.length > 0).map((inlines, i) => rich(inlines, { spacing: i === 0 ? 'Default' : 'Small' }));
}

/** "Label: value" with the value literal. */
const labelled = (label: string, value: string): CardElement => rich([run(`${label}: `, { weight: 'Bolder' }), run(value)], { spacing: 'Small' });

const shorten = (text: string, max: number): string => {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length <= max ? oneLine : `${oneLine.slice(0, max - 1)}…`;
};

/**
 * A button that calls the bot. Action.Execute (Universal Actions) lets the bot answer with a
 * card that replaces this one; hosts that predate it (the Bot Framework Emulator) fall back to
 * Action.Submit with the same data, which bot.ts handles the same way.
 */
export function execute(title: string, verb: string, data: Record<string, unknown> = {}, extra: Record<string, unknown> = {}): CardElement {
  const payload = { verb, ...data };
  return { type: 'Action.Execute', title, verb, data: payload, ...extra, fallback: { type: 'Action.Submit', title, data: payload } };
}

const actionSet = (actions: CardElement[], style: Record<string, unknown> = {}): CardElement => ({ type: 'ActionSet', actions, ...style });

const routingText = (request: ClerkRequest): string => routeText(request.routing, request.council);

/** What is due, in the words Slack and the console use ("Acknowledge by …; resolve by …"), as a sentence. */
const sentenceCase = (words: string): string => words.replace(/^./, (c) => c.toUpperCase());
const dueText = (request: ClerkRequest): string => sentenceCase(dueWords(request));

/** The same as facts: "Acknowledge by" only while the request waits to be acknowledged. */
const dueFacts = (request: ClerkRequest): Array<{ title: string; value: string }> => [
  ...(request.status === 'new' ? [{ title: 'Acknowledge by', value: formatDate(request.acknowledgeBy) }] : []),
  { title: 'Resolve by', value: formatDate(request.resolveBy) },
];

// ---------------------------------------------------------------------------------------------
// Answers

const FORM_OF_ACTION: Record<OfferedAction['kind'], FormKind | undefined> = {
  document_request: 'document_request',
  complaint: 'complaint',
  question: 'question',
  my_requests: undefined,
};

function offeredActionButton(action: OfferedAction, council: string): CardElement {
  const form = FORM_OF_ACTION[action.kind];
  if (!form) return execute(action.label, VERB.myRequests);
  return execute(action.label, VERB.openForm, { form, council, prefill: action.prefill });
}

function requestLines(requests: RequestLine[], clerkTitle: string): CardElement[] {
  if (requests.length === 0) return [say(`You have no requests with the ${clerkTitle}.`)];
  return requests.map((r) =>
    rich([
      run(`#${r.id} `, { weight: 'Bolder' }),
      run(`${kindLabel(r.kind, clerkTitle)} · ${statusLabel(r.status, r.kind)}`),
      ...(r.overdue ? [run(' · overdue', { color: 'Attention', weight: 'Bolder' })] : []),
      run(` — ${shorten(r.subject, 120)}`, { isSubtle: true }),
    ]),
  );
}

/** An answer: the summary, each quoted clause with its ref and heading, hand-offs, and 👍/👎. */
export function answerCard(reply: Reply): AdaptiveCard {
  const body: CardElement[] = [];
  // The answer leads the card: the clause, then its own sentence (literal runs, never markdown).
  // Unsure, the bot says so first, so a sentence it only offers does not read as the answer.
  const doubtFirst = reply.uncertain && Boolean(reply.notice);
  if (doubtFirst) body.push(say(reply.notice!, { color: 'Warning' }));
  if (reply.answer) body.push(rich([run(`Under ${reply.answer.ref}: `, { weight: 'Bolder' }), run(answerWords(reply.answer))]));
  body.push(say(reply.council.name, { isSubtle: true, size: 'Small', spacing: reply.answer || doubtFirst ? 'Small' : 'None' }));
  if (reply.notice && !doubtFirst) body.push(say(reply.notice, { color: 'Warning' }));
  if (reply.summary && !reply.answer) body.push(say(reply.summary, { weight: reply.clauses.length > 0 ? 'Bolder' : 'Default' }));

  const quoted = (clause: Reply['clauses'][number], answer: Answer | null): CardElement => ({
    type: 'Container',
    style: 'emphasis',
    separator: true,
    items: [
      rich([run(`${clause.council}:${clause.ref}`, { weight: 'Bolder' }), ...(clause.heading ? [run(` — ${clause.heading}`, { isSubtle: true })] : [])]),
      ...emphasised(clause.text, splitAtAnswer(clause, answer)),
    ],
  });
  if (reply.clauses.length > 0 || reply.also?.some((also) => also.clauses.length > 0)) body.push(say(`${quotedFromLine(reply.council)}:`, { isSubtle: true, spacing: 'Medium' }));
  for (const clause of reply.clauses) body.push(quoted(clause, answerQuotedIn(reply, clause)));
  // A further question of the message: its answer after the first's (literal runs), then its own clauses.
  for (const also of reply.also ?? []) {
    const said = also.answer ? [run(` Under ${also.answer.ref}: `, { weight: 'Bolder' }), run(answerWords(also.answer))] : [run(` ${also.summary}`)];
    body.push(rich([run(also.lead, { weight: 'Bolder' }), ...said], { spacing: 'Medium' }));
    for (const clause of also.clauses) body.push(quoted(clause, also.answer));
  }
  if (reply.requests) body.push(...requestLines(reply.requests, reply.council.clerkTitle ?? DEFAULT_CLERK_TITLE));

  if (reply.actions.length > 0) body.push(actionSet(reply.actions.map((a) => offeredActionButton(a, reply.council.id))));

  if (canBeRated(reply)) {
    const [first, ...further] = ratedAnswers(reply);
    const feedback = {
      intent: first.intent,
      council: reply.council.id,
      clauseRefs: first.clauseRefs,
      offers: reply.actions.map((a) => a.kind),
      ...(further.length > 0 ? { also: further } : {}),
    };
    body.push(say('Was this helpful?', { isSubtle: true, size: 'Small', spacing: 'Medium' }));
    body.push(
      actionSet([
        execute('👍 Helpful', VERB.feedback, { ...feedback, helpful: true }),
        execute('👎 Not helpful', VERB.feedback, { ...feedback, helpful: false }),
      ]),
    );
  }
  return card(body);
}

// ---------------------------------------------------------------------------------------------
// Forms

function problemsSummary(problems: Problems | undefined): CardElement[] {
  if (!problems) return [];
  const fieldCount = Object.entries(problems).filter(([key, v]) => key !== 'form' && v).length;
  const out: CardElement[] = [];
  if (problems.form) out.push(problemText(problems.form));
  if (fieldCount > 0) out.push(problemText(fieldCount === 1 ? 'Please check the field marked below.' : `Please check the ${fieldCount} fields marked below.`));
  return out;
}

/** An input followed by its problem, if it has one. */
function field(input: CardElement, problems: Problems | undefined): CardElement[] {
  const problem = problems?.[input.id as string];
  return problem ? [input, problemText(problem)] : [input];
}

function textInput(id: string, label: string, value: string | undefined, options: { required?: boolean; multiline?: boolean; maxLength: number; placeholder?: string; errorMessage?: string }): CardElement {
  return {
    type: 'Input.Text',
    id,
    label,
    isRequired: options.required ?? false,
    ...(options.required ? { errorMessage: options.errorMessage ?? `Please fill in: ${label.toLowerCase()}` } : {}),
    isMultiline: options.multiline ?? false,
    maxLength: options.maxLength,
    ...(options.placeholder ? { placeholder: options.placeholder } : {}),
    ...(value ? { value } : {}),
  };
}

/**
 * A request form's field as the core defines it (src/queue/forms.ts): its label in the council's words, marked
 * "(optional)" when it is (Slack's modal marks that by itself; a card does not), its limit, and the core's words
 * for a required answer left out. The label is never written here, so Teams says what Slack says.
 */
function formLabel(kind: RequestKind, name: string, clerkTitle: string): string {
  const label = fieldLabel(kind, name, clerkTitle);
  return formField(kind, name).required ? label : `${label} (optional)`;
}

function formInput(kind: RequestKind, name: string, value: string | undefined, clerkTitle: string, options: { multiline?: boolean } = {}): CardElement {
  const spec = formField(kind, name);
  return textInput(name, formLabel(kind, name, clerkTitle), value, {
    required: spec.required,
    multiline: options.multiline ?? spec.type === 'longtext',
    maxLength: maxLength(kind, name),
    ...(spec.required ? { errorMessage: inCouncilWords(spec.missing, clerkTitle) } : {}),
  });
}

export function documentRequestForm(options: FormOptions<DocumentRequestValues> & { routing?: Routing }): AdaptiveCard {
  const v = options.values ?? {};
  const p = options.problems;
  return card(
    [
      heading('Request documents or information'),
      // Where it goes, before anything is typed, in the words of Slack's modal: "the Clerk" alone
      // was wrong where the protocol sends document requests to someone else.
      options.routing
        ? say(`Goes to ${routeText(options.routing, options.council)}. You will be told the request number and due dates.`, { isSubtle: true })
        : say(`For the ${options.clerkTitle} of ${options.councilName}.`, { isSubtle: true }),
      say(`Say what you need and why: saying why helps the ${options.clerkTitle} decide quickly.`, { isSubtle: true, spacing: 'Small' }),
      ...problemsSummary(p),
      ...field(formInput('document_access', 'what', v.what, options.clerkTitle), p),
      ...field(formInput('document_access', 'meeting', v.meeting, options.clerkTitle), p),
      ...field(formInput('document_access', 'reason', v.reason, options.clerkTitle), p),
      ...field({ type: 'Input.Date', id: 'neededBy', label: formLabel('document_access', 'neededBy', options.clerkTitle), ...(v.neededBy ? { value: v.neededBy } : {}) }, p),
    ],
    [execute(`Send to the ${options.clerkTitle}`, VERB.submitDocumentRequest, { formId: options.formId, council: options.council }, { style: 'positive' })],
  );
}

/**
 * The complaint form. With `routings`, it says before anything is typed who receives each kind
 * under the council's protocol, as Slack's modal does: someone complaining about the Clerk is
 * told who reads it, and that the Clerks' channel never shows it.
 */
export function complaintForm(options: FormOptions<ComplaintValues> & { routings?: Record<ComplaintSubject, Routing> }): AdaptiveCard {
  const v = options.values ?? {};
  const p = options.problems;
  const routings = options.routings;
  return card(
    [
      heading('Make a complaint'),
      say(complaintFormIntro(options.clerkTitle), { isSubtle: true }),
      ...(routings
        ? [
            say(COMPLAINT_ROUTES_HEADING, { spacing: 'Small' }),
            {
              type: 'FactSet',
              facts: COMPLAINT_SUBJECTS.map((about) => ({
                title: `About ${aboutLabel(about, options.clerkTitle)}`,
                value: routeText(routings[about], options.council),
              })),
            },
          ]
        : []),
      ...problemsSummary(p),
      ...field(
        {
          type: 'Input.ChoiceSet',
          id: 'about',
          label: formLabel('complaint', 'about', options.clerkTitle),
          style: 'expanded',
          isRequired: true,
          errorMessage: inCouncilWords(formField('complaint', 'about').missing, options.clerkTitle),
          choices: COMPLAINT_SUBJECTS.map((about) => ({ title: aboutLabel(about, options.clerkTitle).replace(/^./, (c) => c.toUpperCase()), value: about })),
          ...(v.about ? { value: v.about } : {}),
        },
        p,
      ),
      ...field(formInput('complaint', 'whatHappened', v.whatHappened, options.clerkTitle), p),
      ...field(formInput('complaint', 'outcomeSought', v.outcomeSought, options.clerkTitle), p),
    ],
    [execute('File the complaint', VERB.submitComplaint, { formId: options.formId, council: options.council }, { style: 'positive' })],
  );
}

export function questionForm(options: FormOptions<QuestionValues>): AdaptiveCard {
  const v = options.values ?? {};
  const p = options.problems;
  return card(
    [
      heading(`Ask the ${options.clerkTitle}`),
      say(`Your question goes to the ${options.clerkTitle} of ${options.councilName}, with the answer I gave, if any.`, { isSubtle: true }),
      ...problemsSummary(p),
      ...field(formInput('question', 'question', v.question, options.clerkTitle), p),
    ],
    [
      execute(
        `Send to the ${options.clerkTitle}`,
        VERB.submitQuestion,
        { formId: options.formId, council: options.council, ...(v.botAnswer ? { botAnswer: v.botAnswer } : {}) },
        { style: 'positive' },
      ),
    ],
  );
}

// ---------------------------------------------------------------------------------------------
// Requests

/** Shown to the requester in place of the form once the request is in the queue. */
export function filedCard(request: ClerkRequest, notice?: string, clerkTitle = DEFAULT_CLERK_TITLE): AdaptiveCard {
  const details = receiptDetails(request, notice);
  const body: CardElement[] = [
    heading(`✅ ${filedLine(request, clerkTitle)}`),
    // The core's words in the core's order (receiptDetails), as Slack's receipt and the console say them.
    ...(details.subject === undefined ? [] : [labelled('Subject', shorten(details.subject, 200))]),
    say(`${details.routeLabel}: ${details.routeTo}.`),
    ...(details.due === undefined ? [] : [say(`${details.due}.`)]),
    ...(details.note ? [say(details.note, { isSubtle: true })] : []),
    // As in Slack and the console: the receipt first, whom it goes to and when, then what is wrong with that.
    ...(notice ? [problemText(notice)] : []),
  ];
  if (request.confidential) body.push(say(confidentialityLine(request, clerkTitle), { isSubtle: true }));
  body.push(say(nextSteps(notice, 'here', '**my requests**'), { isSubtle: true }));
  return card(body);
}

function detailsOf(request: ClerkRequest, clerkTitle = DEFAULT_CLERK_TITLE): CardElement[] {
  return detailFacts(request, clerkTitle).map(({ label, value }) => labelled(label, value));
}

/**
 * The Clerks' buttons for the moves the lifecycle allows next. Refuse asks for a reason first;
 * Resolve offers a note for the requester (optional), as Slack's Resolve modal does.
 */
function clerkMoveActions(request: ClerkRequest): CardElement[] {
  return nextClerkMoves(request.status).map((to) => {
    if (to === 'refused') return withNote(request, to, clerkMoveLabel(to, request.kind), `${refusalWords(request.kind).reasonLabel} (the requester is told it)`, { required: true, maxLength: CLOSING_NOTE_MAX, style: 'destructive' });
    if (to === 'resolved') return withNote(request, to, clerkMoveLabel(to, request.kind), 'Note for the requester (optional: where the papers are, what was decided)', { required: false, maxLength: CLOSING_NOTE_MAX, style: 'positive' });
    return execute(clerkMoveLabel(to, request.kind), VERB.move, { requestId: request.id, to });
  });
}

/** A move whose button first opens a box for words the requester is told (the card's `reason` input). */
function withNote(request: ClerkRequest, to: RequestStatus, title: string, label: string, options: { required: boolean; maxLength: number; style: 'destructive' | 'positive' }): CardElement {
  return {
    type: 'Action.ShowCard',
    title: `${title}…`,
    card: {
      type: 'AdaptiveCard',
      body: [textInput('reason', label, undefined, { required: options.required, multiline: true, maxLength: options.maxLength })],
      actions: [execute(title, VERB.move, { requestId: request.id, to }, { style: options.style })],
    },
  };
}

export interface ClerkCardOptions {
  /** The change that produced this version of the card. */
  change?: HistoryEntry;
  /** Why the last button press did nothing (e.g. a refusal without a reason). */
  problem?: string;
  /** The request's council's title for its Clerk. */
  clerkTitle?: string;
}

/**
 * A request as the Clerks' channel sees it: routing, due dates, id, status and the buttons for
 * the next moves. A complaint shows its kind, routing and id only: its details are one
 * Clerk-only button away, delivered in that Clerk's personal chat.
 */
export function clerkRequestCard(request: ClerkRequest, options: ClerkCardOptions = {}): AdaptiveCard {
  const body: CardElement[] = [heading(`${kindLabel(request.kind, options.clerkTitle)} #${request.id}`)];
  if (options.problem) body.push(problemText(options.problem));
  const facts = [
    { title: 'Status', value: statusLabel(request.status, request.kind) + (request.overdue ? ' · OVERDUE' : '') },
    { title: 'Routed to', value: routingText(request) },
  ];
  if (!request.confidential) {
    facts.push(...dueFacts(request));
  }
  body.push({ type: 'FactSet', facts });
  // The route's note under the route, as Slack's post shows it (Teams' card had none).
  if (request.routing.note) body.push(say(routeNoteText(request.routing.note, request.council), { isSubtle: true, spacing: 'Small' }));

  const actions: CardElement[] = [];
  if (request.confidential) {
    body.push(say('Confidential complaint: its details are not shown in a channel.', { isSubtle: true }));
    actions.push(execute('Show details to me privately', VERB.showDetails, { requestId: request.id }));
  } else {
    // The subject once (subjectAndDetails), as Slack's post shows it: not again under "What".
    const { subject, facts } = subjectAndDetails(request, options.clerkTitle);
    body.push(labelled('From', request.requester.name), ...(subject === undefined ? [] : [labelled('Subject', shorten(subject, 200))]), ...facts.map(({ label, value }) => labelled(label, value)));
  }

  const change = options.change;
  if (change) {
    const what = `${change.from ? statusLabel(change.from, request.kind) : 'Filed'} → ${statusLabel(change.to, request.kind)} on ${formatDate(change.at)}`;
    body.push(say(what, { isSubtle: true, separator: true }));
    if (change.note && !request.confidential) body.push(labelled('Note', change.note));
  }
  if (isOpen(request.status)) actions.push(...clerkMoveActions(request));
  return card(body, actions);
}

/**
 * A complaint about the Clerk, in the personal chat of the person configured to receive it
 * (CLERK_COMPLAINTS_USER_IDS): the whole complaint, who made it, and the buttons to act on it.
 * It never goes to the Clerks' channel.
 */
export function clerkComplaintCard(request: ClerkRequest, options: ClerkCardOptions = {}): AdaptiveCard {
  const clerkTitle = options.clerkTitle ?? DEFAULT_CLERK_TITLE;
  const body: CardElement[] = [heading(`Complaint about the ${clerkTitle} #${request.id}`)];
  if (options.problem) body.push(problemText(options.problem));
  body.push(
    {
      type: 'FactSet',
      facts: [
        { title: 'Status', value: statusLabel(request.status, request.kind) + (request.overdue ? ' · OVERDUE' : '') },
        { title: 'Routed to', value: routingText(request) },
        ...dueFacts(request),
      ],
    },
    say(`Sent to you alone, as the protocol says. The ${clerkTitle} cannot see this complaint or act on it.`, { isSubtle: true }),
    labelled('From', request.requester.name),
    ...detailsOf(request, clerkTitle),
  );
  const change = options.change;
  if (change) {
    body.push(say(`${change.from ? statusLabel(change.from, request.kind) : 'Filed'} → ${statusLabel(change.to, request.kind)} on ${formatDate(change.at)}`, { isSubtle: true, separator: true }));
    if (change.note) body.push(labelled('Note', change.note));
  }
  return card(body, isOpen(request.status) ? clerkMoveActions(request) : []);
}

/** A complaint's details for one Clerk, in their personal chat. */
export function complaintDetailsCard(request: ClerkRequest, clerkTitle = DEFAULT_CLERK_TITLE): AdaptiveCard {
  return card([
    heading(`${kindLabel(request.kind, clerkTitle)} #${request.id} — details (confidential)`),
    labelled('From', request.requester.name),
    say(`Routed to ${routingText(request)}. ${isOpen(request.status) ? dueText(request) : `Closed ${formatDate(request.updatedAt)}`}.`, { spacing: 'Small' }),
    ...detailsOf(request, clerkTitle),
  ]);
}

/** Tells the requester, in their personal chat, that their request has moved. */
export function requesterUpdateCard(request: ClerkRequest, change?: HistoryEntry, clerkTitle = DEFAULT_CLERK_TITLE): AdaptiveCard {
  // The core's words in the core's order (updateDetails), as Slack's message says them.
  const details = updateDetails(request);
  const body: CardElement[] = [
    heading(statusUpdateLine({ ...request, status: change?.to ?? request.status }, clerkTitle)),
    labelled('Subject', shorten(details.subject, 200)),
    // A closed request is no longer with anyone: where it went, and when it closed.
    say(`${details.routeLabel}: ${details.routeTo}.`, { spacing: 'Small' }),
    say(`${details.due}.`, { isSubtle: true }),
  ];
  if (change?.note) body.push(labelled(request.status === 'refused' ? 'Reason given' : 'Note', change.note));
  if (details.afterRefusal) body.push(say(details.afterRefusal, { isSubtle: true }));
  return card(body);
}

export interface ListOptions {
  /** In a channel, a complaint is shown by kind, routing and id only. */
  hideConfidential: boolean;
  /** The council's title for its Clerk ("requests with the Chief Executive"). */
  clerkTitle?: string;
}

function requestSummary(request: ClerkRequest, options: ListOptions & { showRequester: boolean }): CardElement[] {
  const hidden = request.confidential && options.hideConfidential;
  return [
    rich(
      [
        run(`#${request.id} `, { weight: 'Bolder' }),
        run(`${kindLabel(request.kind, options.clerkTitle)} · ${statusLabel(request.status, request.kind)}`),
        ...(request.overdue ? [run(' · OVERDUE', { color: 'Attention', weight: 'Bolder' })] : []),
      ],
      { separator: true },
    ),
    ...(hidden ? [say('Confidential complaint', { isSubtle: true, spacing: 'Small' })] : []),
    ...(!hidden && options.showRequester ? [labelled('From', request.requester.name)] : []),
    ...(!hidden ? literal(shorten(request.subject, 200), { isSubtle: false }) : []),
    say(`To ${routingText(request)}. ${isOpen(request.status) ? dueText(request) : `Closed ${formatDate(request.updatedAt)}`}.`, { isSubtle: true, size: 'Small', spacing: 'Small' }),
  ];
}

/** The asker's own requests, each open one with a Withdraw button. */
export function myRequestsCard(requests: ClerkRequest[], options: ListOptions): AdaptiveCard {
  const body: CardElement[] = [heading(`Your requests (${requests.length})`)];
  if (requests.length === 0) body.push(say(`You have no requests with the ${options.clerkTitle ?? DEFAULT_CLERK_TITLE}. Type **request documents** or **complaint** to file one.`));
  for (const request of requests) {
    body.push(...requestSummary(request, { ...options, showRequester: false }));
    if (isOpen(request.status)) body.push(actionSet([execute('Withdraw', VERB.move, { requestId: request.id, to: 'withdrawn' })], { spacing: 'Small' }));
  }
  return card(body);
}

export const QUEUE_CARD_LIMIT = 25;

/** The Clerks' queue: overdue requests first, then the oldest. */
/** The open queue's first page; `total` (when the queue was read a page at a time) counts them all. */
export function queueCard(requests: ClerkRequest[], options: ListOptions & { total?: number }): AdaptiveCard {
  const ordered = [...requests].sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.createdAt.localeCompare(b.createdAt) || a.id - b.id);
  const overdue = ordered.filter((r) => r.overdue).length;
  const total = Math.max(options.total ?? ordered.length, ordered.length);
  const body: CardElement[] = [heading(`Open requests (${total})${overdue > 0 ? ` — ${overdue} overdue` : ''}`)];
  if (ordered.length === 0) body.push(say(`Nothing is waiting for the ${options.clerkTitle ?? DEFAULT_CLERK_TITLE}.`));
  const shown = ordered.slice(0, QUEUE_CARD_LIMIT);
  for (const request of shown) body.push(...requestSummary(request, { ...options, showRequester: true }));
  if (total > shown.length) {
    body.push(say(`…and ${total - shown.length} more: \`protocol-bot queue list --status open\` pages through them all.`, { isSubtle: true }));
  }
  return card(body);
}

// ---------------------------------------------------------------------------------------------
// Help

/** Teams' commands, written with "the Clerk"; the help card says them in the council's words. */
export const COMMANDS: { title: string; description: string; clerkOnly?: boolean; channelOnly?: boolean }[] = [
  { title: 'ask <question>', description: "Answers from the council's protocol, quoting its clauses. You can also just type your question." },
  { title: 'request documents', description: 'A form to ask the Clerk for documents or information.' },
  { title: 'complaint', description: 'A confidential complaint form, always in our personal chat.' },
  { title: 'my requests', description: 'Your requests and where each one is; withdraw one that is still open.' },
  { title: 'queue', description: 'The open requests, overdue first.', clerkOnly: true },
  { title: 'register clerk channel', description: 'Sent in a channel: new requests are posted there from now on.', clerkOnly: true, channelOnly: true },
  { title: 'my role', description: 'Your role (councillor, officer or Clerk), which my answers follow.' },
  { title: 'set role @name officer', description: 'Sent in a channel: give someone their role (councillor, officer or clerk).', clerkOnly: true, channelOnly: true },
  { title: 'help', description: 'This list.' },
];

/** Teams' welcome and help: the core's introduction (the words the console and Slack use), then Teams' commands. */
export function helpCard(options: { council: CouncilNames; isClerk: boolean; inChannel: boolean }): AdaptiveCard {
  const body: CardElement[] = [heading(assistantTitle(options.council.name)), say(whatIDo(options.council)), say(HOW_TO_ASK)];
  if (options.inChannel) body.push(say('In a channel, @mention me first.', { isSubtle: true }));
  body.push({
    type: 'FactSet',
    facts: COMMANDS.filter((c) => options.isClerk || !c.clerkOnly).map((c) => ({ title: c.title, value: inCouncilWords(c.description, options.council.clerkTitle) + (c.clerkOnly ? ' (Clerks)' : '') })),
  });
  return card(body);
}
