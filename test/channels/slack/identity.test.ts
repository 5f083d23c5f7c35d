import { SlackIdentity } from '../../../src/channels/slack/identity';
import { silentLogger } from '../../../src/log';
import { ClerkQueue } from '../../../src/queue/queue';
import { library } from '../../support/fixtures';
import { CLERK, fakeClient, makeContext, TestContext } from './helpers';

describe('who a Slack user is', () => {
  let t: TestContext;
  beforeEach(() => {
    t = makeContext();
  });
  afterEach(() => t.close());

  it('is a clerk when listed in CLERK_USER_IDS', async () => {
    const client = fakeClient();
    expect(await t.ctx.identity.person(CLERK, client as never)).toEqual({ userId: `slack:${CLERK}`, name: `Name ${CLERK}`, role: 'clerk' });
  });

  it('is a councillor by default, and keeps the role the Clerk saved for them', async () => {
    const client = fakeClient();
    expect((await t.ctx.identity.person('UNEW', client as never)).role).toBe('councillor');
    t.queue.savePerson({ userId: 'slack:UOFFICER', name: 'Sam', role: 'officer' });
    expect(await t.ctx.identity.person('UOFFICER', client as never)).toEqual({ userId: 'slack:UOFFICER', name: 'Sam', role: 'officer' });
  });

  it('looks the display name up once and saves it', async () => {
    const client = fakeClient();
    await t.ctx.identity.person('UNEW', client as never);
    await t.ctx.identity.person('UNEW', client as never);
    expect(client.users.info).toHaveBeenCalledTimes(1);
    expect(t.queue.person('slack:UNEW')).toEqual({ userId: 'slack:UNEW', name: 'Name UNEW', role: 'councillor' });
    // A fresh process (new identity) finds the saved name without asking Slack again.
    const fresh = new SlackIdentity(t.queue, silentLogger);
    await fresh.person('UNEW', client as never);
    expect(client.users.info).toHaveBeenCalledTimes(1);
  });

  it('never saves a Clerk role from a filing, so removing someone from CLERK_USER_IDS takes their rights away', async () => {
    const clerk = await t.ctx.identity.person(CLERK, fakeClient() as never);
    t.queue.file({ kind: 'question', council: 'alsager', requester: clerk, subject: 'A question', details: { question: 'A question' } });
    expect(t.queue.person(`slack:${CLERK}`)?.role).toBe('councillor');
    // The bot restarted without them in CLERK_USER_IDS.
    const queue = ClerkQueue.open({ path: t.ctx.config.DATABASE_PATH, library: library(), roles: { clerkIds: [] } });
    try {
      const later = new SlackIdentity(queue, silentLogger);
      expect(later.isClerk(CLERK)).toBe(false);
      expect((await later.person(CLERK, fakeClient() as never)).role).toBe('councillor');
    } finally {
      queue.close();
    }
  });

  it('is a Clerk when the CLI operator saved them as one, on Slack as on every channel', async () => {
    t.queue.savePerson({ userId: 'slack:UDEPUTY', name: 'Deputy', role: 'clerk' });
    expect(t.ctx.identity.isClerk('UDEPUTY')).toBe(true);
  });

  it('still answers when users.info fails, using the Slack id as the name', async () => {
    const client = fakeClient();
    client.users.info.mockRejectedValueOnce(new Error('ratelimited'));
    expect((await t.ctx.identity.person('UNEW', client as never)).name).toBe('UNEW');
    expect(t.queue.person('slack:UNEW')).toBeUndefined();
  });
});
