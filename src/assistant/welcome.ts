/**
 * What the bot says about itself when someone meets it. The console's greeting and help, Teams'
 * welcome and help card and Slack's welcome in its Messages tab use these words, so a person
 * reads the same introduction whichever channel they meet the bot in; each channel adds only how
 * its own commands are typed.
 */

export interface CouncilNames {
  name: string;
  clerkTitle: string;
}

/** The title of a welcome or help card. */
export function assistantTitle(councilName: string): string {
  return `${councilName}: Member/Officer protocol assistant`;
}

/** What the bot does, in two sentences. */
export function whatIDo(council: CouncilNames): string {
  return (
    `I answer questions about ${council.name}'s Member/Officer protocol, quoting its clauses: who may instruct staff, ` +
    `who may see which documents, how to raise a complaint, and more. I can also pass requests to the ${council.clerkTitle}.`
  );
}

/** How to ask, with an example a councillor would recognise. */
export const HOW_TO_ASK = 'Ask a question in plain words, e.g. "Can I ask the groundsman to cut the verge?"';
