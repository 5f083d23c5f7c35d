/**
 * A message the bot keeps up to date as a request moves on, rather than adding a new one at each
 * step: the Clerks' channel post of each request, and the message to whoever receives complaints
 * about the Clerk. Both channels (Slack, Teams) and both messages share the steps:
 *
 *   1. a late retry that would show an older state than the saved message shows is skipped;
 *   2. otherwise the saved message, if any, is updated in place and saved as showing this state;
 *   3. otherwise a new message is sent, and where it is saved.
 *
 * They differ only in what happens when the saved message cannot be updated or a new one's id is
 * not returned: the policy.
 */

/**
 * - `one message` (the Clerks' channel post): a failed update, or a new post whose id is not
 *   returned, throws, so the outbox retries later; a second post would leave two cards with live
 *   buttons in a shared channel.
 * - `send anew` (the complaint handler's message): a failed update (the message deleted, say)
 *   sends a new message, which is the one updated from then on; a new message whose id is not
 *   returned is not saved, so the next step sends anew. The person must hear of the step either way.
 */
export type KeptMessagePolicy = 'one message' | 'send anew';

/** What happened, for the caller's log line. */
export type KeptMessageStep = 'newer_shown' | 'updated' | 'update_failed' | 'sent';

export interface KeptMessage<Post> {
  policy: KeptMessagePolicy;
  /** The saved message, when it is still the one to update (the same channel, the same person). */
  saved: Post | undefined;
  /** Which state of the request the saved message shows (its updatedAt then), if known. */
  shownIn(post: Post): string | undefined;
  /** The state to show now: the request's updatedAt. */
  shows: string;
  update(post: Post): Promise<void>;
  /** Sends a new message; where it is, or undefined when the service returned no id. */
  send(): Promise<Post | undefined>;
  /** Saves where the message is, as showing `shows`. */
  save(post: Post, shows: string): void;
  log(step: KeptMessageStep, error?: string): void;
}

export async function keepMessageUpToDate<Post>(message: KeptMessage<Post>): Promise<KeptMessageStep> {
  const { saved, shows } = message;
  if (saved !== undefined) {
    const shown = message.shownIn(saved);
    // Notifications can arrive out of order after a retry: never replace a newer state with an older one.
    if (shown && shown > shows) {
      message.log('newer_shown');
      return 'newer_shown';
    }
    try {
      await message.update(saved);
    } catch (error) {
      if (message.policy === 'one message') throw error;
      message.log('update_failed', error instanceof Error ? error.message : String(error));
      return sendNew(message);
    }
    message.save(saved, shows);
    message.log('updated');
    return 'updated';
  }
  return sendNew(message);
}

async function sendNew<Post>(message: KeptMessage<Post>): Promise<KeptMessageStep> {
  const posted = await message.send();
  if (posted !== undefined) message.save(posted, message.shows);
  else if (message.policy === 'one message') throw new Error('the new message came back without an id, so it could not be kept up to date');
  message.log('sent');
  return 'sent';
}
