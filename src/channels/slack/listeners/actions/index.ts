import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { ACTIONS } from '../../blocks';
import type { SlackContext } from '../../context';
import { recordFeedback } from './feedback';
import { moveRequest } from './move-request';
import { openComplaint } from './open-complaint';
import { openDocumentRequest } from './open-document-request';
import { openQuestion } from './open-question';
import { refuseRequest, resolveRequest } from './close-request';
import { showMyRequests } from './show-my-requests';
import { viewDetails } from './view-details';
import { withdrawRequest } from './withdraw-request';

export function registerActions(app: App, ctx: SlackContext): void {
  const button = (actionId: string | RegExp) => ({ type: 'block_actions' as const, action_id: actionId });
  app.action<BlockAction<ButtonAction>>(button(ACTIONS.offerDocumentRequest), openDocumentRequest(ctx));
  app.action<BlockAction<ButtonAction>>(button(ACTIONS.offerComplaint), openComplaint(ctx));
  app.action<BlockAction<ButtonAction>>(button(ACTIONS.offerQuestion), openQuestion(ctx));
  app.action<BlockAction<ButtonAction>>(button(ACTIONS.offerMyRequests), showMyRequests(ctx));
  app.action<BlockAction<ButtonAction>>(button(new RegExp(`^(${ACTIONS.feedbackHelpful}|${ACTIONS.feedbackUnhelpful})$`)), recordFeedback(ctx));
  app.action<BlockAction<ButtonAction>>(button(new RegExp(`^(${ACTIONS.acknowledge}|${ACTIONS.start})$`)), moveRequest(ctx));
  app.action<BlockAction<ButtonAction>>(button(ACTIONS.resolve), resolveRequest(ctx));
  app.action<BlockAction<ButtonAction>>(button(ACTIONS.refuse), refuseRequest(ctx));
  app.action<BlockAction<ButtonAction>>(button(ACTIONS.viewDetails), viewDetails(ctx));
  app.action<BlockAction<ButtonAction>>(button(ACTIONS.withdraw), withdrawRequest(ctx));
}
