import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Assistant } from '../../assistant/assistant';
import type { Asker, Reply } from '../../assistant/reply';
import type { ClerkQueue } from '../../queue/requests';
import { COMPLAINT_SUBJECTS, NewRequest, Person, QueueError, REQUEST_STATUSES, RequestStatus, Role, ROLES } from '../../queue/types';
import { formatReply, formatRequest, formatRequestLine } from './render';

/** A form the console walks through one question at a time. */
interface FormStep {
  field: string;
  prompt: string;
  optional?: boolean;
  validate?: (value: string) => string | null;
}

interface PendingForm {
  kind: NewRequest['kind'];
  steps: FormStep[];
  values: Record<string, string>;
}

const isoDate = (value: string): string | null =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)) ? null : 'please give a date as YYYY-MM-DD, or leave it blank';
const oneOf = (allowed: readonly string[]) => (value: string): string | null =>
  allowed.includes(value.toLowerCase()) ? null : `please answer one of: ${allowed.join(', ')}`;

const FORMS: Record<NewRequest['kind'], FormStep[]> = {
  document_access: [
    { field: 'what', prompt: 'Which documents or information do you need?' },
    { field: 'meeting', prompt: 'Which committee or meeting are they for? (blank if none)', optional: true },
    { field: 'reason', prompt: 'Why do you need them for your role as a councillor?' },
    { field: 'neededBy', prompt: 'Needed by (YYYY-MM-DD, blank if no date)?', optional: true, validate: isoDate },
  ],
  complaint: [
    { field: 'about', prompt: `Is the complaint about an officer, a councillor or the clerk?`, validate: oneOf(COMPLAINT_SUBJECTS) },
    { field: 'whatHappened', prompt: 'What happened? (kept confidential)' },
    { field: 'outcomeSought', prompt: 'What outcome are you seeking? (blank to skip)', optional: true },
  ],
  question: [{ field: 'question', prompt: 'What would you like to ask the Clerk?' }],
};

export const CONSOLE_HELP = [
  'Ask a question in plain words, e.g. "Can I ask the groundsman to cut the verge?"',
  'Commands:',
  '  /council <id>       switch council (/council alone lists them)',
  '  /request [what]     file a document request for the Clerk',
  '  /complaint          make a confidential complaint',
  '  /ask-clerk [text]   pass a question to the Clerk',
  '  /my-requests        your requests and their status',
  '  /new                start a new conversation (forget what we were talking about)',
  '  /withdraw <id>      withdraw one of your open requests',
  '  /queue              the Clerk\'s queue (clerks only)',
  '  /move <id> <status> [note]   act on a request (clerks only)',
  '  /whoami, /role <councillor|officer|clerk>, /name <your name>',
  '  /help, /quit',
].join('\n');

/**
 * One person's conversation in the terminal, independent of readline so it can be tested and
 * scripted: `handle(line)` returns what the bot says back.
 */
export class ConsoleSession {
  private council: string;
  private form: PendingForm | null = null;
  /** The last answer's offer, accepted by a plain "yes". */
  private offer: { kind: NewRequest['kind']; prefill: Record<string, string> } | null = null;
  private lastReply: Reply | null = null;
  /** This session is one conversation: follow-up questions are read in its light. */
  private readonly thread = `console:${randomUUID()}`;
  quit = false;

  constructor(
    private readonly assistant: Assistant,
    private readonly queue: ClerkQueue,
    private person: Person,
  ) {
    this.council = assistant.defaultCouncil;
    const saved = queue.person(person.userId);
    if (saved) this.person = saved;
  }

  get asker(): Asker {
    return { id: this.person.userId, name: this.person.name, role: this.person.role };
  }

  greeting(): string {
    const { name, clerkTitle } = this.assistant.library.get(this.council).council;
    return `Hello ${this.person.name}. I answer questions about ${name}'s Member/Officer protocol, quoting its clauses, and I can pass requests to the ${clerkTitle}. Type /help for commands.`;
  }

  handle(input: string): string {
    const line = input.trim();
    if (this.form) return this.continueForm(line);
    if (line === '') return '';
    if (line.startsWith('/')) return this.command(line);
    // "yes" / "ok, file it" is read by the assistant, which knows what this conversation offered.
    if (this.offer && /^(n|no|nope|no thanks)[\s.!]*$/i.test(line)) {
      this.offer = null;
      return 'All right.';
    }
    return this.ask(line);
  }

  private ask(text: string): string {
    const reply = this.assistant.answer(text, this.asker, { council: this.council, thread: this.thread });
    if (reply.open) return this.openAccepted(reply.open);
    this.lastReply = reply;
    this.offer = null;
    let out = formatReply(reply);
    const fileable = reply.actions.find((a) => a.kind !== 'my_requests');
    if (fileable) {
      const kind = fileable.kind === 'document_request' ? 'document_access' : fileable.kind;
      const prefill: Record<string, string> = {};
      if (kind === 'complaint' && fileable.prefill.about) prefill.about = fileable.prefill.about;
      if (kind === 'question') prefill.question = text;
      this.offer = { kind: kind as NewRequest['kind'], prefill };
      const clerkTitle = this.assistant.library.get(this.council).council.clerkTitle;
      out += `\nShall I ${OFFER_WORDS[this.offer.kind].replace('{clerk}', clerkTitle)}? (yes/no)`;
    }
    return out;
  }

  /** The asker said yes to the last offer: its form, pre-filled from the conversation. */
  private openAccepted(action: NonNullable<Reply['open']>): string {
    const kind: NewRequest['kind'] = action.kind === 'document_request' ? 'document_access' : action.kind === 'complaint' ? 'complaint' : 'question';
    const prefill: Record<string, string> = { ...(this.offer?.kind === kind ? this.offer.prefill : {}) };
    if (kind === 'document_access' && action.prefill.subject) prefill.what = action.prefill.subject;
    if (kind === 'complaint' && action.prefill.about) prefill.about = action.prefill.about;
    const known = kind === 'document_access' && prefill.what ? `Documents: ${prefill.what} (from our conversation; /cancel if that's wrong)\n` : '';
    return `${known}${this.startForm(kind, prefill)}`;
  }

  private command(line: string): string {
    const [name, ...rest] = line.split(/\s+/);
    const argument = rest.join(' ').trim();
    switch (name.toLowerCase()) {
      case '/help':
        return CONSOLE_HELP;
      case '/new':
        this.offer = null;
        return this.ask('/new');
      case '/quit':
      case '/exit':
        this.quit = true;
        return 'Goodbye.';
      case '/council':
        return this.switchCouncil(argument);
      case '/request':
        return this.startForm('document_access', argument ? { what: argument } : {});
      case '/complaint':
        return this.startForm('complaint', {});
      case '/ask-clerk':
        return this.startForm('question', argument ? { question: argument } : {});
      case '/my-requests':
        return this.myRequests();
      case '/withdraw':
        return this.move(argument.split(/\s+/)[0], 'withdrawn', '');
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
      case '/role':
        return this.setRole(argument);
      case '/name':
        if (!argument) return 'Usage: /name <your name>';
        this.person = { ...this.person, name: argument };
        this.queue.savePerson(this.person);
        return `I'll call you ${argument}.`;
      default:
        return `I don't know the command ${name}. Type /help for the list.`;
    }
  }

  private switchCouncil(id: string): string {
    const known = this.assistant.library.ids();
    if (!id) return `Councils: ${known.join(', ')}. You are asking about ${this.council}.`;
    if (!known.includes(id)) return `Unknown council "${id}". Known councils: ${known.join(', ')}.`;
    this.council = id;
    return `Now answering from ${this.assistant.councilName(id)}'s protocol.`;
  }

  private setRole(role: string): string {
    const parsed = z.enum(ROLES).safeParse(role.toLowerCase());
    if (!parsed.success) return `Usage: /role <${ROLES.join('|')}>`;
    this.person = { ...this.person, role: parsed.data as Role };
    this.queue.savePerson(this.person);
    return `You are now ${parsed.data === 'officer' ? 'an' : 'a'} ${parsed.data}.`;
  }

  private startForm(kind: NewRequest['kind'], prefill: Record<string, string>): string {
    this.offer = null;
    this.form = { kind, steps: FORMS[kind].filter((s) => !(s.field in prefill)), values: { ...prefill } };
    if (this.form.steps.length === 0) return this.submitForm();
    return `${FORM_TITLES[kind]} (type /cancel to stop)\n${this.form.steps[0].prompt}`;
  }

  private continueForm(line: string): string {
    const form = this.form!;
    if (line === '/cancel') {
      this.form = null;
      return 'Cancelled; nothing was filed.';
    }
    const step = form.steps[0];
    if (line === '' && !step.optional) return `This one is needed. ${step.prompt}`;
    if (line !== '') {
      const problem = step.validate?.(line);
      if (problem) return `Sorry, ${problem}. ${step.prompt}`;
      form.values[step.field] = step.field === 'about' ? line.toLowerCase() : line;
    }
    form.steps.shift();
    return form.steps.length > 0 ? form.steps[0].prompt : this.submitForm();
  }

  private submitForm(): string {
    const form = this.form!;
    this.form = null;
    const v = form.values;
    const base = { council: this.council, requester: this.person };
    let request: NewRequest;
    if (form.kind === 'document_access') {
      request = { ...base, kind: 'document_access', subject: v.what, details: { what: v.what, meeting: v.meeting, reason: v.reason, neededBy: v.neededBy } };
    } else if (form.kind === 'complaint') {
      const about = v.about as (typeof COMPLAINT_SUBJECTS)[number];
      request = { ...base, kind: 'complaint', subject: `Complaint about ${about === 'clerk' ? 'the clerk' : `a ${about}`}`, details: { about, whatHappened: v.whatHappened, outcomeSought: v.outcomeSought } };
    } else {
      const botAnswer = this.lastReply?.actions.find((a) => a.kind === 'question')?.prefill.botAnswer;
      request = { ...base, kind: 'question', subject: v.question.slice(0, 120), details: { question: v.question, botAnswer } };
    }
    try {
      const filed = this.queue.file(request);
      const routing = filed.routing;
      return [
        `Filed as request #${filed.id}.`,
        `It goes to: ${routing.recipient}${routing.clause ? ` (${filed.council}:${routing.clause})` : ''}.${routing.note ? ` ${routing.note}` : ''}`,
        `Acknowledgement due by ${filed.acknowledgeBy.slice(0, 10)}. You'll be told of every step; /my-requests shows its status.`,
      ].join('\n');
    } catch (error) {
      if (error instanceof QueueError) return `Not filed: ${error.message}`;
      throw error;
    }
  }

  private myRequests(): string {
    const mine = this.queue.list({ requesterId: this.person.userId });
    if (mine.length === 0) return 'You have no requests with the Clerk.';
    return mine.map(formatRequestLine).join('\n');
  }

  private clerkQueue(filter: string): string {
    if (this.person.role !== 'clerk') return 'The queue is for the Clerk. /my-requests shows your own requests.';
    const status = filter ? z.enum([...REQUEST_STATUSES, 'open']).safeParse(filter) : { success: true as const, data: 'open' as const };
    if (!status.success) return `Usage: /queue [${[...REQUEST_STATUSES, 'open'].join('|')}]`;
    const requests = this.queue.list({ status: status.data });
    if (requests.length === 0) return `No ${status.data} requests.`;
    return requests.map(formatRequestLine).join('\n');
  }

  private show(id: string): string {
    const n = Number(id);
    if (!Number.isInteger(n) || n <= 0) return 'Usage: /show <request id>';
    try {
      return formatRequest(this.queue.get(n, this.person));
    } catch (error) {
      if (error instanceof QueueError) return error.message;
      throw error;
    }
  }

  private move(id: string | undefined, status: string | undefined, note: string): string {
    const n = Number(id);
    const parsed = z.enum(REQUEST_STATUSES).safeParse(status);
    if (!Number.isInteger(n) || n <= 0 || !parsed.success) return `Usage: /move <id> <${REQUEST_STATUSES.join('|')}> [note]`;
    try {
      const moved = this.queue.move(n, parsed.data as RequestStatus, this.person, note || undefined);
      return `Request #${moved.id} is now ${moved.status}.`;
    } catch (error) {
      if (error instanceof QueueError) return error.message;
      throw error;
    }
  }
}

const OFFER_WORDS: Record<NewRequest['kind'], string> = {
  document_access: 'file a document request with the {clerk}',
  complaint: 'start a confidential complaint',
  question: 'pass your question to the {clerk}',
};

const FORM_TITLES: Record<NewRequest['kind'], string> = {
  document_access: 'Document request.',
  complaint: 'Confidential complaint.',
  question: 'Question for the Clerk.',
};
