import { PassThrough } from 'node:stream';
import type { Assistant } from '../../src/assistant/assistant';
import { startConsole } from '../../src/channels/console/chat';
import { loadConfig } from '../../src/config';
import { silentLogger } from '../../src/log';
import type { ProtocolLibrary } from '../../src/protocols/library';
import { OutboxDispatcher } from '../../src/queue/outbox';
import type { ClerkQueue } from '../../src/queue/queue';

/** What a console on this queue prints when the outbox is dispatched once to it (its Clerks' channel lines), then quits. */
export async function printedByConsoleOutbox(deps: { library: ProtocolLibrary; queue: ClerkQueue; assistant: Assistant }): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (chunk) => (printed += chunk.toString()));
  const channel = startConsole({ config: loadConfig({}), logger: silentLogger, ...deps }, { input, output, interactive: false });
  await new OutboxDispatcher(deps.queue, [channel.sender], { logger: silentLogger }).runOnce();
  input.end('/quit\n');
  await channel.closed;
  return printed;
}
