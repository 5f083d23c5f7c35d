import type { webApi } from '@slack/bolt';
import type { Role } from '../../domain/types';
import type { Logger } from '../../log';
import type { PlatformRoleSource } from '../../queue/roles';
import { slackIdOf } from './identity';
import { slackErrorCode } from './errors';

/** How often group membership is read again (a person added to a group gets the role within this). */
export const GROUP_REFRESH_MS = 5 * 60_000;

/**
 * Roles from Slack user groups the deployer named: members of SLACK_OFFICER_GROUP are officers,
 * of SLACK_CLERK_GROUP Clerks (whoever may edit that group in Slack can therefore grant Clerk
 * rights: choose a group only workspace admins manage). Read with usergroups.users.list at
 * start-up and every few minutes; when a read fails the last membership read is kept.
 */
export class SlackUserGroups implements PlatformRoleSource {
  private readonly members = new Map<Role, ReadonlySet<string>>();
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly client: Pick<webApi.WebClient, 'usergroups'>,
    private readonly groups: Partial<Record<Role, string>>,
    private readonly logger: Logger,
  ) {}

  get configured(): boolean {
    return Object.values(this.groups).some(Boolean);
  }

  roleOf(userId: string): Role | undefined {
    const slackId = slackIdOf(userId);
    if (!slackId) return undefined;
    if (this.members.get('clerk')?.has(slackId)) return 'clerk';
    if (this.members.get('officer')?.has(slackId)) return 'officer';
    return undefined;
  }

  async refresh(): Promise<void> {
    for (const [role, usergroup] of Object.entries(this.groups) as Array<[Role, string | undefined]>) {
      if (!usergroup) continue;
      try {
        const result = await this.client.usergroups.users.list({ usergroup });
        this.members.set(role, new Set(result.users ?? []));
        this.logger.debug('slack.group_read', { role, usergroup, members: result.users?.length ?? 0 });
      } catch (error) {
        const code = slackErrorCode(error) ?? (error as Error).message;
        this.logger.warn('slack.group_read_failed', { role, usergroup, error: String(code).split('\n')[0] });
      }
    }
  }

  start(everyMs = GROUP_REFRESH_MS): void {
    this.timer = setInterval(() => void this.refresh(), everyMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }
}
