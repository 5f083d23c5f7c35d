import type { ChannelAccount } from 'botbuilder';
import type { Asker } from '../../assistant/reply';
import type { Person, Role } from '../../queue/types';

/** What identity needs from the queue: the people it already knows. */
export interface PeopleStore {
  person(userId: string): Person | undefined;
  savePerson(person: Person): void;
}

/**
 * A Teams user's platform-qualified id. The Entra (AAD) object id is stable across chats,
 * channels and the app's reinstallation; the Bot Framework id (`29:…`) is per bot, so it is
 * only the fallback (the Emulator and some guests have no object id).
 */
export function teamsUserId(from: Pick<ChannelAccount, 'id' | 'aadObjectId'>): string {
  return `teams:${from.aadObjectId || from.id}`;
}

/** CLERK_USER_IDS may hold a Teams id as `teams:<id>`, `<aadObjectId>` or `<29:… id>`. */
function listedAsClerk(from: Pick<ChannelAccount, 'id' | 'aadObjectId'>, clerkIds: readonly string[]): boolean {
  const forms = new Set([teamsUserId(from), from.id, `teams:${from.id}`, ...(from.aadObjectId ? [from.aadObjectId] : [])]);
  return clerkIds.some((id) => forms.has(id));
}

/**
 * Who sent an activity, as the core sees them. A Clerk is listed in CLERK_USER_IDS or saved
 * with the role `clerk` (e.g. by the CLI); a saved role is kept; anyone else is a councillor.
 * A newcomer is saved so the Clerk can change their role; the env grant is not saved, so
 * removing someone from CLERK_USER_IDS takes their Clerk rights away.
 */
export function identify(from: Pick<ChannelAccount, 'id' | 'name' | 'aadObjectId'>, people: PeopleStore, clerkIds: readonly string[]): Asker {
  const userId = teamsUserId(from);
  const saved = people.person(userId);
  const name = (from.name?.trim() || saved?.name || 'Teams user').slice(0, 200);
  if (!saved || saved.name !== name) people.savePerson({ userId, name, role: saved?.role ?? 'councillor' });
  const role: Role = listedAsClerk(from, clerkIds) ? 'clerk' : (saved?.role ?? 'councillor');
  return { id: userId, name, role };
}

export const asPerson = (asker: Asker): Person => ({ userId: asker.id, name: asker.name, role: asker.role });
