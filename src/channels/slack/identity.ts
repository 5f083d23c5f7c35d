import type { webApi } from '@slack/bolt';
import type { Logger } from '../../log';
import type { ClerkQueue } from '../../queue/queue';
import type { Person, Role } from '../../queue/types';

export const SLACK_PREFIX = 'slack:';

/** `U123` → `slack:U123`, the platform-qualified id the queue and the assistant use. */
export const slackUserId = (slackId: string): string => `${SLACK_PREFIX}${slackId}`;

/** `slack:U123` → `U123`; undefined for other platforms' ids. */
export function slackIdOf(userId: string | undefined): string | undefined {
  return userId?.startsWith(SLACK_PREFIX) ? userId.slice(SLACK_PREFIX.length) : undefined;
}

/**
 * An id as a deployer wrote it in CLERK_USER_IDS or CLERK_COMPLAINTS_USER_IDS (`slack:U123`, a
 * bare member id `U123`, or another platform's id) → the Slack member id, or undefined when it is
 * not a Slack id (those lists may name Teams people too).
 */
export function configuredSlackId(id: string | undefined): string | undefined {
  if (!id) return undefined;
  return slackIdOf(id) ?? (/^[UW][A-Z0-9]{2,}$/.test(id) ? id : undefined);
}

/** The Slack member ids among a configured list, in its order. */
export const slackMemberIds = (ids: readonly string[]): string[] => ids.map(configuredSlackId).filter((id): id is string => id !== undefined);

type PeopleStore = Pick<ClerkQueue, 'person' | 'savePerson' | 'roleOf'>;
type UsersInfo = Pick<webApi.WebClient, 'users'>;

/**
 * Who a Slack user is to the queue: their role by the core's one rule (queue/roles.ts: listed in
 * CLERK_USER_IDS, else the role the CLI operator or a Clerk saved, else a councillor). Their
 * display name is fetched with users.info the first time they are seen and saved, so later
 * messages need no API call.
 */
export class SlackIdentity {
  private readonly names = new Map<string, string>();

  constructor(
    private readonly people: PeopleStore,
    private readonly logger: Logger,
  ) {}

  /** The role without any API call: for quick permission checks before `ack()`. */
  role(slackId: string): Role {
    return this.people.roleOf(slackUserId(slackId));
  }

  isClerk(slackId: string): boolean {
    return this.role(slackId) === 'clerk';
  }

  /** The Person for a Slack user; calls users.info only for someone not seen before. */
  async person(slackId: string, client: UsersInfo): Promise<Person> {
    const userId = slackUserId(slackId);
    const saved = this.people.person(userId);
    const role = this.people.roleOf(userId);
    let name = this.names.get(slackId) ?? saved?.name;
    if (!name) {
      const fetched = await this.fetchName(slackId, client);
      if (fetched) {
        this.names.set(slackId, fetched);
        // The saved role is the Clerk's decision, never the configured one (see queue/roles.ts).
        this.people.savePerson({ userId, name: fetched, role: saved?.role ?? 'councillor' });
      }
      name = fetched;
    }
    return { userId, name: name ?? slackId, role };
  }

  /**
   * A Person without any API call (for paths that must answer within Slack's 3 seconds before
   * anything else): the saved or cached name, else the name Slack put in the payload.
   */
  personNow(slackId: string, fallbackName?: string): Person {
    const userId = slackUserId(slackId);
    const saved = this.people.person(userId);
    return { userId, name: this.names.get(slackId) ?? saved?.name ?? fallbackName ?? slackId, role: this.people.roleOf(userId) };
  }

  private async fetchName(slackId: string, client: UsersInfo): Promise<string | undefined> {
    try {
      const result = await client.users.info({ user: slackId });
      const user = result.user;
      const name = user?.profile?.display_name || user?.real_name || user?.profile?.real_name || user?.name;
      return name?.trim() || undefined;
    } catch (error) {
      this.logger.warn('slack.user_lookup_failed', { user: slackId, error: (error as Error).message });
      return undefined;
    }
  }
}
