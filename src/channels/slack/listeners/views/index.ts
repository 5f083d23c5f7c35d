import type { App, ViewSubmitAction } from '@slack/bolt';
import { VIEWS } from '../../blocks';
import type { SlackContext } from '../../context';
import { submitComplaint } from './complaint';
import { submitDocumentRequest } from './document-request';
import { submitQuestion } from './question';
import { submitRefusal, submitResolution } from './close-request';

export function registerViews(app: App, ctx: SlackContext): void {
  const submission = (callbackId: string) => ({ type: 'view_submission' as const, callback_id: callbackId });
  app.view<ViewSubmitAction>(submission(VIEWS.documentRequest), submitDocumentRequest(ctx));
  app.view<ViewSubmitAction>(submission(VIEWS.complaint), submitComplaint(ctx));
  app.view<ViewSubmitAction>(submission(VIEWS.question), submitQuestion(ctx));
  app.view<ViewSubmitAction>(submission(VIEWS.refuse), submitRefusal(ctx));
  app.view<ViewSubmitAction>(submission(VIEWS.resolve), submitResolution(ctx));
}
