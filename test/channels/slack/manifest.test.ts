import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { COMMANDS } from '../../../src/channels/slack/listeners/commands';

const manifest = parse(fs.readFileSync(path.join(__dirname, '../../../manifest/slack/manifest.yml'), 'utf8'));

describe('the Slack app manifest', () => {
  it('declares exactly the slash commands the app answers', () => {
    const declared = manifest.features.slash_commands.map((c: { command: string }) => c.command).sort();
    expect(declared).toEqual(Object.values(COMMANDS).sort());
    for (const command of manifest.features.slash_commands) expect(command.description.length).toBeGreaterThan(0);
  });

  it('subscribes to the events the app listens to, with the scopes they need', () => {
    expect(manifest.settings.event_subscriptions.bot_events.sort()).toEqual(['app_home_opened', 'app_mention', 'message.im']);
    expect(manifest.oauth_config.scopes.bot.sort()).toEqual(['app_mentions:read', 'channels:read', 'chat:write', 'commands', 'groups:read', 'im:history', 'im:read', 'im:write', 'usergroups:read', 'users:read']);
  });

  it('turns on the Home and Messages tabs, interactivity and Socket Mode', () => {
    expect(manifest.features.app_home).toEqual(expect.objectContaining({ home_tab_enabled: true, messages_tab_enabled: true, messages_tab_read_only_enabled: false }));
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.settings.socket_mode_enabled).toBe(true);
  });

  it('keeps within Slack’s limits for display information', () => {
    expect(manifest.display_information.name.length).toBeLessThanOrEqual(35);
    expect(manifest.display_information.description.length).toBeLessThanOrEqual(140);
    expect(manifest.display_information.long_description.length).toBeGreaterThanOrEqual(175);
    expect(manifest.display_information.long_description.length).toBeLessThanOrEqual(4000);
    expect(manifest.features.bot_user.display_name.length).toBeLessThanOrEqual(80);
  });
});
