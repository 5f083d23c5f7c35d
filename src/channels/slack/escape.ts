/**
 * Slack mrkdwn treats `<…>` as links and mentions (`<!channel>`, `<@U123>`) and `&` as the start
 * of an entity, so any user or protocol text we echo must have these three escaped, or a user
 * could make the bot ping a whole channel. Slack's documented escapes are exactly these.
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escaped text as a block quote: every line starts with `>` so Slack renders it quoted. */
export function quoteMrkdwn(text: string): string {
  return escapeMrkdwn(text)
    .split('\n')
    .map((line) => `>${line}`)
    .join('\n');
}
