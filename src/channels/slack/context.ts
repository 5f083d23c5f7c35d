import type { Assistant } from '../../assistant/assistant';
import type { Config } from '../../config';
import type { Logger } from '../../log';
import type { ProtocolLibrary } from '../../protocols/library';
import type { ChannelQueue } from '../../queue/queue';
import type { SlackIdentity } from './identity';

/** What every Slack listener is given: the core's pieces plus who is who on Slack. */
export interface SlackContext {
  config: Config;
  logger: Logger;
  library: ProtocolLibrary;
  queue: ChannelQueue;
  assistant: Assistant;
  identity: SlackIdentity;
  /** Today, for checking dates in forms; injectable for tests. */
  now: () => Date;
}
