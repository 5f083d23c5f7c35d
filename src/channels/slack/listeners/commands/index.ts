import type { App } from '@slack/bolt';
import type { SlackContext } from '../../context';
import { clerkQueueCommand } from './clerk-queue';
import { complaintCommand } from './complaint';
import { myRequestsCommand } from './my-requests';
import { protocolCommand } from './protocol';
import { requestDocumentsCommand } from './request-documents';
import { roleCommand } from './role';

/** Slash command names, as in manifest/slack/manifest.yml. */
export const COMMANDS = {
  protocol: '/protocol',
  requestDocuments: '/request-documents',
  complaint: '/complaint',
  myRequests: '/my-requests',
  clerkQueue: '/clerk-queue',
  role: '/protocol-role',
} as const;

export function registerCommands(app: App, ctx: SlackContext): void {
  app.command(COMMANDS.protocol, protocolCommand(ctx));
  app.command(COMMANDS.requestDocuments, requestDocumentsCommand(ctx));
  app.command(COMMANDS.complaint, complaintCommand(ctx));
  app.command(COMMANDS.myRequests, myRequestsCommand(ctx));
  app.command(COMMANDS.clerkQueue, clerkQueueCommand(ctx));
  app.command(COMMANDS.role, roleCommand(ctx));
}
