import { Assistant } from './assistant/assistant';
import { ChannelDeps, RunningChannel } from './channels/deps';
import { startConsole } from './channels/console/chat';
import { Config, ConfigError, loadConfig, slackConfigured, teamsConfigured } from './config';
import { createLogger } from './log';
import { ProtocolFileError, ProtocolLibrary, UnknownCouncilError } from './protocols/library';
import { IntentFileError, loadIntents } from './nlu/intents';
import { OutboxDispatcher } from './queue/outbox';
import { ClerkQueue } from './queue/queue';

/** Problems with the set-up that the person starting the bot can fix: one line, exit code 2. */
const SETUP_ERRORS = [ConfigError, UnknownCouncilError, ProtocolFileError, IntentFileError];

/** Builds the brain and the queue once, then starts every configured channel. */
export async function main(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    await run(env);
  } catch (error) {
    if (!SETUP_ERRORS.some((kind) => error instanceof kind)) throw error;
    process.stderr.write(`protocol-bot: ${(error as Error).message}\n`);
    process.exitCode = 2;
  }
}

async function run(env: NodeJS.ProcessEnv): Promise<void> {
  const config: Config = loadConfig(env);
  // In the terminal chat, info lines would interleave with the conversation: unless asked for,
  // only warnings and errors are logged there.
  const consoleOnly = !slackConfigured(config) && !teamsConfigured(config);
  const logger = createLogger(consoleOnly && env.LOG_LEVEL === undefined ? 'warn' : config.LOG_LEVEL);
  const library = ProtocolLibrary.load(config.PROTOCOLS_DIR);
  library.get(config.COUNCIL); // an unknown council stops start-up, naming the known ones
  const intents = loadIntents(config.INTENTS_DIR, { cacheDir: config.MODEL_CACHE_DIR }); // a broken intent file stops it before anything opens
  const queue = ClerkQueue.open({
    backgroundCheckpoints: true,
    path: config.DATABASE_PATH,
    library,
    ackTargetDays: config.ACK_TARGET_DAYS,
    resolveTargetDays: config.RESOLVE_TARGET_DAYS,
    unansweredRetentionDays: config.UNANSWERED_RETENTION_DAYS,
    roles: { clerkIds: config.CLERK_USER_IDS, clerkComplaintsIds: config.CLERK_COMPLAINTS_USER_IDS },
  });
  const assistant = Assistant.create({ config, library, queue, intents });
  const deps: ChannelDeps = { config, logger, library, queue, assistant };

  const channels: RunningChannel[] = [];
  if (slackConfigured(config)) {
    const { startSlack } = await import('./channels/slack/app');
    channels.push(await startSlack(deps));
  }
  if (teamsConfigured(config)) {
    const { startTeams } = await import('./channels/teams/server');
    channels.push(await startTeams(deps));
  }
  let console_: ReturnType<typeof startConsole> | undefined;
  if (channels.length === 0) {
    console_ = startConsole(deps);
    channels.push(console_);
  }
  logger.info('bot.started', { council: config.COUNCIL, channels: channels.map((c) => c.name) });

  const dispatcher = new OutboxDispatcher(queue, channels.map((c) => c.sender), { logger });
  dispatcher.start();

  const shutdown = async () => {
    await dispatcher.stop();
    await Promise.all(channels.map((c) => c.stop()));
    queue.close();
  };
  process.once('SIGINT', () => void shutdown().then(() => process.exit(0)));
  process.once('SIGTERM', () => void shutdown().then(() => process.exit(0)));
  if (console_) {
    await console_.closed;
    // Give notifications caused by the last lines a moment to print before closing.
    await dispatcher.runOnce();
    await shutdown();
  }
}

if (require.main === module) {
  main().catch((error) => {
    process.stderr.write(`protocol-bot: ${(error as Error).message}\n`);
    process.exitCode = 1;
  });
}
