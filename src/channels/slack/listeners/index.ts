import type { App } from '@slack/bolt';
import type { SlackContext } from '../context';
import { registerActions } from './actions';
import { registerCommands } from './commands';
import { registerEvents } from './events';
import { skipRetries } from './skip-retries';
import { registerViews } from './views';

/** Every listener, registered in one place (the bolt-ts-starter-template layout). */
export function registerListeners(app: App, ctx: SlackContext): void {
  app.use(skipRetries(ctx.logger));
  registerCommands(app, ctx);
  registerEvents(app, ctx);
  registerActions(app, ctx);
  registerViews(app, ctx);
}
