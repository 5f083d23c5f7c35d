/**
 * Roles in chat, the same on Slack and Teams: anyone may ask their own role; a Clerk may give
 * someone else a role. The channel finds who is meant (a Slack `<@U…>` or a Teams mention) and
 * passes their platform id; the rule and the wording live here.
 */
import { ROLES, Role } from '../domain/types';
import type { ClerkQueue } from './queue';
import { QueueError } from './types';
import type { Person } from './types';

export type RoleRequest = { kind: 'show' } | { kind: 'set'; role: Role } | { kind: 'usage' };

/** A Map: looked up by the words a Clerk types ("constructor" on a plain object is Object's). */
const ROLE_WORDS: ReadonlyMap<string, Role> = new Map([
  ['councillor', 'councillor'],
  ['cllr', 'councillor'],
  ['member', 'councillor'],
  ['officer', 'officer'],
  ['clerk', 'clerk'],
]);

/** What a role command says, once the channel has taken out the mention of whom it is about. */
export function parseRoleRequest(rest: string, mentionsSomeone: boolean): RoleRequest {
  const words = rest.toLowerCase().replace(/[.!]+$/, '').split(/\s+/).filter(Boolean);
  if (!mentionsSomeone) return words.length === 0 || /^(me|mine|my|show)$/.test(words[0]) ? { kind: 'show' } : { kind: 'usage' };
  const roles = words.map((w) => ROLE_WORDS.get(w)).filter((r): r is Role => Boolean(r));
  return roles.length === 1 ? { kind: 'set', role: roles[0] } : { kind: 'usage' };
}

/** The role a word names ("cllr", "Member", "officer."), as every channel reads it; undefined for any other word. */
export const roleFromWord = (word: string): Role | undefined => ROLE_WORDS.get(word.toLowerCase().replace(/[.!]+$/, ''));

export const roleName = (role: Role): string => ({ councillor: 'a councillor', officer: 'an officer', clerk: 'a Clerk' })[role];

/** `toChange`: how to change it where the asker is; in chat, a Clerk does (the console's user sets their own). */
export function ownRoleText(role: Role, toChange = 'If that is wrong, ask a Clerk to change it.'): string {
  const what = {
    councillor: 'Answers are given for councillors.',
    officer: 'Answers are given for officers.',
    clerk: 'You can see and act on the Clerk\'s queue, and give people their roles.',
  }[role];
  return `You are ${roleName(role)} here. ${what} ${toChange}`;
}

export function usageText(command: string): string {
  return `To see your own role: \`${command}\`. A Clerk gives someone a role with \`${command} @name ${ROLES.join('|')}\`.`;
}

/** Sets the role and says what happened, in words for the Clerk; refusals are explained, not thrown. */
export function setRoleInChat(queue: Pick<ClerkQueue, 'setRole'>, by: Person, target: { userId: string; name?: string }, role: Role): string {
  try {
    const result = queue.setRole({ userId: target.userId, role, name: target.name }, by);
    const who = result.person.name;
    if (result.effective !== role) {
      return `${who} is saved as ${roleName(role)}, but remains ${roleName(result.effective)} because the bot's configuration says so (CLERK_USER_IDS, OFFICER_USER_IDS or a Slack user group): whoever runs the bot can change that.`;
    }
    return `${who} is now ${roleName(role)}.`;
  } catch (error) {
    if (error instanceof QueueError && error.code === 'forbidden') {
      return error.message.startsWith('only a Clerk') ? 'Only a Clerk can change someone\'s role.' : 'Nobody can change their own role: ask another Clerk, or whoever runs the bot.';
    }
    if (error instanceof QueueError) return `That did not work: ${error.message}.`;
    throw error;
  }
}
