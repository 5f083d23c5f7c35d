import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { SlackContext } from '../../context';
import { publishHome } from '../../home';

/** Opening the App Home tab: the user's requests, and for Clerks the open queue. */
export const appHomeOpened =
  (ctx: SlackContext) =>
  async ({ event, client }: SlackEventMiddlewareArgs<'app_home_opened'> & AllMiddlewareArgs): Promise<void> => {
    if (event.tab !== 'home') return;
    await publishHome(ctx, client, event.user);
  };
