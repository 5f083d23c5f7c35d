import type { ChannelAccount } from 'botbuilder';
import type { Asker } from '../../assistant/reply';
import type { Person, Role } from '../../queue/types';

/** What identity needs from the queue: the people it already knows, and the one rule for roles. */
export interface PeopleStore {
  person(userId: string): Person | undefined;
  savePerson(person: Person): void;
  /** See queue/roles.ts: CLERK_USER_IDS (in any of a user's ids), else the role the operator or a Clerk saved. */
  roleOf(userId: string, aliases?: readonly string[]): Role;
}

/**
 * A Teams user's platform-qualified id. The Entra (AAD) object id is stable across chats,
 * channels and the app's reinstallation; the Bot Framework id (`29:…`) is per bot, so it is
 * only the fallback (the Emulator and some guests have no object id).
 */
export function teamsUserId(from: Pick<ChannelAccount, 'id' | 'aadObjectId'>): string {
  return `teams:${from.aadObjectId || from.id}`;
}

/**
 * The conversation-reference key of a person as a deployer configures them (`teams:<id>`, an
 * Entra object id or a `29:` id); undefined for another platform's id.
 */
export function configuredTeamsKey(id: string | undefined): string | undefined {
  if (!id) return undefined;
  if (id.startsWith('teams:')) return id;
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id) || id.startsWith('29:') ? `teams:${id}` : undefined;
}

/**
 * Who sent an activity, as the core sees them: their role by the core's one rule
 * (queue/roles.ts), which accepts CLERK_USER_IDS as `teams:<id>`, `<aadObjectId>` or `<29:… id>`.
 * A newcomer is saved as a councillor so the Clerk can change their role; nothing here ever
 * saves a Clerk role.
 */
export function identify(from: Pick<ChannelAccount, 'id' | 'name' | 'aadObjectId'>, people: PeopleStore): Asker {
  const userId = teamsUserId(from);
  const saved = people.person(userId);
  const name = (from.name?.trim() || saved?.name || 'Teams user').slice(0, 200);
  if (!saved || saved.name !== name) people.savePerson({ userId, name, role: saved?.role ?? 'councillor' });
  const role: Role = people.roleOf(userId, [from.id]);
  return { id: userId, name, role };
}

export const asPerson = (asker: Asker): Person => ({ userId: asker.id, name: asker.name, role: asker.role });
