#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { ZodError } from 'zod';
import { ConfigError } from './config';
import { CliContext } from './cli/context';
import { EXIT, ReportedFailure, UsageError } from './cli/errors';
import { registerDoctorCommand } from './cli/doctor';
import { registerPeopleCommands } from './cli/people';
import { registerProtocolCommands } from './cli/protocols';
import { registerAskCommands } from './cli/ask';
import { registerQueueCommands } from './cli/queue';
import { registerRoutesCommand } from './cli/routes';
import { UnknownCouncilError, ProtocolFileError } from './protocols/library';
import { IntentFileError } from './nlu/intents';
import { QueueError } from './queue/types';

/** How to run the CLI, as docs/cli.md says: the one way that is fast and works everywhere. */
const RUNNING_IT = `
Run it from the project folder as:  bin/protocol-bot <command> [options]
(on Windows: node dist/src/cli.js <command>, the same program; \`npm run -s cli -- <command>\`
also works but npm adds about half a second; not \`npx protocol-bot\`, which reinstalls and
rebuilds the project). See docs/cli.md.`;

/**
 * What `start --help` says of its settings: it takes no options, and a first user looked there for how to choose the
 * council (uat26). The few a first start needs; the README's "Configuration" has them all.
 */
const START_SETTINGS = `
Settings are environment variables (README, "Configuration"); the ones a first start needs:
  COUNCIL=<id>                the council whose protocol answers: alsager, cottingham, flitwick (the default),
                              halstead, tewkesbury, or the id you gave \`ingest --council\`
  DATABASE_PATH=<file>        the Clerk's queue (default: var/protocol-bot.sqlite)
  PROTOCOLS_DIR=<folder>      where protocols are kept (default: data/protocols)
  CLERK_USER_IDS=console:<login>   makes you a Clerk in the console (or type /role clerk there)
For example:  COUNCIL=cottingham bin/protocol-bot start`;

/** `protocol-bot`: every command of the assistant, for councils' IT volunteers and for checks. */
export function buildProgram(context: CliContext): Command {
  const program = new Command('protocol-bot')
    .description('Answers questions from a council\'s Member/Officer protocol and keeps the Clerk\'s queue.')
    .exitOverride()
    .addHelpText('after', RUNNING_IT);
  program
    .command('start')
    .description('start the bot: Slack and/or Teams when configured, otherwise the console chat')
    .addHelpText('after', START_SETTINGS)
    .action(async () => {
      const { main } = await import('./main');
      await main();
      // A start-up that failed has printed its one line; end with its code, whatever is left open.
      if (process.exitCode) process.exit();
    });
  registerProtocolCommands(program, context);
  registerAskCommands(program, context);
  registerQueueCommands(program, context);
  registerRoutesCommand(program, context);
  registerPeopleCommands(program, context);
  registerDoctorCommand(program, context.environment);
  return program;
}

const USER_ERRORS = [UsageError, UnknownCouncilError, ConfigError, QueueError, ProtocolFileError, IntentFileError];

export async function runCli(argv: string[], context = new CliContext()): Promise<number> {
  try {
    await buildProgram(context).parseAsync(argv, { from: 'user' });
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit 0; commander has already printed its own message for the rest.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof ReportedFailure) return EXIT.failed;
    if (error instanceof ZodError) {
      // Input a command checked with zod but did not word itself: still one line, naming the option.
      const issue = error.issues[0];
      const option = issue?.path.length ? `--${String(issue.path[0]).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} ` : '';
      process.stderr.write(`protocol-bot: ${oneLine(`${option}${issue?.message ?? error.message}`)}; nothing was changed\n`);
      return EXIT.usage;
    }
    if (USER_ERRORS.some((kind) => error instanceof kind)) {
      process.stderr.write(`protocol-bot: ${oneLine((error as Error).message)}\n`);
      return EXIT.usage;
    }
    // Anything else is still one line (no stack): the cause, and the path where there is one.
    process.stderr.write(`protocol-bot: ${oneLine(describeFailure(error))}\n`);
    if (process.env.PROTOCOL_BOT_DEBUG === 'true') process.stderr.write(`${(error as Error).stack ?? ''}\n`);
    return EXIT.failed;
  }
}

const oneLine = (text: string): string => text.replace(/\s*\n[\s\S]*$/, '').slice(0, 500);

function describeFailure(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  if (!(error instanceof Error)) return String(error);
  if (e.path && !e.message.includes(e.path)) return `${e.path}: ${e.message}`;
  return e.message;
}

if (require.main === module) {
  // `protocol-bot … | head -1`: a reader that has gone is not the program's failure; stop quietly.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
  runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
