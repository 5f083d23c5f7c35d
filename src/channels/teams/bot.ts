/**
 * The Teams bot: a thin activity handler. Each kind of activity has its own handler under
 * handlers/ (messages, card actions, form submissions, personal chats), registered in one place
 * (handlers/index.ts); they turn activities into calls of the assistant and the queue, and the
 * results into cards (cards.ts). No rule of its own lives here: forms and roles are the core's.
 */
import { randomUUID } from 'node:crypto';
import { AdaptiveCardInvokeResponse, AdaptiveCardInvokeValue, TeamsActivityHandler, TurnContext } from 'botbuilder';
import { cardInvoke } from './handlers/card-actions';
import { registerHandlers } from './handlers';
import type { TeamsBotDeps } from './handlers/turn';

export { CLERKS_CHANNEL_KEY, PLATFORM } from './handlers/turn';
export type { TeamsBotDeps, TeamsQueue } from './handlers/turn';

export class TeamsBot extends TeamsActivityHandler {
  private readonly tools;

  constructor(deps: TeamsBotDeps) {
    super();
    this.tools = { deps, newFormId: deps.newFormId ?? randomUUID };
    registerHandlers(this, this.tools);
  }

  protected override async onAdaptiveCardInvoke(context: TurnContext, invokeValue: AdaptiveCardInvokeValue): Promise<AdaptiveCardInvokeResponse> {
    return cardInvoke(this.tools, context, invokeValue);
  }
}
