import type { Person, Role } from '../domain/types';
import type { ClerkRequest } from './types';

/** Who the deployer named, in the environment: the only source of Clerk rights besides a granted role. */
export interface RoleConfig {
  /** CLERK_USER_IDS: platform ids as the deployer wrote them (`U123`, `slack:U123`, `teams:<id>`, an Entra object id…). */
  clerkIds: readonly string[];
  /** CLERK_COMPLAINTS_USER_IDS: who receives a complaint about the Clerk, in the same forms. */
  clerkComplaintsIds: readonly string[];
  /** OFFICER_USER_IDS: officers, in the same forms (optional). */
  officerIds?: readonly string[];
}

/**
 * Roles a platform says someone has (e.g. membership of a Slack user group the deployer named
 * in SLACK_CLERK_GROUP or SLACK_OFFICER_GROUP), refreshed by the channel.
 */
export interface PlatformRoleSource {
  roleOf(userId: string): Role | undefined;
}

const RANK: Record<Role, number> = { councillor: 0, officer: 1, clerk: 2 };
const higher = (a: Role, b: Role): Role => (RANK[a] >= RANK[b] ? a : b);

const PREFIX = /^(slack|teams|console):/;
/** `slack:U123` → `U123`; an id with no platform prefix is its own bare form. */
const bare = (userId: string): string => userId.replace(PREFIX, '');
const platformOf = (userId: string): string | undefined => PREFIX.exec(userId)?.[1];

/**
 * Whether a user is in a configured list. `userId` is platform-qualified (`slack:U123`);
 * `aliases` are other ids the platform gave them (a Teams `29:` id). A listed id with a
 * platform prefix matches only on that platform; a bare one (`U123`) as the deployer copied it.
 */
export function listedIn(ids: readonly string[], userId: string, aliases: readonly string[] = []): boolean {
  return ids.some((id) => {
    const platform = platformOf(id);
    if (platform === undefined) return id === bare(userId) || aliases.includes(id);
    return id === userId || (platform === platformOf(userId) && aliases.includes(bare(id)));
  });
}

/** Whether a request is a complaint about the Clerk: the Clerk may neither read nor act on it. */
export function isAboutTheClerk(request: Pick<ClerkRequest, 'kind' | 'details'>): boolean {
  return request.kind === 'complaint' && (request.details as { about?: string }).about === 'clerk';
}

/** The one test of Clerk rights on a Person whose role came from `Roles.roleOf`. */
export const isClerk = (person: Pick<Person, 'role'>): boolean => person.role === 'clerk';

/**
 * Who is a Clerk, and who handles complaints about the Clerk — the one rule that every channel,
 * the CLI and the queue's permission checks follow.
 *
 * Clerk rights come only from what a deployer controls: being listed in CLERK_USER_IDS, or a
 * `clerk` role saved in `people` by the CLI operator or an existing Clerk. Nothing a user says
 * about themselves counts, and filing a request never saves a role (see PeopleStore), so
 * taking someone out of CLERK_USER_IDS takes their rights away on every channel at once.
 */
export class Roles {
  private readonly sources: PlatformRoleSource[] = [];

  constructor(
    private readonly people: { person(userId: string): Person | undefined },
    private readonly config: RoleConfig,
  ) {}

  /** Adds a platform's view of roles (a channel calls this at start-up). */
  addSource(source: PlatformRoleSource): void {
    this.sources.push(source);
  }

  /**
   * The role of a user: `aliases` are other ids their platform gave them (a Teams `29:` id).
   * The highest of what the deployer configured (CLERK_USER_IDS, OFFICER_USER_IDS, platform
   * groups) and the role saved for them: so a role saved by a filing ("councillor") never hides
   * the officer a group says they are, and lowering someone configured means changing the list.
   */
  roleOf(userId: string, aliases: readonly string[] = []): Role {
    const configured = this.configuredRole(userId, aliases);
    if (configured === 'clerk') return 'clerk';
    return higher(configured ?? 'councillor', this.people.person(userId)?.role ?? 'councillor');
  }

  /** The role the deployer's lists and the platform's groups give, if any. */
  configuredRole(userId: string, aliases: readonly string[] = []): Role | undefined {
    if (listedIn(this.config.clerkIds, userId, aliases)) return 'clerk';
    let role: Role | undefined = listedIn(this.config.officerIds ?? [], userId, aliases) ? 'officer' : undefined;
    for (const source of this.sources) {
      const fromPlatform = source.roleOf(userId);
      if (fromPlatform) role = role ? higher(role, fromPlatform) : fromPlatform;
    }
    return role;
  }

  /** Whether a user receives complaints about the Clerk (CLERK_COMPLAINTS_USER_IDS). */
  handlesClerkComplaints(userId: string): boolean {
    return listedIn(this.config.clerkComplaintsIds, userId);
  }

  /** Whether anyone is configured to receive complaints about the Clerk; without them such a complaint is undeliverable. */
  get clerkComplaintsDeliverable(): boolean {
    return this.config.clerkComplaintsIds.length > 0;
  }

  /** Who is told of a complaint about the Clerk, as configured. */
  get clerkComplaintsRecipients(): readonly string[] {
    return this.config.clerkComplaintsIds;
  }

  /**
   * Whether `actor` may act on `request` with the Clerk's authority: for a complaint about the
   * Clerk only the person the protocol names (configured), for anything else a Clerk.
   */
  actsAsClerk(request: Pick<ClerkRequest, 'kind' | 'details'>, actor: Pick<Person, 'userId' | 'role'>): boolean {
    return isAboutTheClerk(request) ? this.handlesClerkComplaints(actor.userId) : isClerk(actor);
  }
}
