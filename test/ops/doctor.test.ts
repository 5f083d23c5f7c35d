import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { Assistant } from '../../src/assistant/assistant';
import { startSlack } from '../../src/channels/slack/app';
import { loadConfig } from '../../src/config';
import { silentLogger } from '../../src/log';
import { watchNotifications } from '../../src/ops/watch';
import { OutboxDispatcher } from '../../src/queue/outbox';
import { FakeSlackApi } from '../channels/slack/fake-slack';
import { documentRequest, FakeClock, HOUR, library, openQueue, removeTempDirs, tempDir } from '../queue/helpers';
import { MODEL_CACHE_DIR } from '../support/model';
import { CLI, freePort, killChildren, MAIN, runProcess, startProcess } from '../support/process';
import { runCliCaptured } from '../support/runCli';

/**
 * `protocol-bot doctor` against the fake Slack Web API: a good set-up passes; a bad token, a
 * missing scope, a Clerks' channel the bot is not in, a Clerk id that is nobody, a bad app
 * token, a damaged database and stuck notifications each get a cross saying what to do.
 */

jest.setTimeout(120_000);

let fake: FakeSlackApi;
let database: string;
beforeEach(async () => {
  fake = await FakeSlackApi.start();
  database = path.join(tempDir(), 'queue.sqlite');
  openQueue(database).close();
});
afterEach(async () => {
  killChildren();
  await fake.stop();
});
afterAll(removeTempDirs);

const slackEnv = () => ({
  DATABASE_PATH: database,
  MODEL_CACHE_DIR,
  SLACK_BOT_TOKEN: 'xoxb-test',
  SLACK_APP_TOKEN: 'xapp-test',
  SLACK_CLERK_CHANNEL: 'CCLERKS',
  SLACK_API_URL: `${fake.url}/api/`,
  CLERK_USER_IDS: 'UCLERK',
  CLERK_COMPLAINTS_USER_IDS: 'UCHAIR',
});

interface JsonReport {
  ok: boolean;
  checks: Array<{ name: string; ok: boolean; detail: string; fix?: string }>;
}

async function doctorJson(env: NodeJS.ProcessEnv): Promise<{ code: number; report: JsonReport }> {
  const run = await runCliCaptured(['doctor', '--json'], env);
  return { code: run.code, report: JSON.parse(run.stdout) as JsonReport };
}

const failed = (report: JsonReport) => report.checks.filter((c) => !c.ok).map((c) => c.name);

test('a good set-up: a tick per check, exit 0 (as a process)', async () => {
  const run = await runProcess(CLI, ['doctor'], { LOG_LEVEL: 'error', ...slackEnv() });
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  const lines = run.stdout.trimEnd().split('\n');
  expect(lines.every((line) => line.startsWith('✓ '))).toBe(true);
  expect(lines.map((l) => l.slice(2).split(':')[0])).toEqual([
    'config',
    'protocols',
    'routes',
    'intents',
    'curated_refs',
    'model_cache',
    'database',
    'database.migrations',
    'database.integrity',
    'database.wal',
    'outbox',
    'word_vectors',
    'slack.auth',
    'slack.scopes',
    'slack.clerks_channel',
    'slack.clerks',
    'slack.clerk_complaints',
    'slack.socket_mode',
  ]);
  expect(run.stdout).toMatch(/slack\.auth: token valid: workspace Council \(T1\), bot user protocol \(UBOT\)/);
});

test('a bad token: one cross saying where to copy the right one, exit 1', async () => {
  fake.authError = 'invalid_auth';
  const { code, report } = await doctorJson(slackEnv());
  expect(code).toBe(1);
  expect(report.ok).toBe(false);
  expect(failed(report)).toEqual(['slack.auth']);
  expect(report.checks.find((c) => c.name === 'slack.auth')).toMatchObject({ detail: 'Slack refused SLACK_BOT_TOKEN: invalid_auth', fix: expect.stringMatching(/OAuth & Permissions/) });
});

test('a scope the manifest needs but the token lacks', async () => {
  fake.scopes = fake.scopes.filter((s) => s !== 'im:history');
  const { code, report } = await doctorJson(slackEnv());
  expect(code).toBe(1);
  expect(failed(report)).toEqual(['slack.scopes']);
  expect(report.checks.find((c) => c.name === 'slack.scopes')!.detail).toBe('the token lacks im:history');
});

test('a Clerks\' channel the bot is not in, and one that does not exist', async () => {
  fake.channels.CCLERKS.isMember = false;
  let { report } = await doctorJson(slackEnv());
  expect(failed(report)).toEqual(['slack.clerks_channel']);
  expect(report.checks.find((c) => c.name === 'slack.clerks_channel')).toMatchObject({
    detail: expect.stringContaining('the bot is not a member of #clerks'),
    fix: 'invite it: in #clerks type /invite @Protocol Assistant',
  });
  ({ report } = await doctorJson({ ...slackEnv(), SLACK_CLERK_CHANNEL: 'CGONE' }));
  expect(report.checks.find((c) => c.name === 'slack.clerks_channel')!.detail).toMatch(/CGONE: no such channel/);
});

test('a CLERK_USER_IDS entry that is nobody, and an app token that cannot connect', async () => {
  fake.unknownUsers.add('UNOBODY');
  fake.appTokenError = 'invalid_auth';
  const { code, report } = await doctorJson({ ...slackEnv(), CLERK_USER_IDS: 'UCLERK,UNOBODY' });
  expect(code).toBe(1);
  expect(failed(report)).toEqual(['slack.clerks', 'slack.socket_mode']);
  expect(report.checks.find((c) => c.name === 'slack.clerks')!.detail).toBe('CLERK_USER_IDS: UNOBODY: user_not_found');
});

test('a half-configured channel, a damaged database and notifications stuck for hours', async () => {
  let { code, report } = await doctorJson({ DATABASE_PATH: database, MODEL_CACHE_DIR, SLACK_BOT_TOKEN: 'xoxb-1' });
  expect(code).toBe(1);
  expect(report.checks[0]).toMatchObject({ name: 'config', ok: false, detail: expect.stringMatching(/neither SLACK_APP_TOKEN/) });

  const clock = new FakeClock();
  clock.set(new Date(Date.now() - 5 * HOUR).toISOString());
  const queue = openQueue(database, { now: clock.now });
  const request = queue.file(documentRequest());
  queue.outbox.claimDue({ worker: 'w', limit: 1, leaseMs: 1, accept: () => true });
  queue.outbox.markFailed(queue.outbox.forRequest(request.id)[0].id, 'w', 'not_in_channel', 1000);
  queue.close();
  ({ code, report } = await doctorJson({ DATABASE_PATH: database, MODEL_CACHE_DIR }));
  expect(code).toBe(1);
  expect(report.checks.find((c) => c.name === 'outbox')).toMatchObject({ ok: false, detail: expect.stringMatching(/^1 undelivered \(1 failed at least once\), the oldest written 30\d min ago; last error: not_in_channel$/) });

  const db = new Database(database);
  db.pragma('journal_mode = DELETE');
  db.close();
  const fd = fs.openSync(database, 'r+');
  fs.writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, 4096 * 2);
  fs.closeSync(fd);
  ({ report } = await doctorJson({ DATABASE_PATH: database, MODEL_CACHE_DIR }));
  expect(report.checks.some((c) => c.name.startsWith('database') && !c.ok && /integrity|malformed|damaged/.test(`${c.name} ${c.detail}`))).toBe(true);
});

test('Teams: inconsistent settings and no Clerks\' channel registered', async () => {
  const { code, report } = await doctorJson({ DATABASE_PATH: database, MODEL_CACHE_DIR, MICROSOFT_APP_ID: 'not-a-guid', MICROSOFT_APP_PASSWORD: 'pw' });
  expect(code).toBe(1);
  expect(failed(report)).toEqual(['teams.app', 'teams.clerks_channel', 'teams.clerk_complaints']);
  expect(report.checks.find((c) => c.name === 'teams.app')!.detail).toMatch(/MICROSOFT_APP_ID is not a GUID/);
});

test('npm start logs a failing check as a warning, and still starts', async () => {
  fake.channels.CCLERKS.isMember = false;
  const bot = startProcess(MAIN, [], { LOG_LEVEL: 'warn', COUNCIL: 'alsager', ...slackEnv(), SLACK_APP_TOKEN: '', SLACK_SIGNING_SECRET: 'secret', PORT: String(await freePort()) });
  const line = await bot.waitForLog(/"event":"ops.setup_check_failed"/);
  expect(JSON.parse(line)).toMatchObject({ level: 'warn', check: 'slack.clerks_channel', fix: expect.stringContaining('/invite') });
  bot.process.kill('SIGTERM');
  expect((await bot.exited).code).toBe(0);
});

test('the Clerks get one direct message when notifications have been failing for an hour', async () => {
  fake.postErrors.CCLERKS = 'not_in_channel';
  const clock = new FakeClock();
  clock.set(new Date().toISOString());
  const queue = openQueue(database, { now: clock.now });
  const config = loadConfig({ COUNCIL: 'alsager', LOG_LEVEL: 'silent', ...slackEnv(), SLACK_APP_TOKEN: '', SLACK_SIGNING_SECRET: 'secret' });
  const slack = await startSlack({ config, logger: silentLogger, library: library(), queue, assistant: {} as Assistant }, { listen: { port: 0, host: '127.0.0.1' } });
  try {
    queue.file(documentRequest());
    const dispatcher = new OutboxDispatcher(queue, [slack.sender], { backoffBaseMs: 1 });
    await dispatcher.runOnce();
    expect(queue.outbox.failing().count).toBe(1);
    const watch = watchNotifications({ queue, channels: [slack], logger: silentLogger, now: clock.now });
    await watch.checkNow();
    const dms = () => fake.callsTo('chat.postMessage').filter((c) => c.args.channel === 'DUCLERK');
    expect(dms()).toHaveLength(0); // failing, but not yet for an hour
    clock.advance(HOUR + 60_000);
    await watch.checkNow();
    await watch.checkNow();
    expect(dms()).toHaveLength(1);
    expect(dms()[0].args.text).toMatch(/have not been delivered for an hour.*protocol-bot doctor/);
    watch.stop();
  } finally {
    await slack.stop();
    queue.close();
  }
});

test('Slack user groups named for roles: one that exists passes, one that does not fails', async () => {
  fake.userGroups = { S0OFFICERS: ['U0OFF'] };
  const { code, report } = await doctorJson({ ...slackEnv(), SLACK_OFFICER_GROUP: 'S0OFFICERS', SLACK_CLERK_GROUP: 'S0MISSING' });
  expect(code).toBe(1);
  expect(report.checks.filter((c) => c.name === 'slack.groups').map((c) => [c.ok, c.detail])).toEqual([
    [true, 'SLACK_OFFICER_GROUP=S0OFFICERS has 1 member(s)'],
    [false, 'SLACK_CLERK_GROUP=S0MISSING cannot be read: no_such_subteam'],
  ]);
});

describe('the ids in CLERK_USER_IDS and CLERK_COMPLAINTS_USER_IDS, in every form the README allows', () => {
  test('slack:U…, a bare U… and a Teams id side by side: Slack checks its own people only', async () => {
    const { report } = await doctorJson({ ...slackEnv(), CLERK_USER_IDS: 'slack:UCLERK,UDEPUTY,teams:00000000-0000-0000-0000-000000000001', CLERK_COMPLAINTS_USER_IDS: 'slack:UCHAIR' });
    expect(report.checks.find((c) => c.name === 'slack.clerks')).toMatchObject({ ok: true, detail: expect.stringMatching(/^all 2 Slack ids in CLERK_USER_IDS are active people/) });
  });

  test('no Slack id among the Clerks is the same as none', async () => {
    const { report } = await doctorJson({ ...slackEnv(), CLERK_USER_IDS: 'teams:00000000-0000-0000-0000-000000000001' });
    expect(report.checks.find((c) => c.name === 'slack.clerks')).toMatchObject({ ok: false, detail: expect.stringMatching(/no Slack member id/) });
  });

  test('whoever receives complaints about the Clerk: a real person passes; nobody, or nobody configured, fails and says what follows', async () => {
    fake.unknownUsers.add('UNOBODY');
    let { report } = await doctorJson({ ...slackEnv(), CLERK_COMPLAINTS_USER_IDS: 'slack:UCHAIR' });
    expect(report.checks.find((c) => c.name === 'slack.clerk_complaints')).toMatchObject({ ok: true });
    ({ report } = await doctorJson({ ...slackEnv(), CLERK_COMPLAINTS_USER_IDS: 'UNOBODY' }));
    expect(report.checks.find((c) => c.name === 'slack.clerk_complaints')).toMatchObject({ ok: false, detail: 'CLERK_COMPLAINTS_USER_IDS: UNOBODY: user_not_found' });
    ({ report } = await doctorJson({ ...slackEnv(), CLERK_COMPLAINTS_USER_IDS: '' }));
    expect(report.checks.find((c) => c.name === 'slack.clerk_complaints')).toMatchObject({
      ok: false,
      detail: expect.stringMatching(/CLERK_COMPLAINTS_USER_IDS is empty: a complaint about the Clerk cannot be delivered/),
    });
  });

  test('the alert about failing notifications reaches each Slack Clerk, whatever form their id is written in', async () => {
    const queue = openQueue(database);
    const config = loadConfig({ COUNCIL: 'alsager', LOG_LEVEL: 'silent', ...slackEnv(), SLACK_APP_TOKEN: '', SLACK_SIGNING_SECRET: 'secret', CLERK_USER_IDS: 'teams:00000000-0000-0000-0000-000000000001,slack:UCLERK,UDEPUTY' });
    const slack = await startSlack({ config, logger: silentLogger, library: library(), queue, assistant: {} as Assistant }, { listen: { port: 0, host: '127.0.0.1' } });
    try {
      await slack.alertClerks('Notifications are failing.');
      expect(fake.callsTo('chat.postMessage').map((c) => c.args.channel).sort()).toEqual(['DUCLERK', 'DUDEPUTY']);
    } finally {
      await slack.stop();
      queue.close();
    }
  });
});

describe('Teams: whoever receives complaints about the Clerk', () => {
  const CHAIR = '11111111-2222-3333-4444-555555555555';
  const teamsEnv = (ids: string) => ({
    DATABASE_PATH: database,
    MODEL_CACHE_DIR,
    MICROSOFT_APP_ID: '00000000-0000-0000-0000-00000000000a',
    MICROSOFT_APP_PASSWORD: 'pw',
    MICROSOFT_APP_TENANT_ID: '00000000-0000-0000-0000-00000000000b',
    MICROSOFT_APP_TYPE: 'SingleTenant',
    CLERK_COMPLAINTS_USER_IDS: ids,
  });
  const check = (report: JsonReport) => report.checks.find((c) => c.name === 'teams.clerk_complaints');

  test('nobody configured: a cross saying the complaint cannot be delivered', async () => {
    const { report } = await doctorJson(teamsEnv(''));
    expect(check(report)).toMatchObject({ ok: false, detail: expect.stringMatching(/CLERK_COMPLAINTS_USER_IDS is empty/) });
  });

  test('with Slack running too, what Slack delivers is no cross for Teams: the Clerks\' channel and a Slack Chair', async () => {
    const { report } = await doctorJson({ ...slackEnv(), ...teamsEnv('UCHAIR') });
    expect(report.checks.find((c) => c.name === 'teams.clerks_channel')).toMatchObject({ ok: true, detail: expect.stringMatching(/Slack/) });
    expect(check(report)).toMatchObject({ ok: true, detail: expect.stringMatching(/Slack/) });
  });

  test('with Slack running but no Slack person for complaints about the Clerk, the Teams cross stays', async () => {
    const { report } = await doctorJson({ ...slackEnv(), ...teamsEnv('') });
    expect(check(report)).toMatchObject({ ok: false });
  });

  test('someone the bot has no personal chat with: their complaints would wait; once they have one, a tick', async () => {
    let { report } = await doctorJson(teamsEnv(CHAIR));
    expect(check(report)).toMatchObject({ ok: false, detail: expect.stringContaining(`${CHAIR} has no personal chat with the bot`) });
    const queue = openQueue(database);
    queue.setConversationReference('teams', `teams:${CHAIR}`, JSON.stringify({ conversation: { id: 'a:personal' }, serviceUrl: 'https://smba.example/' }));
    queue.close();
    ({ report } = await doctorJson(teamsEnv(`teams:${CHAIR}`)));
    expect(check(report)).toMatchObject({ ok: true });
  });
});
