import os from 'node:os';
import readline from 'node:readline';
import type { ChannelDeps, RunningChannel } from '../deps';
import type { Notification, NotificationSender } from '../../queue/types';
import { ConsoleSession } from './session';
import { formatRequestLine } from './render';
import { terminalSafe } from './terminal';

/**
 * The terminal chat: `npm start` with no chat platform configured. Interactive on a terminal;
 * with stdin piped it answers one line per input line, so it can be scripted.
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
  // Lines are handled one at a time, in order, even when piped in faster than answered.
  let queueOfLines = Promise.resolve();
  rl.on('line', (line) => {
    queueOfLines = queueOfLines.then(() => {
      if (session.quit) return;
      try {
        write(session.handle(line));
      } catch (error) {
        deps.logger.error('console.failed', { error: (error as Error).message });
        write('Sorry, something went wrong answering that. Nothing was filed.');
      }
      if (session.quit) rl.close();
      else prompt();
    });
  });
  const closed = new Promise<void>((resolve) => rl.on('close', () => queueOfLines.then(() => resolve())));

  const sender: NotificationSender = {
    name: 'console',
    accepts: (n: Notification) => n.audience === 'clerks' || (n.recipient?.startsWith('console:') ?? false),
    deliver: async (n: Notification) => write(formatNotification(n)),
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

function formatNotification(n: Notification): string {
  if (n.audience === 'clerks') {
    const what = n.event === 'filed' ? 'New request' : `Request now ${n.request.status}`;
    return `[Clerks' channel] ${what}: ${formatRequestLine(n.request)}`;
  }
  if (n.audience === 'clerk_complaints') {
    const what = n.event === 'filed' ? 'A complaint about the Clerk, for you alone' : `Complaint about the Clerk now ${n.request.status}`;
    return `[Private to ${n.recipient}] ${what}: ${formatRequestLine(n.request)}`;
  }
  const note = n.change?.note ? ` Note: ${terminalSafe(n.change.note)}` : '';
  return `[Notification] Your request #${n.request.id} (${terminalSafe(n.request.subject)}) is now ${n.request.status}.${note}`;
}
