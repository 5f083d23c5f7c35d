import type { TeamsActivityHandler } from 'botbuilder';
import { welcome, handleMessage } from './messages';
import { rememberPersonalChat } from './private-chat';
import type { TeamsTurnTools } from './turn';

/**
 * The one place Teams handlers are registered: every turn remembers a personal chat, messages
 * go to messages.ts, and the bot being added says hello. Card buttons (an invoke) reach
 * card-actions.ts through TeamsBot.onAdaptiveCardInvoke, which botbuilder calls as a method.
 */
export function registerHandlers(bot: TeamsActivityHandler, t: TeamsTurnTools): void {
  bot.onTurn(async (context, next) => {
    rememberPersonalChat(t, context);
    await next();
  });
  bot.onMessage(async (context, next) => {
    await handleMessage(t, context);
    await next();
  });
  bot.onMembersAdded(async (context, next) => {
    const botAdded = (context.activity.membersAdded ?? []).some((m) => m.id === context.activity.recipient?.id);
    if (botAdded) await welcome(t, context);
    await next();
  });
}
