import type { Config } from '../config';
import type { Logger } from '../log';
import type { ProtocolLibrary } from '../protocols/library';
import type { ChannelQueue } from '../queue/queue';
import type { Assistant } from '../assistant/assistant';
import type { NotificationSender } from '../queue/types';

/** What every channel is given at start-up: the one brain and the one queue. */
export interface ChannelDeps {
  config: Config;
  logger: Logger;
  library: ProtocolLibrary;
  queue: ChannelQueue;
  assistant: Assistant;
}

/** A running channel: how to deliver its notifications, and how to stop it. */
export interface RunningChannel {
  readonly name: string;
  readonly sender: NotificationSender;
  stop(): Promise<void>;
}
