/** The welcome posted the first time someone opens the bot's Messages tab. */
import { assistantTitle, CouncilNames, HOW_TO_ASK, whatIDo } from '../../../assistant/welcome';
import { escapeMrkdwn } from '../escape';
import { slackCommands } from './answers';
import { context, header, section } from './builders';
import type { KnownBlock } from './ids';

export function welcomeMessage(input: { council: CouncilNames; isClerk: boolean }): { text: string; blocks: KnownBlock[] } {
  const intro = whatIDo(input.council);
  const commands = slackCommands(input.council.clerkTitle).filter((command) => input.isClerk || !command.clerkOnly).map((command) => `• ${command.line}`);
  return {
    text: intro,
    blocks: [
      header(assistantTitle(input.council.name)),
      section(escapeMrkdwn(intro)),
      section(`${escapeMrkdwn(HOW_TO_ASK)} Type it here and I answer in a thread; in a channel, @mention me.`),
      section(`*Commands*\n${commands.join('\n')}`),
      context(`Your requests with the ${escapeMrkdwn(input.council.clerkTitle)}, and for Clerks the open queue, are on my *Home* tab.`),
    ],
  };
}
