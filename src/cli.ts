#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { ConfigError } from './config';
import { CliContext } from './cli/context';
import { EXIT, UsageError } from './cli/errors';
import { registerProtocolCommands } from './cli/protocols';
import { registerAskCommands } from './cli/ask';
import { registerQueueCommands } from './cli/queue';
import { registerRoutesCommand } from './cli/routes';
import { UnknownCouncilError, ProtocolFileError } from './protocols/library';
import { IntentFileError } from './nlu/intents';
import { QueueError } from './queue/types';

/** `protocol-bot`: every command of the assistant, for councils' IT volunteers and for checks. */
export function buildProgram(context: CliContext): Command {
  const program = new Command('protocol-bot')
    .description('Answers questions from a council\'s Member/Officer protocol and keeps the Clerk\'s queue.')
    .exitOverride();
  program
    .command('start')
    .description('start the bot: Slack and/or Teams when configured, otherwise the console chat')
    .action(async () => {
      const { main } = await import('./main');
      await main();
    });
  registerProtocolCommands(program, context);
  registerAskCommands(program, context);
  registerQueueCommands(program, context);
  registerRoutesCommand(program, context);
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
    if (USER_ERRORS.some((kind) => error instanceof kind)) {
      process.stderr.write(`protocol-bot: ${(error as Error).message}\n`);
      return EXIT.usage;
    }
    process.stderr.write(`protocol-bot: ${(error as Error).stack ?? String(error)}\n`);
    return EXIT.failed;
  }
}

if (require.main === module) {
  runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
