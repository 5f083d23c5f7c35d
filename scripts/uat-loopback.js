/* global fetch, setTimeout, URLSearchParams */
/*
 * A user-acceptance walk over Slack and Teams with no workspace or tenant: the tests' fake Slack
 * Web API and fake Bot Connector on 127.0.0.1, the real bot (dist/src/main.js) as a child process
 * in Slack HTTP mode and Teams Emulator mode, and a control port taking one JSON step at a time
 * and answering with what each person would see (docs/uat-ninth-session.md has the steps used).
 *
 *   npm run build && node scripts/uat-loopback.js &        # DATABASE_PATH, COUNCIL, EXTRA='{"K":"v"}'
 *   curl -s --data-binary '{"op":"slack.dm","text":"help"}' http://127.0.0.1:7701/
 *   curl -s --data-binary quit http://127.0.0.1:7701/
 *
 * Steps: slack.dm|slack.mention {text, user?, thread?, channel?}; slack.cmd {command, text?, user?};
 * slack.button {action, value, user?, channel?, ts?, home?}; slack.submit {callback, fields,
 * meta?, viewId?, user?}; slack.home {user?, tab?}; slack.down|slack.up (chat.* answers 503);
 * teams.msg {text, user? (jo|sam|pat), channel?}; teams.invoke|teams.submit {data, user?};
 * teams.update|teams.install; teams.down|teams.up; restart (the bot only, same database); wait {ms}; log {lines}. Add "full": true for
 * whole lines. Never a real token: Slack and Teams are reached only on loopback.
 */
const http = require('node:http');
const { createHmac } = require('node:crypto');
const { spawn } = require('node:child_process');
const path = require('node:path');
const fs = require('node:fs');
const os = require('node:os');
const { execFileSync } = require('node:child_process');

const WT = path.resolve(__dirname, '..');
// The fakes are the tests' own (TypeScript): compiled once into a temporary folder.
const FAKES = fs.mkdtempSync(path.join(os.tmpdir(), 'uat-fakes-'));
execFileSync(path.join(WT, 'node_modules/.bin/tsc'), ['test/channels/slack/fake-slack.ts', 'test/channels/teams/connector.ts', '--outDir', FAKES, '--module', 'commonjs', '--target', 'ES2022', '--esModuleInterop', '--skipLibCheck'], { cwd: WT });
const { FakeSlackApi } = require(path.join(FAKES, 'slack/fake-slack.js'));
const { FakeConnector } = require(path.join(FAKES, 'teams/connector.js'));
const SECRET = 'uat-secret';
const SLACK_PORT = Number(process.env.SLACK_PORT || 7711);
const TEAMS_PORT = Number(process.env.T_PORT || 7712);
const CTRL = Number(process.env.CTRL_PORT || 7701);

function allText(value) {
  const parts = [];
  const walk = (node) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) {
        if ((key === 'text' || key === 'initial_value' || key === 'placeholder') && typeof child === 'string') parts.push(child);
        else if (key === 'placeholder' && child && child.text) parts.push(`[placeholder: ${child.text}]`);
        else walk(child);
      }
    }
  };
  walk(value);
  return parts.join('\n');
}
function slackButtons(value) {
  const out = [];
  const walk = (node) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      if (node.type === 'button') out.push(`[${node.text && node.text.text}] action_id=${node.action_id} value=${node.value}`);
      Object.values(node).forEach(walk);
    }
  };
  walk(value);
  return out;
}
function teamsWalk(node, out = []) {
  if (Array.isArray(node)) node.forEach((n) => teamsWalk(n, out));
  else if (node && typeof node === 'object') {
    if (typeof node.type === 'string') out.push(node);
    for (const key of ['body', 'items', 'actions', 'columns', 'inlines', 'card', 'fallback']) if (key in node) teamsWalk(node[key], out);
  }
  return out;
}
function teamsText(card) {
  const parts = [];
  for (const el of teamsWalk(card)) {
    if (el.type === 'TextBlock' || el.type === 'TextRun') parts.push(String(el.text));
    if (el.type === 'FactSet') for (const f of el.facts) parts.push(`${f.title}: ${f.value}`);
    if (String(el.type).startsWith('Input.')) parts.push(`<${el.type} id=${el.id} label=${JSON.stringify(el.label)} value=${JSON.stringify(el.value)}${el.choices ? ' choices=' + JSON.stringify(el.choices.map((c) => c.value)) : ''}${el.isRequired ? ' required' : ''}${el.errorMessage ? ' err=' + JSON.stringify(el.errorMessage) : ''}>`);
    if (String(el.type).startsWith('Action.')) parts.push(`[${el.title}] ${el.type} ${el.verb ? 'verb=' + el.verb : ''} data=${JSON.stringify(el.data)}`);
  }
  return parts.join('\n');
}

let slack, connector, bot, botLog = '';
let slackSeen = 0, respSeen = 0;
let n = 1000;

let lastEnv;
async function startBot(env) {
  lastEnv = env;
  bot = spawn('node', ['dist/src/main.js'], {
    cwd: WT,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      COUNCIL: env.COUNCIL || 'cottingham',
      DATABASE_PATH: env.DATABASE_PATH || path.join(FAKES, 'queue.sqlite'),
      MODEL_CACHE_DIR: path.join(WT, 'var/cache'),
      LOG_LEVEL: 'info',
      SLACK_BOT_TOKEN: 'xoxb-uat',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: `${slack.url}/api/`,
      SLACK_CLERK_CHANNEL: 'CCLERKS',
      PORT: String(SLACK_PORT),
      TEAMS_ENABLED: 'true',
      TEAMS_PORT: String(TEAMS_PORT),
      CLERK_USER_IDS: 'UCLERK,00000000-0000-0000-0000-00000000c1e4',
      CLERK_COMPLAINTS_USER_IDS: 'UCHAIR',
      ...env.extra,
    },
  });
  bot.stdout.on('data', (d) => (botLog += d));
  bot.stderr.on('data', (d) => (botLog += d));
  bot.on('exit', (code) => (botLog += `\n[bot exited ${code}]\n`));
  // Wait for both ports.
  const end = Date.now() + 120000;
  for (;;) {
    if (Date.now() > end) throw new Error('bot did not start: ' + botLog);
    try {
      const r = await fetch(`http://127.0.0.1:${SLACK_PORT}/healthz`);
      if (r.ok) {
        const t = await fetch(`http://127.0.0.1:${TEAMS_PORT}/api/messages`).catch(() => null);
        if (t) break;
      }
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
}

function sign(body) {
  const ts = Math.floor(Date.now() / 1000);
  return { 'x-slack-request-timestamp': String(ts), 'x-slack-signature': `v0=${createHmac('sha256', SECRET).update(`v0:${ts}:${body}`).digest('hex')}` };
}
async function slackSend(body, type) {
  const r = await fetch(`http://127.0.0.1:${SLACK_PORT}/slack/events`, { method: 'POST', headers: { 'content-type': type, ...sign(body) }, body });
  const text = await r.text();
  return { status: r.status, body: text };
}
const form = 'application/x-www-form-urlencoded';

async function settle(maxMs = 30000, quietMs = 1500) {
  let last = -1, since = Date.now();
  const end = Date.now() + maxMs;
  while (Date.now() < end) {
    const count = slack.calls.length + slack.responses.length + connector.calls.length;
    if (count !== last) { last = count; since = Date.now(); }
    else if (Date.now() - since > quietMs) break;
    await new Promise((r) => setTimeout(r, 200));
  }
}

function summariseSlack() {
  const out = [];
  for (const c of slack.calls.slice(slackSeen)) {
    if (c.method === 'auth.test' || c.method === 'users.info' || c.method === 'conversations.info') continue;
    const a = c.args;
    const head = `SLACK ${c.method} ch=${a.channel ?? ''} ${a.thread_ts ? 'thread=' + a.thread_ts : ''} ${a.ts ? 'ts=' + a.ts : ''} ${a.user ? 'user=' + a.user : ''} ${a.users ? 'users=' + a.users : ''} ${a.view_id ? 'view_id=' + a.view_id : ''}`;
    const lines = [head];
    if (a.text) lines.push(`  fallback: ${a.text}`);
    if (a.blocks) lines.push('  ' + allText(a.blocks).replace(/\n/g, '\n  '), ...slackButtons(a.blocks).map((b) => '  ' + b));
    if (a.view) lines.push(`  view callback=${a.view.callback_id} type=${a.view.type} meta=${a.view.private_metadata}`, '  ' + allText(a.view).replace(/\n/g, '\n  '), ...slackButtons(a.view).map((b) => '  ' + b));
    out.push(lines.join('\n'));
  }
  slackSeen = slack.calls.length;
  for (const r of slack.responses.slice(respSeen)) {
    const b = r.body;
    out.push([`RESPOND ${r.path} ${b.response_type ?? ''} replace=${b.replace_original ?? ''} delete=${b.delete_original ?? ''}`, b.text ? `  fallback: ${b.text}` : '', b.blocks ? '  ' + allText(b.blocks).replace(/\n/g, '\n  ') : '', ...(b.blocks ? slackButtons(b.blocks).map((x) => '  ' + x) : [])].filter(Boolean).join('\n'));
  }
  respSeen = slack.responses.length;
  return out;
}
function summariseTeams() {
  return connector.take().map((c) => {
    const b = c.body;
    const lines = [`TEAMS ${c.method} ${c.path} conv=${c.conversationId} ${c.activityId ? 'act=' + c.activityId : ''}`];
    if (b.type && b.type !== 'message') lines.push(`  type=${b.type}`);
    if (b.text) lines.push(`  text: ${b.text}`);
    if (b.members) lines.push(`  members: ${JSON.stringify(b.members)}`);
    for (const att of b.attachments ?? []) lines.push('  CARD:\n    ' + teamsText(att.content).replace(/\n/g, '\n    '));
    return lines.join('\n');
  });
}

const TENANT = '99999999-9999-9999-9999-999999999999';
const teamsUsers = {
  jo: { id: '29:councillor-jo', name: 'Jo Bloggs', aadObjectId: '11111111-1111-1111-1111-111111111111' },
  sam: { id: '29:officer-sam', name: 'Sam Smith', aadObjectId: '22222222-2222-2222-2222-222222222222' },
  pat: { id: '29:clerk-pat', name: 'Pat Clerk', aadObjectId: '00000000-0000-0000-0000-00000000c1e4' },
};
const BOT = { id: '28:protocol-bot', name: 'Protocol Bot' };
function teamsActivity(step) {
  const user = teamsUsers[step.user || 'jo'];
  const channel = step.channel; // e.g. '19:clerks@thread.tacv2'
  const conversation = channel
    ? { id: `${channel};messageid=${step.root || '1'}`, conversationType: 'channel', tenantId: TENANT, isGroup: true }
    : { id: `a:personal-${user.id}`, conversationType: 'personal', tenantId: TENANT, isGroup: false };
  const base = {
    id: `m${++n}`, channelId: 'msteams', serviceUrl: connector.url, from: { ...user }, recipient: { ...BOT }, conversation,
    channelData: { tenant: { id: TENANT }, ...(channel ? { team: { id: '19:team@thread.tacv2' }, channel: { id: channel } } : {}) }, locale: 'en-GB',
    timestamp: new Date().toISOString(),
  };
  if (step.op === 'teams.msg') {
    const mention = `<at>${BOT.name}</at>`;
    return { ...base, type: 'message', text: channel ? `${mention} ${step.text}` : step.text, ...(channel ? { entities: [{ type: 'mention', text: mention, mentioned: { ...BOT } }] } : {}), ...(step.value ? { value: step.value } : {}), ...(step.replyToId ? { replyToId: step.replyToId } : {}) };
  }
  if (step.op === 'teams.submit') {
    // Action.Submit fallback: a message activity with value and no text.
    return { ...base, type: 'message', value: step.data, ...(step.replyToId ? { replyToId: step.replyToId } : {}) };
  }
  if (step.op === 'teams.invoke') {
    return { ...base, type: 'invoke', name: 'adaptiveCard/action', replyToId: step.replyToId || 'card-message', value: { action: { type: 'Action.Execute', verb: step.data.verb, data: step.data }, trigger: 'manual' } };
  }
  if (step.op === 'teams.update') return { ...base, type: 'conversationUpdate', membersAdded: [{ id: user.id }, { ...BOT }], text: undefined };
  if (step.op === 'teams.install') return { ...base, type: 'installationUpdate', action: 'add' };
  throw new Error('unknown teams op');
}

async function doStep(step) {
  const out = [];
  switch (step.op) {
    case 'slack.dm': {
      const ts = `1700${String(++n).padStart(6, '0')}.000100`;
      const user = step.user || 'UASKER';
      const body = JSON.stringify({ token: 'x', team_id: 'T1', api_app_id: 'A1', type: 'event_callback', event_id: `Ev${n}`, event_time: 1700000000,
        event: { type: 'message', channel: `D${user}`, channel_type: 'im', user, text: step.text, ts, event_ts: ts, ...(step.thread ? { thread_ts: step.thread } : {}) },
        authorizations: [{ team_id: 'T1', user_id: 'UBOT', is_bot: true }] });
      out.push(`(sent DM ts=${ts}${step.thread ? ' in thread ' + step.thread : ''})`);
      const r = await slackSend(body, 'application/json');
      out.push(`http ${r.status} ${r.body}`);
      break;
    }
    case 'slack.mention': {
      const ts = `1700${String(++n).padStart(6, '0')}.000200`;
      const user = step.user || 'UASKER';
      const body = JSON.stringify({ token: 'x', team_id: 'T1', api_app_id: 'A1', type: 'event_callback', event_id: `Ev${n}`, event_time: 1700000000,
        event: { type: 'app_mention', channel: step.channel || 'CGENERAL', user, text: `<@UBOT> ${step.text}`, ts, event_ts: ts, ...(step.thread ? { thread_ts: step.thread } : {}) },
        authorizations: [{ team_id: 'T1', user_id: 'UBOT', is_bot: true }] });
      out.push(`(sent mention ts=${ts})`);
      const r = await slackSend(body, 'application/json');
      out.push(`http ${r.status} ${r.body}`);
      break;
    }
    case 'slack.home': {
      const user = step.user || 'UASKER';
      const body = JSON.stringify({ token: 'x', team_id: 'T1', api_app_id: 'A1', type: 'event_callback', event_id: `Ev${++n}`, event_time: 1700000000,
        event: { type: 'app_home_opened', user, channel: `D${user}`, tab: step.tab || 'home', event_ts: '1700000000.1' }, authorizations: [{ team_id: 'T1', user_id: 'UBOT', is_bot: true }] });
      const r = await slackSend(body, 'application/json');
      out.push(`http ${r.status} ${r.body}`);
      break;
    }
    case 'slack.cmd': {
      const user = step.user || 'UASKER';
      const body = new URLSearchParams({ token: 'x', team_id: 'T1', team_domain: 'council', channel_id: step.channel || 'CGENERAL', channel_name: 'general', user_id: user, user_name: user.toLowerCase(), command: step.command, text: step.text || '', api_app_id: 'A1', response_url: `${slack.url}/respond/${++n}`, trigger_id: `trigger.${n}` }).toString();
      const r = await slackSend(body, form);
      out.push(`http ${r.status} ${r.body}`);
      break;
    }
    case 'slack.button': {
      const user = step.user || 'UASKER';
      const channel = step.channel || 'CCLERKS';
      const payload = { type: 'block_actions', user: { id: user, username: user.toLowerCase(), name: user.toLowerCase(), team_id: 'T1' }, api_app_id: 'A1', token: 'x',
        container: step.home ? { type: 'view', view_id: 'VHOME' } : { type: 'message', message_ts: step.ts || '1700000000.000001', channel_id: channel, is_ephemeral: false },
        trigger_id: `trigger.${++n}`, team: { id: 'T1', domain: 'council' },
        ...(step.home ? { view: { type: 'home', id: 'VHOME' } } : { channel: { id: channel, name: 'x' }, message: { type: 'message', ts: step.ts || '1700000000.000001', text: 'x', ...(step.threadTs ? { thread_ts: step.threadTs } : {}) }, response_url: `${slack.url}/respond/${n}` }),
        actions: [{ type: 'button', action_id: step.action, block_id: 'b', value: step.value, action_ts: '1700000001.1', text: { type: 'plain_text', text: 'x' } }] };
      const r = await slackSend(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), form);
      out.push(`http ${r.status} ${r.body}`);
      break;
    }
    case 'slack.submit': {
      const user = step.user || 'UASKER';
      const values = {};
      for (const [block, f] of Object.entries(step.fields)) {
        values[block] = { value: f.date !== undefined ? { type: 'datepicker', selected_date: f.date || null } : f.option !== undefined ? { type: 'radio_buttons', selected_option: f.option ? { value: f.option, text: { type: 'plain_text', text: f.option } } : null } : { type: 'plain_text_input', value: f.text ?? null } };
      }
      const payload = { type: 'view_submission', team: { id: 'T1', domain: 'council' }, user: { id: user, username: user.toLowerCase(), name: user.toLowerCase(), team_id: 'T1' }, api_app_id: 'A1', token: 'x', trigger_id: 'trigger.view',
        view: { id: step.viewId || 'V1', callback_id: step.callback, private_metadata: step.meta || '', team_id: 'T1', type: 'modal', state: { values }, hash: 'h', app_id: 'A1', bot_id: 'BBOT', blocks: [] }, response_urls: [] };
      const r = await slackSend(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), form);
      out.push(`http ${r.status} ${r.body}`);
      break;
    }
    case 'slack.down': {
      // Every chat.postMessage / chat.update fails as if Slack were out.
      slack.__down = true;
      out.push('slack down');
      break;
    }
    case 'slack.up': slack.__down = false; out.push('slack up; 503s served while down: ' + (slack.downHits || 0)); break;
    case 'teams.down': connector.down = true; out.push('teams down'); break;
    case 'teams.up': connector.down = false; out.push('teams up'); break;
    case 'restart': {
      // The bot stopped (SIGTERM, as a service manager would) and started again on the same
      // database, with the fakes kept: what the outbox delivers after a restart shows here.
      const stopped = new Promise((r) => bot.once('exit', r));
      bot.kill('SIGTERM');
      await stopped;
      await startBot(lastEnv);
      out.push('bot restarted');
      break;
    }
    case 'log': out.push(botLog.split('\n').slice(-(step.lines || 30)).join('\n')); return out.join('\n');
    case 'wait': await new Promise((r) => setTimeout(r, step.ms)); break;
    default: {
      if (step.op.startsWith('teams.')) {
        const activity = teamsActivity(step);
        out.push(`(teams activity id=${activity.id} conv=${activity.conversation.id})`);
        const r = await fetch(`http://127.0.0.1:${TEAMS_PORT}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
        const txt = await r.text();
        let parsed;
        try {
          parsed = JSON.parse(txt);
        } catch {
          // plain text
        }
        if (parsed && parsed.value && parsed.value.type === 'AdaptiveCard') out.push(`http ${r.status} INVOKE-RESPONSE CARD:\n    ` + teamsText(parsed.value).replace(/\n/g, '\n    '));
        else out.push(`http ${r.status} ${txt}`);
        break;
      }
      throw new Error('unknown op ' + step.op);
    }
  }
  await settle(step.maxMs, step.quietMs);
  out.push(...summariseSlack(), ...summariseTeams());
  const W = step.full ? 100000 : 240;
  return out.join('\n').split('\n').map((l) => (l.length > W ? l.slice(0, W) + ' …[' + l.length + ']' : l)).join('\n');
}

(async () => {
  slack = await FakeSlackApi.start();
  // Make the fake fail posts while "down".
  const orig = slack.server.listeners('request')[0];
  slack.server.removeAllListeners('request');
  slack.server.on('request', (req, res) => {
    if (slack.__down && /\/api\/(chat\.|conversations\.open)/.test(req.url)) { slack.downHits = (slack.downHits || 0) + 1; req.resume(); res.writeHead(503).end('down'); return; }
    orig(req, res);
  });
  connector = await new FakeConnector().start();
  await startBot({ COUNCIL: process.env.COUNCIL, DATABASE_PATH: process.env.DATABASE_PATH, extra: process.env.EXTRA ? JSON.parse(process.env.EXTRA) : {} });
  summariseSlack();
  http.createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', async () => {
      try {
        if (raw.trim() === 'quit') {
          res.end('bye\n');
          bot.kill('SIGTERM');
          // The compiled fakes and (unless DATABASE_PATH was given) the walk's database go with it.
          setTimeout(() => {
            fs.rmSync(FAKES, { recursive: true, force: true });
            process.exit(0);
          }, 3000);
          return;
        }
        const text = await doStep(JSON.parse(raw));
        res.end(text + '\n');
      } catch (e) { res.end('DRIVER ERROR ' + (e.stack || e) + '\n'); }
    });
  }).listen(CTRL, '127.0.0.1', () => console.log('driver ready on', CTRL));
})().catch((e) => { console.error(e); process.exit(1); });
