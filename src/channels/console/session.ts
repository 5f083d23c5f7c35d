import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Assistant } from '../../assistant/assistant';
import type { Asker, Reply } from '../../assistant/reply';
import { HOW_TO_ASK, whatIDo } from '../../assistant/welcome';
import { answerPlace } from '../../assistant/alsoAsked';
import { canBeRated, ratedAnswers } from '../../assistant/rating';
import type { ChannelQueue } from '../../queue/queue';
import { FormAnswers, FormField, FORMS, checkAnswer, newRequest, readForm } from '../../queue/forms';
import { COMPLAINT_SUBJECTS, ComplaintSubject, NewRequest, Person, QueueError, REQUEST_STATUSES, RequestStatus, ROLES } from '../../queue/types';
import { complaintRoutings } from '../../queue/routing';
import { ownRoleText, roleFromWord, roleName } from '../../queue/role-command';
import { isClerk } from '../../queue/roles';
import { aboutLabel, clerkOnlyRefusal, COMPLAINT_ROUTES_HEADING, complaintFormIntro, confidentialityLine, clerkTitleOf, feedbackThanks, filedLine, inCouncilWords, nextSteps, queueMessageText, movedLine, queueOnlyForClerks, receiptDetails, REFUSED_CODE_HELP, routeNoteText, routeText } from '../labels';
import { terminalSafe } from './terminal';
import { ACTION_COMMANDS, formatReply, formatRequest, formatRequestLine } from './render';
import { declinesOffer, readTurn } from '../../conversation/turn';

/** A form the console walks through one question at a time; answers given so far are kept. */
interface PendingForm {
  kind: NewRequest['kind'];
  /** Fields still to ask, first one next. */
  steps: FormField[];
  values: FormAnswers;
  /**
   * A question for the Clerk filled in from the conversation, shown whole and waiting for a yes before it is sent: Slack
   * and Teams open their form with it to check; the console filed it at once after "yes" to "Shall I pass your question
   * to the Clerk?", though the question passed on may be the thread's reading of a short follow-up (uat18).
   */
  confirming?: boolean;
}

/** The console's commands, written with "the Clerk"; `consoleHelp` says them in the council's words. */
export const CONSOLE_HELP = [
  HOW_TO_ASK,
  'Commands:',
  '  /council <id>       switch council (/council alone lists them)',
  '  /request [what]     file a document request for the Clerk',
  '  /complaint          make a confidential complaint',
  '  /ask-clerk [text]   pass a question to the Clerk',
  '  /my-requests        your requests and their status',
  '  /helpful, /not-helpful   say whether the last answer helped',
  '  /new                start a new conversation (forget what we were talking about)',
  '  /withdraw <id>      withdraw one of your open requests',
  '  /queue              the Clerk\'s queue (clerks only)',
  '  /show <id>          a request in full, with its history',
  `  /move <id> <status> [note]   act on a request (clerks only; ${REFUSED_CODE_HELP})`,
  '  /whoami, /role <councillor|officer|clerk>, /name <your name>',
  '  /cancel             stop filling in a form (nothing is filed)',
  '  /help, /quit        (or just quit / exit)',
].join('\n');

/** The console's help for one council: "the Chief Executive" where its protocol names the Clerk so. */
export const consoleHelp = (clerkTitle: string): string => inCouncilWords(CONSOLE_HELP, clerkTitle);

/**
 * One person's conversation in the terminal, independent of readline so it can be tested and
 * scripted: `handle(line)` returns what the bot says back.
 */
export class ConsoleSession {
  private council: string;
  private form: PendingForm | null = null;
  /**
   * The last answer's offers, one per question that offered a form (a reply to two questions can offer
   * one for each), while they stand: what "yes" or a pick opens, and what a bare /complaint or /ask-clerk fills in.
   */
  private offers: ConsoleOffer[] = [];
  private lastReply: Reply | null = null;
  /** The last answer, while it can be rated (/helpful, /not-helpful): one that quoted the protocol, not yet rated. */
  private rating: { answer: Reply; rated: boolean } | null = null;
  /** This session is one conversation: follow-up questions are read in its light. */
  private readonly thread = `console:${randomUUID()}`;
  quit = false;

  constructor(
    private readonly assistant: Assistant,
    private readonly queue: ChannelQueue,
    private person: Person,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.council = assistant.defaultCouncil;
    const saved = queue.person(person.userId);
    if (saved) this.person = saved;
    this.refreshRole();
  }

  /** The role by the core's one rule (CLERK_USER_IDS, configured lists, a saved role), read afresh for each line. */
  private refreshRole(): void {
    this.person = { ...this.person, role: this.queue.roleOf(this.person.userId) };
  }

  get asker(): Asker {
    return { id: this.person.userId, name: this.person.name, role: this.person.role };
  }

  greeting(): string {
    const { name, clerkTitle } = this.assistant.library.get(this.council).council;
    return `Hello ${this.person.name}. ${whatIDo({ name, clerkTitle })} Type /help for commands.`;
  }

  /** The council's title for its Clerk: the console names the Clerk by it, as Slack and Teams do. */
  private get clerkTitle(): string {
    return this.clerkTitleFor(this.council);
  }

  /** A form's question in the council's words ("What would you like to ask the Chief Executive?"). */
  private prompt(field: FormField): string {
    return inCouncilWords(field.prompt, this.clerkTitle);
  }

  handle(input: string): string {
    const line = input.trim();
    this.refreshRole();
    if (this.form) return this.continueForm(line);
    if (line === '') return '';
    if (line.startsWith('/')) return this.command(line);
    // A terminal's habit: a bare "quit" or "exit" leaves, rather than being read as a question.
    if (/^(quit|exit)[.!]?$/i.test(line)) return this.command('/quit');
    // "yes" / "ok, file it" and "no thanks" are read by the assistant, which knows what this conversation offered.
    return this.ask(line);
  }

  private ask(text: string): string {
    const reply = this.assistant.answer(text, this.asker, { council: this.council, thread: this.thread });
    if (reply.open) return this.openAccepted(reply.open);
    // Asking which form to open answers nothing: the answer before it can still be rated.
    if (!reply.asksWhich) {
      this.lastReply = reply;
      // Rated as Slack's and Teams' 👍/👎 are offered: under an answer that quotes the protocol.
      this.rating = canBeRated(reply) ? { answer: reply, rated: false } : null;
    }
    let out = formatReply(reply);
    // Each question's first form, as the core remembers them: "yes" takes the only one, or the core asks which.
    this.offers = [];
    for (const action of reply.actions) {
      if (action.kind === 'my_requests' || this.offers.some((o) => o.forQuestion === (action.forQuestion ?? 0))) continue;
      const kind: NewRequest['kind'] = action.kind === 'document_request' ? 'document_access' : action.kind;
      const prefill: Record<string, string> = {};
      // What the offer's button fills in Slack and Teams: the sentences that ask for documents, or the thread's documents.
      if (kind === 'document_access' && action.prefill.subject) prefill.what = action.prefill.subject;
      if (kind === 'complaint' && action.prefill.about) prefill.about = action.prefill.about;
      // The question as the thread completes it ("what about the caretaker?" after the one it carries on).
      if (kind === 'question') prefill.question = action.prefill.question ?? text;
      this.offers.push({ kind, prefill, forQuestion: action.forQuestion ?? 0 });
    }
    // Asking which offer "yes" meant says so itself; otherwise the console asks its yes/no (or which) question.
    if (this.offers.length > 0 && !reply.asksWhich) out += `\n${this.offerLine()}`;
    return out;
  }

  /** "Shall I …? (yes/no)", or with a form for each of two questions, which (as "the first"/"the second" picks). */
  private offerLine(): string {
    const words = (offer: ConsoleOffer) => OFFER_WORDS[offer.kind].replace('{clerk}', this.clerkTitle);
    if (this.offers.length === 1) return `Shall I ${words(this.offers[0])}? (yes/no)`;
    const each = this.offers.map((offer) => `${words(offer)} (the ${answerPlace(offer.forQuestion)})`);
    return `Shall I ${each.slice(0, -1).join(', ')} or ${each[each.length - 1]}? (say which, or no)`;
  }

  /** The asker said yes to the last offer: its form, pre-filled from the conversation. */
  private openAccepted(action: NonNullable<Reply['open']>): string {
    const kind: NewRequest['kind'] = action.kind === 'document_request' ? 'document_access' : action.kind === 'complaint' ? 'complaint' : 'question';
    const prefill: Record<string, string> = this.offered(kind);
    if (kind === 'question' && action.prefill.question) prefill.question = action.prefill.question;
    if (kind === 'document_access' && action.prefill.subject) prefill.what = action.prefill.subject;
    if (kind === 'complaint' && action.prefill.about) prefill.about = action.prefill.about;
    return this.startOfferedForm(kind, prefill);
  }

  /**
   * A form filled from the conversation: the documents it names are shown before the next question, since the console
   * cannot show an editable field as Slack's modal and Teams' card do.
   */
  private startOfferedForm(kind: NewRequest['kind'], prefill: Record<string, string>): string {
    const said = (label: string, value: string) => `${label}: ${value} (from our conversation; /cancel if that's wrong)\n`;
    // Whom a complaint is about likewise (uat17): Slack's modal and Teams' card show it chosen; the console asked nothing.
    const known =
      kind === 'document_access' && prefill.what ? said('Documents', prefill.what) : kind === 'complaint' && prefill.about ? said('About', aboutLabel(prefill.about, this.clerkTitle)) : '';
    // A question from the conversation is sent only once the asker has read it and said yes (uat18).
    return `${known}${this.startForm(kind, prefill, kind === 'question' && Boolean(prefill.question))}`;
  }

  private command(line: string): string {
    const [name, ...rest] = line.split(/\s+/);
    const argument = rest.join(' ').trim();
    switch (name.toLowerCase()) {
      case '/help':
        return consoleHelp(this.clerkTitle);
      case '/new':
        this.offers = [];
        return this.ask('/new');
      case '/quit':
      case '/exit':
        this.quit = true;
        return 'Goodbye.';
      case '/council':
        return this.switchCouncil(argument);
      case '/request':
        return argument ? this.startForm('document_access', { what: argument }) : this.startOfferedForm('document_access', this.offered('document_access'));
      // Bare, they take up what the last answer offered, as its "You can:" line says (Slack's and Teams' buttons
      // carry it): /request fills in the documents asked for, /ask-clerk passes that question on, as "yes" would,
      // rather than asking for them to be typed again.
      case '/complaint':
        return this.startOfferedForm('complaint', this.offered('complaint'));
      // A question typed after the command is sent as typed; the offered one is shown first, as "yes" shows it.
      case '/ask-clerk':
        return argument ? this.startForm('question', { question: argument }) : this.startOfferedForm('question', this.offered('question'));
      case '/my-requests':
        return this.myRequests();
      case '/helpful':
        return this.rate(true);
      case '/not-helpful':
        return this.rate(false);
      case '/withdraw':
        return this.move(argument.split(/\s+/)[0], 'withdrawn', '', 'words');
      case '/queue':
        return this.clerkQueue(argument);
      case '/move': {
        const [id, status, ...note] = rest;
        return this.move(id, status, note.join(' '));
      }
      case '/show':
        return this.show(argument);
      case '/whoami':
        return `You are ${this.person.name} (${this.person.userId}), ${this.person.role === 'officer' ? 'an' : 'a'} ${this.person.role}, asking about ${this.assistant.councilName(this.council)}.`;
      // Alone, your role in the words Slack's /protocol-role and Teams' "my role" use; the console's user changes their own.
      case '/role':
        return argument ? this.setRole(argument) : ownRoleText(this.person.role, `To change it, type /role <${ROLES.join('|')}>.`);
      case '/name':
        if (!argument) return 'Usage: /name <your name>';
        this.person = { ...this.person, name: argument };
        // Only the name: the role saved stays what it was, never the one configuration gives today.
        this.queue.savePerson({ ...this.person, role: this.queue.person(this.person.userId)?.role ?? 'councillor' });
        return `I'll call you ${argument}.`;
      default:
        return `I don't know the command ${name}. Type /help for the list.`;
    }
  }

  /**
   * /helpful and /not-helpful: the console's 👍/👎 for the last answer, stored as the buttons' are (the feedback
   * table) and answered in the same words (`feedbackThanks`), the hand-offs named with the console's commands.
   * One rating an answer, as a button pressed once.
   */
  private rate(helpful: boolean): string {
    if (!this.rating) return 'There is no answer to rate just now: /helpful and /not-helpful rate the last answer that quoted the protocol.';
    if (this.rating.rated) return 'You have already rated that answer. Thanks.';
    const { answer } = this.rating;
    for (const rated of ratedAnswers(answer)) this.queue.recordFeedback({ userId: this.person.userId, council: answer.council.id, intent: rated.intent, helpful, clauseRefs: rated.clauseRefs });
    this.rating.rated = true;
    return feedbackThanks(helpful, answer.actions.map((a) => a.kind), this.clerkTitleFor(answer.council.id), ACTION_COMMANDS);
  }

  /** What the last answer's offer of this kind would prefill, while it stands (a "no" or a form started ends it). */
  private offered(kind: NewRequest['kind']): Record<string, string> {
    return { ...this.offers.find((offer) => offer.kind === kind)?.prefill };
  }

  private switchCouncil(id: string): string {
    const known = this.assistant.library.ids();
    if (!id) return `Councils: ${known.join(', ')}. You are asking about ${this.council}.`;
    if (!known.includes(id)) return `Unknown council "${id}". Known councils: ${known.join(', ')}.`;
    this.council = id;
    return `Now answering from ${this.assistant.councilName(id)}'s protocol.`;
  }

  private setRole(role: string): string {
    // The words Slack and Teams take ("cllr", "member"), read by the core.
    const words = role.trim().split(/\s+/);
    const wanted = words.length === 1 ? roleFromWord(words[0]) : undefined;
    if (!wanted) return `Usage: /role <${ROLES.join('|')}>`;
    // Whoever types at the console is at the server's terminal: the operator, as on the command line.
    const result = this.queue.setRole({ userId: this.person.userId, role: wanted, name: this.person.name }, 'operator');
    this.person = { ...result.person, role: result.effective };
    if (result.effective !== wanted) {
      return `Saved as ${roleName(wanted)}, but you remain ${roleName(result.effective)} because the bot's configuration says so (CLERK_USER_IDS, OFFICER_USER_IDS).`;
    }
    return `You are now ${roleName(wanted)}.`;
  }

  /** A form, its prefilled fields not asked; `confirm` shows a question filled in from the conversation before sending it. */
  private startForm(kind: NewRequest['kind'], prefill: Record<string, string>, confirm = false): string {
    this.offers = [];
    this.form = { kind, steps: FORMS[kind].fields.filter((f) => !(f.name in prefill)), values: { ...prefill } };
    const heading = `${inCouncilWords(FORM_TITLES[kind], this.clerkTitle)} (type /cancel to stop)`;
    // A complaint says what is kept confidential, and where each choice goes, before anything is typed, as Slack's modal and
    // Teams' card do: a route is never applied without the complainant having seen it.
    const title = kind === 'complaint' ? `${heading}\n${complaintFormIntro(this.clerkTitle)}\n${this.complaintRoutes(prefill.about)}` : heading;
    if (this.form.steps.length === 0 && confirm) {
      this.form.confirming = true;
      return `${title}\n${this.confirmPrompt()}`;
    }
    if (this.form.steps.length === 0) return this.submitForm();
    return `${title}\n${this.prompt(this.form.steps[0])}`;
  }

  /** Where a complaint about each kind of person goes for this complainant, or about the one already chosen. */
  private complaintRoutes(chosen: string | undefined): string {
    const routings = complaintRoutings(this.assistant.library.get(this.council).council, this.person.role);
    const shown = COMPLAINT_SUBJECTS.filter((about) => chosen === undefined || about === chosen);
    const line = (about: ComplaintSubject) => {
      const { note } = routings[about];
      return `  About ${aboutLabel(about, this.clerkTitle)}: ${routeText(routings[about], this.council)}${note ? ` — ${routeNoteText(note, this.council)}` : ''}`;
    };
    return [COMPLAINT_ROUTES_HEADING, ...shown.map(line)].join('\n');
  }

  /** The question about to be sent, whole, and how to send it, change it or stop: the console's form to check. */
  private confirmPrompt(): string {
    return `Your question: ${this.form!.values.question}\nSend it to the ${this.clerkTitle} as it is? (yes to send it, or type the question as you want it sent)`;
  }

  /**
   * The answer to "Send it … as it is?": a yes sends it, a no stops with nothing sent, anything else is the question
   * as the asker wants it sent, shown again for a yes (never sent unread: "that is fine" is not a question to file).
   */
  private confirmQuestion(line: string): string {
    const form = this.form!;
    if (readTurn(line).accepts) return this.submitForm();
    if (declinesOffer(line)) {
      this.form = null;
      return 'Cancelled; nothing was filed.';
    }
    const field = FORMS.question.fields.find((f) => f.name === 'question')!;
    const problem = checkAnswer(field, line, this.now());
    if (problem) return `${inCouncilWords(problem, this.clerkTitle)} ${this.confirmPrompt()}`;
    form.values.question = line;
    return this.confirmPrompt();
  }

  private continueForm(line: string): string {
    const form = this.form!;
    if (/^\/?cancel[.!]?$/i.test(line)) {
      this.form = null;
      return 'Cancelled; nothing was filed.';
    }
    const step = form.steps[0];
    // A command typed mid-form is never filed as an answer (the Clerk once received "cancel").
    if (line.startsWith('/')) {
      const [name] = line.split(/\s+/);
      if (/^\/(quit|exit)$/i.test(name)) {
        this.form = null;
        this.quit = true;
        return 'Cancelled; nothing was filed. Goodbye.';
      }
      const help = name.toLowerCase() === '/help' ? `${consoleHelp(this.clerkTitle)}\n` : '';
      return `${help}You are filling in a ${inCouncilWords(FORMS[form.kind].title, this.clerkTitle).replace(/^./, (c) => c.toLowerCase())}: answer the question, or type /cancel to stop. ${form.confirming ? this.confirmPrompt() : this.prompt(step)}`;
    }
    if (form.confirming) return this.confirmQuestion(line);
    const problem = checkAnswer(step, line, this.now());
    if (problem) return `${inCouncilWords(problem, this.clerkTitle)} ${this.prompt(step)}`;
    form.values[step.name] = line;
    form.steps.shift();
    return form.steps.length > 0 ? this.prompt(form.steps[0]) : this.submitForm();
  }

  /**
   * Files the form once every answer is valid. An answer that is not (a prefilled one, say) is
   * asked again with the others kept; if the queue still refuses, the form stays open.
   */
  private submitForm(): string {
    const form = this.form!;
    const v = { ...form.values };
    if (form.kind === 'question') v.botAnswer = this.lastReply?.actions.find((a) => a.kind === 'question')?.prefill.botAnswer;
    const read = readForm(form.kind, v, this.now());
    if (!read.ok) {
      // Asked again field by field: a question the form refuses (too long, say) is typed again, not confirmed.
      form.confirming = false;
      form.steps = FORMS[form.kind].fields.filter((f) => f.name in read.problems);
      const first = form.steps[0];
      return `${inCouncilWords(read.problems[first.name], this.clerkTitle)} ${this.prompt(first)}`;
    }
    try {
      const filed = this.queue.file(newRequest(form.kind, this.council, this.person, read.value, this.clerkTitleFor(this.council)));
      this.form = null;
      const notice = this.queue.filedNotice(filed);
      // The core's words in the core's order (receiptDetails), as Slack's and Teams' receipts say them.
      const details = receiptDetails(filed, notice);
      return [
        filedLine(filed, this.clerkTitleFor(filed.council)),
        ...(details.subject === undefined ? [] : [`Subject: ${terminalSafe(details.subject)}`]),
        `${details.routeLabel}: ${details.routeTo}.`,
        ...(details.due === undefined ? [] : [`${details.due}.`]),
        ...(details.note ? [details.note] : []),
        // As in Slack and Teams: whom it goes to and when, then what is wrong with that.
        ...(notice ? [notice] : []),
        ...(filed.confidential ? [confidentialityLine(filed, this.clerkTitleFor(filed.council))] : []),
        nextSteps(notice, 'here', '/my-requests'),
      ].join('\n');
    } catch (error) {
      if (error instanceof QueueError) {
        const last = FORMS[form.kind].fields[FORMS[form.kind].fields.length - 1];
        form.steps = [last];
        form.confirming = false;
        return `Not filed: ${error.message}. Your answers are kept. ${this.prompt(last)} (or /cancel)`;
      }
      throw error;
    }
  }

  /** A request's council's title for its Clerk (a request may be another council's than the one this session is on). */
  private clerkTitleFor(council: string): string {
    return clerkTitleOf(this.assistant.library, council);
  }

  private myRequests(): string {
    const mine = this.queue.list({ requesterId: this.person.userId }, this.person);
    if (mine.length === 0) return `You have no requests with the ${this.clerkTitle}.`;
    return mine.map((request) => formatRequestLine(request, this.clerkTitleFor(request.council))).join('\n');
  }

  private clerkQueue(filter: string): string {
    if (!isClerk(this.person)) return `${queueOnlyForClerks(this.clerkTitle, '/my-requests')} ${becomeClerkHint(this.clerkTitle)}`;
    const status = filter ? z.enum([...REQUEST_STATUSES, 'open']).safeParse(filter) : { success: true as const, data: 'open' as const };
    if (!status.success) return `Usage: /queue [${[...REQUEST_STATUSES, 'open'].join('|')}]`;
    const requests = this.queue.list({ status: status.data }, this.person);
    if (requests.length === 0) return `No ${status.data} requests.`;
    return requests.map((request) => formatRequestLine(request, this.clerkTitleFor(request.council))).join('\n');
  }

  private show(id: string): string {
    const n = Number(id);
    if (!Number.isInteger(n) || n <= 0) return 'Usage: /show <request id>';
    try {
      const request = this.queue.get(n, this.person);
      return formatRequest(request, this.clerkTitleFor(request.council), (userId) => this.queue.person(userId)?.name ?? userId);
    } catch (error) {
      if (error instanceof QueueError) return queueMessageText(error.message, 'codes');
      throw error;
    }
  }

  /** Whether this person may act on request `n` with the Clerk's authority (a complaint's configured handler may). */
  private actsAsClerk(n: number): boolean {
    try {
      return this.queue.actsAsClerk(n, this.person);
    } catch (error) {
      if (error instanceof QueueError) return false;
      throw error;
    }
  }

  /**
   * `/move`, and `/withdraw` through it. A refusal keeps the codes `/move` takes (its usage line lists them); `/withdraw`
   * names no status, so its refusals say them as Slack and Teams do, by kind ("Request #3 is not upheld and closed; …").
   */
  private move(id: string | undefined, status: string | undefined, note: string, statuses: 'words' | 'codes' = 'codes'): string {
    const n = Number(id);
    const parsed = z.enum(REQUEST_STATUSES).safeParse(status);
    if (!Number.isInteger(n) || n <= 0 || !parsed.success) return `Usage: /move <id> <${REQUEST_STATUSES.join('|')}> [note] (${REFUSED_CODE_HELP})`;
    // A Clerk's move by someone else: the core's refusal, as Slack and Teams word it (a Clerk is told by the queue).
    if (parsed.data !== 'withdrawn' && this.person.role !== 'clerk' && !this.actsAsClerk(n)) {
      return `${clerkOnlyRefusal(parsed.data as RequestStatus, `/withdraw ${n} withdraws it`)} ${becomeClerkHint(this.clerkTitle)}`;
    }
    try {
      const moved = this.queue.move(n, parsed.data as RequestStatus, this.person, note || undefined);
      return movedLine(moved, this.clerkTitleFor(moved.council));
    } catch (error) {
      if (error instanceof QueueError) return queueMessageText(error.message, statuses, error.kind);
      throw error;
    }
  }
}

/**
 * What the console adds to a refusal of a Clerk's command (`/queue`, `/move`): its user is at the server's terminal and
 * sets their own role (README), so a new Clerk trying the console first is told how, where Slack and Teams leave roles
 * to the deployer and the Clerks (uat26: "Only the Parish Clerk's team can see the queue." said nothing of `/role`).
 */
export const becomeClerkHint = (clerkTitle: string): string => `If you are on the ${clerkTitle}'s team, type /role clerk first: in the console you set your own role.`;

/** A form the last answer offered, as the console fills it, and which answer's it is (0 the first). */
interface ConsoleOffer {
  kind: NewRequest['kind'];
  prefill: Record<string, string>;
  forQuestion: number;
}

const OFFER_WORDS: Record<NewRequest['kind'], string> = {
  document_access: 'file a document request with the {clerk}',
  complaint: 'start a confidential complaint',
  question: 'pass your question to the {clerk}',
};

const FORM_TITLES: Record<NewRequest['kind'], string> = {
  document_access: `${FORMS.document_access.title}.`,
  complaint: `${FORMS.complaint.title}.`,
  question: `${FORMS.question.title}.`,
};
