import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { SlackContext } from '../../context';
import { publishHome } from '../../home';
import { welcomeOnce } from '../../welcome';

/**
 * Opening the App Home: the Home tab shows the user's requests (and for Clerks the open queue);
 * the Messages tab, the first time, gets a welcome.
 */
export const appHomeOpened =
  (ctx: SlackContext) =>
  async ({ event, client }: SlackEventMiddlewareArgs<'app_home_opened'> & AllMiddlewareArgs): Promise<void> => {
    if (event.tab === 'messages') return welcomeOnce(ctx, client, event.user, event.channel);
    if (event.tab !== 'home') return;
    await publishHome(ctx, client, event.user);
  };
