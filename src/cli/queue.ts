import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { z } from 'zod';
import { CliContext } from './context';
import { UsageError } from './errors';
import { terminalSafe } from '../channels/console/terminal';
import { clerkTitleOf, kindLabel, movedLine, routeLabel, REFUSED_CODE_HELP, routeNoteText, routeText } from '../channels/labels';
import { FormAnswers, newRequest, readForm } from '../queue/forms';
import { ClerkQueue } from '../queue/queue';
import { isAboutTheClerk } from '../queue/roles';
import {
  ClerkRequest,
  COMPLAINT_SUBJECTS,
  HistoryEntry,
  NewRequest,
  Person,
  REQUEST_KINDS,
  REQUEST_STATUSES,
  ROLES,
} from '../queue/types';

/**
 * `queue file|list|show|move|export|purge` and `db backup`: the Clerk's queue from the command
 * line. This is also the contract for outside checks: `--json` prints the request object(s) on
 * stdout; bad input exits with code 2, one line on stderr, and nothing written — every option
 * is checked (zod) before the database is opened, and every write is one transaction.
 */
export function registerQueueCommands(program: Command, context: CliContext): void {
  const queue = oneLineErrors(new Command('queue').description("the Clerk's queue: file, list, show, move, export and purge requests"));
  const db = oneLineErrors(new Command('db').description('the queue database'));
  program.addCommand(queue).addCommand(db);

  queue
    .command('file')
    .description('file a request for the Clerk, routed by the council\'s protocol')
    .option('--kind <kind>', `request kind: ${REQUEST_KINDS.join(', ')}`)
    .option('--from <user-id>', 'who is filing it, e.g. console:jo or slack:U123')
    .option('--name <name>', "the requester's name")
    .option('--role <role>', `the requester's role: ${ROLES.join(', ')}`)
    .option('--council <id>', 'council id, e.g. flitwick')
    .option('--subject <text>', "one line for lists (default: the first words of --details; a complaint's subject only ever says whom it is about)")
    .option('--details <text>', 'what is wanted (document request), what happened (complaint) or the question (default: --subject)')
    .option('--about <who>', `for a complaint, whom it is about: ${COMPLAINT_SUBJECTS.join(', ')}`)
    .option('--json', 'print the new request as JSON')
    .action((raw: { from?: unknown }) => {
      refuseBareUserId(context, '--from', raw.from);
      const options = parseOptions(fileOptionsSchema, raw);
      if (!context.library.has(options.council)) {
        throw new UsageError(`--council "${options.council}" is not a known council; known councils: ${context.library.ids().join(', ')}`);
      }
      const request = toNewRequest(options, context.library);
      const filed = withQueue(context, (q) => q.file(request));
      // The chat receipts' words (the kind in words, the Clerk by the council's title, the route with its clause), not the kind's code (uat20).
      print(options.json, filed, () => `${kindLabel(filed.kind, clerkTitleOf(context.library, filed.council))} #${filed.id} filed. ${routeLabel(filed.status)} ${routeText(filed.routing, filed.council)}.`);
    });

  queue
    .command('list')
    .description('list requests, overdue first, then oldest first: a page at a time (--limit, default 50), with the total and the next page\'s --cursor; --all for everything')
    .option('--status <status>', `open, or one of ${REQUEST_STATUSES.join(', ')}`)
    .option('--from <user-id>', "only this person's requests")
    .option('--council <id>', "only this council's requests")
    .option('--limit <n>', 'requests per page (default 50, at most 1000)')
    .option('--cursor <cursor>', 'the next page, as the previous page named it')
    .option('--all', 'every matching request, read a page at a time (for exports and scripts)')
    .option('--json', 'print a JSON array of requests')
    .action((raw: { from?: unknown }) => {
      refuseBareUserId(context, '--from', raw.from);
      const options = parseOptions(listOptionsSchema, raw);
      if (options.council && !context.library.has(options.council)) {
        throw new UsageError(`--council "${options.council}" is not a known council; known councils: ${context.library.ids().join(', ')}`);
      }
      if (options.all && options.cursor) throw new UsageError('--all lists everything: it takes no --cursor');
      const filter = { status: options.status, requesterId: options.from, council: options.council };
      withQueue(context, (q) => {
        // A complaint about the Clerk that nobody is configured to receive has reached nobody: the operator must know.
        const flagged = (requests: ClerkRequest[]) => requests.map((r) => (isAboutTheClerk(r) && !q.addressedToSomeone(r.id) ? { ...r, undeliverable: true } : r));
        if (options.all) {
          // Page by page to stdout, so that memory stays flat however long the queue is.
          let cursor: string | undefined;
          let first = true;
          let count = 0;
          if (options.json) process.stdout.write('[');
          do {
            const page = q.page(filter, COMMAND_LINE, { operator: true, limit: STREAM_PAGE, cursor });
            for (const request of flagged(page.requests)) {
              process.stdout.write(options.json ? `${first ? '\n' : ',\n'}${JSON.stringify(request)}` : `${listLine(request)}\n`);
              first = false;
              count += 1;
            }
            cursor = page.next;
          } while (cursor);
          if (options.json) process.stdout.write(first ? ']\n' : '\n]\n');
          else if (count === 0) process.stdout.write('No requests.\n');
          return;
        }
        const page = q.page(filter, COMMAND_LINE, { operator: true, limit: options.limit, cursor: options.cursor });
        const requests = flagged(page.requests);
        const more = page.next ? `Next page: protocol-bot queue list${listArguments(options)} --cursor ${page.next}` : undefined;
        if (options.json) {
          process.stdout.write(`${JSON.stringify(requests, null, 2)}\n`);
          if (more) process.stderr.write(`${requests.length} of ${page.total} shown. ${more}\n`);
          return;
        }
        const lines = requests.map(listLine);
        if (requests.length === 0) lines.push(page.total === 0 ? 'No requests.' : 'No more requests.');
        else if (requests.length < page.total) lines.push('', `${requests.length} shown of ${page.total.toLocaleString('en-GB')}.${more ? ` ${more}` : ''}`);
        process.stdout.write(`${lines.join('\n')}\n`);
      });
    });

  queue
    .command('show <id>')
    .description('one request with its history')
    .option('--json', 'print the request, with its history, as JSON')
    .action((id: string, raw: unknown) => {
      const requestId = parseId(id);
      const options = parseOptions(jsonOnlySchema, raw);
      const request = withQueue(context, (q) => q.get(requestId, COMMAND_LINE, { operator: true }));
      print(options.json, request, () => showText(request));
    });

  queue
    .command('move <id> [status]')
    .description(`move a request: acknowledged, in_progress, resolved, refused (with --note; ${REFUSED_CODE_HELP}) or withdrawn (by its requester); the status after the id, as the chat's /move takes it, or as --to`)
    .option('--to <status>', `the new status: ${REQUEST_STATUSES.filter((s) => s !== 'new').join(', ')}`)
    .option('--by <user-id>', 'who is moving it; a Clerk if in CLERK_USER_IDS or given the role by the operator')
    .option('--note <text>', 'a note for the history (a refusal needs one)')
    .option('--json', 'print the moved request as JSON')
    .action((id: string, status: string | undefined, raw: { to?: string; by?: unknown }) => {
      const requestId = parseId(id);
      refuseBareUserId(context, '--by', raw.by);
      // Clerks know `/move 12 acknowledged` from the chat: the same words work here.
      if (status !== undefined && raw.to !== undefined && raw.to !== status) throw new UsageError(`the new status is given twice, as "${status}" and as --to ${raw.to}: give it once`);
      const options = parseOptions(moveOptionsSchema, { ...raw, to: raw.to ?? status });
      const moved = withQueue(context, (q) => {
        // Their role by the one rule (CLERK_USER_IDS, else a granted role): someone the queue
        // has never seen acts as a councillor and may only withdraw their own.
        const actor: Person = { userId: options.by, name: q.person(options.by)?.name ?? options.by, role: q.roleOf(options.by) };
        return q.move(requestId, options.to, actor, options.note);
      });
      // The chat's words for the move (a complaint refused is "not upheld"), as `file` says the receipt's.
      print(options.json, moved, () => movedLine(moved, clerkTitleOf(context.library, moved.council)));
    });

  queue
    .command('export')
    .description('everything held about one person, as JSON (for a subject access request)')
    .option('--from <user-id>', 'whose data to export')
    .option('--json', 'JSON output (the default; accepted for symmetry)')
    .action((raw: { from?: unknown }) => {
      refuseBareUserId(context, '--from', raw.from);
      const options = parseOptions(exportOptionsSchema, raw);
      const held = withQueue(context, (q) => q.exportPerson(options.from));
      process.stdout.write(`${JSON.stringify(held, null, 2)}\n`);
    });

  queue
    .command('purge')
    .description('delete requests closed more than <days> days ago (open ones are kept) and expired unanswered questions')
    .option('--older-than <days>', 'days since the request was closed')
    .option('--json', 'print the counts as JSON')
    .action((raw: unknown) => {
      const options = parseOptions(purgeOptionsSchema, raw);
      const purged = withQueue(context, (q) => q.purge(options.olderThan));
      print(options.json, purged, () =>
        `Purged ${purged.requests} closed request(s) with ${purged.history} history and ${purged.outbox} notification row(s), ` +
        `and ${purged.unanswered} expired unanswered question(s).`,
      );
    });

  db.command('backup <file>')
    .description('copy the database to <file> while the bot keeps running (an online backup)')
    .option('--json', 'print {file, pages} as JSON')
    .action(async (file: string, raw: unknown) => {
      const options = parseOptions(jsonOnlySchema, raw);
      const target = parseOptions(backupFileSchema, { file }).file;
      const source = context.config.DATABASE_PATH;
      if (!fs.existsSync(source)) throw new UsageError(`there is no database at ${source} yet, so nothing to back up`);
      if (fs.existsSync(target)) throw new UsageError(`${target} already exists; name a new file so no backup is overwritten`);
      if (path.resolve(target) === path.resolve(source)) throw new UsageError('the backup must be a different file from the database');
      makeFolders(path.dirname(path.resolve(target)));
      const queueForBackup = openQueue(context);
      try {
        const { pages } = await queueForBackup.backup(target).catch((error: unknown) => {
          throw new UsageError(`cannot write the backup at ${target} (${fileProblem(error)}); choose a folder you may write to`);
        });
        print(options.json, { file: target, pages }, () => `Backed up ${source} to ${target} (${pages} pages).`);
      } finally {
        queueForBackup.close();
      }
    });
}

/** The command line acts with the Clerk's authority to read; moves name their actor with --by. */
const COMMAND_LINE: Person = { userId: 'cli', name: 'command line', role: 'clerk' };

// ---- input: zod schemas for each command's options ----

const given = (what: string) => (issue: { input: unknown }) => (issue.input === undefined ? `is required (${what})` : `must be ${what}`);
const requiredText = (what: string, max: number) =>
  z.string({ error: given(what) }).trim().min(1, 'must not be empty').max(max, `is too long (at most ${max} characters)`);
const optionalText = (what: string, max: number) => requiredText(what, max).optional();
/**
 * A person as the queue keys them. A bare id ("U0123ABCD", "jo") matches nobody, so an export
 * would say nothing is held and a list would be empty: it is refused (see userIdHint).
 */
const USER_PLATFORMS = ['slack', 'teams', 'console'] as const;
export const USER_ID_FORM = new RegExp(`^(${USER_PLATFORMS.join('|')}):[^\\s:]\\S{0,199}$`);
export const USER_ID_FORMS = 'slack:U0123ABCD, teams:<id> or console:<name>, as `people list` shows them';
const userIdText = (what: string) => requiredText(what, 200).regex(USER_ID_FORM, `must be a user id such as ${USER_ID_FORMS}`);
const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: (issue) => (issue.input === undefined ? `is required: use one of ${values.join(', ')}` : `must be one of ${values.join(', ')}`) });
const json = z.boolean().optional();
const councilId = z
  .string({ error: given('a council id such as flitwick') })
  .trim()
  .regex(/^[a-z][a-z0-9-]{1,39}$/, 'must be a council id such as flitwick');

const fileOptionsSchema = z
  .object({
    kind: oneOf(REQUEST_KINDS),
    from: userIdText('a user id such as console:jo'),
    name: requiredText("the requester's name", 200),
    role: oneOf(ROLES),
    council: councilId,
    subject: optionalText('one line saying what it is about', 200),
    details: optionalText('the details', 5000),
    about: oneOf(COMPLAINT_SUBJECTS).optional(),
    json,
  })
  .superRefine((options, ctx) => {
    if (!options.subject && !options.details) {
      ctx.addIssue({ code: 'custom', path: ['details'], message: 'or --subject is required: say what is wanted, what happened or the question' });
    }
    if (options.kind === 'complaint' && !options.about) {
      ctx.addIssue({ code: 'custom', path: ['about'], message: `is required for a complaint: use one of ${COMPLAINT_SUBJECTS.join(', ')}` });
    }
    if (options.kind !== 'complaint' && options.about) {
      ctx.addIssue({ code: 'custom', path: ['about'], message: 'only applies to --kind complaint' });
    }
  });
type FileOptions = z.output<typeof fileOptionsSchema>;

const listOptionsSchema = z.object({
  status: oneOf(['open', ...REQUEST_STATUSES] as const).optional(),
  from: userIdText('a user id').optional(),
  council: councilId.optional(),
  limit: z.coerce.number({ error: 'must be a whole number' }).int('must be a whole number').min(1, 'must be at least 1').max(1000, 'must be at most 1000').optional(),
  cursor: optionalText('a cursor', 200),
  all: z.boolean().optional(),
  json,
});

/** Rows read per page by `queue list --all`. */
const STREAM_PAGE = 500;

/** The filters of a list, as options again, for the "next page" line. */
function listArguments(options: z.output<typeof listOptionsSchema>): string {
  const parts = [
    options.status ? ` --status ${options.status}` : '',
    options.from ? ` --from ${options.from}` : '',
    options.council ? ` --council ${options.council}` : '',
    options.limit ? ` --limit ${options.limit}` : '',
  ];
  return parts.join('');
}

const moveOptionsSchema = z.object({
  to: oneOf(REQUEST_STATUSES),
  by: userIdText('the user id of whoever is moving it'),
  note: optionalText('a note', 2000),
  json,
});

const exportOptionsSchema = z.object({ from: userIdText('the user id whose data to export'), json });

const purgeOptionsSchema = z.object({
  olderThan: z
    .string({ error: given('a number of days') })
    .trim()
    .regex(/^\d{1,5}$/, 'must be a whole number of days, e.g. 365')
    .transform(Number),
  json,
});

const jsonOnlySchema = z.object({ json });
const backupFileSchema = z.object({ file: requiredText('a file name for the backup', 4096) });

/** Parses commander's options object; the first problem becomes one line naming the option. */
function parseOptions<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const key = String(issue.path[0] ?? '');
  const flag = key === 'file' ? '<file>' : `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
  throw new UsageError(`${flag} ${issue.message}; nothing was changed`);
}

function parseId(text: string): number {
  if (!/^\d{1,15}$/.test(text.trim()) || Number(text) < 1) {
    throw new UsageError(`"${text}" is not a request id (a whole number such as 12); nothing was changed`);
  }
  return Number(text);
}

/**
 * The request the core's form makes of these options: the same field limits and subject rule as
 * the console, Slack and Teams (a complaint's subject names only whom it is about). An operator's
 * --subject replaces the made one for other kinds.
 */
function toNewRequest(options: FileOptions, library: CliContext['library']): NewRequest {
  const requester: Person = { userId: options.from, name: options.name, role: options.role };
  // superRefine guarantees one of the two.
  const text = (options.details ?? options.subject)!;
  const answers: FormAnswers =
    options.kind === 'document_access' ? { what: text } : options.kind === 'complaint' ? { about: options.about!, whatHappened: text } : { question: text };
  const form = readForm(options.kind, answers);
  if (!form.ok) {
    const problem = Object.values(form.problems)[0];
    throw new UsageError(`${options.details !== undefined ? '--details' : '--subject'}: ${problem.replace(/\.$/, '')}; nothing was changed`);
  }
  const request = newRequest(options.kind, options.council, requester, form.value, clerkTitleOf(library, options.council));
  return options.kind !== 'complaint' && options.subject ? { ...request, subject: options.subject } : request;
}

// ---- the database ----

function openQueue(context: CliContext): ClerkQueue {
  const config = context.config;
  // Loaded when a queue command runs, so that `ask` and `classify` never load SQLite.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { ClerkQueue } = require('../queue/queue') as typeof import('../queue/queue');
  return ClerkQueue.open({
    path: config.DATABASE_PATH,
    library: context.library,
    ackTargetDays: config.ACK_TARGET_DAYS,
    resolveTargetDays: config.RESOLVE_TARGET_DAYS,
    unansweredRetentionDays: config.UNANSWERED_RETENTION_DAYS,
    roles: { clerkIds: config.CLERK_USER_IDS, clerkComplaintsIds: config.CLERK_COMPLAINTS_USER_IDS, officerIds: config.OFFICER_USER_IDS },
  });
}

/**
 * Refuses a user-id option given without its platform, naming the ids the queue holds for it
 * (uat12: \`queue export --from UCLLR\` printed an empty export for someone with requests, as
 * slack:UCLLR). The database is only read when it exists: a usage error creates nothing.
 */
function refuseBareUserId(context: CliContext, flag: string, given: unknown): void {
  if (typeof given !== 'string' || given.trim() === '' || given.includes(':')) return;
  const bare = given.trim();
  const held = fs.existsSync(context.config.DATABASE_PATH)
    ? withQueue(context, (q) => USER_PLATFORMS.map((platform) => `${platform}:${bare}`).filter((id) => holdsAnything(q.exportPerson(id))))
    : [];
  const meant = held.length > 0 ? `did you mean ${held.join(' or ')}? Ids` : 'ids';
  throw new UsageError(`${flag} "${terminalSafe(bare)}" is not a user id: ${meant} look like ${USER_ID_FORMS}; nothing was changed`);
}

function holdsAnything(held: ReturnType<ClerkQueue['exportPerson']>): boolean {
  return Boolean(held.person) || [held.requests, held.actions, held.feedback, held.unanswered, held.welcomed].some((rows) => rows.length > 0);
}

export function withQueue<T>(context: CliContext, use: (queue: ClerkQueue) => T): T {
  const queue = openQueue(context);
  try {
    return use(queue);
  } finally {
    queue.close();
  }
}

/**
 * Creates the backup's missing folders one level at a time. (Node's recursive mkdir never
 * returns under /proc, where mkdir answers ENOENT for a parent that exists.)
 */
function makeFolders(folder: string): void {
  const missing: string[] = [];
  let at = folder;
  for (;;) {
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(at);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new UsageError(`cannot use the folder ${at} (${fileProblem(error)})`);
    }
    if (stat) {
      if (!stat.isDirectory()) throw new UsageError(`${at} is a file, not a folder; choose another place for the backup`);
      break;
    }
    const parent = path.dirname(at);
    if (parent === at) break;
    missing.unshift(at);
    at = parent;
  }
  for (const dir of missing) {
    try {
      fs.mkdirSync(dir, { mode: 0o700 });
    } catch (error) {
      throw new UsageError(`cannot create the folder ${dir} for the backup (${fileProblem(error)}); choose a folder you may write to`);
    }
  }
}

const FILE_PROBLEMS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'not permitted',
  EROFS: 'read-only file system',
  ENOENT: 'no such folder',
  ENOTDIR: 'a part of the path is a file',
  ENOSPC: 'no space left',
  EEXIST: 'already exists',
};
function fileProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  return FILE_PROBLEMS[code] ?? String((error as Error).message ?? error).split('\n')[0].slice(0, 120);
}

// ---- output ----

function print(asJson: boolean | undefined, value: unknown, text: () => string): void {
  process.stdout.write(asJson ? `${JSON.stringify(value, null, 2)}\n` : `${text()}\n`);
}

function listLine(request: ClerkRequest & { undeliverable?: boolean }): string {
  const flags = [
    request.overdue ? 'OVERDUE' : '',
    request.confidential ? 'confidential' : '',
    request.undeliverable ? 'UNDELIVERABLE: nobody in CLERK_COMPLAINTS_USER_IDS receives it' : '',
  ]
    .filter(Boolean)
    .join(', ');
  return terminalSafe([
    `#${request.id}`.padEnd(6),
    request.status.padEnd(12),
    request.kind.padEnd(15),
    request.council.padEnd(11),
    `${request.requester.name} (${request.requester.userId})`,
    `— ${request.subject}`,
    `→ ${request.routing.recipient}`,
    flags ? `[${flags}]` : '',
  ]
    .filter(Boolean)
    .join(' '));
}

function showText(request: ClerkRequest & { history: HistoryEntry[] }): string {
  const lines = [
    `Request #${request.id}: ${request.subject}`,
    `  kind: ${request.kind}${request.confidential ? ' (confidential)' : ''}    council: ${request.council}    status: ${request.status}${request.overdue ? ' (OVERDUE)' : ''}`,
    `  from: ${request.requester.name} (${request.requester.userId}, ${request.requester.role})`,
    // The route and its note in the chat's words: one clause, one form (uat23: "(flitwick clause 59)" here).
    `  for: ${routeText(request.routing, request.council)}${request.routing.note ? ` — ${routeNoteText(request.routing.note, request.council)}` : ''}`,
    `  filed: ${request.createdAt}    acknowledge by: ${request.acknowledgeBy}    resolve by: ${request.resolveBy}`,
    `  details: ${JSON.stringify(request.details)}`,
    '  history:',
    ...request.history.map((h) => `    ${h.at}  ${h.by}: ${h.from ?? '(filed)'} → ${h.to}${h.note ? ` — ${h.note}` : ''}`),
  ];
  // Each line made safe on its own, so the lines themselves stay lines.
  return lines.map(terminalSafe).join('\n');
}

/**
 * Commander prints its own errors (unknown option, missing argument) and, by the program's
 * setting, help after them: two lines or more. The contract is one line on stderr, so these
 * commands fold the hint into the error line. They are built with `new Command` and added with
 * `addCommand` because `.command()` would share (and this would change) the program's output
 * settings; their own subcommands inherit these.
 */
export function oneLineErrors(command: Command): Command {
  return command
    .exitOverride()
    .showHelpAfterError(false)
    .allowExcessArguments(false)
    .configureOutput({
      outputError: (message, write) => write(`${message.trim().split('\n')[0]} (run with --help for usage)\n`),
    });
}
