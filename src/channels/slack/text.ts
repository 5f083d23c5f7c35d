/**
 * Fitting text into Block Kit's limits. Limits apply to the text Slack receives, i.e. after
 * escaping and quoting, so splitting measures the rendered text while cutting the raw text:
 * that way a cut never lands inside an `&amp;` entity or leaves a quoted line without its `>`.
 */

/** Block Kit limits this channel works within (api.slack.com/reference/block-kit). */
export const LIMITS = {
  sectionText: 3000,
  sectionField: 2000,
  messageBlocks: 50,
  homeBlocks: 100,
  modalBlocks: 100,
  buttonText: 75,
  buttonValue: 2000,
  headerText: 150,
  modalTitle: 24,
  privateMetadata: 3000,
  inputInitialValue: 3000,
  /** chat.postMessage's top-level `text` is truncated by Slack beyond this; keep well inside. */
  fallbackText: 3000,
} as const;

/** Splits raw text into pieces ending at a newline or a space, separators kept. */
function tokens(raw: string): string[] {
  return raw.match(/[^\n ]*(?:\n|[ ]+|$)/g)?.filter((t) => t !== '') ?? [];
}

/**
 * Cuts `raw` into chunks whose rendering is at most `limit` characters, preferring line and word
 * boundaries, and returns the rendered chunks.
 */
export function splitRendered(raw: string, render: (raw: string) => string, limit: number): string[] {
  const chunks: string[] = [];
  let current = '';
  const flush = () => {
    const trimmed = current.replace(/\s+$/, '');
    if (trimmed !== '') chunks.push(trimmed);
    current = '';
  };
  for (const token of tokens(raw)) {
    if (render((current + token).replace(/\s+$/, '')).length <= limit) {
      current += token;
      continue;
    }
    flush();
    if (render(token.replace(/\s+$/, '')).length <= limit) {
      current = token.replace(/^\n+/, '');
      continue;
    }
    // A single word longer than the limit (a pasted URL or hash): cut it by characters.
    for (const char of token) {
      if (render(current + char).length > limit) flush();
      current += char;
    }
  }
  flush();
  return chunks.map(render);
}

/** Shortens plain text to `max` characters, marking the cut with an ellipsis. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, Math.max(0, max - 1)).replace(/\s+$/, '')}…`;
}

/** A one-line version of free text, for labels and fallbacks. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
