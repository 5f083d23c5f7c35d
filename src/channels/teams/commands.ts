/**
 * The text commands of the manifest's commandLists. Teams inserts the command's title into the
 * compose box when a user picks it, so a command is its title, typed in any case, optionally
 * followed by its argument; anything else is a question for the assistant.
 */
export type TeamsCommand =
  | { name: 'ask'; question: string }
  | { name: 'request_documents'; what: string }
  | { name: 'complaint' }
  | { name: 'my_requests' }
  | { name: 'queue' }
  | { name: 'register_clerk_channel' }
  | { name: 'help' }
  | { name: 'question'; text: string };

/** Message text as the user meant it: mention already removed, HTML spaces and runs of spaces gone. */
export function cleanText(text: string | undefined): string {
  return (text ?? '')
    .replace(/&nbsp;/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A Map, since the key is what the user typed (`constructor` must not find Object's). */
const EXACT = new Map<string, TeamsCommand['name']>(Object.entries({
  complaint: 'complaint',
  'make a complaint': 'complaint',
  'my requests': 'my_requests',
  'my request': 'my_requests',
  queue: 'queue',
  'clerk queue': 'queue',
  'register clerk channel': 'register_clerk_channel',
  "register clerks' channel": 'register_clerk_channel',
  'register clerks channel': 'register_clerk_channel',
  help: 'help',
} satisfies Record<string, TeamsCommand['name']>));

export function parseCommand(raw: string): TeamsCommand {
  const text = cleanText(raw).replace(/^\//, '');
  const lower = text.toLowerCase();
  const bare = lower.replace(/[.!?]+$/, '').trim();
  const exact = EXACT.get(bare);
  if (exact && exact !== 'ask' && exact !== 'request_documents') return { name: exact } as TeamsCommand;

  const ask = /^ask(?:\s+|$)(.*)$/is.exec(text);
  if (ask) return { name: 'ask', question: ask[1].trim() };
  const documents = /^request\s+documents?(?:\s*:?\s+|$)(.*)$/is.exec(text);
  if (documents) return { name: 'request_documents', what: documents[1].trim() };
  return { name: 'question', text };
}
