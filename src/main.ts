import { Assistant } from './assistant/assistant';
import { ChannelDeps, RunningChannel } from './channels/deps';
import { startConsole } from './channels/console/chat';
import { Config, ConfigError, loadStartConfig, slackConfigured, teamsConfigured } from './config';
import { createLogger, Logger } from './log';
import { ProtocolFileError, ProtocolLibrary, UnknownCouncilError } from './protocols/library';
import { IntentFileError, loadIntents } from './nlu/intents';
import { VECTORS } from './nlu/vectors';
import { OutboxDispatcher } from './queue/outbox';
import { ClerkQueue } from './queue/queue';
import { startupWarnings, watchNotifications } from './ops/watch';

/** Problems with the set-up that the person starting the bot can fix: one line, exit code 2. */
const SETUP_ERRORS = [ConfigError, UnknownCouncilError, ProtocolFileError, IntentFileError];

/** How long a stop may take (systemd and containers wait 10 s before SIGKILL). */
export const STOP_DEADLINE_MS = 8_000;

/**
 * Builds the brain and the queue once, then starts every configured channel. A start-up that
 * cannot work closes what it had opened and leaves one line and an exit code (2: the set-up,
 * 1: anything else); the caller exits on it, so a supervisor sees the failure and restarts.
 */
export async function main(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    await run(env);
  } catch (error) {
    const setup = SETUP_ERRORS.some((kind) => error instanceof kind);
    process.stderr.write(`protocol-bot: ${firstLine(error)}\n`);
    process.exitCode = setup ? 2 : 1;
  }
}

const firstLine = (error: unknown): string => String((error as Error)?.message ?? error).split('\n')[0].slice(0, 500);

async function run(env: NodeJS.ProcessEnv): Promise<void> {
  const config: Config = loadStartConfig(env);
  // In the terminal chat, info lines would interleave with the conversation: unless asked for,
  // only warnings and errors are logged there.
  const consoleOnly = !slackConfigured(config) && !teamsConfigured(config);
  const logger = createLogger(consoleOnly && env.LOG_LEVEL === undefined ? 'warn' : config.LOG_LEVEL);
  VECTORS.log = logger; // a missing or damaged word-vector table is one warning in the bot's log
  const library = ProtocolLibrary.load(config.PROTOCOLS_DIR, { cacheDir: config.MODEL_CACHE_DIR });
  library.get(config.COUNCIL); // an unknown council stops start-up, naming the known ones
  const intents = loadIntents(config.INTENTS_DIR, { cacheDir: config.MODEL_CACHE_DIR }); // a broken intent file stops it before anything opens

  // What has been opened, closed in reverse order if start-up fails part way.
  const opened: Array<() => unknown> = [];
  const closeOpened = async () => {
    for (const close of opened.reverse()) await Promise.resolve().then(close).catch(() => undefined);
  };
  try {
    const queue = ClerkQueue.open({
      backgroundCheckpoints: true,
      path: config.DATABASE_PATH,
      library,
      ackTargetDays: config.ACK_TARGET_DAYS,
      resolveTargetDays: config.RESOLVE_TARGET_DAYS,
      unansweredRetentionDays: config.UNANSWERED_RETENTION_DAYS,
      roles: { clerkIds: config.CLERK_USER_IDS, clerkComplaintsIds: config.CLERK_COMPLAINTS_USER_IDS, officerIds: config.OFFICER_USER_IDS },
    });
    opened.push(() => queue.close());
    const assistant = Assistant.create({ config, library, queue, intents });
    const deps: ChannelDeps = { config, logger, library, queue, assistant };

    const channels: RunningChannel[] = [];
    if (slackConfigured(config)) {
      const { startSlack } = await import('./channels/slack/app');
      const slack = await startSlack(deps);
      opened.push(() => slack.stop());
      channels.push(slack);
    }
    if (teamsConfigured(config)) {
      const { startTeams } = await import('./channels/teams/server');
      const teams = await startTeams(deps);
      opened.push(() => teams.stop());
      channels.push(teams);
    }
    if (channels.length === 0) {
      const console_ = startConsole(deps);
      const dispatcher = new OutboxDispatcher(queue, [console_.sender], { logger });
      dispatcher.start();
      stopOnSignal(logger, async () => {
        await Promise.all([console_.stop(), dispatcher.stop()]);
        queue.close();
      });
      await console_.closed;
      // Give notifications caused by the last lines a moment to print before closing.
      await dispatcher.runOnce();
      await dispatcher.stop();
      queue.close();
      return;
    }
    const dispatcher = new OutboxDispatcher(queue, channels.map((c) => c.sender), { logger });
    dispatcher.start();
    const watch = watchNotifications({ queue, channels, logger });
    stopOnSignal(logger, async () => {
      watch.stop();
      // Channels first: they stop taking events and finish the ones in hand (which may file
      // requests); meanwhile the outbox finishes the delivery under way and releases the rest.
      await Promise.all([...channels.map((c) => c.stop()), dispatcher.stop()]);
      queue.close();
    });
    logger.info('bot.started', { council: config.COUNCIL, channels: channels.map((c) => c.name) });
    // The doctor's checks, as warnings, once the bot is already answering.
    setImmediate(() => void startupWarnings(deps, channels, logger));
  } catch (error) {
    await closeOpened();
    throw error;
  }
}

/**
 * SIGTERM or SIGINT: stop cleanly and exit 0; exit 1 if stopping takes longer than the
 * deadline (so a supervisor's SIGKILL never comes first) or a second signal arrives.
 */
function stopOnSignal(logger: Logger, stop: () => Promise<void>): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn('bot.stop_forced', { signal });
      process.exit(1);
    }
    stopping = true;
    logger.info('bot.stopping', { signal });
    const deadline = setTimeout(() => {
      logger.error('bot.stop_timed_out', { afterMs: STOP_DEADLINE_MS });
      process.exit(1);
    }, STOP_DEADLINE_MS);
    stop().then(
      () => {
        clearTimeout(deadline);
        logger.info('bot.stopped', {});
        process.exit(0);
      },
      (error: unknown) => {
        logger.error('bot.stop_failed', { error: firstLine(error) });
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}

if (require.main === module) {
  main().then(
    () => {
      // A failed start must end the process even if a library left a timer or socket open.
      if (process.exitCode) process.exit();
    },
    (error: unknown) => {
      process.stderr.write(`protocol-bot: ${firstLine(error)}\n`);
      process.exit(1);
    },
  );
}
