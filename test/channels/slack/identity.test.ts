import { SlackIdentity } from '../../../src/channels/slack/identity';
import { silentLogger } from '../../../src/log';
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
    const fresh = new SlackIdentity(t.queue, [], silentLogger);
    await fresh.person('UNEW', client as never);
    expect(client.users.info).toHaveBeenCalledTimes(1);
  });

  it('takes Clerk rights from CLERK_USER_IDS only, so removing someone from it takes them away', async () => {
    const clerk = await t.ctx.identity.person(CLERK, fakeClient() as never);
    // Filing saves the requester as given, clerk role included.
    t.queue.file({ kind: 'question', council: 'alsager', requester: clerk, subject: 'A question', details: { question: 'A question' } });
    expect(t.queue.person(`slack:${CLERK}`)?.role).toBe('clerk');
    const later = new SlackIdentity(t.queue, [], silentLogger);
    expect(later.isClerk(CLERK)).toBe(false);
    expect((await later.person(CLERK, fakeClient() as never)).role).toBe('councillor');
  });

  it('still answers when users.info fails, using the Slack id as the name', async () => {
    const client = fakeClient();
    client.users.info.mockRejectedValueOnce(new Error('ratelimited'));
    expect((await t.ctx.identity.person('UNEW', client as never)).name).toBe('UNEW');
    expect(t.queue.person('slack:UNEW')).toBeUndefined();
  });
});
