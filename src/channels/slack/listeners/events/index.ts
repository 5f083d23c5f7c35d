import type { App } from '@slack/bolt';
import type { SlackContext } from '../../context';
import { appHomeOpened } from './app-home-opened';
import { appMention } from './app-mention';
import { directMessage } from './direct-message';

export function registerEvents(app: App, ctx: SlackContext): void {
  app.event('message', directMessage(ctx));
  app.event('app_mention', appMention(ctx));
  app.event('app_home_opened', appHomeOpened(ctx));
}
