import { ownRoleText, parseRoleRequest, setRoleInChat, usageText } from '../../../../queue/role-command';
import type { SlackContext } from '../../context';
import { slackUserId } from '../../identity';
import { CommandListener, replyPrivately } from '../shared';

/** With should_escape on, Slack writes a mention as `<@U123|name>`. */
const MENTION = /<@([UW][A-Z0-9]+)(?:\|[^>]*)?>/;

/**
 * `/protocol-role`: your own role; `/protocol-role @name officer`: a Clerk gives someone a role
 * (the rule is the core's: only a Clerk, never for themselves). Answered privately.
 */
export const roleCommand =
  (ctx: SlackContext): CommandListener =>
  async ({ command, ack, respond, client }) => {
    await ack();
    const mention = MENTION.exec(command.text);
    const request = parseRoleRequest(command.text.replace(MENTION, ' '), Boolean(mention));
    if (request.kind === 'usage') {
      await replyPrivately(respond, usageText(command.command));
      return;
    }
    if (request.kind === 'show' || !mention) {
      await replyPrivately(respond, ownRoleText(ctx.identity.role(command.user_id)));
      return;
    }
    const by = ctx.identity.personNow(command.user_id, command.user_name);
    const target = await ctx.identity.person(mention[1], client);
    const text = setRoleInChat(ctx.queue, by, { userId: slackUserId(mention[1]), name: target.name }, request.role);
    ctx.logger.info('slack.role_command', { by: command.user_id, target: mention[1], role: request.role });
    await replyPrivately(respond, text);
  };
