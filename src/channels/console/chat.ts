import os from 'node:os';
import readline from 'node:readline';
import type { ChannelDeps, RunningChannel } from '../deps';
import type { Notification, NotificationSender } from '../../queue/types';
import { ConsoleSession } from './session';
import { formatRequestLine } from './render';
import { clerkTitleOf, statusLabel, statusUpdateLine, updateDetails } from '../labels';
import { terminalSafe } from './terminal';

/**
 * The terminal chat: `npm start` with no chat platform configured. Interactive on a terminal, where a paste of
 * several lines is one message (`PastedLines`); with stdin piped it answers one line per input line, so it can be
 * scripted.
 */
export function startConsole(
  deps: ChannelDeps,
  io: { input: NodeJS.ReadableStream; output: NodeJS.WritableStream; interactive: boolean } = {
    input: process.stdin,
    output: process.stdout,
    interactive: Boolean(process.stdin.isTTY),
  },
): RunningChannel & { closed: Promise<void> } {
  const username = os.userInfo().username || 'you';
  const session = new ConsoleSession(
    deps.assistant,
    deps.queue,
    { userId: `console:${username}`, name: username, role: 'councillor' },
  );
  const write = (text: string) => {
    if (text) io.output.write(`${text}\n`);
  };
  const rl = readline.createInterface({ input: io.input, output: io.interactive ? io.output : undefined, terminal: io.interactive });
  const prompt = () => {
    if (io.interactive && !session.quit) rl.prompt();
  };

  write(session.greeting());
  prompt();
  // Messages are handled one at a time, in order, even when piped in faster than answered.
  let queueOfLines = Promise.resolve();
  const handle = (message: string) => {
    queueOfLines = queueOfLines.then(() => {
      if (session.quit) return;
      try {
        write(session.handle(message));
      } catch (error) {
        deps.logger.error('console.failed', { error: (error as Error).message });
        write('Sorry, something went wrong answering that. Nothing was filed.');
      }
      if (session.quit) rl.close();
      else prompt();
    });
  };
  // A terminal: a paste of several lines is one message, as Slack and Teams take it. Piped, each line is one (a script).
  const messages = io.interactive ? new PastedLines(rl, io.input, handle) : undefined;
  rl.on('line', (line) => (messages ? messages.add(line) : handle(line)));
  const closed = new Promise<void>((resolve) =>
    rl.on('close', () => {
      messages?.flush();
      void queueOfLines.then(() => resolve());
    }),
  );

  const sender: NotificationSender = {
    name: 'console',
    accepts: (n: Notification) => (n.audience === 'clerks' && !postedInAChat(deps.queue, n.requestId)) || (n.recipient?.startsWith('console:') ?? false),
    deliver: async (n: Notification) => write(formatNotification(n, clerkTitleOf(deps.library, n.request.council))),
  };
  return {
    name: 'console',
    sender,
    closed,
    stop: async () => {
      rl.close();
      await closed;
    },
  };
}

/** The platforms whose bot keeps a request's Clerks' channel post up to date (the key each saves it under). */
const CHAT_PLATFORMS = ['slack', 'teams'] as const;

/**
 * Whether a request's Clerks' channel post is in Slack or Teams: then its updates are that bot's to make, even
 * when the move was made at a console beside it on the same database (uat15: the console printed "[Clerks'
 * channel] Request now in progress" in its own terminal and the Slack card stayed at Acknowledged). A console
 * on its own, where no chat ever posted the request, still shows every Clerks' notification.
 */
function postedInAChat(queue: Pick<ChannelDeps['queue'], 'channelPost'>, requestId: number): boolean {
  return CHAT_PLATFORMS.some((platform) => queue.channelPost(requestId, platform) !== undefined);
}

/** A subject as a sentence: a full stop unless it already ends one ("… please?" is not given "?."). */
const sentence = (text: string): string => (/[.?!]["'”’)]*$/.test(text) ? text : `${text}.`);

/** A notification as a line in the terminal, in the words Slack and Teams use (statuses in words, the council's title for its Clerk). */
export function formatNotification(n: Notification, clerkTitle: string): string {
  const status = statusLabel(n.request.status, n.request.kind).toLowerCase();
  if (n.audience === 'clerks') {
    const what = n.event === 'filed' ? 'New request' : `Request now ${status}`;
    return `[Clerks' channel] ${what}: ${formatRequestLine(n.request, clerkTitle)}`;
  }
  if (n.audience === 'clerk_complaints') {
    const what = n.event === 'filed' ? `A complaint about the ${clerkTitle}, for you alone` : `Complaint about the ${clerkTitle} now ${status}`;
    return `[Private to ${n.recipient}] ${what}: ${formatRequestLine(n.request, clerkTitle)}`;
  }
  // The core's words in the core's order (updateDetails), as Slack's message and Teams' card say them; the console
  // said the subject and the note only (uat23), so a refused requester was not told where a refusal can go.
  const details = updateDetails(n.request);
  const said = `Subject: ${terminalSafe(details.subject)} · ${details.routeLabel}: ${details.routeTo} · ${details.due}.`;
  const note = n.change?.note ? ` ${n.request.status === 'refused' ? 'Reason given' : 'Note'}: ${sentence(terminalSafe(n.change.note))}` : '';
  const after = details.afterRefusal ? ` ${details.afterRefusal}` : '';
  return `[Notification] ${statusUpdateLine({ ...n.request, status: n.change?.to ?? n.request.status }, clerkTitle)} ${said}${note}${after}`;
}

/** How long a paste's reads may be apart: a terminal hands a paste over in one read or a few, well within it. */
export const PASTE_QUIET_MS = 30;

/**
 * Lines typed into a terminal, grouped into messages (uat18): the lines a read of the terminal brought together, with
 * text after them or more lines, are a paste, and one message, however many lines it has (the sixteenth session's
 * pasted email had its body answered on its own before its question). A line brought by a read of its own (an Enter
 * pressed by hand) is a message at once. A paste is sent when its reads stop; if its last line has no line break yet
 * (it waits on the edit line), the Enter that ends it sends the whole paste with it.
 */
class PastedLines {
  private pending: string[] = [];
  /** Lines that came in the read being handled. */
  private linesThisRead = 0;
  private pasting = false;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly rl: readline.Interface,
    input: NodeJS.ReadableStream,
    private readonly send: (message: string) => void,
  ) {
    // Listened to after readline's own reader, so a read's lines have been counted when its end is seen here.
    input.on('data', () => this.readEnded());
  }

  add(line: string): void {
    this.pending.push(line);
    this.linesThisRead += 1;
  }

  /** Sends what is waiting as one message (the end of a paste, or of the input). */
  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.pasting = false;
    if (this.pending.length === 0) return;
    const message = this.pending.join('\n');
    this.pending = [];
    this.send(message);
  }

  private readEnded(): void {
    const lines = this.linesThisRead;
    this.linesThisRead = 0;
    if (lines === 0 && !this.pasting) return;
    // More than one line in one read, or a line with text after it: not typed by hand.
    if (lines > 1 || (lines === 1 && this.rl.line !== '')) this.pasting = true;
    if (!this.pasting) return this.flush();
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.quiet(), PASTE_QUIET_MS);
  }

  /** The paste's reads have stopped: send it, unless its last line still waits for its Enter. */
  private quiet(): void {
    this.timer = undefined;
    if (this.rl.line === '') this.flush();
  }
}
