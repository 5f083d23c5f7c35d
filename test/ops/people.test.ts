import { createHmac } from 'node:crypto';
import path from 'node:path';
import type { Activity } from 'botbuilder';
import { SlackChannel, startSlack } from '../../src/channels/slack/app';
import { SlackUserGroups } from '../../src/channels/slack/user-groups';
import { loadConfig } from '../../src/config';
import { silentLogger } from '../../src/log';
import { ClerkQueue } from '../../src/queue/queue';
import { FakeSlackApi } from '../channels/slack/fake-slack';
import { botHarness, channelMention, clerk, councillor, otherCouncillor, openQueue as openTeamsQueue, teamsId } from '../channels/teams/helpers';
import { dumpDatabase, library, openQueue, removeTempDirs, tempDir } from '../queue/helpers';
import { CLI, killChildren, runProcess } from '../support/process';
import { runCliCaptured } from '../support/runCli';

/**
 * People and their roles: the command line (as the deployer), configured lists and Slack user
 * groups, and in chat a Clerk giving someone a role while everyone can see their own.
 */

jest.setTimeout(120_000);
afterEach(killChildren);
afterAll(removeTempDirs);

describe('protocol-bot people', () => {
  let database: string;
  beforeEach(() => {
    database = path.join(tempDir(), 'queue.sqlite');
    openQueue(database).close();
  });
  const cli = (args: string[], env: NodeJS.ProcessEnv = {}) => runCliCaptured(['people', ...args], { DATABASE_PATH: database, ...env });

  test('set, list and remove, as a process', async () => {
    const set = await runProcess(CLI, ['people', 'set', 'slack:U0OFFICER', '--role', 'officer', '--name', 'Sam Jones'], { DATABASE_PATH: database, LOG_LEVEL: 'error' });
    // Nobody with that id has used the bot yet: said, in case the id is mistyped (uat19).
    expect([set.code, set.stdout, set.stderr]).toEqual([
      0,
      'Sam Jones (slack:U0OFFICER) is now officer. They have not used the bot yet: the role applies when they first do. If they have, check the id.\n',
      '',
    ]);
    const listed = await cli(['list', '--json']);
    expect(JSON.parse(listed.stdout)).toEqual([{ userId: 'slack:U0OFFICER', name: 'Sam Jones', role: 'officer', savedRole: 'officer', updatedAt: expect.any(String) }]);
    expect((await cli(['list'])).stdout).toMatch(/^slack:U0OFFICER\s+officer\s+Sam Jones\n$/);
    // Changing the role keeps the name.
    expect((await cli(['set', 'slack:U0OFFICER', '--role', 'clerk'])).stdout).toBe('Sam Jones (slack:U0OFFICER) is now clerk.\n');
    expect((await cli(['remove', 'slack:U0OFFICER'])).code).toBe(0);
    expect((await cli(['list'])).stdout).toMatch(/^Nobody yet/);
  });

  test.each([
    [['set', 'U0OFFICER', '--role', 'officer'], /^protocol-bot: "U0OFFICER" is not a user id: use the form slack:U0123ABCD/],
    [['set', 'slack:U1', '--role', 'mayor'], /^protocol-bot: --role must be one of councillor, officer, clerk; nothing was changed$/],
    [['set', 'slack:U1'], /^protocol-bot: --role is required: use one of councillor, officer, clerk; nothing was changed$/],
    [['set', 'slack:U1', '--role', 'officer', '--name', '  '], /^protocol-bot: --name must not be empty; nothing was changed$/],
    [['remove', 'slack:UNOBODY'], /^protocol-bot: nobody with the id slack:UNOBODY is known; nothing was changed$/],
    // uat19: a member id typed in small letters was saved for nobody ("slack:unew (slack:unew) is now officer.").
    [['set', 'slack:unew', '--role', 'officer'], /^protocol-bot: "slack:unew" is not a Slack member id: those are capital letters and digits, such as slack:U0123ABCD/],
    [['set', 'slack:U1', '--role', 'officer', '--bogus'], /^error: unknown option '--bogus' \(run with --help for usage\)$/],
  ])('people %j exits 2 with one line and changes nothing', async (args, message) => {
    const before = dumpDatabase(database);
    const run = await cli(args);
    expect(run.code).toBe(2);
    expect(run.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(message)]);
    expect(dumpDatabase(database)).toBe(before);
  });

  test('OFFICER_USER_IDS and CLERK_USER_IDS set the role people have, above what is saved', async () => {
    await cli(['set', 'slack:U0SAM', '--role', 'councillor', '--name', 'Sam']);
    await cli(['set', 'teams:pat', '--role', 'councillor', '--name', 'Pat']);
    const listed = await cli(['list'], { OFFICER_USER_IDS: 'U0SAM', CLERK_USER_IDS: 'teams:pat' });
    expect(listed.stdout).toContain('slack:U0SAM              officer    Sam  (saved as councillor; a configured list makes them officer)');
    expect(listed.stdout).toContain('teams:pat                clerk      Pat  (saved as councillor; a configured list makes them clerk)');
  });
});

describe('roles from Slack user groups', () => {
  test('members of SLACK_OFFICER_GROUP and SLACK_CLERK_GROUP get those roles; a failed refresh keeps the last read', async () => {
    const fake = await FakeSlackApi.start();
    const queue = openQueue(path.join(tempDir(), 'queue.sqlite'));
    const config = loadConfig({
      LOG_LEVEL: 'silent',
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_SIGNING_SECRET: 'secret',
      SLACK_API_URL: `${fake.url}/api/`,
      SLACK_OFFICER_GROUP: 'S0OFFICERS',
      SLACK_CLERK_GROUP: 'S0CLERKS',
    });
    fake.userGroups = { S0OFFICERS: ['U0OFF', 'U0BOTH'], S0CLERKS: ['U0BOTH'] };
    const slack = await startSlack({ config, logger: silentLogger, library: library(), queue, assistant: {} as never }, { listen: { port: 0, host: '127.0.0.1' } });
    try {
      expect(['slack:U0OFF', 'slack:U0BOTH', 'slack:U0ELSE'].map((id) => queue.roleOf(id))).toEqual(['officer', 'clerk', 'councillor']);
      expect(fake.callsTo('usergroups.users.list').map((c) => c.args.usergroup).sort()).toEqual(['S0CLERKS', 'S0OFFICERS']);
    } finally {
      await slack.stop();
    }

    // Refreshing: a change in the group is seen; a failure keeps the membership last read.
    const groups = new SlackUserGroups(
      { usergroups: { users: { list: async ({ usergroup }: { usergroup: string }) => ({ ok: true, users: fake.userGroups[usergroup] }) } } } as never,
      { officer: 'S0OFFICERS' },
      silentLogger,
    );
    await groups.refresh();
    expect(groups.roleOf('slack:U0OFF')).toBe('officer');
    fake.userGroups.S0OFFICERS = ['U0NEW'];
    await groups.refresh();
    expect([groups.roleOf('slack:U0OFF'), groups.roleOf('slack:U0NEW')]).toEqual([undefined, 'officer']);
    const failing = new SlackUserGroups({ usergroups: { users: { list: async () => Promise.reject(new Error('ratelimited')) } } } as never, { officer: 'S0OFFICERS' }, silentLogger);
    await failing.refresh();
    expect(failing.roleOf('slack:U0NEW')).toBeUndefined();
    queue.close();
    await fake.stop();
  });
});

describe('roles in Slack: /protocol-role', () => {
  const SECRET = 'role-secret';
  let fake: FakeSlackApi;
  let slack: SlackChannel;
  let queue: ClerkQueue;
  let responses = 0;

  beforeAll(async () => {
    fake = await FakeSlackApi.start();
    const config = loadConfig({
      LOG_LEVEL: 'silent',
      DATABASE_PATH: path.join(tempDir(), 'queue.sqlite'),
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: `${fake.url}/api/`,
      CLERK_USER_IDS: 'UCLERK',
    });
    queue = ClerkQueue.open({ path: config.DATABASE_PATH, library: library(), roles: { clerkIds: config.CLERK_USER_IDS } });
    slack = await startSlack({ config, logger: silentLogger, library: library(), queue, assistant: {} as never }, { listen: { port: 0, host: '127.0.0.1' } });
  });
  afterAll(async () => {
    await slack.stop();
    queue.close();
    await fake.stop();
  });

  async function roleCommand(user: string, text: string): Promise<string> {
    const responseUrl = `/respond/role-${++responses}`;
    const body = new URLSearchParams({
      token: 'x',
      team_id: 'T1',
      channel_id: 'D1',
      user_id: user,
      user_name: user.toLowerCase(),
      command: '/protocol-role',
      text,
      api_app_id: 'A1',
      response_url: `${fake.url}${responseUrl}`,
      trigger_id: 't',
    }).toString();
    const timestamp = Math.floor(Date.now() / 1000);
    const signature = `v0=${createHmac('sha256', SECRET).update(`v0:${timestamp}:${body}`).digest('hex')}`;
    const response = await fetch(`http://127.0.0.1:${slack.port}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature },
      body,
    });
    expect(response.status).toBe(200);
    await slack.idle();
    const answer = fake.responses.find((r) => r.path === responseUrl);
    return String(answer?.body.text ?? JSON.stringify(answer?.body));
  }

  test('everyone can see their own role', async () => {
    expect(await roleCommand('UJO', '')).toMatch(/^You are a councillor here\./);
    expect(await roleCommand('UCLERK', '')).toMatch(/^You are a Clerk here\./);
  });

  test('a councillor cannot give anyone a role, themselves included', async () => {
    expect(await roleCommand('UJO', '<@UJO|jo> clerk')).toBe('Only a Clerk can change someone\'s role.');
    expect(await roleCommand('UJO', '<@USAM|sam> officer')).toBe('Only a Clerk can change someone\'s role.');
    expect(queue.roleOf('slack:UJO')).toBe('councillor');
  });

  test('a Clerk gives someone a role; that person sees it, and a Clerk so made can do the same', async () => {
    expect(await roleCommand('UCLERK', '<@USAM|sam> officer')).toBe('Name USAM is now an officer.');
    expect(await roleCommand('USAM', '')).toMatch(/^You are an officer here\./);
    expect(await roleCommand('UCLERK', '<@UDEPUTY|deputy> clerk')).toMatch(/is now a Clerk\.$/);
    expect(await roleCommand('UDEPUTY', '<@UJO|jo> officer')).toMatch(/is now an officer\.$/);
    expect(queue.roleOf('slack:UJO')).toBe('officer');
  });

  test('a Clerk configured in CLERK_USER_IDS stays one, and nobody changes their own role', async () => {
    expect(await roleCommand('UDEPUTY', '<@UCLERK|pat> councillor')).toMatch(/remains a Clerk because the bot's configuration says so/);
    expect(queue.roleOf('slack:UCLERK')).toBe('clerk');
    expect(await roleCommand('UDEPUTY', '<@UDEPUTY|deputy> councillor')).toBe('Nobody can change their own role: ask another Clerk, or whoever runs the bot.');
    expect(await roleCommand('UCLERK', 'make me mayor')).toMatch(/^To see your own role: `\/protocol-role`/);
  });
});

describe('roles in Teams: "my role" and "set role"', () => {
  const mentionOf = (base: Partial<Activity>, who: typeof otherCouncillor, role: string): Partial<Activity> => ({
    ...base,
    text: `${base.text} <at>${who.name}</at> ${role}`,
    entities: [...(base.entities ?? []), { type: 'mention', text: `<at>${who.name}</at>`, mentioned: { id: who.id, name: who.name, aadObjectId: who.aadObjectId } }],
  });

  test('a councillor sees their role and cannot set one; a Clerk sets one, in a channel', async () => {
    const harness = botHarness({ queue: openTeamsQueue() });
    const said = (replies: Partial<Activity>[]) => replies.map((r) => r.text).join('\n');
    expect(said(await harness.send(channelMention(councillor, 'my role')))).toMatch(/^You are a councillor here\./);
    expect(said(await harness.send(mentionOf(channelMention(councillor, 'set role'), otherCouncillor, 'officer')))).toBe('Only a Clerk can change someone\'s role.');
    expect(said(await harness.send(mentionOf(channelMention(clerk, 'set role'), otherCouncillor, 'officer')))).toBe('Sam Smith is now an officer.');
    expect(harness.queue.roleOf(teamsId(otherCouncillor))).toBe('officer');
    expect(said(await harness.send(channelMention(otherCouncillor, 'my role')))).toMatch(/^You are an officer here\./);
    harness.queue.close();
  });
});
