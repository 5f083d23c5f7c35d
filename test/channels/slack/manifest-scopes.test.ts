import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

/**
 * The Slack manifest grants what the code uses: every Web API method called anywhere in src/
 * (found by reading the sources, so a new call cannot slip in unnoticed) needs its scopes in
 * the manifest, and every event the app listens to is subscribed to, with its scope.
 */

const ROOT = path.join(__dirname, '../../..');
const manifest = parse(fs.readFileSync(path.join(ROOT, 'manifest/slack/manifest.yml'), 'utf8'));
const granted: string[] = manifest.oauth_config.scopes.bot;

/** Bot scopes each Web API method needs (api.slack.com/methods); [] for none. */
const METHOD_SCOPES: Record<string, string[]> = {
  'auth.test': [],
  'apps.connections.open': [], // app-level token, connections:write (not a bot scope)
  'chat.postMessage': ['chat:write'],
  'chat.postEphemeral': ['chat:write'],
  'chat.update': ['chat:write'],
  'conversations.open': ['im:write'],
  // Public and private channels: the Clerks' channel may be either.
  'conversations.info': ['channels:read', 'groups:read'],
  'users.info': ['users:read'],
  'usergroups.users.list': ['usergroups:read'],
  'views.open': [],
  'views.update': [],
  'views.publish': [],
};

/** Event → bot scope its subscription needs. */
const EVENT_SCOPES: Record<string, string> = {
  'message.im': 'im:history',
  app_mention: 'app_mentions:read',
  app_home_opened: '',
};

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

const code = sources(path.join(ROOT, 'src')).map((file) => fs.readFileSync(file, 'utf8'));
const calledMethods = [
  ...new Set(code.flatMap((text) => [...text.matchAll(/\bclient\.((?:chat|conversations|users|usergroups|views|apps|auth|reactions|files|team|bots|pins|dnd)(?:\.[a-zA-Z]+)+)\(/g)].map((m) => m[1]))),
].sort();

describe('the Slack manifest and the code', () => {
  test('finds the Web API calls in the sources (the scan works)', () => {
    expect(calledMethods).toEqual(expect.arrayContaining(['chat.postMessage', 'conversations.open', 'users.info', 'views.open']));
  });

  test.each(calledMethods)('%s: its scopes are granted by the manifest', (method) => {
    expect(Object.keys(METHOD_SCOPES)).toContain(method); // a new method: add its scopes above
    for (const scope of METHOD_SCOPES[method]) expect(granted).toContain(scope);
  });

  test('every event the app listens to is subscribed to, with its scope', () => {
    const listened = [...new Set(code.flatMap((text) => [...text.matchAll(/app\.event\('([a-z_.]+)'/g)].map((m) => m[1])))];
    const subscribed: string[] = manifest.settings.event_subscriptions.bot_events;
    for (const event of listened) {
      // `message` is received for the subscriptions the manifest names (message.im here).
      const subscriptions = event === 'message' ? subscribed.filter((e) => e.startsWith('message.')) : subscribed.filter((e) => e === event);
      expect(subscriptions.length).toBeGreaterThan(0);
      for (const subscription of subscriptions) if (EVENT_SCOPES[subscription]) expect(granted).toContain(EVENT_SCOPES[subscription]);
    }
  });

  test('grants nothing the code does not use', () => {
    const used = new Set([...calledMethods.flatMap((m) => METHOD_SCOPES[m] ?? []), ...Object.values(EVENT_SCOPES).filter(Boolean), 'commands', 'im:read']);
    expect(granted.filter((scope) => !used.has(scope))).toEqual([]);
  });
});
